"""Mục I-III of the body: purposes and requirements, objectives, content and tasks."""

from __future__ import annotations

from collections.abc import Sequence

from commplan.model.codes import label
from commplan.model.plan import Activity, Kpi, Objective, Phase, Plan
from commplan.render.blocks import (
    Block,
    Khoan,
    Section,
    dashes,
    number_khoans,
    para,
    points,
    section,
)
from commplan.render.lookup import Lookup
from commplan.render.text import join, lower_first, number_text, strip_item, timeframe


def purposes_section(plan: Plan) -> Section | None:
    """I. MỤC ĐÍCH, YÊU CẦU (or only one of the two when the other is empty)."""
    khoans = []
    if plan.purposes:
        khoans.append(Khoan("Mục đích", points(plan.purposes)))
    if plan.requirements:
        khoans.append(Khoan("Yêu cầu", points(plan.requirements)))
    if not khoans:
        return None
    title = {2: "MỤC ĐÍCH, YÊU CẦU"}.get(len(khoans)) or (
        "MỤC ĐÍCH" if plan.purposes else "YÊU CẦU"
    )
    return section(title, number_khoans(khoans))


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


def _objective(objective: Objective) -> Khoan:
    return Khoan(
        strip_item(objective.statement) + ".",
        dashes([kpi_text(k) for k in objective.kpis]),
        titled=False,
    )


def objectives_section(plan: Plan) -> Section | None:
    """II. MỤC TIÊU: each objective a khoản, its KPIs as "-" lines."""
    if not plan.objectives:
        return None
    return section("MỤC TIÊU", number_khoans([_objective(o) for o in plan.objectives]))


def activity_time(activity: Activity) -> str:
    """The time of a task as tables show it: ``time_text`` when set, else the time frame."""
    if activity.time_text:
        return activity.time_text
    frame = timeframe(activity.start, activity.end)
    if activity.recurrence:
        return f"{label('recurrence', activity.recurrence)} ({lower_first(frame)})"
    return frame


def _activity_blocks(activities: Sequence[Activity], look: Lookup) -> list[Block]:
    items = [strip_item(a.title) + "." for a in activities]
    out: list[Block] = []
    for block, activity in zip(points(items), activities, strict=True):
        details = [f"Đơn vị chủ trì: {look.unit_name(activity.owner)}"]
        if activity.partners:
            partners = ", ".join(look.unit_name(p) for p in activity.partners)
            details.append(f"đơn vị phối hợp: {partners}")
        details.append(f"thời gian: {lower_first(activity_time(activity))}")
        out += [block, para("; ".join(details) + ".")]
    return out


def _phase_title(phase: Phase) -> str:
    name = phase.name or label("phase_kind", phase.kind)
    return f"{strip_item(name)} ({lower_first(timeframe(phase.start, phase.end))})"


def task_khoans(plan: Plan, look: Lookup) -> list[Khoan]:
    """One khoản per phase of the roadmap, or one for all tasks when there is no roadmap."""
    if not plan.phases:
        return [Khoan("Nhiệm vụ cụ thể", _activity_blocks(plan.activities, look))]
    khoans = []
    for phase in plan.phases:
        mine = [a for a in plan.activities if a.phase == phase.id]
        if mine:
            khoans.append(Khoan(_phase_title(phase), _activity_blocks(mine, look)))
    known = {p.id for p in plan.phases}
    # Tasks whose phase does not resolve (render --force) are still listed, not dropped.
    orphans = [a for a in plan.activities if a.phase not in known]
    if orphans:
        khoans.append(Khoan("Nhiệm vụ khác", _activity_blocks(orphans, look)))
    return khoans


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


def content_section(plan: Plan, look: Lookup, appendix_refs: str) -> Section:
    """III. NỘI DUNG, NHIỆM VỤ: policies, audiences, messages, tasks by phase, milestones."""
    khoans = _context_khoans(plan, look) + task_khoans(plan, look)
    if plan.milestones:
        items = [f"{m.date.text}: {strip_item(m.name)}" for m in plan.milestones]
        khoans.append(Khoan("Các mốc thời gian chủ yếu", dashes(items)))
    blocks = number_khoans(khoans)
    blocks.append(para(appendix_refs))
    return section("NỘI DUNG, NHIỆM VỤ", blocks)
