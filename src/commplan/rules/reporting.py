"""Reporting, evaluation, crisis, document, profile window: REP, EVAL, CRI, DOC-001/002, PROF-001.

REP-001 is driven by a profile (the seed dispatch, point 4, asks for a report to the ministry
by a deadline); the others are always on. Recipients, deadlines and profile windows are
parameters from the profile files, never constants here.

An item whose reference dangles (a report to a missing unit, a crisis level escalating to a
missing staff member) is skipped: it neither satisfies nor breaks a rule, and REF-002/REF-003
report it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Final

from commplan.dates import DateExpr
from commplan.diagnostics import Severity
from commplan.i18n import _
from commplan.model.codes import label
from commplan.model.plan import Crisis, CrisisLevel, Objective, Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import absent, param_date
from commplan.vnformat import short_date

STATEMENT_COVERS: Final = ("known_facts", "actions", "next_update")
"""What an approved holding statement must cover (CRI-002)."""
CRISIS_ROLES: Final = ("truong_nhom", "nguoi_phat_ngon")
"""Roles the crisis team must fill (CRI-001)."""
MIN_ESCALATION_LEVELS: Final = 2
_AVE_WORD = re.compile(r"\baves?\b")
_AVE_PHRASES: Final = ("advertising value equivalent", "giá trị quảng cáo tương đương")


def _clean(text: str) -> str:
    """NFC, case folding and single spaces: how unit names are compared."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _param_names(params: Mapping[str, Any]) -> list[str]:
    value = params.get("recipient_names")
    if value is None:
        return []
    # A profile written by hand may give one name instead of a list.
    return [value] if isinstance(value, str) else [str(name) for name in value]


def _matching_units(plan: Plan, names: list[str]) -> list[str]:
    wanted = {_clean(name) for name in names}
    return [
        u.id
        for u in plan.units
        if _clean(u.name) in wanted or (u.short_name is not None and _clean(u.short_name) in wanted)
    ]


def _reports(plan: Plan) -> Iterator[tuple[str, DateExpr]]:
    """Every report as (recipient unit id, due date): reports and ``bao_cao`` milestones."""
    if plan.reporting is not None:
        for report in plan.reporting.reports:
            yield report.recipient, report.due
    for milestone in plan.milestones:
        if milestone.kind == "bao_cao" and milestone.recipient is not None:
            yield milestone.recipient, milestone.date


def check_ministry_report(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REP-001: no report to the profile's recipient due on or before the profile's deadline.

    Reads the parameters ``deadline`` and ``recipient_names``; finds nothing when the profile
    does not set both. A unit is the recipient when its ``name`` or ``short_name`` equals one of
    the names after NFC, case folding and collapsing spaces. Reports in ``reporting.reports``
    and milestones of kind ``bao_cao`` count; a period as due date counts by its last day
    (``tháng 3/2022`` is due on 31/3/2022). Reported at ``reporting``, or 1:1.

    Passes::

        # profile cv-btttt-2022: Bộ Thông tin và Truyền thông, by 2022-03-31
        units: [{id: btttt, name: Bộ Thông tin và Truyền thông, short_name: Bộ TT&TT, ...}]
        reporting:
          reports: [{id: r1, recipient: btttt, due: tháng 3/2022, content: Báo cáo}]

    Fails::

        reporting:
          reports: [{id: r1, recipient: btttt, due: Quý II/2022, content: Báo cáo}]
    """
    deadline = param_date(ctx.params, "deadline")
    names = _param_names(ctx.params)
    if deadline is None or not names:
        return
    targets = _matching_units(plan, names)
    if any(unit in targets and due.last <= deadline for unit, due in _reports(plan)):
        return
    when = short_date(deadline)
    recipient = targets[0] if targets else _("<id of a unit named '{name}'>").format(name=names[0])
    yield absent(
        ("reporting",),
        _("no report to {names} is due by {deadline}, as profile '{profile}' requires").format(
            names=" / ".join(names), deadline=when, profile=ctx.profile or "-"
        ),
        _(
            "add to reporting.reports a report with recipient: {recipient} and due: {deadline}"
            " or earlier"
        ).format(recipient=recipient, deadline=when),
    )


def check_evaluation(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REP-002: the plan says nothing about evaluating its results.

    Reported at ``reporting``, or 1:1 when there is no ``reporting`` section.

    Passes::

        reporting: {evaluation: {framework: amec, schedule: Quý IV/2022}}

    Fails::

        reporting: {reports: [...]}
    """
    del ctx
    if plan.reporting is None or plan.reporting.evaluation is None:
        yield absent(
            ("reporting", "evaluation"),
            _("the plan does not say how its results will be evaluated"),
            _("add reporting.evaluation: {framework: amec, schedule: <when>}"),
        )


def _measurable(objective: Objective) -> bool:
    return any(k.target is not None and k.due is not None for k in objective.kpis)


def check_objective_kpis(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """EVAL-001: an objective has no KPI with both a target and a due date.

    Reported at the objective's ``kpis`` key, or its first key when it has none.

    Passes::

        objectives:
          - id: o1
            statement: ...
            level: outcome
            kpis: [{metric: Tỷ lệ, target: 70, due: năm 2022}]

    Fails::

        objectives:
          - {id: o1, statement: ..., level: outcome, kpis: [{metric: Tỷ lệ, target: 70}]}
    """
    del ctx
    for i, objective in enumerate(plan.objectives):
        if not _measurable(objective):
            yield absent(
                ("objectives", i, "kpis"),
                _("the objective '{id}' has no KPI with a target and a due date").format(
                    id=objective.id
                ),
                _("add to kpis an item with metric, target and due"),
            )


def check_objective_levels(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """EVAL-002: every objective is at level ``output``: nothing measures change in people.

    Finds nothing when there are no objectives. Reported at ``objectives``.

    Passes::

        objectives: [{id: o1, level: output, ...}, {id: o2, level: outcome, ...}]

    Fails::

        objectives: [{id: o1, level: output, ...}]
    """
    del ctx
    if plan.objectives and all(o.level == "output" for o in plan.objectives):
        yield absent(
            ("objectives",),
            _("every objective is at level '{level}'").format(
                level=label("objective_level", "output")
            ),
            _("add an objective with level: outtake, outcome or impact"),
        )


def _is_ave(metric: str) -> bool:
    text = _clean(metric)
    return bool(_AVE_WORD.search(text)) or any(phrase in text for phrase in _AVE_PHRASES)


def check_ave(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """EVAL-003: a KPI measures advertising value equivalents (Barcelona Principle 5).

    Matches the word ``AVE`` (any case), "advertising value equivalent" and "giá trị quảng
    cáo tương đương" in ``metric``.

    Passes::

        kpis: [{metric: Tỷ lệ người dân biết chính sách, target: 70}]

    Fails::

        kpis: [{metric: Giá trị quảng cáo tương đương (AVE) của tin bài}]
    """
    del ctx
    for i, objective in enumerate(plan.objectives):
        for j, kpi in enumerate(objective.kpis):
            if _is_ave(kpi.metric):
                yield Finding(
                    ("objectives", i, "kpis", j, "metric"),
                    _("the KPI measures an advertising value equivalent (AVE)"),
                    _(
                        "measure what people learned or did instead: a survey (method: khao_sat)"
                        " or feedback received (method: phan_hoi_gop_y)"
                    ),
                )


def _staff_ids(plan: Plan) -> set[str]:
    return {member.id for member in plan.staff}


def check_crisis_plan(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CRI-001: no crisis section, or one without scenarios, escalation or a team.

    The section needs a scenario, two levels with ``escalate_to``, and a team with a
    ``truong_nhom`` and a ``nguoi_phat_ngon``. Each gap is one finding at its list (or at
    ``crisis``); a missing section is one finding at 1:1. Levels and team members naming a
    missing staff member do not count.

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


def _dangles(level: CrisisLevel, staff: set[str]) -> bool:
    return level.escalate_to is not None and level.escalate_to not in staff


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
    staff = _staff_ids(plan)
    for i, level in enumerate(plan.crisis.levels):
        if level.first_response_hours is None and not _dangles(level, staff):
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


def check_document_frame(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DOC-001: the document would render as a draft.

    ``document.symbol`` must start with ``KH-`` (a plan, Nghị định 30/2020/NĐ-CP), and
    ``place``, ``date`` and ``signer`` must be present; the missing ones are named in one
    finding at ``document``.

    Passes::

        document: {symbol: KH-UBND, place: Nam Định, date: 07/3/2022, signer: {...}, ...}

    Fails::

        document: {symbol: BC-UBND, ...}     # and no place, date or signer
    """
    del ctx
    doc = plan.document
    if not doc.symbol.startswith("KH-"):
        yield Finding(
            ("document", "symbol"),
            _("the symbol '{symbol}' does not start with 'KH-', the symbol of a plan").format(
                symbol=doc.symbol
            ),
            _("write the symbol as KH- followed by the issuer's abbreviation, e.g. KH-UBND"),
        )
    fields = {"place": doc.place, "date": doc.date, "signer": doc.signer}
    missing = [name for name, value in fields.items() if value is None]
    if missing:
        yield absent(
            ("document",),
            _("the document lacks {fields}, so it renders as a draft").format(
                fields=", ".join(missing)
            ),
            _("add {fields} to document when the plan is signed").format(fields=", ".join(missing)),
        )


def check_legal_bases(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DOC-002: the plan cites no legal basis (căn cứ).

    Reported at ``legal_bases``, or 1:1 when the list is absent.

    Passes::

        legal_bases: [Luật Báo chí ngày 05 tháng 4 năm 2016]

    Fails::

        legal_bases: []
    """
    del ctx
    if not plan.legal_bases:
        yield absent(
            ("legal_bases",),
            _("the plan cites no legal basis"),
            _("add to legal_bases the laws and documents the plan implements"),
        )


def _window_text(start: date | None, end: date | None) -> str:
    if start is not None and end is not None:
        return f"{short_date(start)}–{short_date(end)}"
    if start is not None:
        return _("from {date}").format(date=short_date(start))
    assert end is not None
    return _("until {date}").format(date=short_date(end))


def check_profile_window(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PROF-001: the plan's period lies wholly outside the window in which a profile applies.

    Reads the profile's window as the parameters ``applies_from`` and ``applies_to``; a missing
    bound is open. A period that overlaps the window is inside it (``cv-btttt-2022`` applies
    to plans whose period overlaps 2022).

    Passes::

        profiles: [cv-btttt-2022]     # applies 2022-01-01 to 2022-12-31
        period: năm 2022

    Fails::

        profiles: [cv-btttt-2022]
        period: năm 2024
    """
    start = param_date(ctx.params, "applies_from")
    end = param_date(ctx.params, "applies_to")
    if start is None and end is None:
        return
    period = plan.period
    before = end is not None and period.start.first > end
    after = start is not None and period.end.last < start
    if before or after:
        yield Finding(
            ("period",),
            _("the period lies outside {window}, when profile '{profile}' applies").format(
                window=_window_text(start, end), profile=ctx.profile or "-"
            ),
            _("check period, or remove '{profile}' from profiles").format(
                profile=ctx.profile or "-"
            ),
        )


W, E = Severity.WARNING, Severity.ERROR

RULES: tuple[Rule, ...] = (
    Rule(
        "REP-001",
        E,
        "no report to the profile's recipient due by the profile's deadline",
        check_ministry_report,
        profile_driven=True,
    ),
    Rule("REP-002", W, "no evaluation (reporting.evaluation)", check_evaluation),
    Rule(
        "EVAL-001",
        W,
        "an objective without a KPI that has a target and a due date",
        check_objective_kpis,
    ),
    Rule("EVAL-002", W, "every objective is at level output", check_objective_levels),
    Rule("EVAL-003", W, "a KPI measures an advertising value equivalent (AVE)", check_ave),
    Rule(
        "CRI-001",
        W,
        "no crisis section, or it lacks a scenario, two escalation levels or a team",
        check_crisis_plan,
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
    Rule(
        "DOC-001",
        W,
        "the symbol does not start with KH-, or place, date or signer is missing",
        check_document_frame,
    ),
    Rule("DOC-002", W, "legal_bases is empty", check_legal_bases),
    Rule(
        "PROF-001",
        W,
        "the period lies outside the window in which an active profile applies",
        check_profile_window,
    ),
)
