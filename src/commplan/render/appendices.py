"""Which appendices a plan gets, their numbers, and the sentence of the body that cites them.

``document.appendices`` picks them; without it each is written only when it has content
(PLAN-MODEL.md): the task table when there are tasks, the Gantt when some task has dated
bounds (a Gantt of "Thường xuyên" tasks is a solid grey block), the budget when there are lines.
"""

from __future__ import annotations

from typing import Final

from commplan.model.plan import Plan
from commplan.vn.formats import roman

KEYS: Final = {"nhiem_vu": "activities", "tien_do": "gantt", "kinh_phi": "budget"}
"""Appendix code in the plan file -> its key in the template context, in document order."""


def has_dated_bounds(plan: Plan) -> bool:
    """True when some task has its own dates: no ``time_text`` and not the whole period."""
    # Without a period no task can be "the whole period": any dated task counts.
    whole = (plan.period.start.first, plan.period.end.last) if plan.period is not None else None
    return any(
        a.time_text is None and (a.start.first, a.end.last) != whole for a in plan.activities
    )


def _has_content(plan: Plan, key: str, has_budget_lines: bool) -> bool:
    if key == "activities":
        return bool(plan.activities)
    if key == "gantt":
        return has_dated_bounds(plan)
    return has_budget_lines


def appendix_numbers(plan: Plan, *, has_budget_lines: bool) -> dict[str, dict[str, str] | None]:
    """``{"activities": {"number": "I"}, "gantt": None, …}``: numbered in order, gaps closed.

    An appendix the plan asks for is written only if it has something to show (a budget
    appendix without lines would be an empty table).
    """
    chosen = plan.document.appendices
    out: dict[str, dict[str, str] | None] = {}
    number = 0
    for code, key in KEYS.items():
        wanted = code in chosen if chosen is not None else True
        if wanted and _has_content(plan, key, has_budget_lines):
            number += 1
            out[key] = {"number": roman(number)}
        else:
            out[key] = None
    return out


def appendix_refs(appendices: dict[str, dict[str, str] | None]) -> str | None:
    """The sentence citing the task table and the Gantt ("Chi tiết nhiệm vụ tại Phụ lục I, …")."""
    parts = []
    if tasks := appendices.get("activities"):
        parts.append(f"Chi tiết nhiệm vụ tại Phụ lục {tasks['number']}")
    if gantt := appendices.get("gantt"):
        parts.append(f"lộ trình thực hiện tại Phụ lục {gantt['number']}")
    if not parts:
        return None
    text = ", ".join(parts) + " kèm theo Kế hoạch này."
    return text[:1].upper() + text[1:]
