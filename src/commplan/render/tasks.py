"""The tasks of the body: by topic group, else by phase, else one list (PLAN-MODEL.md).

Published plans group their tasks by topic ("nhóm nhiệm vụ, giải pháp") and write each as a
narrative; ``task_groups`` and ``details`` carry that. Each task is a lettered point followed by
its details and a line naming who leads it, who joins and when.
"""

from __future__ import annotations

from collections.abc import Sequence

from commplan.model.codes import label
from commplan.model.plan import Activity, Phase, Plan
from commplan.render.blocks import Block, Khoan, lettered, para
from commplan.render.lookup import Lookup
from commplan.render.text import lower_first, strip_item, timeframe


def activity_time(activity: Activity) -> str:
    """The time of a task as tables show it: ``time_text`` when set, else the time frame."""
    if activity.time_text:
        return activity.time_text
    frame = timeframe(activity.start, activity.end)
    if activity.recurrence:
        return f"{label('recurrence', activity.recurrence)} ({lower_first(frame)})"
    return frame


def _who_and_when(activity: Activity, look: Lookup) -> Block:
    parts = [f"Đơn vị chủ trì: {look.unit_name(activity.owner)}"]
    if activity.partners:
        partners = ", ".join(look.unit_name(p) for p in activity.partners)
        parts.append(f"đơn vị phối hợp: {partners}")
    parts.append(f"thời gian: {lower_first(activity_time(activity))}")
    return para("; ".join(parts) + ".")


def activity_blocks(activities: Sequence[Activity], look: Lookup) -> list[Block]:
    """Each task as a point: its title, its narrative ``details``, then who and when."""
    return lettered(
        [
            (
                strip_item(a.title) + ".",
                [para(d) for d in a.details] + [_who_and_when(a, look)],
            )
            for a in activities
        ]
    )


def _phase_title(phase: Phase) -> str:
    name = phase.name or label("phase_kind", phase.kind)
    return f"{strip_item(name)} ({lower_first(timeframe(phase.start, phase.end))})"


def _by_group(plan: Plan, look: Lookup) -> list[Khoan]:
    khoans = []
    for group in plan.task_groups:
        mine = [a for a in plan.activities if a.group == group.id]
        intro = [para(t) for t in group.text]
        if mine or intro:
            khoans.append(Khoan(strip_item(group.title), intro + activity_blocks(mine, look)))
    known = {g.id for g in plan.task_groups}
    # Tasks without a group (or whose group does not resolve) are still listed, not dropped.
    if orphans := [a for a in plan.activities if a.group not in known]:
        khoans.append(Khoan("Nhiệm vụ khác", activity_blocks(orphans, look)))
    return khoans


def _by_phase(plan: Plan, look: Lookup) -> list[Khoan]:
    khoans = []
    for phase in plan.phases:
        mine = [a for a in plan.activities if a.phase == phase.id]
        if mine:
            khoans.append(Khoan(_phase_title(phase), activity_blocks(mine, look)))
    known = {p.id for p in plan.phases}
    # Tasks whose phase does not resolve (render --force) are still listed, not dropped.
    if orphans := [a for a in plan.activities if a.phase not in known]:
        khoans.append(Khoan("Nhiệm vụ khác", activity_blocks(orphans, look)))
    return khoans


def task_khoans(plan: Plan, look: Lookup) -> list[Khoan]:
    """One khoản per task group, else per phase, else one for all tasks."""
    if plan.task_groups:
        return _by_group(plan, look)
    if plan.phases:
        return _by_phase(plan, look)
    return [Khoan("Nhiệm vụ cụ thể", activity_blocks(plan.activities, look))]
