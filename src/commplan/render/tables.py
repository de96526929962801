"""Phụ lục I: the task table, grouped by topic or by phase, with the cost of each task.

Costs are shown in triệu đồng (to the thousand đồng) so that the column stays narrow on a
portrait page; Phụ lục III has the exact amounts in đồng.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from commplan.model.codes import label
from commplan.model.plan import Activity, Plan
from commplan.render.budget import priced_lines
from commplan.render.lookup import Lookup
from commplan.render.tasks import activity_time
from commplan.render.text import millions, strip_item, timeframe
from commplan.vn.formats import roman

Row = dict[str, str]


def _outputs(outputs: Sequence[str]) -> str:
    # One product per line; a newline in a value becomes a line break in the cell.
    if len(outputs) == 1:
        return strip_item(outputs[0])
    return "\n".join(f"- {strip_item(o)}" for o in outputs)


def _money(amount: int | None) -> str:
    return millions(amount) if amount is not None else ""


def _task_row(number: int, activity: Activity, look: Lookup, cost: int | None) -> Row:
    return {
        "kind": "activity",
        "number": str(number),
        "title": strip_item(activity.title),
        "owner": look.unit_short(activity.owner),
        "partners": ", ".join(look.unit_short(p) for p in activity.partners),
        "time": activity_time(activity),
        "outputs": _outputs(activity.outputs),
        "cost": _money(cost),
    }


def _group_row(number: str, title: str, cost: int | None) -> Row:
    row = {"kind": "phase", "number": number, "title": title, "owner": "", "partners": ""}
    return row | {"time": "", "outputs": "", "cost": _money(cost)}


def _topic_groups(plan: Plan) -> list[tuple[str, list[Activity]]]:
    groups = []
    for group in plan.task_groups:
        mine = [a for a in plan.activities if a.group == group.id]
        if mine:
            groups.append((strip_item(group.title), mine))
    known = {g.id for g in plan.task_groups}
    if orphans := [a for a in plan.activities if a.group not in known]:
        groups.append(("Nhiệm vụ khác", orphans))
    return groups


def phase_groups(plan: Plan) -> list[tuple[str, list[Activity]]]:
    """(group title, its tasks): by task group, else in roadmap order, else one untitled group.

    The tables follow the body: tasks grouped by topic there are grouped by topic here.
    """
    if plan.task_groups:
        return _topic_groups(plan)
    if not plan.phases:
        return [("", list(plan.activities))]
    groups = []
    for phase in plan.phases:
        name = strip_item(phase.name or label("phase_kind", phase.kind))
        mine = [a for a in plan.activities if a.phase == phase.id]
        if mine:
            groups.append((f"{name} ({timeframe(phase.start, phase.end)})", mine))
    known = {p.id for p in plan.phases}
    orphans = [a for a in plan.activities if a.phase not in known]
    if orphans:
        groups.append(("Nhiệm vụ khác", orphans))
    return groups


def activity_table(plan: Plan, look: Lookup) -> dict[str, Any]:
    """The ``activity_table`` variable: rows (phase and task rows) and the total cost."""
    costs: dict[str, int] = {}
    for p in priced_lines(plan):
        costs[p.line.activity] = costs.get(p.line.activity, 0) + p.amount
    budgeted = bool(costs)
    rows: list[Row] = []
    for g, (title, tasks) in enumerate(phase_groups(plan)):
        if title:
            subtotal = sum(costs.get(a.id, 0) for a in tasks)
            rows.append(_group_row(roman(g + 1), title, subtotal if budgeted else None))
        for n, task in enumerate(tasks, start=1):
            cost = costs.get(task.id, 0) if budgeted else None
            rows.append(_task_row(n, task, look, cost if cost else None))
    # Only tasks in the table count, so the total is the sum of the rows above it.
    total = sum(costs.get(a.id, 0) for a in plan.activities)
    return {"rows": rows, "total": millions(total) if budgeted else ""}
