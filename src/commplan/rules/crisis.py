"""Crisis communication: CRI-001 (profile cv-btttt-2022, an error there) and CRI-002 to CRI-004.

When ``crisis`` is absent only CRI-001 speaks. A crisis level escalating to a missing staff
member, or a holding statement approved by one, does not count (REF-003 reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from commplan.i18n import _
from commplan.model.codes import label
from commplan.model.plan import Crisis, Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import absent
from commplan.source.diagnostics import Severity

STATEMENT_COVERS: Final = ("known_facts", "actions", "next_update")
"""What an approved holding statement must cover (CRI-002)."""
CRISIS_ROLES: Final = ("truong_nhom", "nguoi_phat_ngon")
"""Roles the crisis team must fill (CRI-001)."""
MIN_ESCALATION_LEVELS: Final = 2


def _staff_ids(plan: Plan) -> set[str]:
    return {member.id for member in plan.staff}


def check_crisis_plan(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CRI-001: no crisis section, or one without scenarios, escalation or a team.

    The section needs a scenario, two levels with ``escalate_to``, and a team with a
    ``truong_nhom`` and a ``nguoi_phat_ngon``. Each gap is one finding at its list (or at
    ``crisis``); a missing section is one finding at 1:1. Levels and team members naming a
    missing staff member do not count.

    Driven by profiles: only cv-btttt-2022 switches it on, because the 2022 dispatch (point 1)
    asks for a crisis-communication capability. Chỉ thị 07/CT-TTg and QĐ 407 ask for no crisis
    plan, and published plans frame crisis work as managing information, with no team, levels
    or scenarios (PUBLISHED-PLANS.md §9); before this re-judgement it ran on every plan. For
    the same reason a plan with no ``crisis`` section answers it with a task of type
    ``xu_ly_khung_hoang`` (who handles a crisis, and when); a section, once written, is judged.

    Passes::

        crisis:
          team: [{role: truong_nhom, staff: s1}, {role: nguoi_phat_ngon, staff: s2}]
          levels:
            - {level: 1, criteria: ..., escalate_to: s2}
            - {level: 2, criteria: ..., escalate_to: s1}
          scenarios: [{id: k1, description: ..., likelihood: cao, impact: cao}]

    Fails::

        crisis:
          team: [{role: truong_nhom, staff: s1}]
    """
    del ctx
    if plan.crisis is None and any(a.type == "xu_ly_khung_hoang" for a in plan.activities):
        return
    if plan.crisis is None:
        yield absent(
            ("crisis",),
            _("the plan has no crisis-communication section"),
            _("add a crisis section with team, levels, scenarios and holding_statements"),
        )
        return
    yield from _crisis_gaps(plan.crisis, _staff_ids(plan))


def _crisis_gaps(crisis: Crisis, staff: set[str]) -> Iterator[Finding]:
    if not crisis.scenarios:
        yield absent(
            ("crisis", "scenarios"),
            _("the crisis section names no scenario"),
            _("add to crisis.scenarios an item with id, description, likelihood and impact"),
        )
    escalating = [
        lv for lv in crisis.levels if lv.escalate_to is not None and lv.escalate_to in staff
    ]
    if len(escalating) < MIN_ESCALATION_LEVELS:
        yield absent(
            ("crisis", "levels"),
            _("the crisis section has fewer than two levels that say whom to escalate to"),
            _("give crisis.levels at least two levels, each with escalate_to: <staff id>"),
        )
    roles = {m.role for m in crisis.team if m.staff in staff}
    missing = [role for role in CRISIS_ROLES if role not in roles]
    if missing:
        yield absent(
            ("crisis", "team"),
            _("the crisis team has no {roles}").format(
                roles=_(" or ").join(f"'{label('crisis_role', r)}'" for r in missing)
            ),
            _("add to crisis.team one member for each role: {roles}").format(
                roles=", ".join(missing)
            ),
        )


def check_holding_statement(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CRI-002: no approved holding statement covering facts, actions and the next update.

    A statement is approved when ``approved_by`` names an existing staff member; it must cover
    ``known_facts``, ``actions`` and ``next_update``. Silent when there is no ``crisis``
    section (CRI-001 reports that). Reported at ``crisis.holding_statements`` (or ``crisis``).

    Passes::

        holding_statements:
          - id: h1
            scenario: k1
            text: ...
            covers: [known_facts, actions, next_update]
            approved_by: s1

    Fails::

        holding_statements:
          - {id: h1, scenario: k1, text: ..., covers: [known_facts, actions]}
    """
    del ctx
    crisis = plan.crisis
    if crisis is None:
        return
    staff, scenarios = _staff_ids(plan), {s.id for s in crisis.scenarios}
    for statement in crisis.holding_statements:
        if (
            statement.approved_by in staff
            and statement.scenario in scenarios
            and all(c in statement.covers for c in STATEMENT_COVERS)
        ):
            return
    yield absent(
        ("crisis", "holding_statements"),
        _("no approved holding statement covers the known facts, the actions and the next update"),
        _(
            "add to crisis.holding_statements a statement with covers: [known_facts, actions,"
            " next_update] and approved_by: <staff id>"
        ),
    )


def check_first_response(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CRI-003: a crisis level does not say how soon the first response comes.

    Reported at the level's first key. Silent when there is no ``crisis`` section.

    Passes::

        levels: [{level: 1, criteria: ..., first_response_hours: 2}]

    Fails::

        levels: [{level: 1, criteria: ...}]
    """
    del ctx
    if plan.crisis is None:
        return
    for i, level in enumerate(plan.crisis.levels):
        if level.first_response_hours is None:
            yield absent(
                ("crisis", "levels", i),
                _("crisis level {level} has no time for the first response").format(
                    level=level.level
                ),
                _("add first_response_hours (for example 2) to this level"),
            )


def check_monitoring_activity(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CRI-004: the crisis section names no information-monitoring activity.

    ``crisis.monitoring_activity`` must name an activity of type ``theo_doi_thong_tin``. Points
    at ``crisis`` when it is absent and at the value when the activity has another type; a
    missing activity is left to REF-003. Silent when there is no ``crisis`` section.

    Passes::

        activities: [{id: a9, type: theo_doi_thong_tin, ...}]
        crisis: {monitoring_activity: a9}

    Fails::

        activities: [{id: a9, type: hop_bao, ...}]
        crisis: {monitoring_activity: a9}
    """
    del ctx
    crisis = plan.crisis
    if crisis is None:
        return
    hint = _(
        "set crisis.monitoring_activity to the id of an activity with type: theo_doi_thong_tin"
    )
    if crisis.monitoring_activity is None:
        yield absent(
            ("crisis", "monitoring_activity"),
            _("the crisis section names no activity that monitors information"),
            hint,
        )
        return
    types = {a.id: a.type for a in plan.activities}
    kind = types.get(crisis.monitoring_activity)
    if kind is not None and kind != "theo_doi_thong_tin":
        yield Finding(
            ("crisis", "monitoring_activity"),
            _("the monitoring activity '{id}' is of type '{type}', not '{expected}'").format(
                id=crisis.monitoring_activity,
                type=label("activity_type", kind),
                expected=label("activity_type", "theo_doi_thong_tin"),
            ),
            hint,
        )


W = Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule(
        "CRI-001",
        W,
        "no crisis section (nor xu_ly_khung_hoang task), or one lacking scenario, levels or team",
        check_crisis_plan,
        profile_driven=True,
    ),
    Rule(
        "CRI-002",
        W,
        "no approved holding statement covering known_facts, actions and next_update",
        check_holding_statement,
    ),
    Rule("CRI-003", W, "a crisis level without first_response_hours", check_first_response),
    Rule(
        "CRI-004",
        W,
        "no monitoring_activity of type theo_doi_thong_tin",
        check_monitoring_activity,
    ),
)
