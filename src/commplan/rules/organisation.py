"""Organisation and staff: ORG-001 to ORG-008 (driven by profiles).

The seed dispatch (point 1) asks for a dedicated communication unit, trained staff, a focal
point who liaises with the ministry, and a crisis capability; Chỉ thị 07/CT-TTg and Nghị định
09/2017/NĐ-CP add a spokesperson and a leader in charge.

A check follows only the references it needs; an item whose reference dangles is skipped
(REF-002/REF-003 report it), so the check never guesses what the plan meant.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any, Final

from commplan.i18n import _
from commplan.model.codes import label
from commplan.model.plan import Activity, Plan, Staff
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path
from commplan.vn.dates import DateError, parse_date
from commplan.vn.formats import short_date


def param_date(params: Mapping[str, Any], name: str) -> date | None:
    """A date parameter of a profile, or None when the profile does not set it.

    The profile loader may hand over a ``datetime.date`` or the text of the YAML file
    (``2022-06-30`` or ``30/6/2022``); both mean the same day.

    Args:
        params: The rule's parameters (``ctx.params``).
        name: The parameter, e.g. ``deadline``.

    Returns:
        The day, or None when the parameter is absent or null.

    Raises:
        ValueError: The parameter is neither a date nor the text of one (a broken profile).
    """
    value = params.get(name)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except DateError as exc:
            raise ValueError(f"profile parameter {name!r}: {exc}") from None
    raise ValueError(f"profile parameter {name!r} must be a date, not {type(value).__name__}")


def absent(path: Path, message: str, hint: str) -> Finding:
    """A finding about something missing from the list or section at ``path``.

    It points at that list's or section's key, at the nearest enclosing key that is written,
    or at 1:1 when the whole section is absent.
    """
    return Finding(path, message, hint, at="container")


def _staff_by_id(plan: Plan) -> dict[str, Staff]:
    return {member.id: member for member in plan.staff}


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


def check_focal_point(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-001: no focal point, or its staff member is not a reachable ``dau_moi``.

    The staff member named in ``focal_point.staff`` must have the role ``dau_moi`` and a phone
    number or an e-mail address. A focal point whose staff member does not exist is left to
    REF-003. A focal **agency** (``focal_point: {unit: stttt}``, "cơ quan đầu mối") answers the
    dispatch's "cử cơ quan, nhân sự đầu mối" as well: published plans name an agency, never a
    person (re-judged against PUBLISHED-PLANS.md §9), so it passes without staff.

    Passes::

        staff:
          - id: s1
            name: Trần Thị B
            unit: stttt
            roles: [dau_moi]
            contact: {phone: "0912345678"}
        focal_point: {staff: s1, liaison_with: btttt}

    Fails::

        staff:
          - {id: s1, name: Trần Thị B, unit: stttt, roles: [can_bo_truyen_thong]}
        focal_point: {staff: s1, liaison_with: btttt}
    """
    del ctx
    if plan.focal_point is None:
        yield absent(
            ("focal_point",),
            _("the plan names no focal point (đầu mối) for liaison"),
            _(
                "add focal_point: with unit (the id of the focal agency) or staff (the id of a"
                " staff member with the dau_moi role), and liaison_with and designated_on"
            ),
        )
        return
    if plan.focal_point.staff is None:
        return
    member = _staff_by_id(plan).get(plan.focal_point.staff)
    if member is None:
        return
    yield from _focal_point_problems(member)


def _focal_point_problems(member: Staff) -> Iterator[Finding]:
    path = ("focal_point", "staff")
    if "dau_moi" not in member.roles:
        yield Finding(
            path,
            _("the focal point '{id}' does not have the role '{role}'").format(
                id=member.id, role=label("role", "dau_moi")
            ),
            _("add dau_moi to the roles of staff member '{id}'").format(id=member.id),
        )
    contact = member.contact
    if contact is None or (contact.phone is None and contact.email is None):
        yield Finding(
            path,
            _("the focal point '{id}' has neither a phone number nor an e-mail address").format(
                id=member.id
            ),
            _("add contact: {{phone: ..., email: ...}} to staff member '{id}'").format(
                id=member.id
            ),
        )


def check_comms_unit(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-002: no unit of kind ``don_vi_truyen_thong`` owns an activity.

    Reported at ``units``. An activity whose owner does not exist counts for no unit.

    Passes::

        units: [{id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}]
        activities: [{id: a1, owner: stttt, ...}]

    Fails::

        units: [{id: ubnd, name: UBND tỉnh, kind: co_quan_chu_tri}]
        activities: [{id: a1, owner: ubnd, ...}]
    """
    del ctx
    comms = {u.id for u in plan.units if u.kind == "don_vi_truyen_thong"}
    if any(a.owner in comms for a in plan.activities):
        return
    kind = label("unit_kind", "don_vi_truyen_thong")
    message = (
        _("no unit of kind '{kind}' owns an activity").format(kind=kind)
        if comms
        else _("the plan has no unit of kind '{kind}'").format(kind=kind)
    )
    yield absent(
        ("units",),
        message,
        _("add a unit with kind: don_vi_truyen_thong and make it the owner of an activity"),
    )


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


def check_focal_point_deadline(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-006: the focal point is designated after the profile's ``deadline``.

    Compares the last day of ``focal_point.designated_on`` (``Quý II/2022`` ends on 30/6/2022)
    with the parameter ``deadline``. Finds nothing when the profile sets no deadline or the plan
    gives no designation date.

    Passes::

        # profile cv-btttt-2022, deadline 2022-06-30
        focal_point: {staff: s1, liaison_with: btttt, designated_on: 30/6/2022}

    Fails::

        focal_point: {staff: s1, liaison_with: btttt, designated_on: tháng 7/2022}
    """
    deadline = param_date(ctx.params, "deadline")
    focal = plan.focal_point
    if deadline is None or focal is None or focal.designated_on is None:
        return
    if focal.designated_on.last > deadline:
        yield Finding(
            ("focal_point", "designated_on"),
            _(
                "the focal point is designated on {date}, after the deadline {deadline}"
                " set by profile '{profile}'"
            ).format(
                date=focal.designated_on.text,
                deadline=short_date(deadline),
                profile=ctx.profile or "-",
            ),
            _(
                "designate the focal point by {deadline} and write that date in designated_on"
            ).format(deadline=short_date(deadline)),
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
DEADLINE: Final = ("deadline",)

RULES: tuple[Rule, ...] = (
    Rule(
        "ORG-001",
        E,
        "no focal point, or the focal point lacks the dau_moi role or a phone or e-mail",
        check_focal_point,
        profile_driven=True,
    ),
    Rule(
        "ORG-002",
        E,
        "no unit of kind don_vi_truyen_thong owns an activity",
        check_comms_unit,
        profile_driven=True,
    ),
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
        "no staff member trained in truyen_thong_chinh_sach",
        check_policy_training,
        profile_driven=True,
        params=DEADLINE,
    ),
    Rule(
        "ORG-005",
        E,
        "no staff member trained in xu_ly_khung_hoang, or no crisis section",
        check_crisis_capability,
        profile_driven=True,
        params=DEADLINE,
    ),
    Rule(
        "ORG-006",
        E,
        "the focal point is designated after the profile's deadline",
        check_focal_point_deadline,
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
        "no staff member with the lanh_dao_phu_trach role",
        check_leader_in_charge,
        profile_driven=True,
        params=DEADLINE,
    ),
)
