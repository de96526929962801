"""PyYAML's syntax errors as messages an officer can act on: what is wrong, where, the fix.

PyYAML (and libyaml, in slightly different words) says "while parsing a block mapping: did not
find expected key". The officer needs "this line does not line up with the fields around it;
indent 'name' like them". Each known problem is recognised by a phrase of either parser
(:data:`PROBLEMS`) and explained from the text around the mark: the character found, the key on
the line, the indentation of the lines before it. An unknown problem keeps PyYAML's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import yaml

from commplan.i18n import _
from commplan.source.positions import FILE_START, Span


@dataclass(frozen=True, slots=True)
class Where:
    """The error's position and the lines of the file, for explaining it."""

    line: int  # 0-based, as PyYAML counts
    column: int
    lines: list[str]
    context_line: int | None = None
    context_column: int | None = None

    @property
    def text(self) -> str:
        """The line the parser stopped on."""
        return self.lines[self.line] if self.line < len(self.lines) else ""

    @property
    def char(self) -> str:
        """The character the parser stopped at."""
        return self.text[self.column : self.column + 1]

    def key(self, line: int | None = None) -> str | None:
        """The key written on a line (``name`` in ``  - name: B``), if any."""
        found = _KEY.match(self.lines[line if line is not None else self.line] or "")
        return found["key"] if found else None


_KEY: Final = re.compile(r"^\s*(?:-\s+)?(?P<key>[^\s:#'\"][^:#]*?)\s*:(?:\s|$)")

Explained = tuple[str, str, int | None, int | None]
"""Message, hint, and optionally a better line and column (0-based) for the caret."""


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _siblings_indent(where: Where) -> int | None:
    """The indentation of the nearest written line above the error (comments skipped)."""
    for number in range(where.line - 1, -1, -1):
        text = where.lines[number]
        if text.strip() and not text.lstrip().startswith("#"):
            return _indent(text)
    return None


def _token(where: Where) -> Explained:
    if where.char == "\t" or "\t" in where.text[: where.column + 1]:
        column = where.text.index("\t")
        return (
            _("a tab character is used for indentation"),
            _("replace the tab with spaces: YAML indents with spaces only"),
            where.line,
            column,
        )
    return (
        _("a value cannot start with '{char}'").format(char=where.char),
        _('put the text in quotes, e.g. name: "{char}…"').format(char=where.char),
        None,
        None,
    )


def _colon(where: Where) -> Explained:
    key = where.key()
    above = _siblings_indent(where)
    if key is not None and above is not None and _indent(where.text) > above:
        return (
            _("'{key}' is indented more than the line above it").format(key=key),
            _(
                "indent '{key}' by exactly as many spaces as the fields at the same level, "
                "or put a value after the key above only when it has no fields under it"
            ).format(key=key),
            where.line,
            _indent(where.text),
        )
    return (
        _("a text contains ': ' (a colon and a space), which YAML reads as a new key"),
        _('put the whole text in quotes, e.g. name: "Kế hoạch: năm 2022"'),
        None,
        None,
    )


def _misaligned(where: Where) -> Explained:
    if where.char == "-":
        return (
            _("a list item ('- ') where a 'key: value' field is expected"),
            _("put the list under its key (e.g. activities:), indented below it"),
            None,
            None,
        )
    key = where.key() or where.text.strip()[:20]
    return (
        _("line {line} does not line up with the fields around it").format(line=where.line + 1),
        _("indent '{key}' by exactly as many spaces as the fields at the same level").format(
            key=key
        ),
        where.line,
        _indent(where.text),
    )


def _item(where: Where) -> Explained:
    key = where.key() or where.text.strip()[:20]
    return (
        _("line {line} does not line up with the list item above it").format(line=where.line + 1),
        _(
            "start each item with '- ' at the same column as the others, and indent the "
            "fields of an item ('{key}') to line up with its first field"
        ).format(key=key),
        where.line,
        _indent(where.text),
    )


def _dash_after_key(where: Where) -> Explained:
    del where
    return (
        _("a list item ('- ') cannot follow a key on the same line"),
        _("put each item on its own line, indented under the key, or write [a, b]"),
        None,
        None,
    )


def _quote(where: Where) -> Explained:
    line = where.context_line if where.context_line is not None else where.line
    column = where.context_column if where.context_column is not None else where.column
    quote = where.lines[line][column : column + 1] if line < len(where.lines) else '"'
    return (
        _("the quote {quote} opened here is never closed").format(quote=quote),
        _("end the text with the same quote mark {quote} on the same line").format(quote=quote),
        line,
        column,
    )


def _escape(where: Where) -> Explained:
    del where
    return (
        _("a backslash (\\) inside double quotes starts an escape code YAML does not know"),
        _("use single quotes ('…') for texts with backslashes, or write \\\\"),
        None,
        None,
    )


def _alias(where: Where) -> Explained:
    return (
        _("a value starting with '*' refers to an anchor (&name) that does not exist"),
        _('put the text in quotes, e.g. name: "*{rest}"').format(
            rest=where.text[where.column + 1 :].strip()[:20]
        ),
        None,
        None,
    )


def _flow(closing: str) -> Callable[[Where], Explained]:
    def explain(where: Where) -> Explained:
        opened = (where.context_line or where.line) + 1
        return (
            _("the '{opening}' opened on line {line} is not closed with '{closing}'").format(
                opening="[" if closing == "]" else "{", closing=closing, line=opened
            ),
            _("close it with '{closing}' on the same line; quote texts that contain commas").format(
                closing=closing
            ),
            None,
            None,
        )

    return explain


def _no_colon(where: Where) -> Explained:
    line = where.context_line if where.context_line is not None else where.line
    return (
        _("line {line} is not a 'key: value' line").format(line=line + 1),
        _("each line of a mapping needs 'key: value'; a text on several lines must be indented"),
        line,
        where.context_column if where.context_line is not None else where.column,
    )


def _document(where: Where) -> Explained:
    del where
    return (
        _("the file holds more than one YAML document ('---')"),
        _("keep one plan per file; remove the '---' line or split the file"),
        None,
        None,
    )


PROBLEMS: Final[tuple[tuple[str, Callable[[Where], Explained]], ...]] = (
    ("found a tab character", _token),
    ("cannot start any token", _token),
    ("mapping values are not allowed", _colon),
    ("sequence entries are not allowed", _dash_after_key),
    ("expected '-' indicator", _item),
    ("while parsing a block collection", _item),
    ("while parsing a block mapping", _misaligned),
    ("unknown escape character", _escape),
    ("while scanning a quoted scalar", _quote),
    ("found undefined alias", _alias),
    ("expected ',' or ']'", _flow("]")),
    ("expected ',' or '}'", _flow("}")),
    ("could not find expected ':'", _no_colon),
    ("found another document", _document),
    ("expected a single document", _document),
)
"""A phrase of PyYAML's or libyaml's error text and the explanation it gets, first match wins."""


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[Span, str, str | None]:
    """Where the problem is, what it is and how to fix it, in the officer's language."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return FILE_START, _("invalid YAML: {problem}").format(problem=exc), None
    context = exc.context_mark
    where = Where(
        mark.line,
        mark.column,
        text.splitlines() or [""],
        context.line if context else None,
        context.column if context else None,
    )
    said = f"{exc.context or ''}: {exc.problem or ''}"
    for phrase, explainer in PROBLEMS:
        if phrase in said:
            message, hint, line, column = explainer(where)
            if line is None or column is None:
                line, column = where.line, where.column
            return Span(line + 1, column + 1), message, hint
    problem = exc.problem or exc.context or "?"
    if exc.context and exc.problem:
        problem = f"{exc.context}: {exc.problem}"
    return (
        Span(mark.line + 1, mark.column + 1),
        _("invalid YAML: {problem}").format(problem=problem),
        None,
    )
