"""Plan templates: YAML text with ``$name`` placeholders, filled and laid out for people.

A template under ``scaffold/templates`` is the plan as an officer will see it, comments and all,
with ``$name`` (or ``${name}``) where a value depends on the answers or the year (see
``context``). Filling is plain ``string.Template`` substitution with two additions that keep
the result valid and readable whatever the values are:

* a line ``key: $name`` (or ``- $name``) whose value is one placeholder gets the value as a
  YAML scalar, quoted when it needs to be (an agency name starting with ``[``);
* long text is laid out again afterwards: a folded block (``>-``) is refilled to ``WIDTH``
  columns, which does not change its value, and a long comment line is wrapped.
"""

from __future__ import annotations

import re
import string
import textwrap
from collections.abc import Iterator, Mapping
from importlib import resources

from commplan.scaffold.yamltext import text_scalar

WIDTH = 100
MODELINE = "# yaml-language-server: $schema=commplan.schema.json"
"""First line of every plan: editors with the YAML language server complete and check it."""

_WHOLE_VALUE = re.compile(r"(?P<lead> *(?:- )?(?:[a-z_]+: )?)\$\{?(?P<name>[a-z_][a-z0-9_]*)\}?")
_FOLDED = re.compile(r"(?P<indent> *)(?P<dash>- )?(?P<key>[a-z_]+: )?>-?")


def template_text(name: str) -> str:
    """The text of the packaged template ``name``."""
    folder = resources.files("commplan.scaffold") / "templates"
    return (folder / name).read_text(encoding="utf-8")


def fill(source: str, values: Mapping[str, str]) -> str:
    """The template ``source`` with every placeholder replaced, laid out, modeline first.

    Raises:
        KeyError: a placeholder that ``values`` does not know (a bug in the template).
        ValueError: a ``$`` that starts no placeholder (write ``$$`` for a dollar sign).
    """
    return "\n".join([MODELINE, *_layout(substitute(source, values))]) + "\n"


def substitute(source: str, values: Mapping[str, str]) -> list[str]:
    """The lines of ``source`` with every placeholder replaced, before any layout."""
    return [_fill_line(line, values) for line in source.splitlines()]


def _fill_line(line: str, values: Mapping[str, str]) -> str:
    whole = _WHOLE_VALUE.fullmatch(line.rstrip())
    if whole is not None and whole["lead"].strip():
        return whole["lead"] + text_scalar(values[whole["name"]])
    return string.Template(line).substitute(values)


def _layout(lines: list[str]) -> Iterator[str]:
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        folded = _FOLDED.fullmatch(line.rstrip())
        if folded is None:
            yield from _wrap_comment(line)
            continue
        yield line
        # The text must be indented more than the key it belongs to ("- key: >-" puts the key
        # two columns right of the dash), or more than the dash of a bare "- >-" item.
        parent = len(folded["indent"]) + (2 if folded["dash"] and folded["key"] else 0)
        block: list[str] = []
        while i < len(lines) and lines[i].strip() and _indent(lines[i]) > parent:
            block.append(lines[i])
            i += 1
        if block:
            yield from _refill(block)


def _refill(block: list[str]) -> list[str]:
    # A folded scalar without blank or more-indented lines is one paragraph: its line breaks
    # are spaces, so it can be refilled to any width without changing its value.
    indent = " " * _indent(block[0])
    words = " ".join(line.strip() for line in block)
    return textwrap.wrap(
        words,
        width=WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _wrap_comment(line: str) -> list[str]:
    stripped = line.lstrip()
    if len(line) <= WIDTH or not stripped.startswith("#"):
        return [line]
    indent = " " * _indent(line)
    words = stripped[1:].strip()
    # A list item ("- ...") hangs under its text; a paragraph keeps the left edge.
    hang = "   " if words.startswith("- ") else " "
    return textwrap.wrap(
        words,
        width=WIDTH,
        initial_indent=indent + "# ",
        subsequent_indent=indent + "#" + hang,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
