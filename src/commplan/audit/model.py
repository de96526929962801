"""What the checks see of a document: paragraphs in order, tables, sections and their headers.

Paragraphs are numbered from 1 in document order, the paragraphs of tables included, the way
ARCHITECTURE.md defines ``line`` for audit findings. Paragraphs inside text boxes are not
numbered (they belong to a drawing, and Word stores them twice, once per fallback).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from commplan.audit.props import ParaProps, RunProps


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch ``text[start:end]`` of a paragraph with one formatting (``label``: list number)."""

    start: int
    end: int
    props: RunProps
    label: bool = False


@dataclass(frozen=True, slots=True)
class Shape:
    """A drawing anchored in a paragraph; ``width`` in twips when known.

    ``anchor`` places a floating shape horizontally: (relative to, "offset" or "align", value),
    e.g. ``("page", "offset", 6200)`` or ``("margin", "align", "center")``; None when inline or
    unknown.
    """

    is_line: bool
    width: int | None
    anchor: tuple[str, str, int | str] | None = None


@dataclass(frozen=True, slots=True)
class CellRef:
    """Where a paragraph sits in a table: the innermost cell and the outermost table's cell."""

    table: int
    row: int
    col: int
    width: int | None
    """Width available to text in the cell (cell width minus its margins), twips."""
    top: tuple[int, int, int]
    """(table, row, column) in the outermost table."""


@dataclass(slots=True)
class Para:
    """One paragraph with its text (NFC), formatting spans and position."""

    index: int
    section: int
    text: str
    spans: tuple[Span, ...]
    props: ParaProps
    style: str | None
    cell: CellRef | None = None
    shapes: tuple[Shape, ...] = ()
    nfc: bool = True
    page_break: bool = False
    heading_style: bool = False
    _visible: tuple[Span, ...] | None = field(default=None, init=False, repr=False, compare=False)
    """The spans of the whole text that hold visible characters, once asked for."""

    @property
    def blank(self) -> bool:
        """No visible text (whitespace only)."""
        return not self.text.strip()

    def spans_in(self, start: int = 0, end: int | None = None) -> list[Span]:
        """Spans overlapping ``text[start:end]`` that hold visible characters there."""
        if start == 0 and end is None:
            # Most checks ask this of every paragraph: worked out once.
            if self._visible is None:
                self._visible = tuple(self._spans_in(0, len(self.text)))
            return list(self._visible)
        return self._spans_in(start, len(self.text) if end is None else end)

    def _spans_in(self, start: int, stop: int) -> list[Span]:
        return [
            s
            for s in self.spans
            if s.start < stop
            and s.end > start
            and self.text[max(s.start, start) : min(s.end, stop)].strip()
        ]


@dataclass(frozen=True, slots=True)
class Table:
    """A table: its paragraphs' range, grid, width and layout."""

    index: int
    depth: int
    section: int
    first_para: int
    last_para: int
    grid: tuple[int, ...]
    width: int | None
    fixed: bool
    indent: int = 0


@dataclass(frozen=True, slots=True)
class PageField:
    """A PAGE field in a header or footer: its paragraph's alignment and the result's format."""

    align: str
    props: RunProps


@dataclass(frozen=True, slots=True)
class HeaderInfo:
    """What a header or footer shows."""

    text: str = ""
    page_fields: tuple[PageField, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing visible and no field."""
        return not self.text.strip() and not self.page_fields


@dataclass(slots=True)
class Section:
    """One section: page setup and the headers and footers in force (inheritance applied)."""

    index: int
    first_para: int
    last_para: int
    width: int | None = None
    height: int | None = None
    landscape: bool = False
    margins: dict[str, int] = field(default_factory=dict)
    title_page: bool = False
    page_start: int | None = None
    page_format: str | None = None
    new_page: bool = True
    headers: dict[str, HeaderInfo] = field(default_factory=dict)
    footers: dict[str, HeaderInfo] = field(default_factory=dict)

    @property
    def text_width(self) -> int | None:
        """Page width minus the left and right margins (and gutter)."""
        if self.width is None or "left" not in self.margins or "right" not in self.margins:
            return None
        gutter = self.margins.get("gutter", 0)
        return self.width - self.margins["left"] - self.margins["right"] - gutter


@dataclass(slots=True)
class Doc:
    """A whole document as the checks see it."""

    paras: list[Para]
    tables: list[Table]
    sections: list[Section]
    even_and_odd: bool = False
    rendered_breaks: int = 0
    """``w:lastRenderedPageBreak`` marks: a program that laid the document out saw pages."""

    def para(self, index: int) -> Para:
        """The paragraph with 1-based number ``index``."""
        return self.paras[index - 1]

    def outside_tables(self, start: int, end: int) -> Iterator[Para]:
        """Paragraphs numbered ``start`` to ``end - 1`` that are not in a table."""
        for para in self.paras[max(start, 1) - 1 : max(end, 1) - 1]:
            if para.cell is None:
                yield para

    def section(self, number: int) -> Section:
        """The section with 1-based number ``number``."""
        return self.sections[number - 1]
