"""The BÁO CÁO kết quả thực hiện kế hoạch: a report and its plan -> .docx bytes.

The report reuses the house template of the Kế hoạch (its header block, styles, signer and
recipients are the same ND30 frame); only the title word, the body and the appendices differ.
The body is a context (sections of blocks, as for plans); the two appendix tables are added
with python-docx after rendering, in the template's table styles, because the template's own
appendices are the plan's (tasks, Gantt, estimate).
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from commplan.model.codes import label
from commplan.model.plan import Plan
from commplan.model.report import STATUS_LABELS, Report
from commplan.render.blocks import Block, dashes, heading, para, section
from commplan.render.context import build_context
from commplan.render.docx import render_context
from commplan.render.source import TemplateSource
from commplan.render.zipnorm import normalise_zip
from commplan.rules.budget import line_amount
from commplan.rules.execution import UNREPORTED, Figures, report_figures, status_of
from commplan.vn.formats import roman, short_date
from commplan.vn.money import format_money

TITLE = "BÁO CÁO"
_GROUP = {
    "CpTable": "CpTableGroup",
    "CpTableCentre": "CpTableGroupCentre",
    "CpTableAmount": "CpTableGroupAmount",
}
STATUS_WORDS = {**STATUS_LABELS, UNREPORTED: "Chưa báo cáo"}


def render_report(report: Report, plan: Plan, template: TemplateSource) -> bytes:
    """The .docx bytes of the BÁO CÁO of ``report`` on ``plan`` (a plan that validates)."""
    figures = report_figures(report, plan)
    body = render_context(report_context(report, plan, figures), template)
    doc = Document(io.BytesIO(body))
    _retitle(doc)
    _status_appendix(doc, report, plan, "I")
    if plan.budget and plan.budget.lines:
        _budget_appendix(doc, report, plan, "II")
    out = io.BytesIO()
    doc.save(out)
    return normalise_zip(out.getvalue())


def report_context(report: Report, plan: Plan, figures: Figures) -> dict[str, Any]:
    """The template context: the plan's frame with the report's document, body and closing."""
    framed = plan.model_copy(
        update={"document": report.document.model_copy(update={"form": "ke_hoach"})}
    )
    context = build_context(framed)
    context["opening"] = []
    context["legal_bases"] = []
    context["situation"] = [" ".join(t.split()) for t in report.summary] or [_lead(report, plan)]
    sections = [
        section("KẾT QUẢ THỰC HIỆN", _results(report, figures)),
        section("TỒN TẠI, HẠN CHẾ", _shortcomings(report, plan, figures)),
        section("KIẾN NGHỊ, ĐỀ XUẤT", dashes(report.proposals) or [para("Không có kiến nghị.")]),
    ]
    for i, s in enumerate(sections, start=1):
        s["number"] = roman(i)
    context["sections"] = sections
    context["appendices"] = dict.fromkeys(context["appendices"])
    issuer = context["document"]["issuer_name"] or "cơ quan"
    context["closing"] = (
        f"Trên đây là báo cáo kết quả thực hiện Kế hoạch {report.period.text} của {issuer}./."
    )
    return context


def _lead(report: Report, plan: Plan) -> str:
    return (
        f"Thực hiện Kế hoạch số {plan.document.number or '…'}/{plan.document.symbol}, "
        f"{report.document.issuer.capitalize()} báo cáo kết quả thực hiện {report.period.text}"
        f" (số liệu tính đến ngày {short_date(report.as_of)}) như sau:"
    )


def _results(report: Report, f: Figures) -> list[Block]:
    blocks = [heading("1.", "Đội ngũ làm công tác truyền thông chính sách")]
    blocks += dashes(_staffing(report)) or [para("Không có thay đổi trong kỳ.")]
    blocks.append(heading("2.", "Lấy ý kiến, phản biện dự thảo chính sách"))
    blocks += dashes(_consultation(report)) or [para("Không phát sinh trong kỳ.")]
    blocks.append(heading("3.", "Kinh phí"))
    rate = f" ({_percent(f.spent, f.planned)} dự toán)" if f.planned else ""
    total = f"Tổng dự toán {format_money(f.planned)} đồng; đã thực hiện {format_money(f.spent)}"
    money = [f"{total} đồng{rate}"]
    money += [
        f"{label('budget_category', c.category)}: dự toán {format_money(c.planned)} đồng, "
        f"đã thực hiện {format_money(c.spent)} đồng ({_percent(c.spent, c.planned)})"
        for c in f.categories
    ]
    blocks += dashes(money)
    blocks.append(heading("4.", "Tiến độ thực hiện nhiệm vụ"))
    counts = [
        f"{STATUS_WORDS[k]}: {n}/{f.activities} nhiệm vụ" for k, n in f.by_status.items() if n
    ]
    blocks += dashes(counts)
    blocks += [para("Chi tiết tại Phụ lục I kèm theo.")]
    if f.kpis:
        blocks.append(heading("5.", "Kết quả đạt được so với chỉ tiêu"))
        blocks += dashes(
            [
                f"{k.metric}: chỉ tiêu {_value(k.target, k.unit)}, đạt {_value(k.actual, k.unit)}"
                for k in f.kpis
            ]
        )
    return blocks


def _staffing(report: Report) -> list[str]:
    s = report.staffing
    if s is None:
        return []
    items = []
    if s.dedicated_staff is not None:
        items.append(f"Số cán bộ chuyên trách: {s.dedicated_staff}")
    if s.part_time_staff is not None:
        items.append(f"Số cán bộ kiêm nhiệm: {s.part_time_staff}")
    if s.trained is not None:
        items.append(f"Số lượt cán bộ được tập huấn, bồi dưỡng: {s.trained}")
    if s.focal_point_named_on is not None:
        items.append(
            f"Giao đầu mối truyền thông chính sách ngày {short_date(s.focal_point_named_on)}"
        )
    return items


def _consultation(report: Report) -> list[str]:
    c = report.consultation
    if c is None:
        return []
    pairs = (
        (c.drafts, "Số dự thảo chính sách đã lấy ý kiến"),
        (c.comments, "Số ý kiến góp ý nhận được"),
        (c.answered, "Số ý kiến đã tiếp thu, giải trình"),
    )
    return [f"{words}: {value}" for value, words in pairs if value is not None]


def _shortcomings(report: Report, plan: Plan, f: Figures) -> list[Block]:
    titles = {a.id: a for a in plan.activities}
    late = [
        f"Nhiệm vụ “{titles[i].title}” (hạn {short_date(titles[i].end.last)}) chưa hoàn thành"
        for i in f.overdue
    ]
    items = late + [" ".join(t.split()) for t in report.difficulties]
    return dashes(items) or [para("Không có tồn tại, hạn chế đáng kể trong kỳ.")]


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return f"{part * 100 / whole:.1f}".replace(".", ",") + "%"


def _value(value: int | float | str | None, unit: str | None) -> str:
    if value is None:
        return "chưa có số liệu"
    text = str(value).replace(".", ",") if isinstance(value, float) else str(value)
    return f"{text}{unit}" if unit == "%" else f"{text} {unit or ''}".rstrip()


def _style(doc: DocumentObject, style_id: str) -> Any:
    # The template names its styles in Vietnamese; its ids (CpTable …) are what code knows.
    return next(st for st in doc.styles if st.style_id == style_id)


def _retitle(doc: DocumentObject) -> None:
    for paragraph in doc.paragraphs:
        if paragraph.style is not None and paragraph.style.style_id == "CpTitle":
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = TITLE
            return


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
    doc.add_paragraph(f"Phụ lục {number}", style=_style(doc, "CpAppendixNo"))
    doc.add_paragraph(title, style=_style(doc, "CpAppendixTitle"))
    reference = f"{report.document.number}" if report.document.number else "      "
    doc.add_paragraph(
        f"(Kèm theo Báo cáo số {reference}/{report.document.symbol})",
        style=_style(doc, "CpAppendixRef"),
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
        cell.paragraphs[0].style = _style(doc, "CpTableHead")
        cell.width = width
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for values in rows:
        cells = table.add_row().cells
        # A total row (no STT, "Tổng cộng") takes the template's bold group styles.
        row_styles = [_GROUP.get(st, st) for st in styles] if values[0] == "" else styles
        for cell, text, style, width in zip(cells, values, row_styles, twips, strict=True):
            cell.paragraphs[0].text = text
            cell.paragraphs[0].style = _style(doc, style)
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


def _status_appendix(doc: DocumentObject, report: Report, plan: Plan, number: str) -> None:
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


def _budget_appendix(doc: DocumentObject, report: Report, plan: Plan, number: str) -> None:
    assert plan.budget is not None
    _appendix_head(doc, number, "KINH PHÍ DỰ TOÁN VÀ ĐÃ THỰC HIỆN", report)
    doc.add_paragraph("Đơn vị tính: đồng", style=_style(doc, "CpUnitNote"))
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
                _percent(used, amount),
            ]
        )
    rows.append(
        ["", "Tổng cộng", format_money(planned), format_money(spent), _percent(spent, planned)]
    )
    head = ["STT", "Nội dung chi", "Dự toán", "Đã thực hiện", "Tỷ lệ"]
    styles = ["CpTableCentre", "CpTable", "CpTableAmount", "CpTableAmount", "CpTableCentre"]
    _table(doc, (12, 71, 29, 29, 24), head, rows, styles)
