"""Process and audiences: PROC-*, PHASE-*, AUD-001 (driven by profiles).

The seed dispatch (point 2) wants communication units to review draft policies and plans that
run from preparing a policy through implementing it; point 3 names the budget categories to
fund. Quyết định 407/QĐ-TTg adds, for large-impact draft policies, communication both while
consulting and when the policy is adopted, and a way to receive feedback. The budget
categories of point 3 are in ``categories``.

An activity whose ``phase`` does not exist is skipped (REF-003 reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from commplan.i18n import _
from commplan.model.codes import DRAFTING_PHASES, IMPLEMENTATION_PHASES, codes
from commplan.model.plan import Activity, Plan, Policy
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import absent
from commplan.source.diagnostics import Severity

PHASE_ORDER: Final = codes("phase_kind")
CONSULTATION_PHASES: Final = frozenset({"lay_y_kien", "lap_de_xuat"})
"""Phases in which QĐ 407 wants a draft policy communicated while it is consulted on."""
ADOPTION_PHASES: Final = frozenset({"trinh_thong_qua", "ban_hanh"})
"""Phases in which QĐ 407 wants it communicated when it is adopted."""


def _codes(kinds: frozenset[str]) -> str:
    """Phase codes in policy-cycle order, for hints: ``lap_de_xuat or lay_y_kien``."""
    return _(" or ").join(code for code in PHASE_ORDER if code in kinds)


def _phased(plan: Plan) -> Iterator[tuple[Activity, str]]:
    """Each activity with the kind of its phase; activities without a known phase are left out."""
    kinds = {p.id: p.kind for p in plan.phases}
    for activity in plan.activities:
        if activity.phase is not None and activity.phase in kinds:
            yield activity, kinds[activity.phase]


DRAFTING_STAGES: Final = frozenset({"xay_dung", "ca_hai"})
IMPLEMENTATION_STAGES: Final = frozenset({"thuc_thi", "ca_hai"})


def staged(plan: Plan) -> Iterator[tuple[Activity, str | None]]:
    """Each activity with its ``stage``: its own, else its task group's, else None.

    A plan without ``phases`` says with stages when a task happens in the policy cycle
    (PLAN-MODEL.md, "Forms that published plans use"); a task's own stage wins.
    """
    groups = {g.id: g.stage for g in plan.task_groups}
    for activity in plan.activities:
        yield activity, activity.stage or groups.get(activity.group or "")


def check_drafts_reviewed(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PROC-001: ``governance.comms_unit_reviews_drafts`` is not true.

    Points at the value when it is written as ``false``, otherwise at ``governance`` (or 1:1
    when there is no ``governance`` section). Re-judged and kept: the dispatch (point 2) asks to
    amend the working rules, which no task stands for; a plan states it with
    ``governance.document`` (the procedure it sets) and this flag.

    Passes::

        governance: {comms_unit_reviews_drafts: true}

    Fails::

        governance: {working_rules_amended: true}
    """
    del ctx
    governance = plan.governance
    if governance is not None and governance.comms_unit_reviews_drafts:
        return
    path = ("governance", "comms_unit_reviews_drafts")
    message = _("the communication unit is not given a role in reviewing draft policies")
    hint = _(
        "amend the working rules so the communication unit reviews drafts, then write"
        " governance: {comms_unit_reviews_drafts: true}"
    )
    if governance is not None and "comms_unit_reviews_drafts" in governance.model_fields_set:
        yield Finding(path, message, hint)
    else:
        yield absent(path, message, hint)


def check_draft_review_activity(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PROC-002: no ``phan_bien_du_thao`` activity in a drafting-group phase.

    The drafting group is ``hoach_dinh`` to ``trinh_thong_qua``. A plan without ``phases``
    places its tasks with ``stage`` (on the task or its group): there a
    ``phan_bien_du_thao`` activity counts unless its stage is ``thuc_thi`` (re-judged: published
    plans have no phases, and a review task of theirs is a drafting-stage task by nature).
    Reported at ``activities``.

    Passes::

        phases: [{id: p1, kind: soan_thao, ...}]
        activities: [{id: a1, type: phan_bien_du_thao, phase: p1, ...}]

    Fails::

        phases: [{id: p1, kind: thuc_thi, ...}]
        activities: [{id: a1, type: phan_bien_du_thao, phase: p1, ...}]
    """
    del ctx
    if plan.phases:
        found = any(
            a.type == "phan_bien_du_thao" and kind in DRAFTING_PHASES for a, kind in _phased(plan)
        )
    else:
        found = any(a.type == "phan_bien_du_thao" and st != "thuc_thi" for a, st in staged(plan))
    if not found:
        yield absent(
            ("activities",),
            _("no activity has the communication unit review draft policies"),
            _("add an activity with type: phan_bien_du_thao in a phase of kind {codes}").format(
                codes=_codes(DRAFTING_PHASES)
            ),
        )


def check_policy_cycle(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PHASE-001: the plan does not run from preparing the policy through implementing it.

    One finding at ``activities`` when no activity is in a drafting-group phase
    (``hoach_dinh`` to ``trinh_thong_qua``), one when none is in an implementation-group phase
    (``ban_hanh``, ``thuc_thi``, ``danh_gia``). A plan without ``phases`` is read by the
    ``stage`` of its tasks and task groups (``xay_dung``, ``thuc_thi``, ``ca_hai`` = both), the
    way published plans, which have no phases, say when a task happens (re-judged against
    PUBLISHED-PLANS.md §6); with neither phases nor stages it gets a single finding there.

    Passes::

        phases: [{id: p1, kind: soan_thao, ...}, {id: p2, kind: thuc_thi, ...}]
        activities: [{id: a1, phase: p1, ...}, {id: a2, phase: p2, ...}]

    Fails::

        phases: [{id: p2, kind: thuc_thi, ...}]
        activities: [{id: a2, phase: p2, ...}]
    """
    del ctx
    if not plan.phases:
        yield from _stage_cycle(plan)
        return
    kinds = {kind for _activity, kind in _phased(plan)}
    if not kinds & DRAFTING_PHASES:
        yield _no_activity_in(_("no activity is in a drafting phase"), DRAFTING_PHASES)
    if not kinds & IMPLEMENTATION_PHASES:
        yield _no_activity_in(_("no activity is in an implementation phase"), IMPLEMENTATION_PHASES)


def _stage_cycle(plan: Plan) -> Iterator[Finding]:
    stages = {stage for _activity, stage in staged(plan) if stage is not None}
    if not stages:
        yield absent(
            ("activities",),
            _(
                "the plan has no phases, so it does not show communication from drafting through"
                " implementation"
            ),
            _(
                "add phases (a drafting kind such as soan_thao and an implementation kind such as"
                " thuc_thi) and set phase: on each activity, or set stage: (xay_dung, thuc_thi,"
                " ca_hai) on the task groups or tasks"
            ),
        )
        return
    if not stages & DRAFTING_STAGES:
        yield absent(
            ("activities",),
            _("no activity is in a drafting phase"),
            _("set stage: xay_dung (or ca_hai) on a task or task group"),
        )
    if not stages & IMPLEMENTATION_STAGES:
        yield absent(
            ("activities",),
            _("no activity is in an implementation phase"),
            _("set stage: thuc_thi (or ca_hai) on a task or task group"),
        )


def _no_activity_in(message: str, group: frozenset[str]) -> Finding:
    return absent(
        ("activities",),
        message,
        _("add an activity in a phase of kind {codes}").format(codes=_codes(group)),
    )


def check_large_impact_policies(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PHASE-002: a large-impact draft policy is not communicated both when consulted and adopted.

    For each policy in scope of QĐ 407 (see ``Policy.in_scope_407``) there must be activities
    with ``policy:`` set to it in a ``lay_y_kien`` or ``lap_de_xuat`` phase and in a
    ``trinh_thong_qua`` or ``ban_hanh`` phase. One finding per missing stage, at the policy's id.
    Re-judged and kept: a plan about one draft policy follows its procedure step by step, so
    phases are the plan's real shape here (published annual plans carry no ``policies``).

    Passes::

        policies: [{id: cs1, large_impact: {requires_proposal: true, ...}, ...}]
        activities:
          - {id: a1, policy: cs1, phase: p_lay_y_kien, ...}
          - {id: a2, policy: cs1, phase: p_ban_hanh, ...}

    Fails::

        activities:
          - {id: a1, policy: cs1, phase: p_lay_y_kien, ...}
    """
    del ctx
    kinds_by_policy: dict[str, set[str]] = {}
    for activity, kind in _phased(plan):
        if activity.policy is not None:
            kinds_by_policy.setdefault(activity.policy, set()).add(kind)
    for i, policy in enumerate(plan.policies):
        if policy.in_scope_407:
            yield from _policy_stages(i, policy, kinds_by_policy.get(policy.id, set()))


def _policy_stages(index: int, policy: Policy, kinds: set[str]) -> Iterator[Finding]:
    path = ("policies", index, "id")
    hint = _("add an activity with policy: {id} and a phase of kind {codes}")
    if not kinds & CONSULTATION_PHASES:
        yield Finding(
            path,
            _(
                "the large-impact draft policy '{id}' is not communicated while it is consulted on"
            ).format(id=policy.id),
            hint.format(id=policy.id, codes=_codes(CONSULTATION_PHASES)),
        )
    if not kinds & ADOPTION_PHASES:
        yield Finding(
            path,
            _("the large-impact draft policy '{id}' is not communicated when it is adopted").format(
                id=policy.id
            ),
            hint.format(id=policy.id, codes=_codes(ADOPTION_PHASES)),
        )


def check_feedback_activity(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PHASE-003: a plan about draft policies has no ``tiep_nhan_phan_hoi`` activity.

    Passes::

        policies: [{id: cs1, ...}]
        activities: [{id: a1, type: tiep_nhan_phan_hoi, ...}]

    Fails::

        policies: [{id: cs1, ...}]
        activities: [{id: a1, type: hop_bao, ...}]
    """
    del ctx
    if plan.policies and not any(a.type == "tiep_nhan_phan_hoi" for a in plan.activities):
        yield absent(
            ("activities",),
            _("no activity receives and answers feedback on the draft policies"),
            _("add an activity with type: tiep_nhan_phan_hoi"),
        )


def check_affected_audience(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """AUD-001: a plan about draft policies has no directly affected audience.

    Reported at ``audiences``, or 1:1 when there is no ``audiences`` list.

    Passes::

        policies: [{id: cs1, ...}]
        audiences: [{id: dn, name: Doanh nghiệp, kind: doanh_nghiep, directly_affected: true}]

    Fails::

        policies: [{id: cs1, ...}]
        audiences: [{id: dn, name: Doanh nghiệp, kind: doanh_nghiep}]
    """
    del ctx
    if plan.policies and not any(a.directly_affected for a in plan.audiences):
        yield absent(
            ("audiences",),
            _("no audience is marked as directly affected by the draft policies"),
            _("set directly_affected: true on the audiences the policies act on"),
        )


W, E = Severity.WARNING, Severity.ERROR

RULES: tuple[Rule, ...] = (
    Rule(
        "PROC-001",
        W,
        "governance.comms_unit_reviews_drafts is not true",
        check_drafts_reviewed,
        profile_driven=True,
    ),
    Rule(
        "PROC-002",
        W,
        "no phan_bien_du_thao activity in a drafting-group phase",
        check_draft_review_activity,
        profile_driven=True,
    ),
    Rule(
        "PHASE-001",
        E,
        "no activity in a drafting-group phase, or none in an implementation-group phase",
        check_policy_cycle,
        profile_driven=True,
    ),
    Rule(
        "PHASE-002",
        W,
        "a QĐ 407 policy has no activity when it is consulted on, or none when adopted",
        check_large_impact_policies,
        profile_driven=True,
    ),
    Rule(
        "PHASE-003",
        W,
        "a plan with policies has no tiep_nhan_phan_hoi activity",
        check_feedback_activity,
        profile_driven=True,
    ),
    Rule(
        "AUD-001",
        W,
        "a plan with policies has no directly affected audience",
        check_affected_audience,
        profile_driven=True,
    ),
)
