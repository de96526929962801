"""The plan as rows: tasks, budget lines, totals by source and category, dated deadlines.

Every export format reads these rows, and the rows reuse what the Word document computes
(``render.budget`` for amounts and fiscal years, ``render.tables`` for the order of Phụ lục I,
``rules.dates`` for milestone and report dates), so a spreadsheet, a calendar and the document
can never disagree about a number or a day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from commplan.model.codes import codes, label
from commplan.model.plan import Activity, Plan
from commplan.render.budget import Priced, priced_lines, source_names, total_of
from commplan.render.lookup import Lookup
from commplan.render.tables import phase_groups
from commplan.render.tasks import activity_time
from commplan.render.text import strip_item
from commplan.rules.dates import deadlines
from commplan.rules.organisation import param_date
from commplan.settings.profiles import Profile
from commplan.vn.formats import short_date


@dataclass(frozen=True, slots=True)
class Task:
    """One row of the task table, in the order of Phụ lục I."""

    number: int
    activity: Activity
    phase: str
    owner: str
    partners: list[str]
    time: str
    cost: int | None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A dated item of the timeline: a milestone, a report, or a profile's deadline."""

    key: str
    day: date
    kind: str
    title: str
    written: str
    recipient: str = ""
    activities: list[str] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    """The total of one source and one category, with the budget rows that make it."""

    source: str
    category: str
    amount: int
    rows: list[int]


PROFILE_DEADLINES: Final = {
    "REP-001": "Hạn gửi báo cáo {recipient}",
    "ORG-006": "Hạn cử cán bộ đầu mối làm công tác truyền thông chính sách",
}
"""Rules whose ``deadline`` parameter is a date an officer must keep, and what it asks for."""


@dataclass(slots=True)
class PlanTables:
    """The rows of one plan, computed once and shared by every format."""

    plan: Plan
    profiles: list[Profile] = field(default_factory=list)
    look: Lookup = field(init=False)
    lines: list[Priced] = field(init=False)
    sources: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.look = Lookup.of(self.plan)
        self.lines = budget_order(self.plan, priced_lines(self.plan))
        self.sources = source_names(self.plan.budget) if self.plan.budget else {}

    @property
    def total(self) -> int:
        """The sum of the budget lines: the total of Phụ lục III."""
        return total_of(self.lines)

    def source_name(self, source_id: str) -> str:
        """The name of a source as Phụ lục III writes it (the id when it is unknown)."""
        return self.sources.get(source_id, source_id)

    def tasks(self) -> list[Task]:
        """The task table: every activity in the order of Phụ lục I, with its cost."""
        costs: dict[str, int] = {}
        for p in self.lines:
            costs[p.line.activity] = costs.get(p.line.activity, 0) + p.amount
        phases = {p.id: strip_item(p.name or label("phase_kind", p.kind)) for p in self.plan.phases}
        look = self.look
        rows: list[Task] = []
        for _, group in phase_groups(self.plan):
            for activity in group:
                rows.append(
                    Task(
                        len(rows) + 1,
                        activity,
                        phases.get(activity.phase or "", ""),
                        look.unit_name(activity.owner),
                        [look.unit_name(p) for p in activity.partners],
                        activity_time(activity),
                        costs.get(activity.id) if self.lines else None,
                    )
                )
        return rows

    def cells(self) -> list[Cell]:
        """Totals by source × category, in Phụ lục III order; rows index ``self.lines``."""
        rows: dict[tuple[str, str], list[int]] = {}
        for i, p in enumerate(self.lines):
            rows.setdefault((p.line.source, p.line.category), []).append(i)
        return [
            Cell(source, category, total_of(self.lines[i] for i in found), found)
            for (source, category), found in rows.items()
        ]

    def deadlines(self) -> list[Deadline]:
        """Milestones, reports and the active profiles' deadlines, by day."""
        found = list(_plan_deadlines(self.plan, self.look))
        found += _profile_deadlines(self.profiles)
        return sorted(found, key=lambda d: (d.day, d.key))


def budget_order(plan: Plan, lines: list[Priced]) -> list[Priced]:
    """Budget lines grouped by source, then category, as Phụ lục III lists them.

    Each (source, category) group is contiguous, so a spreadsheet can total it with one
    ``SUM`` over a range; within a group the plan's order is kept.
    """
    sources = [s.id for s in plan.budget.sources] if plan.budget else []
    rank_source = {s: i for i, s in enumerate(sources)}
    rank_category = {c: i for i, c in enumerate(codes("budget_category"))}

    def key(item: tuple[int, Priced]) -> tuple[int, int, int]:
        i, p = item
        return (rank_source.get(p.line.source, len(sources)), rank_category[p.line.category], i)

    return [p for _, p in sorted(enumerate(lines), key=key)]


def _plan_deadlines(plan: Plan, look: Lookup) -> Iterator[Deadline]:
    milestones = {m.id: m for m in plan.milestones}
    reports = {r.id: r for r in plan.reporting.reports} if plan.reporting else {}
    for _, item_id, expr, kind in deadlines(plan):
        if kind == "milestone":
            m = milestones[item_id]
            yield Deadline(
                f"milestone-{item_id}",
                expr.last,
                label("milestone_kind", m.kind),
                strip_item(m.name),
                expr.text,
                look.unit_name(m.recipient) if m.recipient else "",
                list(m.activities),
            )
        else:
            r = reports[item_id]
            yield Deadline(
                f"report-{item_id}",
                expr.last,
                "Báo cáo",
                strip_item(r.content),
                expr.text,
                look.unit_name(r.recipient),
            )


def _profile_deadlines(profiles: list[Profile]) -> Iterator[Deadline]:
    # A profile is data; only the rules listed here carry a deadline meant for a calendar.
    for profile in profiles:
        for rule_id, wording in PROFILE_DEADLINES.items():
            setting = profile.rules.get(rule_id)
            day = param_date(setting.params, "deadline") if setting else None
            if setting is None or day is None:
                continue
            names = setting.params.get("recipient_names") or []
            recipient = names if isinstance(names, str) else (names[0] if names else "")
            yield Deadline(
                f"profile-{profile.id}-{rule_id.lower()}",
                day,
                "Hạn theo văn bản chỉ đạo",
                wording.format(recipient=recipient).strip(),
                short_date(day),
                str(recipient),
                note=profile.title,
            )
