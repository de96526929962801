"""Phụ lục II: the roadmap as a Gantt table, at most 24 time columns.

The time unit follows the length of the plan's period (ARCHITECTURE.md): weeks up to 3
months, months up to 24 months, quarters beyond, and years (several per column if need be)
for periods longer than 6 years. Each column is headed by a short label under a group label
(the month of a week, the year of a month or quarter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from commplan.model.plan import Plan
from commplan.render.lookup import Lookup
from commplan.render.tables import phase_groups
from commplan.render.text import strip_item
from commplan.rules.schedule import calendar_periods, occurrences
from commplan.vn.formats import roman

MAX_COLUMNS: Final = 24
WEEKS_UP_TO_MONTHS: Final = 3
MONTHS_UP_TO: Final = 24


@dataclass(frozen=True, slots=True)
class Bucket:
    """One time column: its days, its label and the label of its group."""

    first: date
    last: date
    label: str
    group: str


def _months_spanned(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _weeks(first: date, last: date) -> list[Bucket]:
    # Weeks run Monday to Sunday, as Vietnamese offices plan them; the ends are clipped.
    out = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=6 - start.weekday()), last)
        month = f"Tháng {start.month}/{start.year}"
        out.append(Bucket(start, end, f"{start.day:02d}/{start.month}", month))
        start = end + timedelta(days=1)
    return out


def _calendar(first: date, last: date, months: int) -> list[Bucket]:
    out = []
    for start, end in calendar_periods(first, last, months):
        text = str(start.month) if months == 1 else roman((start.month + 2) // 3)
        out.append(Bucket(start, end, text, str(start.year)))
    return out


def _years(first: date, last: date) -> list[Bucket]:
    count = last.year - first.year + 1
    step = -(-count // MAX_COLUMNS)
    out = []
    for year in range(first.year, last.year + 1, step):
        end_year = min(year + step - 1, last.year)
        text = str(year) if step == 1 else f"{year}-{end_year}"
        out.append(Bucket(date(year, 1, 1), date(end_year, 12, 31), text, "Năm"))
    return out


def buckets(first: date, last: date) -> list[Bucket]:
    """The time columns for a period from ``first`` to ``last`` (inclusive)."""
    months = _months_spanned(first, last)
    if months <= WEEKS_UP_TO_MONTHS and len(weeks := _weeks(first, last)) <= MAX_COLUMNS:
        return weeks
    if months <= MONTHS_UP_TO:
        return _calendar(first, last, 1)
    quarters = _calendar(first, last, 3)
    return quarters if len(quarters) <= MAX_COLUMNS else _years(first, last)


def _groups(columns: list[Bucket]) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    for column in columns:
        if groups and groups[-1]["key"] == column.group:
            groups[-1]["span"] += 1
        else:
            groups.append({"key": column.group, "span": 1})
    # A one-column group has no room for "Năm 2022": it shows the bare year.
    return [
        {"label": g["key"] if g["span"] < 3 or not g["key"].isdigit() else f"Năm {g['key']}"}
        | {"span": g["span"]}
        for g in groups
    ]


def gantt_context(plan: Plan, look: Lookup) -> dict[str, Any]:
    """The ``gantt`` variable: column groups, columns and rows of shaded cells."""
    columns = buckets(*plan.bounds())
    rows: list[dict[str, Any]] = []
    for g, (title, tasks) in enumerate(phase_groups(plan)):
        if title:
            rows.append({"kind": "phase", "number": roman(g + 1), "title": title})
            rows[-1] |= {"owner": "", "cells": []}
        for n, task in enumerate(tasks, start=1):
            runs = occurrences(task)
            cells = [any(a <= c.last and b >= c.first for a, b in runs) for c in columns]
            rows.append(
                {"kind": "activity", "number": str(n), "title": strip_item(task.title)}
                | {"owner": look.unit_short(task.owner), "cells": cells}
            )
    return {
        "groups": _groups(columns),
        "columns": [{"label": c.label} for c in columns],
        "rows": rows,
        "width": 3 + len(columns),
    }
