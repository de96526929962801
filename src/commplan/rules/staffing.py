"""Staff: ORG-003, ORG-004, ORG-005, ORG-007, ORG-008 (driven by profiles).

The seed dispatch (point 1) asks for dedicated, trained staff able to handle a communication
crisis; Chỉ thị 07/CT-TTg to assign staff in charge. Published plans answer with tasks
("bố trí, sắp xếp đội ngũ …", "bồi dưỡng, tập huấn …") rather than named people
(PUBLISHED-PLANS.md §9), so a task of the right type, done by the profile's ``deadline``,
answers these rules as well as named staff do.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from commplan.i18n import _
from commplan.model.codes import label
from commplan.model.plan import Activity, Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import DEADLINE, absent, param_date
from commplan.source.diagnostics import Severity


def _has_role(plan: Plan, role: str) -> bool:
    return any(role in member.roles for member in plan.staff)


def _has_training(plan: Plan, topic: str) -> bool:
    return any(t.topic == topic for member in plan.staff for t in member.trainings)


def staffing_task(plan: Plan, types: frozenset[str], ctx: RuleContext) -> Activity | None:
    """The first task of one of ``types`` that ends by the profile's ``deadline``, if any.

    Published plans treat staffing and training as tasks ("bố trí, sắp xếp đội ngũ …",
    "bồi dưỡng, tập huấn …") instead of naming people; such a task answers the dispatch's
    request when it is done by its deadline (any task counts when the profile sets none).
    """
    deadline = param_date(ctx.params, "deadline")
    for activity in plan.activities:
        if activity.type in types and (deadline is None or activity.end.last <= deadline):
            return activity
    return None


STAFFING: Final = frozenset({"kien_toan_doi_ngu"})
TRAINING: Final = frozenset({"tap_huan"})


def check_dedicated_unit(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-003: no dedicated (chuyên trách) communication unit, and no task to set one up.

    A ``kien_toan_doi_ngu`` task (Kiện toàn, bố trí đội ngũ) that ends by the profile's
    ``deadline`` answers the dispatch too: published plans write staffing as a task
    (re-judged against PUBLISHED-PLANS.md §9).

    Passes::

        units: [{id: ttbcxb, name: Phòng TTBCXB, kind: don_vi_truyen_thong, dedicated: true}]

    Fails::

        units: [{id: ttbcxb, name: Phòng TTBCXB, kind: don_vi_truyen_thong}]
    """
    if any(u.dedicated for u in plan.units) or staffing_task(plan, STAFFING, ctx):
        return
    yield absent(
        ("units",),
        _("no unit is a dedicated (chuyên trách) communication unit"),
        _(
            "set dedicated: true on the unit whose staff work on communication full time, or"
            " plan a task of type kien_toan_doi_ngu done by the deadline"
        ),
    )


def _missing_training(topic: str) -> Finding:
    return absent(
        ("staff",),
        _("no staff member is trained in '{topic}'").format(topic=label("training_topic", topic)),
        _("add trainings: [{{topic: {topic}}}] to a staff member who has been trained").format(
            topic=topic
        ),
    )


def check_policy_training(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-004: no staff member is trained in policy communication, and no training task.

    A ``tap_huan`` task that ends by the profile's ``deadline`` answers it as well (published
    plans name no staff; they plan "bồi dưỡng, tập huấn").

    Passes::

        staff:
          - {id: s1, name: Lê Văn C, unit: stttt, trainings: [{topic: truyen_thong_chinh_sach}]}

    Fails::

        staff:
          - {id: s1, name: Lê Văn C, unit: stttt, trainings: [{topic: phat_ngon}]}
    """
    if not _has_training(plan, "truyen_thong_chinh_sach") and not staffing_task(
        plan, TRAINING, ctx
    ):
        yield _missing_training("truyen_thong_chinh_sach")


def check_crisis_capability(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-005: no staff member trained in crisis communication, or no ``crisis`` section.

    Each gap is one finding: the first at ``staff``, the second at 1:1. A ``tap_huan`` task
    done by the profile's ``deadline`` answers the training, and a ``xu_ly_khung_hoang`` task
    the crisis capability: published plans write crisis handling as a task of managing
    information, not as a crisis section (PUBLISHED-PLANS.md §9).

    Passes::

        staff:
          - {id: s1, name: Lê Văn C, unit: stttt, trainings: [{topic: xu_ly_khung_hoang}]}
        crisis: {...}

    Fails::

        staff:
          - {id: s1, name: Lê Văn C, unit: stttt}
        # and no crisis section
    """
    if not _has_training(plan, "xu_ly_khung_hoang") and not staffing_task(plan, TRAINING, ctx):
        yield _missing_training("xu_ly_khung_hoang")
    if plan.crisis is None and not any(a.type == "xu_ly_khung_hoang" for a in plan.activities):
        yield absent(
            ("crisis",),
            _("the plan has no crisis-communication section"),
            _("add a crisis section with team, levels, scenarios and holding_statements"),
        )


def _missing_role(plan: Plan, role: str) -> Iterator[Finding]:
    if not _has_role(plan, role):
        yield absent(
            ("staff",),
            _("no staff member has the role '{role}'").format(role=label("role", role)),
            _("add {role} to the roles of the staff member who holds it").format(role=role),
        )


def check_spokesperson(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-007: no staff member is the spokesperson (``nguoi_phat_ngon``).

    Nghị định 09/2017/NĐ-CP requires each agency to name a spokesperson. No shipped profile
    switches it on: neither the 2022 dispatch nor Chỉ thị 07/CT-TTg asks a plan to name one,
    and published plans cite the spokesperson rules as a legal basis instead (re-judged
    against PUBLISHED-PLANS.md §9; before, cv-btttt-2022 and ct-07-2023 switched it on). A
    profile of your own for Nghị định 09/2017 can switch it on.

    Passes::

        staff: [{id: s1, name: Phạm D, unit: ubnd, roles: [nguoi_phat_ngon]}]

    Fails::

        staff: [{id: s1, name: Phạm D, unit: ubnd, roles: [can_bo_truyen_thong]}]
    """
    del ctx
    yield from _missing_role(plan, "nguoi_phat_ngon")


def check_leader_in_charge(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-008: no leader in charge (``lanh_dao_phu_trach``), and no task to assign one.

    Switched on by ct-07-2023 only: Chỉ thị 07/CT-TTg asks to "bố trí cán bộ phụ trách công tác
    truyền thông chính sách"; the 2022 dispatch does not (re-judged; before, cv-btttt-2022
    switched it on too). A ``kien_toan_doi_ngu`` task that ends by the profile's ``deadline``
    answers it, as published plans write staffing as a task.

    Passes::

        staff: [{id: s1, name: Phạm D, unit: ubnd, roles: [lanh_dao_phu_trach]}]

    Fails::

        staff: [{id: s1, name: Phạm D, unit: ubnd, roles: [dau_moi]}]
    """
    if not staffing_task(plan, STAFFING, ctx):
        yield from _missing_role(plan, "lanh_dao_phu_trach")


E, W = Severity.ERROR, Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule(
        "ORG-003",
        W,
        "no dedicated unit, and no kien_toan_doi_ngu task by the deadline",
        check_dedicated_unit,
        profile_driven=True,
        params=DEADLINE,
    ),
    Rule(
        "ORG-004",
        W,
        "no staff member trained in truyen_thong_chinh_sach, and no tap_huan task by the deadline",
        check_policy_training,
        profile_driven=True,
        params=DEADLINE,
    ),
    Rule(
        "ORG-005",
        E,
        "no crisis training (nor tap_huan task), or no crisis section (nor xu_ly_khung_hoang task)",
        check_crisis_capability,
        profile_driven=True,
        params=DEADLINE,
    ),
    Rule(
        "ORG-007",
        W,
        "no staff member with the nguoi_phat_ngon role",
        check_spokesperson,
        profile_driven=True,
    ),
    Rule(
        "ORG-008",
        W,
        "no staff member with the lanh_dao_phu_trach role, and no kien_toan_doi_ngu task",
        check_leader_in_charge,
        profile_driven=True,
        params=DEADLINE,
    ),
)
"""The staff rules, in catalogue order."""
