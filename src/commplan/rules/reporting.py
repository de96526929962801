"""Reporting and evaluation: REP-001, REP-002, EVAL-001 to EVAL-003.

REP-001 is driven by a profile (the seed dispatch, point 4, asks for a report to the ministry
by a deadline); the others are always on. Recipients, deadlines and profile windows are
parameters from the profile files, never constants here.

An item whose reference dangles (a report to a missing unit) is skipped: it neither satisfies
nor breaks a rule, and REF-002 reports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any, Final

from commplan.i18n import _
from commplan.model.codes import label
from commplan.model.plan import Objective, Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import absent, param_date
from commplan.source.diagnostics import Severity
from commplan.vn.dates import DateExpr
from commplan.vn.formats import short_date

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


EVALUATION_TASKS: Final = frozenset({"danh_gia_tac_dong", "khao_sat_du_luan"})


def check_evaluation(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REP-002: the plan says nothing about evaluating its results.

    Reported at ``reporting``, or 1:1 when there is no ``reporting`` section. A task of type
    ``danh_gia_tac_dong`` or ``khao_sat_du_luan`` answers it too: published plans write the
    evaluation as a task ("đánh giá hiệu quả công tác truyền thông"), not as a framework
    (re-judged against PUBLISHED-PLANS.md; before, only ``reporting.evaluation`` counted).

    Passes::

        reporting: {evaluation: {framework: amec, schedule: Quý IV/2022}}
        # or
        activities: [{id: a9, type: danh_gia_tac_dong, ...}]

    Fails::

        reporting: {reports: [...]}
    """
    del ctx
    evaluated = any(a.type in EVALUATION_TASKS for a in plan.activities)
    if (plan.reporting is None or plan.reporting.evaluation is None) and not evaluated:
        yield absent(
            ("reporting", "evaluation"),
            _("the plan does not say how its results will be evaluated"),
            _("add reporting.evaluation with a framework (amec, gcs, khac) and a schedule"),
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


W, E = Severity.WARNING, Severity.ERROR

RULES: tuple[Rule, ...] = (
    Rule(
        "REP-001",
        E,
        "no report to the profile's recipient due by the profile's deadline",
        check_ministry_report,
        profile_driven=True,
        params=("deadline", "recipient_names"),
    ),
    Rule(
        "REP-002",
        W,
        "no evaluation (reporting.evaluation, or an evaluation task)",
        check_evaluation,
    ),
    Rule(
        "EVAL-001",
        W,
        "an objective without a KPI that has a target and a due date",
        check_objective_kpis,
    ),
    Rule("EVAL-002", W, "every objective is at level output", check_objective_levels),
    Rule("EVAL-003", W, "a KPI measures an advertising value equivalent (AVE)", check_ave),
)
