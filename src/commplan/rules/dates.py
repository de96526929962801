"""Dates and roadmap: DATE-001 to DATE-009 (always on).

A ``start`` field counts from the first day of its period, every other field to the last day
(PLAN-MODEL.md), so ``start: tháng 3/2022`` is 01/3/2022 and ``end: tháng 3/2022`` 31/3/2022.
Messages show the day compared and, for a period, the period as written. A check skips what
another rule already reports: an inverted period or phase (DATE-001) is not used as a frame,
and a dangling reference (REF-003) is not followed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Final, get_args

from commplan import holidays_vn, schedule
from commplan.dates import DateExpr
from commplan.diagnostics import Severity
from commplan.i18n import _
from commplan.model.codes import PhaseKind, label
from commplan.model.plan import Activity, Period, Phase, Plan
from commplan.positions import Path
from commplan.rules.base import Finding, Rule, RuleContext, items
from commplan.vnformat import quarter_text, short_date

PHASE_RANK: Final = {kind: rank for rank, kind in enumerate(get_args(PhaseKind))}
"""Position of each phase kind in the policy cycle."""

SPOKESPERSON: Final = "nguoi_phat_ngon"
PRESS_CONFERENCE: Final = "hop_bao"
_LOOKBACK_DAYS: Final = 31  # far longer than any run of days off (Tết is at most 9 days)


def _day(expr: DateExpr, day: date) -> str:
    # For a period, say which of its days was compared: "31/3/2022 (tháng 3/2022)".
    return short_date(day) if expr.exact else f"{short_date(day)} ({expr.text})"


def _span(start: DateExpr, end: DateExpr) -> str:
    return start.text if start == end else f"{start.text} – {end.text}"


def _inverted(item: Period | Phase | Activity) -> bool:
    return item.start.first > item.end.last


def _first_index(collection: Sequence[Activity | Phase]) -> dict[str, int]:
    # With a duplicate id (REF-001) the first item wins, as everywhere in the rules.
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
    spans: list[tuple[Path, Period | Phase | Activity]] = [(("period",), plan.period)]
    spans += items(plan, ("phases",))
    spans += items(plan, ("activities",))
    for path, item in spans:
        if _inverted(item):
            yield Finding(
                (*path, "start"),
                _("the start {start} is after the end {end}").format(
                    start=_day(item.start, item.start.first), end=_day(item.end, item.end.last)
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
    if _inverted(period):
        return
    frame = _span(period.start, period.end)
    hint = _("move it into the period, or widen the period")
    for path, activity in items(plan, ("activities",)):
        field = _outside_field(activity, period.start.first, period.end.last)
        if field:
            yield Finding(
                (*path, field),
                _("activity '{id}' ({span}) is not within the plan's period ({period})").format(
                    id=activity.id, span=_span(activity.start, activity.end), period=frame
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


def _dated_outside(plan: Plan, frame: str, hint: str) -> Iterator[Finding]:
    first, last = plan.period.start.first, plan.period.end.last
    for path, milestone in items(plan, ("milestones",)):
        if not first <= milestone.date.last <= last:
            yield Finding(
                (*path, "date"),
                _("milestone '{id}' ({date}) is not within the plan's period ({period})").format(
                    id=milestone.id, date=milestone.date.text, period=frame
                ),
                hint,
            )
    for path, report in items(plan, ("reporting", "reports")):
        if not first <= report.due.last <= last:
            yield Finding(
                (*path, "due"),
                _("report '{id}' (due {date}) is not within the plan's period ({period})").format(
                    id=report.id, date=report.due.text, period=frame
                ),
                hint,
            )


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
    phases = _first_index(plan.phases)
    for path, activity in items(plan, ("activities",)):
        phase = plan.phases[phases[activity.phase]] if activity.phase in phases else None
        if phase is None or _inverted(phase):
            continue
        field = _outside_field(activity, phase.start.first, phase.end.last)
        if field:
            yield Finding(
                (*path, field),
                _("activity '{id}' ({span}) is not within its phase '{phase}' ({frame})").format(
                    id=activity.id,
                    span=_span(activity.start, activity.end),
                    phase=phase.id,
                    frame=_span(phase.start, phase.end),
                ),
                _("move the activity into the phase's dates, or assign it to another phase"),
            )


def _cycle_text(plan: Plan, cycle: schedule.Cycle) -> str:
    names = [plan.activities[i].id for i in cycle.head]
    if cycle.tail:
        names += ["…", *(plan.activities[i].id for i in cycle.tail)]
    return " → ".join([*names, names[0]])


def check_dependency_cycle(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-004: ``depends_on`` forms a cycle; the message names it (``a1 → a2 → a1``).

    Each cycle is reported once, at the ``depends_on`` entry that closes it when the
    activities are followed in file order; a long cycle is named by its first and last ids.

    Passes::

        activities: [{id: a1, ...}, {id: a2, depends_on: [a1], ...}]

    Fails::

        activities: [{id: a1, depends_on: [a2], ...}, {id: a2, depends_on: [a1], ...}]
    """
    del ctx
    for cycle in schedule.find_cycles(schedule.dependency_graph(plan.activities)):
        text = _cycle_text(plan, cycle)
        message = (
            _("the dependencies form a cycle of {count} activities: {cycle}").format(
                count=cycle.length, cycle=text
            )
            if cycle.tail
            else _("the dependencies form a cycle: {cycle}").format(cycle=text)
        )
        yield Finding(
            ("activities", cycle.source, "depends_on", cycle.position),
            message,
            _("remove one of these dependencies so that the activities can be ordered"),
        )


def check_starts_before_dependency(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-005: an activity starts before an activity it depends on ends.

    Starting on the day the dependency ends is allowed. Dependencies inside a cycle are left to
    DATE-004, dangling ones to REF-003.

    Passes::

        activities:
          - {id: a1, start: 01/3/2022, end: 10/3/2022, ...}
          - {id: a2, depends_on: [a1], start: 10/3/2022, end: 20/3/2022, ...}

    Fails::

          - {id: a2, depends_on: [a1], start: 09/3/2022, end: 20/3/2022, ...}
    """
    del ctx
    graph = schedule.dependency_graph(plan.activities)
    component = schedule.strong_components(graph)
    for i, edges in enumerate(graph):
        activity = plan.activities[i]
        for position, j in edges:
            dependency = plan.activities[j]
            if component[i] != component[j] and activity.start.first < dependency.end.last:
                yield _early_start(("activities", i, "depends_on", position), activity, dependency)


def _early_start(path: Path, activity: Activity, dependency: Activity) -> Finding:
    return Finding(
        path,
        _(
            "'{id}' starts on {start}, before '{dependency}', which it depends on, ends on {end}"
        ).format(
            id=activity.id,
            start=_day(activity.start, activity.start.first),
            dependency=dependency.id,
            end=_day(dependency.end, dependency.end.last),
        ),
        _("start it on or after {day}, or remove the dependency").format(
            day=short_date(dependency.end.last)
        ),
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


def check_milestone_before_activity(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-007: a milestone dated before the end of an activity it is linked to.

    Passes::

        activities: [{id: a1, end: 10/3/2022, ...}]
        milestones: [{id: m1, date: 15/3/2022, activities: [a1], ...}]

    Fails::

        milestones: [{id: m1, date: 05/3/2022, activities: [a1], ...}]
    """
    del ctx
    index = _first_index(plan.activities)
    for path, milestone in items(plan, ("milestones",)):
        for position, ref in enumerate(milestone.activities):
            if ref not in index:
                continue
            activity = plan.activities[index[ref]]
            if milestone.date.last < activity.end.last:
                yield Finding(
                    (*path, "activities", position),
                    _("milestone '{id}' is dated {date}, before '{activity}' ends on {end}").format(
                        id=milestone.id,
                        date=_day(milestone.date, milestone.date.last),
                        activity=activity.id,
                        end=_day(activity.end, activity.end.last),
                    ),
                    _("date the milestone on or after the end of the activity, or unlink them"),
                )


class _WorkCalendar:
    """The national calendar adjusted by the plan's ``calendar`` section."""

    def __init__(self, plan: Plan) -> None:
        adjust = plan.calendar
        self.days_off = frozenset(adjust.days_off if adjust else ())
        self.working_days = frozenset(adjust.working_days if adjust else ())

    def reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day (a holiday or weekday name), or None."""
        return holidays_vn.non_working_reason(
            day, days_off=self.days_off, working_days=self.working_days
        )

    def previous_working_day(self, day: date) -> date | None:
        """The last working day before ``day``, when there is one within a month."""
        for back in range(1, _LOOKBACK_DAYS + 1):
            earlier = day - timedelta(days=back)
            if self.reason(earlier) is None:
                return earlier
        return None


def _exact_dates(plan: Plan) -> Iterator[tuple[Path, str, DateExpr, str]]:
    for path, milestone in items(plan, ("milestones",)):
        yield (*path, "date"), milestone.id, milestone.date, "milestone"
    for path, report in items(plan, ("reporting", "reports")):
        yield (*path, "due"), report.id, report.due, "report"


def check_non_working_day(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-008: a milestone date or report due date on a weekend or public holiday.

    Only exact days count (``15/3/2022``, not ``tháng 3/2022``). The national calendar (Tết
    and substituted days off included) is adjusted by the plan's ``calendar.days_off`` and
    ``calendar.working_days``; the message names the holiday or the weekday.

    Passes::

        milestones: [{id: m1, date: 31/3/2022, ...}]      # a Thursday

    Fails::

        milestones: [{id: m1, date: 01/02/2022, ...}]     # Tết Nguyên Đán
    """
    del ctx
    calendar = _WorkCalendar(plan)
    for path, item_id, expr, kind in _exact_dates(plan):
        reason = calendar.reason(expr.first) if expr.exact else None
        if reason is None:
            continue
        message = (
            _("milestone '{id}' falls on {date}, which is not a working day: {reason}")
            if kind == "milestone"
            else _("report '{id}' is due on {date}, which is not a working day: {reason}")
        )
        yield Finding(
            path,
            message.format(id=item_id, date=expr.text, reason=reason),
            _non_working_hint(calendar, expr.first),
        )


def _non_working_hint(calendar: _WorkCalendar, day: date) -> str:
    earlier = calendar.previous_working_day(day)
    if earlier is None:
        return _("choose a working day, or list the day in calendar.working_days")
    return _(
        "the previous working day is {day}; if this day is worked, list it in calendar.working_days"
    ).format(day=short_date(earlier))


def _has_spokesperson(plan: Plan) -> bool:
    return any(SPOKESPERSON in member.roles for member in plan.staff)


def _quarter_number(day: date) -> int:
    return day.year * 4 + (day.month - 1) // 3


def _covered_quarters(plan: Plan, quarters: list[tuple[date, date]]) -> list[bool]:
    # A difference array over the quarters keeps this linear in occurrences plus quarters.
    base = _quarter_number(quarters[0][0])
    change = [0] * (len(quarters) + 1)
    for activity in plan.activities:
        if activity.type != PRESS_CONFERENCE:
            continue
        for first, last in schedule.occurrences(activity):
            low = max(_quarter_number(first) - base, 0)
            high = min(_quarter_number(last) - base, len(quarters) - 1)
            if low <= high:
                change[low] += 1
                change[high + 1] -= 1
    covered, running = [], 0
    for delta in change[:-1]:
        running += delta
        covered.append(running > 0)
    return covered


def check_press_conference_quarters(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DATE-009: a spokesperson, but a quarter of the period without a press conference.

    When a staff member has the ``nguoi_phat_ngon`` role, every calendar quarter that overlaps
    ``period`` needs a ``hop_bao`` activity (an occurrence, when ``recurrence`` is set) that
    overlaps it (Nghị định 09/2017/NĐ-CP Điều 5: at least one every 3 months). One finding per
    uncovered quarter, at the ``activities`` key.

    Passes::

        period: năm 2022
        staff: [{id: s1, roles: [nguoi_phat_ngon], ...}]
        activities:
          - {id: a1, type: hop_bao, start: Quý I/2022, end: Quý IV/2022, recurrence: quarterly, ...}

    Fails::

        activities:
          - {id: a1, type: hop_bao, start: Quý I/2022, end: Quý II/2022, recurrence: quarterly, ...}
    """
    del ctx
    if not _has_spokesperson(plan):
        return
    quarters = schedule.quarters_overlapping(plan.period.start.first, plan.period.end.last)
    if not quarters:
        return
    for (first, _last), covered in zip(quarters, _covered_quarters(plan, quarters), strict=True):
        if not covered:
            yield Finding(
                ("activities",),
                _(
                    "no press conference (hop_bao) in {quarter}, though the plan has a spokesperson"
                ).format(quarter=quarter_text((first.month - 1) // 3 + 1, first.year)),
                _(
                    "Nghị định 09/2017/NĐ-CP asks for a press conference at least every 3 months: "
                    "add a hop_bao activity in that quarter, or make one recur quarterly"
                ),
                at="key",
            )


E, W = Severity.ERROR, Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule("DATE-001", E, "start after end (period, phase, activity)", check_start_after_end),
    Rule(
        "DATE-002", E, "an activity, milestone or report date outside period", check_outside_period
    ),
    Rule("DATE-003", W, "an activity outside the dates of its phase", check_outside_phase),
    Rule("DATE-004", E, "depends_on forms a cycle", check_dependency_cycle),
    Rule(
        "DATE-005",
        E,
        "an activity starts before an activity it depends on ends",
        check_starts_before_dependency,
    ),
    Rule(
        "DATE-006", W, "phases, sorted by start date, out of policy-cycle order", check_phase_order
    ),
    Rule(
        "DATE-007",
        W,
        "a milestone dated before the end of an activity it is linked to",
        check_milestone_before_activity,
    ),
    Rule(
        "DATE-008",
        W,
        "an exact milestone or report date on a weekend or public holiday",
        check_non_working_day,
    ),
    Rule(
        "DATE-009",
        W,
        "a spokesperson, but a quarter of the period without a press conference",
        check_press_conference_quarters,
    ),
)
"""The date rules, in catalogue order."""
