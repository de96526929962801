"""The two appendix tables of the BÁO CÁO: activity status, and budget planned vs spent.

They are added with python-docx after the template has rendered, in the template's own styles
(found by id: the template names them in Vietnamese) and with the fixed layout, borders and
cell margins of its tables, each appendix a section numbered from page 1 (ND30 A6).
"""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from commplan.model.codes import STATUS_LABELS
from commplan.model.plan import Plan
from commplan.model.report import Report
from commplan.rules.budget import line_amount
from commplan.rules.execution import UNREPORTED, status_of
from commplan.vn.formats import short_date
from commplan.vn.money import format_money

STATUS_WORDS = {**STATUS_LABELS, UNREPORTED: "Chưa báo cáo"}
_GROUP = {
    "CpTable": "CpTableGroup",
    "CpTableCentre": "CpTableGroupCentre",
    "CpTableAmount": "CpTableGroupAmount",
}


def percent(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole`` with a decimal comma (``35,5%``); — for 0."""
    if not whole:
        return "—"
    return f"{part * 100 / whole:.1f}".replace(".", ",") + "%"


def style_of(doc: DocumentObject, style_id: str) -> Any:
    """The template's style with this id (the template names its styles in Vietnamese)."""
    return next(st for st in doc.styles if st.style_id == style_id)


def _twips(millimetres: int) -> int:
    return round(millimetres * 1440 / 25.4)


def _appendix_head(doc: DocumentObject, number: str, title: str, report: Report) -> None:
    # Each appendix is a section of its own, numbered from page 1 (ND30, Phụ lục I, A6).
    sect_pr = doc.add_section(WD_SECTION.NEW_PAGE)._sectPr
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    sect_pr.insert_element_before(
        numbering,
        "w:cols",
        "w:formProt",
        "w:vAlign",
        "w:noEndnote",
        "w:titlePg",
        "w:textDirection",
        "w:bidi",
        "w:rtlGutter",
        "w:docGrid",
        "w:printerSettings",
        "w:sectPrChange",
    )
    doc.add_paragraph(f"Phụ lục {number}", style=style_of(doc, "CpAppendixNo"))
    doc.add_paragraph(title, style=style_of(doc, "CpAppendixTitle"))
    reference = f"{report.document.number}" if report.document.number else "      "
    doc.add_paragraph(
        f"(Kèm theo Báo cáo số {reference}/{report.document.symbol})",
        style=style_of(doc, "CpAppendixRef"),
    )


def _table(
    doc: DocumentObject,
    widths: tuple[int, ...],
    head: list[str],
    rows: list[list[str]],
    styles: list[str],
) -> None:
    twips = [_twips(w) for w in widths]
    table = doc.add_table(rows=1, cols=len(head))
    table.autofit = False
    _fixed(table._tbl, twips)
    for cell, text, width in zip(table.rows[0].cells, head, twips, strict=True):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].style = style_of(doc, "CpTableHead")
        cell.width = width
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for values in rows:
        cells = table.add_row().cells
        # A total row (no STT, "Tổng cộng") takes the template's bold group styles.
        row_styles = [_GROUP.get(st, st) for st in styles] if values[0] == "" else styles
        for cell, text, style, width in zip(cells, values, row_styles, twips, strict=True):
            cell.paragraphs[0].text = text
            cell.paragraphs[0].style = style_of(doc, style)
            cell.width = width


def _fixed(tbl: Any, widths: list[int]) -> None:
    """Fixed layout, the full text width, thin borders, as the template's own tables."""
    tbl_pr = tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    tbl_w.set(qn("w:w"), str(sum(widths)))
    tbl_w.set(qn("w:type"), "dxa")
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        pad = OxmlElement(f"w:{side}")
        pad.set(qn("w:w"), str(_twips(1)))
        pad.set(qn("w:type"), "dxa")
        margins.append(pad)
    look = tbl_pr.find(qn("w:tblLook"))
    for element in (borders, layout, margins):
        if look is not None:
            look.addprevious(element)
        else:
            tbl_pr.append(element)
    for col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width))


def status_appendix(doc: DocumentObject, report: Report, plan: Plan, number: str) -> None:
    """Phụ lục: every activity of the plan with its deadline, status, done date and result."""
    _appendix_head(doc, number, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", report)
    rows: list[list[str]] = []
    for i, a in enumerate(plan.activities, start=1):
        progress = report.activities.get(a.id)
        done = short_date(progress.done_on) if progress and progress.done_on else ""
        result = progress.result if progress and progress.result else ""
        rows.append(
            [
                str(i),
                a.title,
                short_date(a.end.last),
                STATUS_WORDS[status_of(report, a.id)],
                done,
                result,
            ]
        )
    head = ["STT", "Nhiệm vụ", "Thời hạn", "Tình trạng", "Ngày hoàn thành", "Kết quả"]
    styles = ["CpTableCentre", "CpTable", "CpTableCentre", "CpTable", "CpTableCentre", "CpTable"]
    _table(doc, (12, 52, 23, 24, 23, 31), head, rows, styles)


def budget_appendix(doc: DocumentObject, report: Report, plan: Plan, number: str) -> None:
    """Phụ lục: every budget line, planned vs spent with the rate, and the total."""
    assert plan.budget is not None
    _appendix_head(doc, number, "KINH PHÍ DỰ TOÁN VÀ ĐÃ THỰC HIỆN", report)
    doc.add_paragraph("Đơn vị tính: đồng", style=style_of(doc, "CpUnitNote"))
    rows: list[list[str]] = []
    planned = spent = 0
    for i, line in enumerate(plan.budget.lines, start=1):
        amount = line_amount(line)
        given = report.budget.get(line.id)
        used = given.spent if given else 0
        planned, spent = planned + amount, spent + used
        rows.append(
            [
                str(i),
                line.description,
                format_money(amount),
                format_money(used),
                percent(used, amount),
            ]
        )
    rows.append(
        ["", "Tổng cộng", format_money(planned), format_money(spent), percent(spent, planned)]
    )
    head = ["STT", "Nội dung chi", "Dự toán", "Đã thực hiện", "Tỷ lệ"]
    styles = ["CpTableCentre", "CpTable", "CpTableAmount", "CpTableAmount", "CpTableCentre"]
    _table(doc, (12, 71, 29, 29, 24), head, rows, styles)
