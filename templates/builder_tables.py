"""Tables of the templates: fixed column widths, rows of styled cells, merged cells.

Widths are in twips and fixed (``w:tblLayout fixed`` plus ``w:tblGrid``): LibreOffice lays a
table out from its grid, Word from the cell widths, so both are always set together.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder import el, mm, replace_child
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from lxml import etree  # type: ignore[import-untyped]


def fixed_table(container: DocumentObject, widths: Sequence[int], *, borders: bool) -> Table:
    """A table with one row, fixed layout and these column widths (LibreOffice reads the grid)."""
    table: Table = container.add_table(rows=1, cols=len(widths))
    tblpr = table._tbl.tblPr
    replace_child(tblpr, el("w:tblW", w=sum(widths), type="dxa"))
    replace_child(tblpr, el("w:tblLayout", type="fixed"))
    if borders:
        edges = el("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edges.append(el(f"w:{side}", val="single", sz=4, space=0, color="000000"))
        replace_child(tblpr, edges)
    margins = el("w:tblCellMar")
    pad = mm(1) if borders else 0
    for side in ("left", "right"):
        margins.append(el(f"w:{side}", w=pad, type="dxa"))
    replace_child(tblpr, margins)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width))
    for cell, width in zip(table.rows[0].cells, widths, strict=True):
        set_cell_width(cell, width)
    return table


def set_cell_width(cell: _Cell, width: int) -> None:
    """Set ``w:tcW`` in twips."""
    tcpr = cell._tc.get_or_add_tcPr()
    replace_child(tcpr, el("w:tcW", w=width, type="dxa"))


def add_row(
    table: Table,
    texts: Sequence[str],
    styles: Sequence[str],
    *,
    spans: Sequence[int] | None = None,
    header: bool = False,
    cant_split: bool = True,
) -> None:
    """Append a row: one paragraph per cell, ``spans`` merging grid columns (``w:gridSpan``).

    Cell widths follow the grid, so a merged cell is as wide as the columns it covers.
    """
    spans = spans or [1] * len(texts)
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    tr = el("w:tr")
    trpr = el("w:trPr")
    if cant_split:
        trpr.append(el("w:cantSplit"))
    if header:
        trpr.append(el("w:tblHeader"))
    tr.append(trpr)
    column = 0
    for text, style, span in zip(texts, styles, spans, strict=True):
        tr.append(_cell(text, style, sum(grid[column : column + span]), span, header=header))
        column += span
    table._tbl.append(tr)


def _cell(text: str, style: str, width: int, span: int, *, header: bool) -> etree._Element:
    tc = el("w:tc")
    tcpr = el("w:tcPr")
    tcpr.append(el("w:tcW", w=width, type="dxa"))
    if span > 1:
        tcpr.append(el("w:gridSpan", val=span))
    if header:  # body cells keep the default (top); one element less per generated cell
        tcpr.append(el("w:vAlign", val="center"))
    tc.append(tcpr)
    tc.append(_text_paragraph(text, style))
    return tc


def _text_paragraph(text: str, style: str) -> etree._Element:
    p = el("w:p")
    ppr = el("w:pPr")
    ppr.append(el("w:pStyle", val=style))
    p.append(ppr)
    if text:
        r = el("w:r")
        t = el("w:t")
        t.text = text
        if text != text.strip():
            # Only where needed: docxtpl drops a run left with a bare empty <w:t></w:t>.
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        p.append(r)
    return p


def vertical_merge(table: Table, row: int, column: int, *, restart: bool) -> None:
    """Mark a cell as the start (``restart``) or a continuation of a vertical merge."""
    tc = table._tbl.findall(qn("w:tr"))[row].findall(qn("w:tc"))[column]
    merge = el("w:vMerge", val="restart") if restart else el("w:vMerge")
    replace_child(tc.find(qn("w:tcPr")), merge)


def drop_first_row(table: Table) -> None:
    """Remove the empty row python-docx creates with a table; rows are added by ``add_row``."""
    table._tbl.remove(table._tbl.findall(qn("w:tr"))[0])
