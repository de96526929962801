"""Segments: the pieces of a paragraph between tabs and line breaks.

Documents typed by hand often put two header elements in one paragraph ("UBND TỈNH X<tab>CỘNG
HÒA …", or the Quốc hiệu and the Tiêu ngữ separated by a line break). The header checks work on
segments, so each element is found and its own runs are checked, wherever it sits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commplan.audit.model import Para, Span
from commplan.audit.normalize import nfc

_PIECES = re.compile(r"[^\t\n]+")
_RULE_CHARS = frozenset("_-–—‐ ")


@dataclass(frozen=True, slots=True)
class Segment:
    """``para.text[start:end]``, trimmed of surrounding whitespace."""

    para: Para
    start: int
    end: int

    @property
    def text(self) -> str:
        """The segment's text."""
        return self.para.text[self.start : self.end]

    @property
    def low(self) -> str:
        """Case-folded text with whitespace runs as one space, for pattern matching."""
        return " ".join(nfc(self.text).casefold().split())

    def spans(self) -> list[Span]:
        """The formatting spans holding visible characters of this segment."""
        return self.para.spans_in(self.start, self.end)

    @property
    def whole(self) -> bool:
        """True when the segment is the paragraph's whole visible text."""
        return self.text == self.para.text.strip()


def segments(para: Para) -> list[Segment]:
    """The non-blank segments of ``para`` in order (rule-only lines such as "____" excluded)."""
    out: list[Segment] = []
    for match in _PIECES.finditer(para.text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped or is_rule_text(stripped):
            continue
        start = match.start() + raw.index(stripped)
        out.append(Segment(para, start, start + len(stripped)))
    return out


def is_rule_text(text: str) -> bool:
    """True for a line drawn with characters ("________", "-------")."""
    stripped = text.strip()
    return len(stripped) >= 3 and set(stripped) <= _RULE_CHARS


def whole(para: Para) -> Segment:
    """The paragraph's whole text as one segment (trimmed)."""
    stripped = para.text.strip()
    start = para.text.index(stripped) if stripped else 0
    return Segment(para, start, start + len(stripped))
