"""How a plain YAML scalar becomes a value, the commplan way.

YAML 1.1 (what PyYAML implements) turns ``no`` into False, ``012`` into 10, ``8:30`` into 510
and ``2022-03-05`` into a date. A plan is written by people, so commplan resolves plain scalars
itself: only ``true``/``false`` are booleans, integers are decimal (leading zeros included),
dates stay text for the date parser, and numbers keep their source text so that a text field
gets exactly what was written.
"""

from __future__ import annotations

import re
from typing import Final

NULL_WORDS: Final = frozenset({"", "~", "null", "Null", "NULL"})
TRUE_WORDS: Final = frozenset({"true", "True", "TRUE"})
FALSE_WORDS: Final = frozenset({"false", "False", "FALSE"})
YAML11_BOOL_WORDS: Final = frozenset(
    w
    for base in ("y", "yes", "n", "no", "on", "off")
    for w in (base, base.capitalize(), base.upper())
)
_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_FLOAT = re.compile(
    r"[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
)


class SourceInt(int):
    """An integer that remembers how it was written (``012``, ``+84912345678``)."""

    source: str

    def __new__(cls, source: str) -> SourceInt:  # noqa: D102 (the class says it)
        value = super().__new__(cls, source.replace("_", ""))
        value.source = source
        return value


class SourceFloat(float):
    """A YAML float that remembers how it was written (``1.500`` is one and a half)."""

    source: str

    def __new__(cls, source: str) -> SourceFloat:  # noqa: D102 (the class says it)
        value = super().__new__(cls, source.replace("_", ""))
        value.source = source
        return value


Scalar = str | int | float | bool | None


_NUMBER_START: Final = frozenset("0123456789+-.")


def resolve_plain(text: str) -> Scalar:
    """The value of a plain (unquoted) scalar."""
    if text and text[0] not in _NUMBER_START and len(text) > 5:
        return text  # the common case, a sentence: no keyword or number is this long
    if text in NULL_WORDS:
        return None
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    if _INT.fullmatch(text) and not text.endswith("_"):
        return SourceInt(text)
    if _FLOAT.fullmatch(text) and any(c.isdigit() for c in text):
        return SourceFloat(text)
    return text


_WRITTEN_NUMBERS: Final = (SourceInt, SourceFloat)


def source_text(value: object) -> str | None:
    """The text as written for a scalar read from YAML, or None for non-scalars."""
    if isinstance(value, _WRITTEN_NUMBERS):
        return value.source
    if isinstance(value, str):
        return value
    return None
