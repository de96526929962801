"""Mục I-II of the body: purposes, requirements and objectives; content and tasks."""

from __future__ import annotations

from commplan.model.codes import label
from commplan.model.plan import Kpi, Objective, Plan
from commplan.render.blocks import (
    Block,
    Khoan,
    Section,
    dashes,
    lettered,
    listed,
    number_khoans,
    para,
    points,
    section,
)
from commplan.render.lookup import Lookup
from commplan.render.tasks import task_khoans
from commplan.render.text import join, lower_first, number_text, strip_item

_PURPOSE_TITLES = {
    (True, True): "MỤC ĐÍCH, YÊU CẦU",
    (True, False): "MỤC ĐÍCH",
    (False, True): "YÊU CẦU",
}


def purposes_section(plan: Plan) -> Section | None:
    """Mục I, as ``outline`` says.

    ``muc_dich_yeu_cau`` (default): I. MỤC ĐÍCH, YÊU CẦU with 1. Mục đích, 2. Yêu cầu and the
    objectives, if any, as 3. Mục tiêu (no plan read has a MỤC TIÊU section beside it).
    ``muc_tieu``: I. MỤC TIÊU with 1. Mục tiêu tổng quát (the purposes), 2. Mục tiêu cụ thể (the
    objectives) and, when there are requirements, 3. Yêu cầu under "MỤC TIÊU, YÊU CẦU".
    """
    style = plan.list_style
    aims = [_objective(o) for o in plan.objectives]
    if plan.outline == "muc_tieu":
        parts = [
            ("Mục tiêu tổng quát", listed(plan.purposes, style)),
            ("Mục tiêu cụ thể", lettered(aims)),
            ("Yêu cầu", listed(plan.requirements, style)),
        ]
        title = "MỤC TIÊU, YÊU CẦU" if plan.requirements else "MỤC TIÊU"
    else:
        parts = [
            ("Mục đích", listed(plan.purposes, style)),
            ("Yêu cầu", listed(plan.requirements, style)),
            ("Mục tiêu", lettered(aims)),
        ]
        title = _PURPOSE_TITLES.get((bool(plan.purposes), bool(plan.requirements)), "MỤC TIÊU")
    khoans = [Khoan(name, blocks) for name, blocks in parts if blocks]
    return section(title, number_khoans(khoans)) if khoans else None


def kpi_text(kpi: Kpi) -> str:
    """One KPI: "metric: target unit (giá trị ban đầu: …; thời hạn: …; đo lường: …)"."""
    text = strip_item(kpi.metric)
    if kpi.target is not None:
        unit = kpi.unit or ""
        space = "" if unit.startswith("%") or not unit else " "
        text += f": {number_text(kpi.target)}{space}{unit}"
    extras = []
    if kpi.baseline is not None:
        extras.append(f"giá trị ban đầu: {number_text(kpi.baseline)}")
    if kpi.due is not None:
        extras.append(f"thời hạn: {kpi.due.text}")
    if kpi.method is not None:
        extras.append(f"đo lường: {lower_first(label('kpi_method', kpi.method))}")
    return f"{text} ({'; '.join(extras)})" if extras else text


def _objective(objective: Objective) -> tuple[str, list[Block]]:
    return strip_item(objective.statement) + ".", dashes([kpi_text(k) for k in objective.kpis])


def _context_khoans(plan: Plan, look: Lookup) -> list[Khoan]:
    khoans = []
    if plan.policies:
        items = [
            f"{p.name} ({p.document_type}; đơn vị chủ trì soạn thảo: "
            f"{look.unit_name(p.drafting_unit)})"
            for p in plan.policies
        ]
        khoans.append(Khoan("Chính sách được truyền thông", dashes(items)))
    if plan.audiences:
        items = [
            a.name + (" (chịu tác động trực tiếp của chính sách)" if a.directly_affected else "")
            for a in plan.audiences
        ]
        khoans.append(Khoan("Đối tượng truyền thông", dashes(items)))
    if plan.messages:
        names = {a.id: a.name for a in plan.audiences}
        items = [
            f"“{strip_item(m.text)}”"
            + (
                f" (đối tượng: {join(lower_first(names.get(i, i)) for i in m.audiences)})"
                if m.audiences
                else ""
            )
            for m in plan.messages
        ]
        khoans.append(Khoan("Thông điệp truyền thông", points(items, punctuate=True)))
    return khoans


def content_section(plan: Plan, look: Lookup, appendix_refs: str | None) -> Section:
    """II. NHIỆM VỤ, GIẢI PHÁP (tasks by topic) or NỘI DUNG, NHIỆM VỤ (by phase, or one list).

    Policies, audiences and messages come first, then the tasks, then the milestones.
    """
    khoans = _context_khoans(plan, look) + task_khoans(plan, look)
    if plan.milestones:
        items = [f"{m.date.text}: {strip_item(m.name)}" for m in plan.milestones]
        khoans.append(Khoan("Các mốc thời gian chủ yếu", dashes(items)))
    blocks = number_khoans(khoans)
    if appendix_refs:
        blocks.append(para(appendix_refs))
    title = "NHIỆM VỤ, GIẢI PHÁP" if plan.task_groups else "NỘI DUNG, NHIỆM VỤ"
    return section(title, blocks)
