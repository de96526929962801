"""Organisation: ORG-001, ORG-002, ORG-006 (driven by profiles); staff are in ``staffing``.

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
from commplan.model.plan import Plan, Staff
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
    Re-judged against published plans and kept: they name the Sở TT&TT (or a ministry's
    information centre) as the lead of their tasks.

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


def check_focal_point_deadline(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """ORG-006: the focal point is designated after the profile's ``deadline``.

    Compares the last day of ``focal_point.designated_on`` (``Quý II/2022`` ends on 30/6/2022)
    with the parameter ``deadline``. Finds nothing when the profile sets no deadline or the plan
    gives no designation date. Re-judged and kept: published plans give no designation date,
    so the rule is silent on them.

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


E, W = Severity.ERROR, Severity.WARNING
DEADLINE: Final = ("deadline",)
"""The parameter of the rules whose request has a deadline (cv-btttt-2022: Quý II/2022)."""

RULES: tuple[Rule, ...] = (
    Rule(
        "ORG-001",
        E,
        "no focal agency or person, or the focal person lacks the dau_moi role or a contact",
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
        "ORG-006",
        E,
        "the focal point is designated after the profile's deadline",
        check_focal_point_deadline,
        profile_driven=True,
        params=DEADLINE,
    ),
)
