"""The calendar: DATE-008 (exact dates on days off) and DATE-009 (a press conference each quarter).

The national calendar is the table generated from `holidays` (see ``holidays_vn``), adjusted by
the plan's ``calendar`` section.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules import schedule
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.dates import deadlines
from commplan.source.diagnostics import Severity
from commplan.vn import public_holidays
from commplan.vn.formats import quarter_text, short_date

SPOKESPERSON: Final = "nguoi_phat_ngon"
PRESS_CONFERENCE: Final = "hop_bao"
_LOOKBACK_DAYS: Final = 31  # far longer than any run of days off (Tết is at most 9 days)


class _WorkCalendar:
    """The national calendar adjusted by the plan's ``calendar`` section."""

    def __init__(self, plan: Plan) -> None:
        adjust = plan.calendar
        self.days_off = frozenset(adjust.days_off if adjust else ())
        self.working_days = frozenset(adjust.working_days if adjust else ())

    def reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day (a holiday or weekday name), or None."""
        return public_holidays.non_working_reason(
            day, days_off=self.days_off, working_days=self.working_days
        )

    def previous_working_day(self, day: date) -> date | None:
        """The last working day before ``day``, when there is one within a month."""
        for back in range(1, _LOOKBACK_DAYS + 1):
            earlier = day - timedelta(days=back)
            if self.reason(earlier) is None:
                return earlier
        return None


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
    for path, item_id, expr, kind in deadlines(plan):
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
    if not _has_spokesperson(plan) or plan.period is None:
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


W = Severity.WARNING

RULES: tuple[Rule, ...] = (
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
