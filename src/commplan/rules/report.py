"""Reports on a plan: RPT-001 to RPT-008 (REPORTING.md, "Periodic reports").

These rules read a report (``ctx.report``) against the plan it names, and their findings point
into the report file. RPT-001 (the plan cannot be found or does not validate) is reported by
the report pipeline, before any of these can run.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from commplan.i18n import N_, _
from commplan.model.codes import STATUS_LABELS
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.budget import line_amount
from commplan.rules.execution import overdue_activities
from commplan.source.diagnostics import Severity
from commplan.vn.formats import short_date
from commplan.vn.money import format_money

if TYPE_CHECKING:  # the report models are built only when a report is read
    from commplan.model.report import ActivityProgress, Report


def _report(ctx: RuleContext) -> Iterator[Report]:
    if ctx.report is not None:
        yield ctx.report


def unknown_activity(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-002: the report gives the result of an activity the plan does not have.

    Passes::

        activities: {a1: {status: hoan_thanh, done_on: 15/4/2022}}   # a1 is in the plan

    Fails::

        activities: {a9: {status: hoan_thanh}}   # the plan has no activity a9
    """
    known = {a.id for a in plan.activities}
    for report in _report(ctx):
        for key in report.activities:
            if key not in known:
                yield Finding(
                    ("activities", key),
                    _("the plan has no activity '{id}'").format(id=key),
                    _some(key, known),
                    at="key",
                )


def unknown_line(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-003: the report gives spending for a budget line the plan does not have.

    Passes::

        budget: {b1: {spent: 28_000_000}}   # b1 is a line of the plan's budget

    Fails::

        budget: {b9: {spent: 28_000_000}}   # the plan has no line b9
    """
    known = {line.id for line in plan.budget.lines} if plan.budget else set()
    for report in _report(ctx):
        for key in report.budget:
            if key not in known:
                yield Finding(
                    ("budget", key),
                    _("the plan has no budget line '{id}'").format(id=key),
                    _some(key, known),
                    at="key",
                )


def unknown_objective(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-004: KPI results for an objective the plan does not have, or for a KPI it lacks.

    Passes::

        kpis: {o1: [{actual: 120}]}   # o1 has one KPI

    Fails::

        kpis: {o1: [{actual: 120}, {actual: 5}]}   # o1 has only one KPI
    """
    objectives = {o.id: o for o in plan.objectives}
    for report in _report(ctx):
        for key, actuals in report.kpis.items():
            objective = objectives.get(key)
            if objective is None:
                yield Finding(
                    ("kpis", key),
                    _("the plan has no objective '{id}'").format(id=key),
                    _some(key, objectives),
                    at="key",
                )
            elif len(actuals) > len(objective.kpis):
                yield Finding(
                    ("kpis", key, len(objective.kpis)),
                    _("objective '{id}' has {count} KPI(s) in the plan").format(
                        id=key, count=len(objective.kpis)
                    ),
                    _("give one result per KPI, in the order of the plan"),
                )


def done_after_as_of(_plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-005: an activity is reported done after the report's data cut-off date.

    Passes::

        as_of: 14/6/2022
        activities: {a1: {status: hoan_thanh, done_on: 15/4/2022}}

    Fails::

        as_of: 14/6/2022
        activities: {a1: {status: hoan_thanh, done_on: 20/6/2022}}
    """
    for report in _report(ctx):
        for key, progress in report.activities.items():
            if progress.done_on is not None and progress.done_on > report.as_of:
                yield Finding(
                    ("activities", key, "done_on"),
                    _("done on {day}, after the cut-off date {as_of}").format(
                        day=short_date(progress.done_on), as_of=short_date(report.as_of)
                    ),
                    _("correct the date, or move as_of to the day the figures were taken"),
                )


def overdue(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-006: an activity ended before the cut-off date and is not reported done (quá hạn).

    Passes::

        as_of: 14/6/2022          # a1 ends 30/4/2022
        activities: {a1: {status: hoan_thanh, done_on: 28/4/2022}}

    Fails::

        as_of: 14/6/2022          # a1 ends 30/4/2022
        activities: {a1: {status: dang_thuc_hien}}
    """
    for report in _report(ctx):
        for activity in overdue_activities(report, plan):
            progress = report.activities.get(activity.id)
            status = progress.status if progress else None
            finding = _overdue(activity.id, short_date(activity.end.last), progress, status)
            # With no activities listed at all, the cut-off date is what makes them overdue.
            yield finding if report.activities else replace(finding, path=("as_of",), at="value")


def _overdue(key: str, end: str, progress: ActivityProgress | None, status: str | None) -> Finding:
    hint = _("report it hoan_thanh with done_on, or tam_hoan or huy with the reason in result")
    if status is not None:
        message = _("activity '{id}' ended on {end} and is still '{status}'")
        text = message.format(id=key, end=end, status=STATUS_LABELS[status])
        return Finding(("activities", key, "status"), text, hint)
    text = _("activity '{id}' ended on {end} and the report gives no status").format(
        id=key, end=end
    )
    if progress is None:  # not listed at all: point to the activities mapping
        return Finding(("activities",), text, hint, at="key")
    return Finding(("activities", key), text, hint, at="key")


def overspent(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-007: a budget line spent more than the plan gives it.

    Passes::

        budget: {b1: {spent: 28_000_000}}   # b1 is 30.000.000 đồng in the plan

    Fails::

        budget: {b1: {spent: 31_000_000}}   # b1 is 30.000.000 đồng in the plan
    """
    lines = {line.id: line for line in plan.budget.lines} if plan.budget else {}
    for report in _report(ctx):
        for key, spending in report.budget.items():
            line = lines.get(key)
            if line is not None and spending.spent > line_amount(line):
                yield Finding(
                    ("budget", key, "spent"),
                    _("spent {spent} đồng, more than the line's {amount} đồng").format(
                        spent=format_money(spending.spent), amount=format_money(line_amount(line))
                    ),
                    _("check the figure; spending above the estimate needs an adjusted estimate"),
                )


def as_of_outside_period(_plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """RPT-008: the data cut-off date is outside the report's period.

    Passes::

        period: Quý II/2022
        as_of: 14/6/2022

    Fails::

        period: Quý II/2022
        as_of: 30/9/2022
    """
    for report in _report(ctx):
        if not report.period.first <= report.as_of <= report.period.last:
            yield Finding(
                ("as_of",),
                _("the cut-off date {as_of} is outside the period {period}").format(
                    as_of=short_date(report.as_of), period=report.period.text
                ),
                _("take the figures on a day within the period, often the 14th of its last month"),
            )


def _some(key: str, ids: Iterable[str]) -> str:
    """The closest id when there is one, else the first ids (a plan may have hundreds)."""
    names = sorted(ids)
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return _("did you mean '{id}'?").format(id=close[0])
    shown = ", ".join(names[:8]) + (", …" if len(names) > 8 else "") if names else "—"
    return _("the plan's ids: {ids}").format(ids=shown)


E, W = Severity.ERROR, Severity.WARNING
RULES = (
    Rule("RPT-001", E, "a report's plan cannot be found, cannot be read or does not validate"),
    *(  # built from variables, so the summaries are marked for the catalogue with N_
        Rule(rule_id, severity, summary, check, report=True)
        for rule_id, severity, summary, check in (
            (
                "RPT-002",
                E,
                N_("a report names an activity the plan does not have"),
                unknown_activity,
            ),
            ("RPT-003", E, N_("a report names a budget line the plan does not have"), unknown_line),
            (
                "RPT-004",
                E,
                N_("a report names an objective or KPI the plan lacks"),
                unknown_objective,
            ),
            (
                "RPT-005",
                E,
                N_("an activity is reported done after the cut-off date"),
                done_after_as_of,
            ),
            ("RPT-006", W, N_("an activity past its end is not reported done (overdue)"), overdue),
            ("RPT-007", E, N_("a budget line spent more than its planned amount"), overspent),
            (
                "RPT-008",
                E,
                N_("the cut-off date is outside the report's period"),
                as_of_outside_period,
            ),
        )
    ),
)
