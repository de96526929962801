"""Dependencies between activities and milestones: DATE-004, DATE-005, DATE-007.

The graph is built once (``schedule.dependency_graph``); cycles are found without recursion,
so a 5,000-activity chain is fine. Dependencies inside a cycle are left to DATE-004.
"""

from __future__ import annotations

from collections.abc import Iterator

from commplan.i18n import _
from commplan.model.plan import Activity, Plan
from commplan.rules import schedule
from commplan.rules.base import Finding, Rule, RuleContext, items
from commplan.rules.dates import day_text, first_index
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path
from commplan.vn.formats import short_date


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
            start=day_text(activity.start, activity.start.first),
            dependency=dependency.id,
            end=day_text(dependency.end, dependency.end.last),
        ),
        _("start it on or after {day}, or remove the dependency").format(
            day=short_date(dependency.end.last)
        ),
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
    index = first_index(plan.activities)
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
                        date=day_text(milestone.date, milestone.date.last),
                        activity=activity.id,
                        end=day_text(activity.end, activity.end.last),
                    ),
                    _("date the milestone on or after the end of the activity, or unlink them"),
                )


E, W = Severity.ERROR, Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule("DATE-004", E, "depends_on forms a cycle", check_dependency_cycle),
    Rule(
        "DATE-005",
        E,
        "an activity starts before an activity it depends on ends",
        check_starts_before_dependency,
    ),
    Rule(
        "DATE-007",
        W,
        "a milestone dated before the end of an activity it is linked to",
        check_milestone_before_activity,
    ),
)
