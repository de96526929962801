"""Dates and roadmap: DATE-001 to DATE-009 (always on).

A ``start`` field counts from the first day of its period, every other field to the last day
(PLAN-MODEL.md), so ``start: tháng 3/2022`` is 01/3/2022 and ``end: tháng 3/2022`` 31/3/2022.
Messages show the day compared and, for a period, the period as written. A check skips what
another rule already reports: an inverted period or phase (DATE-001) is not used as a frame,
and a dangling reference (REF-003) is not followed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Final, get_args

from commplan.i18n import _
from commplan.model.codes import PhaseKind, label
from commplan.model.plan import Activity, Period, Phase, Plan
from commplan.rules.base import Finding, Rule, RuleContext, items
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path
from commplan.vn.dates import DateExpr
from commplan.vn.formats import short_date

PHASE_RANK: Final = {kind: rank for rank, kind in enumerate(get_args(PhaseKind))}
"""Position of each phase kind in the policy cycle."""


def day_text(expr: DateExpr, day: date) -> str:
    """The compared day; for a period, also the period: "31/3/2022 (tháng 3/2022)"."""
    return short_date(day) if expr.exact else f"{short_date(day)} ({expr.text})"


def span_text(start: DateExpr, end: DateExpr) -> str:
    """A start and an end as one text: "Quý I/2022 – Quý II/2022"."""
    return start.text if start == end else f"{start.text} – {end.text}"


def inverted(item: Period | Phase | Activity) -> bool:
    """True when the item starts after it ends (DATE-001 reports it; others skip it)."""
    return item.start.first > item.end.last


def first_index(collection: Sequence[Activity | Phase]) -> dict[str, int]:
    """Position of each id; with a duplicate id (REF-001) the first item wins, as everywhere."""
    index: dict[str, int] = {}
    for i, item in enumerate(collection):
        index.setdefault(item.id, i)
    return index


def check_start_after_end(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-001: the ``start`` of the period, a phase or an activity is after its ``end``.

    Passes::

        activities: [{id: a1, start: tháng 3/2022, end: tháng 3/2022, ...}]

    Fails::

        activities: [{id: a1, start: tháng 5/2022, end: tháng 4/2022, ...}]
    """
    del ctx
    spans: list[tuple[Path, Period | Phase | Activity]] = []
    if plan.period is not None:
        spans.append((("period",), plan.period))
    spans += items(plan, ("phases",))
    spans += items(plan, ("activities",))
    for path, item in spans:
        if inverted(item):
            yield Finding(
                (*path, "start"),
                _("the start {start} is after the end {end}").format(
                    start=day_text(item.start, item.start.first),
                    end=day_text(item.end, item.end.last),
                ),
                _("correct one of the dates: a start counts from the first day of a period"),
            )


def check_outside_period(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-002: an activity, milestone or report date outside ``period``.

    An activity is reported once, at its ``start`` when that is outside, else at its ``end``.

    Passes::

        period: năm 2022
        milestones: [{id: m1, date: 15/12/2022, ...}]

    Fails::

        period: năm 2022
        milestones: [{id: m1, date: 15/01/2023, ...}]
    """
    del ctx
    period = plan.period
    if period is None or inverted(period):
        return
    frame = span_text(period.start, period.end)
    hint = _("move it into the period, or widen the period")
    for path, activity in items(plan, ("activities",)):
        field = _outside_field(activity, period.start.first, period.end.last)
        if field:
            yield Finding(
                (*path, field),
                _("activity '{id}' ({span}) is not within the plan's period ({period})").format(
                    id=activity.id, span=span_text(activity.start, activity.end), period=frame
                ),
                hint,
            )
    yield from _dated_outside(plan, frame, hint)


def _outside_field(item: Activity, first: date, last: date) -> str | None:
    if not first <= item.start.first <= last:
        return "start"
    if not first <= item.end.last <= last:
        return "end"
    return None


def deadlines(plan: Plan) -> Iterator[tuple[Path, str, DateExpr, str]]:
    """Every milestone date and report due date: (path of the date, id, date, kind)."""
    for path, milestone in items(plan, ("milestones",)):
        yield (*path, "date"), milestone.id, milestone.date, "milestone"
    for path, report in items(plan, ("reporting", "reports")):
        yield (*path, "due"), report.id, report.due, "report"


def _dated_outside(plan: Plan, frame: str, hint: str) -> Iterator[Finding]:
    assert plan.period is not None
    first, last = plan.period.start.first, plan.period.end.last
    for path, item_id, expr, kind in deadlines(plan):
        if first <= expr.last <= last:
            continue
        message = (
            _("milestone '{id}' ({date}) is not within the plan's period ({period})")
            if kind == "milestone"
            else _("report '{id}' (due {date}) is not within the plan's period ({period})")
        )
        yield Finding(path, message.format(id=item_id, date=expr.text, period=frame), hint)


def check_outside_phase(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-003: an activity outside the dates of its phase.

    Reported once per activity, at its ``start`` when that is outside, else at its ``end``.

    Passes::

        phases: [{id: p1, start: Quý I/2022, end: Quý II/2022, ...}]
        activities: [{id: a1, phase: p1, start: tháng 3/2022, end: tháng 4/2022, ...}]

    Fails::

        activities: [{id: a1, phase: p1, start: tháng 3/2022, end: tháng 7/2022, ...}]
    """
    del ctx
    phases = first_index(plan.phases)
    for path, activity in items(plan, ("activities",)):
        phase = plan.phases[phases[activity.phase]] if activity.phase in phases else None
        if phase is None or inverted(phase):
            continue
        field = _outside_field(activity, phase.start.first, phase.end.last)
        if field:
            yield Finding(
                (*path, field),
                _("activity '{id}' ({span}) is not within its phase '{phase}' ({frame})").format(
                    id=activity.id,
                    span=span_text(activity.start, activity.end),
                    phase=phase.id,
                    frame=span_text(phase.start, phase.end),
                ),
                _("move the activity into the phase's dates, or assign it to another phase"),
            )


def check_phase_order(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-006: phases, sorted by start date, are out of policy-cycle order.

    The cycle runs hoach_dinh, lap_de_xuat, lay_y_kien, soan_thao, trinh_thong_qua, ban_hanh,
    thuc_thi, danh_gia. A phase is reported, at its ``start``, when it starts after a phase
    that comes later in the cycle; phases starting on the same day are never out of order.

    Passes::

        phases:
          - {id: p1, kind: soan_thao, start: Quý I/2022, ...}
          - {id: p2, kind: thuc_thi, start: Quý III/2022, ...}

    Fails::

          - {id: p1, kind: soan_thao, start: Quý III/2022, ...}
          - {id: p2, kind: thuc_thi, start: Quý I/2022, ...}
    """
    del ctx
    order = sorted(range(len(plan.phases)), key=lambda i: _phase_key(plan.phases[i]))
    latest: Phase | None = None
    for i in order:
        phase = plan.phases[i]
        if latest is not None and PHASE_RANK[phase.kind] < PHASE_RANK[latest.kind]:
            yield _phase_order_finding(i, phase, latest)
        elif latest is None or PHASE_RANK[phase.kind] > PHASE_RANK[latest.kind]:
            latest = phase


def _phase_key(phase: Phase) -> tuple[date, int]:
    return phase.start.first, PHASE_RANK[phase.kind]


def _phase_order_finding(index: int, phase: Phase, latest: Phase) -> Finding:
    return Finding(
        ("phases", index, "start"),
        _(
            "phase '{id}' ({kind}) starts {start}, after phase '{other}' ({other_kind}), "
            "which comes later in the policy cycle"
        ).format(
            id=phase.id,
            kind=label("phase_kind", phase.kind),
            start=phase.start.text,
            other=latest.id,
            other_kind=label("phase_kind", latest.kind),
        ),
        _("check the dates and the kind of both phases"),
    )


E, W = Severity.ERROR, Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule("DATE-001", E, "start after end (period, phase, activity)", check_start_after_end),
    Rule(
        "DATE-002", E, "an activity, milestone or report date outside period", check_outside_period
    ),
    Rule("DATE-003", W, "an activity outside the dates of its phase", check_outside_phase),
    Rule(
        "DATE-006", W, "phases, sorted by start date, out of policy-cycle order", check_phase_order
    ),
)
