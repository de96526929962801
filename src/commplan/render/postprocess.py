"""What a template cannot do, done on the rendered document with python-docx and lxml.

* Rules (ND30 H3, H6, H11): a paragraph in the style ``CpRuleFull`` or ``CpRuleShort`` is an
  empty paragraph with a bottom border; its indents are set so the border is as long as the
  text line above it (full) or 2/5 of it (short), centred in its cell or column.
* Stamps (ND30 X2): a ``CpStamp`` paragraph's box is narrowed to the decree's stamp size.
* The Gantt table (alt-text title ``commplan:gantt``): docxtpl's column loop copies one cell
  width into every time column, so the widths are recomputed to fill the page exactly.
* A trailing empty section (the budget appendix left out) is folded into the one before it.
* The first section does not restart page numbers (see ``unnumber_first_section``).
* docxtpl's ``{% colspan %}`` puts ``w:gridSpan`` before ``w:tcW``; the schema (and Word) want
  the width first, so it is moved back.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, Final

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.styles.style import ParagraphStyle
from lxml import etree  # type: ignore[import-untyped]

from commplan.typography.metrics import text_width

RULES: Final = {"CpRuleFull": 1.0, "CpRuleShort": 0.4}
STAMP: Final = "CpStamp"
GANTT_TITLE: Final = "commplan:gantt"
TASKS_TITLE: Final = "commplan:tasks"
"""The captions (``w:tblCaption``) by which the template marks the tables fixed up here."""
MM: Final = 1440 / 25.4
# ND30 X2: urgency stamps are 30×8, 40×8 and 20×8 mm; other marks get the text plus padding.
STAMP_MM: Final = {"HỎA TỐC": 30, "THƯỢNG KHẨN": 40, "KHẨN": 20}
STAMP_PADDING_MM: Final = 6
DEFAULT_CELL_MARGIN: Final = 108


@cache
def _w(name: str) -> str:
    return qn(f"w:{name}")


def _int(element: etree._Element | None, attr: str, default: int = 0) -> int:
    if element is None:
        return default
    value = element.get(_w(attr))
    return int(float(value)) if value else default


def section_width(sectpr: etree._Element) -> int:
    """The text width of a section in twips: page width less the side margins and gutter."""
    size, margins = sectpr.find(_w("pgSz")), sectpr.find(_w("pgMar"))
    sides = sum(_int(margins, side) for side in ("left", "right", "gutter"))
    return _int(size, "w", 11906) - sides


def _section_after(body: etree._Element, element: etree._Element) -> etree._Element:
    top = element
    while top.getparent() is not body:
        top = top.getparent()
    for sibling in top.itersiblings():
        sectpr = sibling.find(f"{_w('pPr')}/{_w('sectPr')}")
        if sectpr is not None:
            return sectpr
    own = top.find(f"{_w('pPr')}/{_w('sectPr')}")
    return own if own is not None else body.find(_w("sectPr"))


def available_width(body: etree._Element, paragraph: etree._Element) -> int:
    """The width a paragraph can use: its cell's width less cell margins, or the text width."""
    cell = next(paragraph.iterancestors(_w("tc")), None)
    if cell is None:
        return section_width(_section_after(body, paragraph))
    width = _int(cell.find(f"{_w('tcPr')}/{_w('tcW')}"), "w")
    table = next(cell.iterancestors(_w("tbl")))
    margins = table.find(f"{_w('tblPr')}/{_w('tblCellMar')}")
    for side in ("left", "right"):
        found = margins.find(_w(side)) if margins is not None else None
        width -= _int(found, "w", DEFAULT_CELL_MARGIN)
    return width


class Styles:
    """Effective run size and weight of a paragraph, through its style chain."""

    def __init__(self, doc: DocumentObject) -> None:
        self._by_id = {s.style_id: s for s in doc.styles if isinstance(s, ParagraphStyle)}
        defaults = doc.styles.element.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        self._default_size = (
            _int(defaults.find(_w("sz")) if defaults is not None else None, "val", 24) / 2
        )

    def style_id(self, paragraph: etree._Element) -> str:
        """The paragraph's style id ("Normal" when it names none)."""
        found = paragraph.find(f"{_w('pPr')}/{_w('pStyle')}")
        return found.get(_w("val")) if found is not None else "Normal"

    def font(self, style_id: str) -> tuple[float, bool]:
        """(size in points, bold) that a style gives, inherited through ``basedOn``."""
        style = self._by_id.get(style_id)
        size: float | None = None
        bold: bool | None = None
        while style is not None and (size is None or bold is None):
            if size is None and style.font.size is not None:
                size = style.font.size.pt
            if bold is None and style.font.bold is not None:
                bold = style.font.bold
            style = style.base_style
        return size or self._default_size, bool(bold)

    def measure(self, paragraph: etree._Element) -> int:
        """The printed width of a paragraph's widest line, in twips.

        Lines end at a ``w:br`` ("ỦY BAN NHÂN DÂN" / "TỈNH NAM ĐỊNH"), so the rule under a
        name broken in two is as long as its longer line, not as both together.
        """
        size, bold = self.font(self.style_id(paragraph))
        lines = [0]
        for run in paragraph.iter(_w("r")):
            rpr = run.find(_w("rPr"))
            run_size = _int(rpr.find(_w("sz")) if rpr is not None else None, "val") / 2 or size
            flag = rpr.find(_w("b")) if rpr is not None else None
            run_bold = bold if flag is None else flag.get(_w("val"), "true") not in ("0", "false")
            for child in run:
                if child.tag == _w("br"):
                    lines.append(0)
                elif child.tag == _w("t"):
                    lines[-1] += text_width(child.text or "", run_size, bold=run_bold)
        return max(lines)


_AFTER_IND: Final = (
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
)  # fmt: skip


def _set_indent(paragraph: etree._Element, side: int) -> None:
    ppr = paragraph.find(_w("pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        paragraph.insert(0, ppr)
    ind = OxmlElement("w:ind")
    for name, value in (("left", max(side, 0)), ("right", max(side, 0)), ("firstLine", 0)):
        ind.set(_w(name), str(value))
    old = ppr.find(_w("ind"))
    if old is not None:
        ppr.replace(old, ind)
        return
    later = [c for c in ppr if c.tag in {_w(t) for t in _AFTER_IND}]
    if later:
        later[0].addprevious(ind)
    else:
        ppr.append(ind)


def _previous_text(paragraph: etree._Element) -> etree._Element | None:
    for sibling in paragraph.itersiblings(_w("p"), preceding=True):
        if "".join(sibling.itertext()).strip():
            return sibling
    return None


def size_rules(doc: DocumentObject) -> None:
    """Set the indents of every rule and stamp paragraph from the text it belongs to."""
    body = doc.element.body
    styles = Styles(doc)
    for paragraph in _styled(body, {*RULES, STAMP}):
        style = styles.style_id(paragraph)
        if style in RULES:
            above = _previous_text(paragraph)
            if above is None:
                continue
            room = available_width(body, paragraph)
            length = min(styles.measure(above), room) * RULES[style]
            _set_indent(paragraph, round((room - length) / 2))
        elif style == STAMP:
            _size_stamp(body, paragraph, styles)


def _styled(body: etree._Element, names: set[str]) -> list[etree._Element]:
    """The paragraphs whose own style is one of ``names``, in order.

    Only a handful of paragraphs are rules or stamps. Walking the style elements is half the
    time of an XPath over every paragraph (0.3 s on a 5,000-activity plan).
    """
    found: dict[etree._Element, None] = {}  # a dict keeps the order and drops repeats
    for style in body.iter(_w("pStyle")):
        if style.get(_w("val")) not in names:
            continue
        ppr = style.getparent()
        paragraph = ppr.getparent() if ppr.tag == _w("pPr") else None
        if paragraph is not None and paragraph.tag == _w("p"):
            found[paragraph] = None
    return list(found)


def _size_stamp(body: etree._Element, paragraph: etree._Element, styles: Styles) -> None:
    text = "".join(paragraph.itertext()).strip()
    if not text:
        return
    wanted = max(styles.measure(paragraph) + STAMP_PADDING_MM * MM, STAMP_MM.get(text, 0) * MM)
    room = available_width(body, paragraph)
    _set_indent(paragraph, round((room - min(wanted, room)) / 2))


def _tables(doc: DocumentObject) -> Iterator[etree._Element]:
    yield from doc.element.body.iter(_w("tbl"))


def _captioned(doc: DocumentObject, title: str) -> Iterator[etree._Element]:
    for table in _tables(doc):
        caption = table.find(f"{_w('tblPr')}/{_w('tblCaption')}")
        if caption is not None and caption.get(_w("val")) == title:
            yield table


def fit_gantt(doc: DocumentObject, time_columns: int) -> None:
    """Size the Gantt's time columns to share what the fixed columns leave of the page."""
    if not time_columns:
        return
    for table in _captioned(doc, GANTT_TITLE):
        rows = table.findall(_w("tr"))
        header = [r for r in rows if r.find(f"{_w('trPr')}/{_w('tblHeader')}") is not None]
        cells = (header or rows)[-1].findall(_w("tc"))
        fixed = [_int(c.find(f"{_w('tcPr')}/{_w('tcW')}"), "w") for c in cells[:-time_columns]]
        room = section_width(_section_after(doc.element.body, table))
        share = max(room - sum(fixed), 0) // time_columns
        grid = [*fixed, *[share] * time_columns]
        grid[-1] += max(room - sum(fixed), 0) - share * time_columns
        apply_grid(table, grid)


OPTIONAL_TASK_COLUMNS: Final = {3: "partners", 5: "outputs", 6: "cost"}
"""Phụ lục I's columns (by grid index) left out when no row fills them, and their row key."""


def drop_empty_task_columns(doc: DocumentObject, rows: list[dict[str, Any]]) -> None:
    """Phụ lục I without the columns no task fills, their width given to the task's name.

    An issued table does not carry a column left empty from top to bottom: Kinh phí when the
    budget is a statement rather than lines, Sản phẩm or Đơn vị phối hợp when no task names
    one. STT, the task, its owner and its time always stay.
    """
    if not rows:
        return
    empty = [i for i, key in OPTIONAL_TASK_COLUMNS.items() if not any(r.get(key) for r in rows)]
    if not empty:
        return
    for table in _captioned(doc, TASKS_TITLE):
        grid = [_int(col, "w") for col in table.find(_w("tblGrid")).iterchildren(_w("gridCol"))]
        for row in table.iterchildren(_w("tr")):
            _drop_cells(row, empty)
        kept = [width for i, width in enumerate(grid) if i not in empty]
        kept[1] += sum(grid[i] for i in empty)
        apply_grid(table, kept)


def _drop_cells(row: etree._Element, columns: list[int]) -> None:
    """Remove a row's cells in ``columns``; a cell spanning one of them spans one fewer."""
    start = 0
    for cell in list(row.iterchildren(_w("tc"))):
        span_element = cell.find(f"{_w('tcPr')}/{_w('gridSpan')}")
        span = _int(span_element, "val", 1)
        covered = sum(1 for c in columns if start <= c < start + span)
        start += span
        if covered == span:
            row.remove(cell)
        elif covered and span_element is not None:
            span_element.set(_w("val"), str(span - covered))


def apply_grid(table: etree._Element, grid: list[int]) -> None:
    """Set a table's grid columns and every cell's width (spans included) to ``grid``."""
    tblgrid = table.find(_w("tblGrid"))
    for col in list(tblgrid):
        tblgrid.remove(col)
    for size in grid:
        col = OxmlElement("w:gridCol")
        col.set(_w("w"), str(size))
        tblgrid.append(col)
    tblw = table.find(f"{_w('tblPr')}/{_w('tblW')}")
    if tblw is not None:
        tblw.set(_w("w"), str(sum(grid)))
        tblw.set(_w("type"), "dxa")
    # A 5,000-task Gantt has 130,000 cells: names and widths are looked up once, not per cell.
    tc, tcpr_tag, tcw_tag, span_tag = _w("tc"), _w("tcPr"), _w("tcW"), _w("gridSpan")
    w, kind, val = _w("w"), _w("type"), _w("val")
    widths: dict[tuple[int, int], str] = {}
    # iterchildren() rather than find(): find() goes through lxml's path machinery in Python,
    # and this loop looks up three children of every cell.
    for row in table.iterchildren(_w("tr")):
        column = 0
        for cell in row.iterchildren(tc):
            tcpr = next(cell.iterchildren(tcpr_tag), None)
            if tcpr is None:
                tcpr = cell.makeelement(tcpr_tag)
                cell.insert(0, tcpr)
            found = next(tcpr.iterchildren(span_tag), None)
            span = int(float(found.get(val))) if found is not None and found.get(val) else 1
            width = next(tcpr.iterchildren(tcw_tag), None)
            if width is None:
                # Looped time cells come without a width (a smaller tree while it is parsed).
                width = tcpr.makeelement(tcw_tag)
                tcpr.insert(0, width)
            text = widths.get((column, span))
            if text is None:
                text = widths[column, span] = str(sum(grid[column : column + span]))
            width.set(w, text)
            width.set(kind, "dxa")
            column += span


def fold_empty_last_section(doc: DocumentObject) -> None:
    """Drop a section that ended up empty at the end (an appendix left out by the template)."""
    body = doc.element.body
    final = body.find(_w("sectPr"))
    blocks = [c for c in body if c is not final]
    if not blocks or blocks[-1].tag != _w("p"):
        return
    last = blocks[-1]
    sectpr = last.find(f"{_w('pPr')}/{_w('sectPr')}")
    if sectpr is None or "".join(last.itertext()).strip():
        return
    # The emptied section keeps nothing; the section before it becomes the last one.
    body.replace(final, sectpr)
    body.remove(last)


def unnumber_first_section(doc: DocumentObject) -> None:
    """Drop the page-number restart of the first section: numbering starts at 1 anyway.

    The template restarts numbering where a Quyết định's attached plan begins; when the plan
    is issued directly the Quyết định is left out and that section comes first.
    """
    body = doc.element.body
    first = body.find(f"{_w('p')}/{_w('pPr')}/{_w('sectPr')}")
    if first is None:
        first = body.find(_w("sectPr"))
    restart = first.find(_w("pgNumType")) if first is not None else None
    if restart is not None:
        first.remove(restart)


def order_cell_properties(doc: DocumentObject) -> None:
    """Put ``w:tcW`` back before ``w:gridSpan`` where docxtpl's colspan swapped them."""
    # Few cells span columns: walking the spans is a fifth of the time of an XPath over
    # every cell's properties.
    swapped: dict[etree._Element, None] = {}
    for span in doc.element.body.iter(_w("gridSpan")):
        tcpr = span.getparent()
        if tcpr.tag == _w("tcPr") and next(span.itersiblings(_w("tcW")), None) is not None:
            swapped[tcpr] = None
    for tcpr in swapped:
        tcpr.find(_w("gridSpan")).addprevious(tcpr.find(_w("tcW")))


def postprocess(doc: DocumentObject, context: dict[str, Any]) -> None:
    """Apply every fix-up to a rendered document."""
    order_cell_properties(doc)
    fold_empty_last_section(doc)
    unnumber_first_section(doc)
    size_rules(doc)
    fit_gantt(doc, len(context.get("gantt", {}).get("columns", [])))
    drop_empty_task_columns(doc, context.get("activity_table", {}).get("rows", []))
