"""Execution figures of a report against its plan: what ``report`` renders and ``summary`` sums.

One place computes them so that the BÁO CÁO, the Ministry's summary and RPT-006 agree on what
"done", "overdue" and "spending rate" mean:

- an activity is *done* when reported ``hoan_thanh``;
- it is *overdue* when its end is before ``as_of`` and it is not settled (done, postponed or
  cancelled), including when the report leaves it out;
- the *spending rate* is spent over planned, over the plan's budget lines (whole đồng).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from commplan.model.codes import SETTLED, STATUS_LABELS
from commplan.model.plan import Activity, Plan
from commplan.rules.budget import line_amount

if TYPE_CHECKING:  # the report models are built only when a report is read
    from commplan.model.report import Report

UNREPORTED = "chua_bao_cao"
"""The status counted for an activity the report does not mention."""


@dataclass(frozen=True, slots=True)
class CategoryMoney:
    """Planned and spent money of one budget category (đồng)."""

    category: str
    planned: int
    spent: int


@dataclass(frozen=True, slots=True)
class KpiFigure:
    """A KPI of the plan with its target and the actual the report gives (None: not given)."""

    objective: str
    metric: str
    unit: str | None
    target: int | float | str | None
    actual: int | float | str | None


@dataclass(frozen=True, slots=True)
class Figures:
    """The execution figures of one report (see the module's definitions)."""

    issuer: str
    period: str
    as_of: str
    activities: int
    by_status: dict[str, int]
    done: int
    overdue: list[str]
    planned: int
    spent: int
    categories: list[CategoryMoney] = field(default_factory=list)
    kpis: list[KpiFigure] = field(default_factory=list)

    @property
    def done_share(self) -> float:
        """Share of the plan's activities reported done, 0 to 1 (0 for a plan with none)."""
        return self.done / self.activities if self.activities else 0.0

    @property
    def overdue_share(self) -> float:
        """Share of the plan's activities overdue on ``as_of``, 0 to 1."""
        return len(self.overdue) / self.activities if self.activities else 0.0

    @property
    def spending_rate(self) -> float | None:
        """Spent over planned, or None when the plan has no itemised budget."""
        return self.spent / self.planned if self.planned else None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON or CSV, with the three shares."""
        data = asdict(self)
        data |= {
            "done_share": self.done_share,
            "overdue_share": self.overdue_share,
            "spending_rate": self.spending_rate,
        }
        return data


def overdue_activities(report: Report, plan: Plan) -> list[Activity]:
    """The plan's activities that ended before ``as_of`` and are not settled, in plan order."""
    late = []
    for activity in plan.activities:
        progress = report.activities.get(activity.id)
        status = progress.status if progress else None
        if activity.end.last < report.as_of and status not in SETTLED:
            late.append(activity)
    return late


def status_of(report: Report, activity_id: str) -> str:
    """The reported status code of an activity, ``chua_bao_cao`` when it has none."""
    progress = report.activities.get(activity_id)
    return progress.status if progress and progress.status else UNREPORTED


def report_figures(report: Report, plan: Plan) -> Figures:
    """The execution figures of ``report`` on ``plan`` (a plan that validates, ids resolved).

    Ids the plan lacks (RPT-002 to RPT-004) are ignored: they count for nothing.
    """
    by_status = dict.fromkeys((*STATUS_LABELS, UNREPORTED), 0)
    for activity in plan.activities:
        by_status[status_of(report, activity.id)] += 1
    categories = _categories(report, plan)
    return Figures(
        issuer=report.document.issuer,
        period=report.period.text,
        as_of=report.as_of.isoformat(),
        activities=len(plan.activities),
        by_status=by_status,
        done=by_status["hoan_thanh"],
        overdue=[a.id for a in overdue_activities(report, plan)],
        planned=sum(c.planned for c in categories),
        spent=sum(c.spent for c in categories),
        categories=categories,
        kpis=_kpis(report, plan),
    )


def _categories(report: Report, plan: Plan) -> list[CategoryMoney]:
    planned: dict[str, int] = {}
    spent: dict[str, int] = {}
    for line in plan.budget.lines if plan.budget else []:
        planned[line.category] = planned.get(line.category, 0) + line_amount(line)
        given = report.budget.get(line.id)
        spent[line.category] = spent.get(line.category, 0) + (given.spent if given else 0)
    return [CategoryMoney(c, planned[c], spent[c]) for c in planned]


def _kpis(report: Report, plan: Plan) -> list[KpiFigure]:
    found = []
    for objective in plan.objectives:
        actuals = report.kpis.get(objective.id, [])
        for i, kpi in enumerate(objective.kpis):
            actual = actuals[i].actual if i < len(actuals) else None
            found.append(
                KpiFigure(objective.id, kpi.metric, kpi.unit, _plain(kpi.target), _plain(actual))
            )
    return found


def _plain(value: int | float | str | None) -> int | float | str | None:
    # The loader's numbers remember their source text (SourceInt); figures are plain data.
    if value is None or isinstance(value, str):
        return None if value is None else str(value)
    return int(value) if isinstance(value, int) else float(value)
