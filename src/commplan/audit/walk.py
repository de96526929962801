"""Walking the document body in order: paragraphs (tables included), tables and section breaks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from commplan.audit.model import CellRef, Para, Table
from commplan.audit.paragraphs import ParagraphReader, ParsedPara
from commplan.audit.xml import Element, attr, child, children, int_attr, local, qn

# Word's cell margins when neither the table nor its style sets any ("Normal Table").
_DEFAULT_CELL_MARGIN = 108
CONTAINERS = frozenset({"sdt", "customXml"})


@dataclass(slots=True)
class Walked:
    """What the walk found: paragraphs, tables, and each section break's ``w:sectPr``."""

    paras: list[Para] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    breaks: list[tuple[Element, int]] = field(default_factory=list)
    """(``w:sectPr``, number of the paragraph that ends the section)."""
    rendered_breaks: int = 0


@dataclass(frozen=True, slots=True)
class CellInfo:
    """What a cell's ``w:tcPr`` says about its span, width and margins."""

    span: int
    width_type: str | None
    """None: no ``w:tcW``."""
    width: int | None
    left: int | None
    right: int | None


_GRID_SPAN, _TC_W, _TC_MAR = qn("w:gridSpan"), qn("w:tcW"), qn("w:tcMar")
CellInfos = dict[tuple[int, str | None, int | None, int | None, int | None], CellInfo]
"""The cell formats of one document, each read once."""


def cell_info(tc_pr: Element | None, seen: CellInfos) -> CellInfo:
    """The span, width and own margins of a cell, from its ``w:tcPr``."""
    # One pass over the properties (the first of each, as child() finds), and one CellInfo
    # per distinct cell format: a large table has a hundred thousand cells and a few formats.
    span = tc_w = own = None
    for node in tc_pr if tc_pr is not None else ():
        tag = node.tag
        if tag == _TC_W:
            tc_w = node if tc_w is None else tc_w
        elif tag == _GRID_SPAN:
            span = node if span is None else span
        elif tag == _TC_MAR:
            own = node if own is None else own
    key = (
        max(int_attr(span) or 1, 1),
        None if tc_w is None else attr(tc_w, "w:type") or "dxa",
        int_attr(tc_w, "w:w"),
        _side(own, "left", "start") if own is not None else None,
        _side(own, "right", "end") if own is not None else None,
    )
    found = seen.get(key)
    if found is None:
        found = seen[key] = CellInfo(*key)
    return found


class Restart(Exception):
    """The paragraphs read ahead do not match the walk: read the document as a whole tree."""


class ReadAhead:
    """Paragraphs and cells read while the document was parsed (:mod:`~commplan.audit.stream`).

    In the tree, a paragraph read ahead is an empty element tagged :data:`READ_P`, a cell read
    ahead (with all its paragraphs) an empty one tagged :data:`READ_TC`; the walk takes their
    contents from here, in document order.
    """

    def __init__(self) -> None:
        self.paras: list[ParsedPara | None] = []
        self.cells: list[tuple[CellInfo, int] | None] = []
        self._para = 0
        self._cell = 0

    def para(self) -> ParsedPara:
        """The next paragraph, in document order."""
        if self._para >= len(self.paras):
            raise Restart
        found = self.paras[self._para]
        self.paras[self._para] = None  # the walk keeps its own copy: let this one go
        self._para += 1
        assert found is not None
        return found

    def cell(self) -> tuple[CellInfo, int]:
        """The next cell read ahead and the number of its paragraphs."""
        if self._cell >= len(self.cells):
            raise Restart
        found = self.cells[self._cell]
        self._cell += 1
        assert found is not None
        return found

    def check_used(self) -> None:
        """Every paragraph and cell read ahead was walked (else the reading went wrong)."""
        if self._para != len(self.paras) or self._cell != len(self.cells):
            raise Restart


# Without a namespace: renaming an element into one costs lxml ten times as much.
READ_P = "commplan-read-p"
READ_TC = "commplan-read-tc"


class Walker:
    """Walks one body with a :class:`ParagraphReader`."""

    def __init__(self, reader: ParagraphReader, ahead: ReadAhead | None = None) -> None:
        self.reader = reader
        self.ahead = ahead
        self.out = Walked()
        self._cell_infos: CellInfos = {}
        self._section = 1
        self._tables: dict[int, Table] = {}
        self._next_table = 0

    def walk(self, body: Element) -> Walked:
        """Walk ``body`` (a ``w:body``) and return what was found."""
        self._blocks(body, None, None)
        if self.ahead is not None:
            self.ahead.check_used()
        self.out.tables = [self._tables[i] for i in sorted(self._tables)]
        return self.out

    def _blocks(self, el: Element, cell: CellRef | None, table_style: str | None) -> None:
        for node in el:
            name = local(node)
            if name == "p" or (name == READ_P and self.ahead is not None):
                self._paragraph(node, cell, table_style)
            elif name == "tbl":
                self._table(node, cell)
            elif name in CONTAINERS:
                self._blocks(_content(node), cell, table_style)

    def _paragraph(self, p: Element, cell: CellRef | None, table_style: str | None) -> None:
        if p.tag == READ_P and self.ahead is not None:
            parsed = self.ahead.para()
        elif self.ahead is not None:
            raise Restart  # a paragraph not read ahead: the numbering counters ran ahead of it
        else:
            parsed = self.reader.read(p, table_style=table_style)
        self._add(parsed, cell)

    def _add(self, parsed: ParsedPara, cell: CellRef | None) -> None:
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
            for tc in _cells(row, self.ahead is not None):
                read = tc.tag == READ_TC and self.ahead is not None
                info, paras = (
                    self.ahead.cell()
                    if read and self.ahead
                    else (cell_info(child(tc, "w:tcPr"), self._cell_infos), 0)
                )
                width = _cell_width(info, grid, col)
                left, right = _cell_margins(info, margins)
                top = outer.top if outer is not None else (index, r, col)
                avail = width - left - right if width is not None else None
                ref = CellRef(index, r, col, avail, top)
                if read and self.ahead is not None:
                    for _ in range(paras):
                        self._add(self.ahead.para(), ref)
                else:
                    self._blocks(tc, ref, style)
                col += info.span
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
        elif local(node) in CONTAINERS:
            yield from _rows(_content(node))


def _cells(row: Element, ahead: bool) -> Iterator[Element]:
    for node in row:
        name = local(node)
        if name == "tc" or (name == READ_TC and ahead):
            yield node
        elif name in CONTAINERS:
            yield from _cells(_content(node), ahead)


def _side(margins: Element | None, *names: str) -> int | None:
    for name in names:
        el = child(margins, f"w:{name}")
        if el is not None:
            return int_attr(el, "w:w")
    return None


def _cell_margins(info: CellInfo, table: tuple[int, int]) -> tuple[int, int]:
    left, right = info.left, info.right
    return (table[0] if left is None else left, table[1] if right is None else right)


def _cell_width(info: CellInfo, grid: tuple[int, ...], col: int) -> int | None:
    if info.width_type == "dxa" and info.width:
        return info.width
    if col + info.span <= len(grid):
        return sum(grid[col : col + info.span]) or None
    return None


def _table_width(tbl_pr: Element | None, grid: tuple[int, ...]) -> int | None:
    tbl_w = child(tbl_pr, "w:tblW")
    if tbl_w is not None and (attr(tbl_w, "w:type") or "dxa") == "dxa" and int_attr(tbl_w, "w:w"):
        return int_attr(tbl_w, "w:w")
    return sum(grid) or None
