"""Plan file bytes to data plus a position index; YAML problems become diagnostics.

The events of PyYAML's parser (libyaml's C parser when present) are composed here rather than
by PyYAML's composer, so that commplan decides what scalars mean (see ``scalars``), sees
duplicate keys, and bounds the work done on hostile input: nesting depth and alias expansion
are counted as the events arrive, and the file size is capped before parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

import yaml

from commplan import scalars, textcheck
from commplan.decoding import DecodeProblem, decode
from commplan.diagnostics import Diagnostic, Severity
from commplan.i18n import N_, _
from commplan.positions import FILE_START, Path, PositionIndex, Span

MAX_DEPTH: Final = 48
"""A plan nests about 6 levels; deeper input is a mistake or an attack."""
MAX_NODES: Final = 1_000_000
"""Values including alias expansions; a 5,000-activity plan has about 150,000."""

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS: Final = {f"{_TAG}{n}" for n in ("str", "int", "float", "bool", "null", "timestamp")}


@dataclass(slots=True)
class Loaded:
    """What the loader made of a file.

    ``data`` is None when the file could not be read as YAML (a SYNTAX diagnostic says why).
    ``yaml11_bools`` maps the paths of unquoted ``yes``/``no``/``on``/``off`` values to the
    word, for YAML-002 or a schema hint.
    """

    text: str | None
    data: Any = None
    index: PositionIndex = field(default_factory=PositionIndex)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    yaml11_bools: dict[Path, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the file is YAML (it may still fail the schema)."""
        return not any(d.rule == "SYNTAX" for d in self.diagnostics)


class _Stop(Exception):
    """Raised inside composition to end it with a SYNTAX diagnostic."""

    def __init__(self, span: Span, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.span = span
        self.message = message
        self.hint = hint


def load_bytes(raw: bytes, file: str) -> Loaded:
    """Decode and load a plan file's bytes; ``file`` is the name shown in diagnostics."""
    text = decode(raw)
    if isinstance(text, DecodeProblem):
        loaded = Loaded(text=None)
        loaded.diagnostics.append(
            _syntax(file, Span(text.line, text.column), text.message, text.hint)
        )
        return loaded
    return load_text(text, file)


def load_text(text: str, file: str) -> Loaded:
    """Load decoded plan text; ``file`` is the name shown in diagnostics."""
    loaded = Loaded(text=text)
    composer = _Composer(file, loaded)
    try:
        loaded.data = composer.run(text)
    except _Stop as stop:
        loaded.data = None
        loaded.diagnostics.append(_syntax(file, stop.span, stop.message, stop.hint))
    except yaml.MarkedYAMLError as exc:
        loaded.data = None
        loaded.diagnostics.append(_from_yaml_error(file, exc))
    except yaml.YAMLError as exc:  # a reader error without a mark
        loaded.data = None
        loaded.diagnostics.append(_syntax(file, FILE_START, str(exc), None))
    composer.finish_text_checks()
    return loaded


def _syntax(file: str, span: Span, message: str, hint: str | None) -> Diagnostic:
    return Diagnostic(file, span.line, span.column, "SYNTAX", Severity.ERROR, message, hint)


_YAML_HINTS: Final = (
    # libyaml says "cannot start any token" for a tab (and other stray characters) in indentation.
    (
        "cannot start any token",
        N_("indent with spaces, not tabs; quote texts that start with @ or `"),
    ),
    ("mapping values are not allowed", N_("a text that contains ': ' must be put in quotes")),
    ("found undefined alias", N_("define the anchor (&name) before using *name")),
    ("expected ',' or '}'", N_("close the {...} mapping, and quote texts that contain commas")),
    ("expected ',' or ']'", N_("close the [...] list, and quote texts that contain commas")),
    ("could not find expected ':'", N_("each line of a mapping needs 'key: value'")),
)


def _from_yaml_error(file: str, exc: yaml.MarkedYAMLError) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    span = Span(mark.line + 1, mark.column + 1) if mark else FILE_START
    problem = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.problem:
        problem = f"{exc.context}: {exc.problem}"
    hint = next((_(h) for needle, h in _YAML_HINTS if needle in problem), None)
    return _syntax(file, span, _("invalid YAML: {problem}").format(problem=problem), hint)


def _span(event: Any) -> Span:
    start, end = event.start_mark, event.end_mark
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


@dataclass(slots=True)
class _Frame:
    path: Path
    container: Any
    start: Span
    anchor: str | None
    flow: bool = False
    size: int = 1
    key: Any = None
    key_span: Span | None = None
    merge_next: bool = False
    merges: list[dict[str, Any]] = field(default_factory=list)


class _Composer:
    """Builds data and positions from parser events, counting depth and expansion."""

    def __init__(self, file: str, loaded: Loaded) -> None:
        self.file = file
        self.loaded = loaded
        self.index = loaded.index
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.nodes = 0
        self.documents = 0
        self.root: Any = None
        self.nfd_count = 0
        self.nfd_first: Span | None = None

    def run(self, text: str) -> Any:
        for event in yaml.parse(text, Loader=_Loader):
            self._on(event)
        return self.root

    def _on(self, event: Any) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._start(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self._end(event)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _Stop(
                    _span(event),
                    _("the file holds several YAML documents"),
                    _("keep one plan per file; remove the '---' line or split the file"),
                )

    # -- scalars, aliases and collections -------------------------------------------------

    def _scalar(self, event: Any) -> None:
        span = _span(event)
        value = self._scalar_value(event, span)
        if event.value == "<<" and self._is_merge_key(event):
            self.stack[-1].merge_next = True
            self.stack[-1].key_span = span
            return
        self._count(1, span)
        self._add(value, span, 1, event)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)

    def _is_merge_key(self, event: Any) -> bool:
        frame = self.stack[-1] if self.stack else None
        return (
            frame is not None
            and isinstance(frame.container, dict)
            and frame.key_span is None
            and not frame.merge_next
            and event.value == "<<"
            and not event.style
            and event.tag in (None, f"{_TAG}merge")
        )

    def _scalar_value(self, event: Any, span: Span) -> Any:
        tag, text = event.tag, event.value
        if tag is None and not event.style:
            value = scalars.resolve_plain(text)
        elif tag in (None, "!", f"{_TAG}str", f"{_TAG}timestamp"):
            value = text
        elif tag in _SCALAR_TAGS:
            value = scalars.resolve_plain(text)
        else:
            raise self._refused_tag(tag, span)
        if isinstance(value, str) and not value.isascii():
            value = self._check_text(value, span)
        return value

    def _refused_tag(self, tag: str, span: Span) -> _Stop:
        if tag.startswith(f"{_TAG}python/") or tag.startswith("!!python"):
            return _Stop(
                span,
                _("the tag {tag} is refused: a plan cannot create Python objects").format(tag=tag),
                _("remove the tag; write the value as plain text"),
            )
        return _Stop(
            span,
            _("the tag {tag} is not supported in a plan").format(tag=tag),
            _("remove the tag; write the value as plain text"),
        )

    def _alias(self, event: Any) -> None:
        span = _span(event)
        name = event.anchor
        if name in self.open_anchors:
            raise _Stop(span, _("the alias *{name} refers to itself").format(name=name))
        if name not in self.anchors:
            raise _Stop(
                span,
                _("the alias *{name} has no anchor &{name} before it").format(name=name),
                _("define the anchor (&name) before using *name"),
            )
        value, size = self.anchors[name]
        self._count(size, span)
        self._add(value, span, size, event)

    def _start(self, event: Any) -> None:
        span = _span(event)
        if event.tag not in (None, "!", f"{_TAG}map", f"{_TAG}seq"):
            raise self._refused_tag(event.tag, span)
        if len(self.stack) >= MAX_DEPTH:
            raise _Stop(
                span,
                _("the file is nested too deeply (more than {limit} levels)").format(
                    limit=MAX_DEPTH
                ),
                _("a plan needs only a few levels; check the indentation and brackets"),
            )
        self._count(1, span)
        container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
        path = self._child_path(span)
        flow = bool(event.flow_style)
        self.stack.append(_Frame(path, container, span, event.anchor, flow))
        if event.anchor:
            self.open_anchors.add(event.anchor)
        if flow and isinstance(container, dict):
            self.index.flow.add(path)

    def _end(self, event: Any) -> None:
        frame = self.stack.pop()
        start, end = frame.start, _span(event)
        span = Span(start.line, start.column, end.end_line, end.end_column)
        for source in frame.merges:
            for key, value in source.items():
                frame.container.setdefault(key, value)
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self._add(frame.container, span, frame.size, None)

    def _count(self, size: int, span: Span) -> None:
        self.nodes += size
        if self.nodes > MAX_NODES:
            raise _Stop(
                span,
                _("aliases expand the file beyond {limit} values").format(limit=MAX_NODES),
                _("a plan does not need deeply repeated aliases; write the values out"),
            )

    # -- placing a value in its parent --------------------------------------------------------

    def _child_path(self, span: Span) -> Path:
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        if frame.key_span is None:
            raise _Stop(span, _("a mapping or list cannot be used as a key"))
        return (*frame.path, frame.key)

    def _add(self, value: Any, span: Span, size: int, event: Any) -> None:
        if not self.stack:
            self.root = value
            self.index.values[()] = span
            return
        frame = self.stack[-1]
        frame.size += size
        if isinstance(frame.container, list):
            path = (*frame.path, len(frame.container))
            frame.container.append(value)
            self._place(path, value, span, event)
        elif frame.merge_next:
            self._merge(frame, value, span)
        elif frame.key_span is None:
            self._set_key(frame, value, span)
        else:
            self._set_value(frame, value, span, event)

    def _set_key(self, frame: _Frame, key: Any, span: Span) -> None:
        if isinstance(key, dict | list):
            raise _Stop(span, _("a mapping or list cannot be used as a key"))
        text = scalars.source_text(key)
        frame.key = text if text is not None else ("null" if key is None else str(key).lower())
        frame.key_span = span
        if not frame.container and frame.path not in self.index.first_keys:
            self.index.first_keys[frame.path] = span

    def _set_value(self, frame: _Frame, value: Any, span: Span, event: Any) -> None:
        key, key_span = frame.key, frame.key_span
        assert key_span is not None  # set by _set_key, which always runs first
        path = (*frame.path, key)
        if key in frame.container:
            first = self.index.keys[path]
            self.loaded.diagnostics.append(
                Diagnostic(
                    self.file,
                    key_span.line,
                    key_span.column,
                    "YAML-001",
                    Severity.ERROR,
                    _("duplicate key '{key}' (first written on line {line})").format(
                        key=key, line=first.line
                    ),
                    _("remove one of the two; the later value is used"),
                ),
            )
        frame.container[key] = value
        self.index.keys[path] = key_span
        frame.key, frame.key_span = None, None
        self._place(path, value, span, event)

    def _merge(self, frame: _Frame, value: Any, span: Span) -> None:
        frame.merge_next, frame.key_span = False, None
        sources = value if isinstance(value, list) else [value]
        if not all(isinstance(s, dict) for s in sources):
            raise _Stop(span, _("'<<' must be followed by a mapping or a list of mappings"))
        frame.merges.extend(sources)

    def _place(self, path: Path, value: Any, span: Span, event: Any) -> None:
        self.index.values[path] = span
        if value is None and isinstance(event, yaml.ScalarEvent) and not event.value:
            self.index.empty_values.add(path)
        if (
            isinstance(value, str)
            and isinstance(event, yaml.ScalarEvent)
            and not event.style
            and value in scalars.YAML11_BOOL_WORDS
        ):
            self.loaded.yaml11_bools[path] = value

    # -- text hygiene -------------------------------------------------------------------------

    def _check_text(self, value: str, span: Span) -> str:
        if value.isascii():
            return value
        if not textcheck.is_nfc(value):
            self.nfd_count += 1
            self.nfd_first = self.nfd_first or span
            value = textcheck.nfc(value)
        if textcheck.looks_legacy(value):
            self.loaded.diagnostics.append(
                Diagnostic(
                    self.file,
                    span.line,
                    span.column,
                    "TEXT-002",
                    Severity.WARNING,
                    _("the text '{text}' looks like legacy TCVN3/VNI encoding").format(
                        text=value[:40]
                    ),
                    _("convert the text to Unicode (for example with Unikey's converter)"),
                )
            )
        return value

    def finish_text_checks(self) -> None:
        """Report NFD text once per file, at the first such value, with the count."""
        if self.nfd_first is None:
            return
        self.loaded.diagnostics.append(
            Diagnostic(
                self.file,
                self.nfd_first.line,
                self.nfd_first.column,
                "TEXT-001",
                Severity.WARNING,
                _("{count} text value(s) were not in Unicode NFC and were normalised").format(
                    count=self.nfd_count
                ),
                _("save the file with precomposed Vietnamese characters (Unicode NFC)"),
            )
        )
