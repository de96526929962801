"""``--set KEY=VALUE``: change one scalar field of the scaffold by its dotted path.

The change is made in the text, at the position the loader recorded for the value, so the
comments and layout of the template survive. A field the scaffold leaves out (``document.number``
of a draft) is added to its mapping. After each change the plan is checked against the schema,
so a bad value or an unknown field is refused naming the key that caused it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from commplan.errors import UsageError
from commplan.i18n import _
from commplan.scaffold.verify import schema_errors
from commplan.scaffold.yamltext import assigned
from commplan.source.loader import Loaded, load_text
from commplan.source.positions import Path, Span, span_of


@dataclass(frozen=True, slots=True)
class Assignment:
    """One ``--set``: the dotted key as typed and the value text."""

    key: str
    raw: str


def parse_assignment(text: str) -> Assignment:
    """Split ``KEY=VALUE`` at the first ``=``.

    Raises:
        UsageError: no ``=``, or an empty part in the key.
    """
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key or any(not part for part in key.split(".")):
        raise UsageError(
            _("--set {text}: write KEY=VALUE, e.g. --set document.signer.name=Nguyễn Văn A").format(
                text=text
            )
        )
    return Assignment(key, unicodedata.normalize("NFC", raw))


def apply_all(text: str, assignments: Iterable[Assignment]) -> str:
    """The plan ``text`` with every assignment made, in order.

    Raises:
        UsageError: a key that names no scalar field, or a value the schema refuses.
    """
    for assignment in assignments:
        text = apply_one(text, assignment)
        errors = schema_errors(text)
        if errors:
            first = errors[0]
            problem = f"{first.message} ({first.hint})" if first.hint else first.message
            raise UsageError(
                _("--set {key}: {problem}").format(key=assignment.key, problem=problem)
            )
    return text


def apply_one(text: str, assignment: Assignment) -> str:
    """The plan ``text`` with one assignment made (not yet checked against the schema)."""
    loaded = load_text(text, "-")
    path, exists = _resolve(loaded.data, assignment.key)
    value = assigned(assignment.raw)
    if exists:
        return _replace(text, span_of(loaded.index.values[path]), value)
    return _insert(text, loaded, path, value)


def _replace(text: str, span: Span, value: str) -> str:
    where = _Offsets(text)
    start, end = where.of(span, end=False), where.of(span, end=True)
    # A block scalar (">-") ends at the start of the next line: keep that line break.
    tail = "\n" if text[start:end].endswith("\n") else ""
    return text[:start] + value + tail + text[end:]


def _insert(text: str, loaded: Loaded, path: Path, value: str) -> str:
    # A field the scaffold leaves out goes at the end of its mapping, written as its siblings.
    where = _Offsets(text)
    parent, key = path[:-1], str(path[-1])
    if parent in loaded.index.flow:
        close = where.of(span_of(loaded.index.values[parent]), end=True) - 1  # the "}"
        separator = ", " if _at(loaded.data, parent) else ""
        return text[:close] + f"{separator}{key}: {value}" + text[close:]
    indent = " " * (span_of(loaded.index.first_keys[parent]).column - 1)
    at = where.line_start(_last_line(loaded, parent) + 1)
    return text[:at] + f"{indent}{key}: {value}\n" + text[at:]


def _resolve(data: Any, key: str) -> tuple[Path, bool]:
    # The path of the value the key names, and whether the scaffold already has it.
    node: Any = data
    path: Path = ()
    parts = key.split(".")
    for i, part in enumerate(parts):
        where = ".".join(parts[:i]) or _("the top level")
        if isinstance(node, list):
            if not part.isdecimal() or int(part) >= len(node):
                raise UsageError(
                    _("--set {key}: '{list}' has {count} items, numbered from 0").format(
                        key=key, list=where, count=len(node)
                    )
                )
            node, path = node[int(part)], (*path, int(part))
        elif isinstance(node, dict) and part in node:
            node, path = node[part], (*path, part)
        elif isinstance(node, dict) and i == len(parts) - 1:
            return (*path, part), False
        else:
            raise UsageError(
                _("--set {key}: the plan has no '{part}' in {where}").format(
                    key=key, part=part, where=where
                )
            )
    if isinstance(node, dict | list):
        first = _scalar_child(node)
        raise UsageError(
            _(
                "--set {key}: this is a section, not one value; set a field in it, e.g. {example}"
            ).format(key=key, example=f"{key}.{first}")
        )
    return path, True


def _scalar_child(node: dict[str, Any] | list[Any]) -> str:
    # For the hint: a field inside that can be set, or the first item of a list.
    if isinstance(node, list):
        return "0"
    scalars = [k for k, v in node.items() if not isinstance(v, dict | list)]
    return (scalars or list(node) or ["id"])[0]


def _at(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def _last_line(loaded: Loaded, parent: Path) -> int:
    # Block containers end where the next token starts (maybe after comments), so the last
    # line of a mapping is found from what is inside it: keys, scalars and flow mappings.
    inside = len(parent)
    lines = [
        _end_line(span_of(span))
        for table in (loaded.index.keys, loaded.index.values)
        for path, span in table.items()
        if len(path) > inside
        and path[:inside] == parent
        and (path in loaded.index.flow or not isinstance(_at(loaded.data, path), dict | list))
    ]
    return max(lines)


def _end_line(span: Span) -> int:
    if span.end_line is None:
        return span.line
    return span.end_line - 1 if span.end_column == 1 else span.end_line


class _Offsets:
    """1-based line and column (code points) to an index into the text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts += [i + 1 for i, char in enumerate(text) if char == "\n"]
        self.size = len(text)

    def line_start(self, line: int) -> int:
        return self.starts[line - 1] if line <= len(self.starts) else self.size

    def of(self, span: Span, *, end: bool) -> int:
        if not end:
            return self.line_start(span.line) + span.column - 1
        assert span.end_line is not None and span.end_column is not None  # the loader sets both
        return self.line_start(span.end_line) + span.end_column - 1
