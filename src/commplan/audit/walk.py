"""Walking the document body in order: paragraphs (tables included), tables and section breaks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from commplan.audit.model import CellRef, Para, Table
from commplan.audit.paragraphs import ParagraphReader
from commplan.audit.xml import Element, attr, child, children, int_attr, local

# Word's cell margins when neither the table nor its style sets any ("Normal Table").
_DEFAULT_CELL_MARGIN = 108
_CONTAINERS = frozenset({"sdt", "customXml"})


@dataclass(slots=True)
class Walked:
    """What the walk found: paragraphs, tables, and each section break's ``w:sectPr``."""

    paras: list[Para] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    breaks: list[tuple[Element, int]] = field(default_factory=list)
    """(``w:sectPr``, number of the paragraph that ends the section)."""
    rendered_breaks: int = 0


class Walker:
    """Walks one body with a :class:`ParagraphReader`."""

    def __init__(self, reader: ParagraphReader) -> None:
        self.reader = reader
        self.out = Walked()
        self._section = 1
        self._tables: dict[int, Table] = {}
        self._next_table = 0

    def walk(self, body: Element) -> Walked:
        """Walk ``body`` (a ``w:body``) and return what was found."""
        self._blocks(body, None, None)
        self.out.tables = [self._tables[i] for i in sorted(self._tables)]
        return self.out

    def _blocks(self, el: Element, cell: CellRef | None, table_style: str | None) -> None:
        for node in el:
            name = local(node)
            if name == "p":
                self._paragraph(node, cell, table_style)
            elif name == "tbl":
                self._table(node, cell)
            elif name in _CONTAINERS:
                self._blocks(_content(node), cell, table_style)

    def _paragraph(self, p: Element, cell: CellRef | None, table_style: str | None) -> None:
        parsed = self.reader.read(p, table_style=table_style)
        assert parsed.props is not None
        para = Para(
            index=len(self.out.paras) + 1,
            section=self._section,
            text=parsed.text,
            spans=tuple(parsed.spans),
            props=parsed.props,
            style=parsed.style,
            cell=cell,
            shapes=tuple(parsed.shapes),
            nfc=parsed.nfc,
            page_break=parsed.page_break,
            heading_style=parsed.heading_style,
        )
        self.out.paras.append(para)
        self.out.rendered_breaks += parsed.rendered_breaks
        if parsed.sect is not None and cell is None:
            self.out.breaks.append((parsed.sect, para.index))
            self._section += 1

    def _table(self, tbl: Element, outer: CellRef | None) -> None:
        # Nested tables are numbered after their outer table, which is only finished later.
        index = self._next_table
        self._next_table += 1
        tbl_pr = child(tbl, "w:tblPr")
        style = self.reader.sheet.style_id(attr(child(tbl_pr, "w:tblStyle")), "table")
        grid = tuple(
            int_attr(g, "w:w") or 0 for g in children(child(tbl, "w:tblGrid"), "w:gridCol")
        )
        margins = self._margins(tbl_pr, style)
        first = len(self.out.paras) + 1
        for r, row in enumerate(_rows(tbl)):
            col = int_attr(child(child(row, "w:trPr"), "w:gridBefore")) or 0
            for tc in _cells(row):
                tc_pr = child(tc, "w:tcPr")
                span = max(int_attr(child(tc_pr, "w:gridSpan")) or 1, 1)
                width = _cell_width(tc_pr, grid, col, span)
                left, right = _cell_margins(tc_pr, margins)
                top = outer.top if outer is not None else (index, r, col)
                avail = width - left - right if width is not None else None
                ref = CellRef(index, r, col, avail, top)
                self._blocks(tc, ref, style)
                col += span
        self._tables[index] = Table(
            index=index,
            depth=0 if outer is None else 1,
            section=self._section,
            first_para=first,
            last_para=len(self.out.paras),
            grid=grid,
            width=_table_width(tbl_pr, grid),
            fixed=attr(child(tbl_pr, "w:tblLayout"), "w:type") == "fixed",
            indent=int_attr(child(tbl_pr, "w:tblInd"), "w:w") or 0,
        )

    def _margins(self, tbl_pr: Element | None, style: str | None) -> tuple[int, int]:
        own = child(tbl_pr, "w:tblCellMar")
        inherited = self.reader.sheet.table_cell_margins(style)
        return (
            _first(_side(own, "left", "start"), inherited[0], _DEFAULT_CELL_MARGIN),
            _first(_side(own, "right", "end"), inherited[1], _DEFAULT_CELL_MARGIN),
        )


def _first(*values: int | None) -> int:
    return next(v for v in values if v is not None)


def _content(node: Element) -> Element:
    # Never test an lxml element for truth: it means "has children" and warns.
    content = child(node, "w:sdtContent")
    return content if content is not None else node


def _rows(tbl: Element) -> Iterator[Element]:
    for node in tbl:
        if local(node) == "tr":
            yield node
        elif local(node) in _CONTAINERS:
            yield from _rows(_content(node))


def _cells(row: Element) -> Iterator[Element]:
    for node in row:
        if local(node) == "tc":
            yield node
        elif local(node) in _CONTAINERS:
            yield from _cells(_content(node))


def _side(margins: Element | None, *names: str) -> int | None:
    for name in names:
        el = child(margins, f"w:{name}")
        if el is not None:
            return int_attr(el, "w:w")
    return None


def _cell_margins(tc_pr: Element | None, table: tuple[int, int]) -> tuple[int, int]:
    own = child(tc_pr, "w:tcMar")
    left, right = _side(own, "left", "start"), _side(own, "right", "end")
    return (table[0] if left is None else left, table[1] if right is None else right)


def _cell_width(tc_pr: Element | None, grid: tuple[int, ...], col: int, span: int) -> int | None:
    tc_w = child(tc_pr, "w:tcW")
    kind = attr(tc_w, "w:type") or "dxa"
    width = int_attr(tc_w, "w:w")
    if tc_w is not None and kind == "dxa" and width:
        return width
    if col + span <= len(grid):
        return sum(grid[col : col + span]) or None
    return None


def _table_width(tbl_pr: Element | None, grid: tuple[int, ...]) -> int | None:
    tbl_w = child(tbl_pr, "w:tblW")
    if tbl_w is not None and (attr(tbl_w, "w:type") or "dxa") == "dxa" and int_attr(tbl_w, "w:w"):
        return int_attr(tbl_w, "w:w")
    return sum(grid) or None
