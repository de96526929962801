"""Plan file bytes to data plus a position index; YAML problems become diagnostics.

PyYAML composes the node tree (libyaml's C composer when present) with a resolver that does no
implicit typing; commplan then walks the nodes itself, so that it decides what a scalar means
(see ``scalars``), sees duplicate keys, keeps every node's position, and bounds the work done on
hostile input: nesting depth and alias expansion are counted before anything is expanded, and
the file size is capped before parsing.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from typing import Any, Final

import yaml

from commplan.i18n import _
from commplan.source import scalars, textcheck, yamlparse
from commplan.source.bounds import (
    MAX_DEPTH,
    Expansion,
    Refused,
    check_event_count,
    too_deep,
)
from commplan.source.decoding import DecodeProblem, decode
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.positions import FILE_START, Path, PositionIndex, Span, span_of

_TAG = yamlparse.TAG
_SCALAR_TAGS: Final = frozenset(
    {"!", *(f"{_TAG}{n}" for n in ("str", "int", "float", "bool", "null", "timestamp"))}
)
_COLLECTION_TAGS: Final = frozenset({"!", f"{_TAG}map", f"{_TAG}seq"})
_SCALAR_NODE: Final = yaml.ScalarNode


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


_Stop = Refused
"""Raised inside the walk to end it with a SYNTAX diagnostic."""


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
    walker = _Walker(file, loaded)
    # Composing allocates an object per node, none of them in a cycle; the cyclic collector
    # would only re-scan them again and again (quadratic on a 5,000-activity plan).
    collecting = gc.isenabled()
    gc.disable()
    try:
        check_event_count(text)
        root = yaml.compose(text, Loader=yamlparse.LOADER)
        if root is not None and "*" in text:  # without an alias, nothing expands
            Expansion().check(root)
        loaded.data = None if root is None else walker.walk(root)
    except _Stop as stop:
        loaded.data = None
        loaded.diagnostics.append(_syntax(file, stop.span, stop.message, stop.hint))
    except yaml.MarkedYAMLError as exc:
        loaded.data = None
        loaded.diagnostics.append(_syntax(file, *yamlparse.describe_error(exc, text)))
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        loaded.data = None
        loaded.diagnostics.append(_unacceptable(file, text, exc))
    except yaml.YAMLError as exc:  # any other error without a mark
        loaded.data = None
        loaded.diagnostics.append(_syntax(file, FILE_START, str(exc), None))
    except RecursionError:  # the pure-Python composer on absurdly deep input
        loaded.data = None
        loaded.diagnostics.append(_syntax(file, FILE_START, too_deep(), None))
    finally:
        if collecting:
            gc.enable()
    walker.finish_text_checks()
    return loaded


def _unacceptable(file: str, text: str, exc: yaml.reader.ReaderError) -> Diagnostic:
    code = exc.character if isinstance(exc.character, int) else ord(exc.character)
    before = text[: exc.position]
    if text[exc.position : exc.position + 1] != chr(code):
        # libyaml counts UTF-8 bytes, PyYAML's own reader characters.
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return _syntax(
        file,
        Span(line, column),
        _("the character U+{code:04X} is not allowed in a YAML file").format(code=code),
        _("delete the invisible character (often pasted from a PDF or a web page)"),
    )


def _syntax(file: str, span: Span, message: str, hint: str | None) -> Diagnostic:
    return Diagnostic.at(
        span, file=file, rule="SYNTAX", severity=Severity.ERROR, message=message, hint=hint
    )


class _Walker:
    """Builds data and positions from the node tree (its size was checked: ``bounds``)."""

    def __init__(self, file: str, loaded: Loaded) -> None:
        self.file = file
        self.loaded = loaded
        self.index = loaded.index
        self.values = loaded.index.values
        self.active: set[int] = set()
        self.nfd_count = 0
        self.nfd_first: Any = None

    def walk(self, root: Any) -> Any:
        """The data of the document whose root node is ``root``."""
        return self._value(root, (), 0, None)

    def _value(self, node: Any, path: Path, depth: int, parent: Any) -> Any:
        if depth >= MAX_DEPTH:
            raise _Stop(
                node, too_deep(), _("a plan needs only a few levels; check the indentation")
            )
        if node.__class__ is _SCALAR_NODE:
            return self._scalar(node, path)
        self.values[path] = (node.start_mark, node.end_mark)
        if node.tag not in _COLLECTION_TAGS:
            raise _refused_tag(node)
        key = id(node)
        if key in self.active:
            raise _Stop(parent, _("an alias refers to the collection that contains it"))
        self.active.add(key)
        if isinstance(node, yaml.SequenceNode):
            value: Any = [
                self._value(c, (*path, i), depth + 1, node) for i, c in enumerate(node.value)
            ]
        else:
            value = self._mapping(node, path, depth)
        self.active.discard(key)
        return value

    def _scalar(self, node: Any, path: Path) -> Any:
        # Scalars are most of a plan's nodes: ``_mapping`` calls this directly when the depth
        # allows, and it does only the look-ups the work needs.
        self.values[path] = (node.start_mark, node.end_mark)
        if node.tag not in _SCALAR_TAGS:
            raise _refused_tag(node)
        text = node.value
        if node.style:
            value: Any = text
        else:
            value = scalars.resolve_plain(text)
            if value is None and not text:
                self.index.empty_values.add(path)
            elif text in scalars.YAML11_BOOL_WORDS:
                self.loaded.yaml11_bools[path] = text
        if value.__class__ is str and not value.isascii():
            value = self._check_text(value, node)
        return value

    def _mapping(self, node: Any, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merges: list[dict[str, Any]] = []
        if node.flow_style:
            self.index.flow.add(path)
        keys = self.index.keys
        scalars_allowed = depth + 1 < MAX_DEPTH
        if node.value:
            first = node.value[0][0]
            self.index.first_keys[path] = (first.start_mark, first.end_mark)
        for key_node, value_node in node.value:
            if key_node.__class__ is not _SCALAR_NODE:
                raise _Stop(key_node, _("a mapping or list cannot be used as a key"))
            key = key_node.value
            if key == "<<" and _is_merge(key_node):
                merges.extend(self._merge_sources(value_node, path, depth))
                continue
            child = (*path, key)
            if key in result:
                self._duplicate(key, key_node, child)
            keys[child] = (key_node.start_mark, key_node.end_mark)
            if scalars_allowed and value_node.__class__ is _SCALAR_NODE:
                result[key] = self._scalar(value_node, child)
            else:
                result[key] = self._value(value_node, child, depth + 1, node)
        for source in merges:
            for key, value in source.items():
                result.setdefault(key, value)
        return result

    def _merge_sources(self, node: Any, path: Path, depth: int) -> list[dict[str, Any]]:
        value = self._value(node, (*path, "<<"), depth + 1, None)
        self.index.values.pop((*path, "<<"), None)
        sources = value if isinstance(value, list) else [value]
        if not all(isinstance(s, dict) for s in sources):
            raise _Stop(node, _("'<<' must be followed by a mapping or a list of mappings"))
        return sources

    def _duplicate(self, key: str, node: Any, path: Path) -> None:
        first = span_of(self.index.keys[path])
        self._report(
            node,
            "YAML-001",
            Severity.ERROR,
            _("duplicate key '{key}' (first written on line {line})").format(
                key=key, line=first.line
            ),
            _("remove one of the two; the later value is used"),
        )

    def _report(self, node: Any, rule: str, severity: Severity, message: str, hint: str) -> None:
        self.loaded.diagnostics.append(
            Diagnostic.at(
                span_of(node),
                file=self.file,
                rule=rule,
                severity=severity,
                message=message,
                hint=hint,
            )
        )

    # -- text hygiene -------------------------------------------------------------------------

    def _check_text(self, value: str, node: Any) -> str:
        if not textcheck.is_nfc(value):
            self.nfd_count += 1
            self.nfd_first = self.nfd_first or node
            value = textcheck.nfc(value)
        if (mark := textcheck.first_bidi_control(value)) is not None:
            self._report(
                node,
                "TEXT-005",
                Severity.WARNING,
                _(
                    "the text holds the invisible direction mark U+{code:04X}, which can make it "
                    "read on screen unlike what it holds"
                ).format(code=ord(mark)),
                _("delete the mark (retype the text); Vietnamese text never needs it"),
            )
        if textcheck.looks_legacy(value):
            self._report(
                node,
                "TEXT-002",
                Severity.WARNING,
                _("the text '{text}' looks like legacy TCVN3/VNI encoding").format(text=value[:40]),
                _("convert the text to Unicode (for example with Unikey's converter)"),
            )
        return value

    def finish_text_checks(self) -> None:
        """Report NFD text once per file, at the first such value, with the count."""
        if self.nfd_first is None:
            return
        self._report(
            self.nfd_first,
            "TEXT-001",
            Severity.WARNING,
            _("{count} text value(s) were not in Unicode NFC and were normalised").format(
                count=self.nfd_count
            ),
            _("save the file with precomposed Vietnamese characters (Unicode NFC)"),
        )


def _is_merge(node: Any) -> bool:
    return (
        isinstance(node, yaml.ScalarNode)
        and node.value == "<<"
        and not node.style
        and node.tag in (f"{_TAG}str", f"{_TAG}merge")
    )


def _refused_tag(node: Any) -> _Stop:
    tag = node.tag
    if tag.startswith(f"{_TAG}python/") or tag.startswith("!!python"):
        return _Stop(
            node,
            _("the tag {tag} is refused: a plan cannot create Python objects").format(tag=tag),
            _("remove the tag; write the value as plain text"),
        )
    return _Stop(
        node,
        _("the tag {tag} is not supported in a plan").format(tag=tag),
        _("remove the tag; write the value as plain text"),
    )
