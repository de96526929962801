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

from commplan.model.codes import label
from commplan.model.plan import Plan
from commplan.model.report import Report
from commplan.render.blocks import Block, dashes, heading, para, section
from commplan.render.context import build_context
from commplan.render.docx import render_context
from commplan.render.report_tables import STATUS_WORDS, budget_appendix, percent, status_appendix
from commplan.render.source import TemplateSource
from commplan.render.zipnorm import normalise_zip
from commplan.rules.execution import Figures, report_figures
from commplan.vn.formats import roman, short_date
from commplan.vn.money import format_money

TITLE = "BÁO CÁO"


def render_report(report: Report, plan: Plan, template: TemplateSource) -> bytes:
    """The .docx bytes of the BÁO CÁO of ``report`` on ``plan`` (a plan that validates)."""
    figures = report_figures(report, plan)
    body = render_context(report_context(report, plan, figures), template)
    doc = Document(io.BytesIO(body))
    _retitle(doc)
    status_appendix(doc, report, plan, "I")
    if plan.budget and plan.budget.lines:
        budget_appendix(doc, report, plan, "II")
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
    rate = f" ({percent(f.spent, f.planned)} dự toán)" if f.planned else ""
    total = f"Tổng dự toán {format_money(f.planned)} đồng; đã thực hiện {format_money(f.spent)}"
    money = [f"{total} đồng{rate}"]
    money += [
        f"{label('budget_category', c.category)}: dự toán {format_money(c.planned)} đồng, "
        f"đã thực hiện {format_money(c.spent)} đồng ({percent(c.spent, c.planned)})"
        for c in f.categories
    ]
    blocks += dashes(money)
    if f.categories:  # the budget appendix is written only for a plan with budget lines
        blocks.append(para("Chi tiết tại Phụ lục II kèm theo."))
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


def _value(value: int | float | str | None, unit: str | None) -> str:
    if value is None:
        return "chưa có số liệu"
    text = str(value).replace(".", ",") if isinstance(value, float) else str(value)
    return f"{text}{unit}" if unit == "%" else f"{text} {unit or ''}".rstrip()


def _retitle(doc: DocumentObject) -> None:
    for paragraph in doc.paragraphs:
        if paragraph.style is not None and paragraph.style.style_id == "CpTitle":
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = TITLE
            return
