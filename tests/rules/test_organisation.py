"""ORG-001 to ORG-008: table-driven over small plans, asserting line and column."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from commplan.rules import organisation as org
from commplan.rules import staffing as staff
from commplan.rules.base import CheckFn, RuleContext
from tests.helpers import BASE_LINES, load_plan, positions

TOP = (1 - BASE_LINES, 1)
"""Where a finding about an absent top-level section points (1:1 of the file)."""

PLAN = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong, dedicated: true}
  - {id: ubnd, name: UBND tỉnh, kind: co_quan_chu_tri}
activities:
  - {id: a1, title: Họp báo, type: hop_bao, owner: stttt, start: tháng 1/2022, end: tháng 1/2022}
"""
"""Lines 1-5 of every snippet below; line 6 is the first line a case adds."""

STAFF_OK = """\
staff:
  - {id: s1, name: Trần Thị B, unit: stttt, roles: [dau_moi], contact: {phone: "0912345678"}}
"""

ROLES = "staff:\n  - {{id: s1, name: Trần Thị B, unit: stttt, roles: [{roles}]}}\n"
TRAININGS = (
    "staff:\n  - {{id: s1, name: Trần Thị B, unit: stttt, trainings: [{{topic: {topic}}}]}}\n"
)
CRISIS = "crisis: {scenarios: [{id: k1, description: Tin sai, likelihood: cao, impact: cao}]}\n"

CASES = [
    # ORG-001: focal point
    pytest.param(
        org.check_focal_point,
        STAFF_OK + "focal_point: {staff: s1, liaison_with: ubnd}\n",
        [],
        id="org001-reachable-focal-point",
    ),
    pytest.param(
        org.check_focal_point,
        "staff:\n  - {id: s1, name: B, unit: stttt, roles: [dau_moi], contact: {email: b@x.vn}}\n"
        "focal_point: {staff: s1, liaison_with: ubnd}\n",
        [],
        id="org001-email-is-enough",
    ),
    pytest.param(org.check_focal_point, STAFF_OK, [TOP], id="org001-no-focal-point"),
    pytest.param(
        org.check_focal_point,
        "staff:\n"
        "  - {id: s1, name: B, unit: stttt, roles: [can_bo_truyen_thong], contact: {phone: '1'}}\n"
        "focal_point: {staff: s1, liaison_with: ubnd}\n",
        [(8, 22)],
        id="org001-not-dau-moi",
    ),
    pytest.param(
        org.check_focal_point,
        "staff:\n  - {id: s1, name: B, unit: stttt, roles: [dau_moi], contact: {}}\n"
        "focal_point:\n  liaison_with: ubnd\n  staff: s1\n",
        [(10, 10)],
        id="org001-no-phone-or-email",
    ),
    pytest.param(
        org.check_focal_point,
        "staff:\n  - {id: s1, name: B, unit: stttt}\n"
        "focal_point: {staff: s1, liaison_with: ubnd}\n",
        [(8, 22), (8, 22)],
        id="org001-neither-role-nor-contact",
    ),
    pytest.param(
        org.check_focal_point,
        STAFF_OK + "focal_point: {staff: s9, liaison_with: ubnd}\n",
        [],
        id="org001-dangling-staff-skipped",
    ),
    # ORG-002: a communication unit owns an activity
    pytest.param(org.check_comms_unit, "", [], id="org002-comms-unit-owns-a1"),
    pytest.param(
        org.check_comms_unit,
        "  - {id: a2, title: T, type: khac, owner: ubnd, start: tháng 1/2022, end: tháng 1/2022}\n",
        [],
        id="org002-other-owners-too",
    ),
    # ORG-003: a dedicated unit
    pytest.param(staff.check_dedicated_unit, "", [], id="org003-dedicated"),
    # ORG-004: trained in policy communication
    pytest.param(
        staff.check_policy_training,
        TRAININGS.format(topic="truyen_thong_chinh_sach"),
        [],
        id="org004-trained",
    ),
    pytest.param(
        staff.check_policy_training,
        TRAININGS.format(topic="phat_ngon"),
        [(6, 1)],
        id="org004-other-training",
    ),
    pytest.param(staff.check_policy_training, "", [TOP], id="org004-no-staff-section"),
    # ORG-005: crisis capability
    pytest.param(
        staff.check_crisis_capability,
        TRAININGS.format(topic="xu_ly_khung_hoang") + CRISIS,
        [],
        id="org005-trained-and-crisis",
    ),
    pytest.param(
        staff.check_crisis_capability,
        TRAININGS.format(topic="truyen_thong_chinh_sach") + CRISIS,
        [(6, 1)],
        id="org005-nobody-trained",
    ),
    pytest.param(
        staff.check_crisis_capability,
        TRAININGS.format(topic="xu_ly_khung_hoang"),
        [TOP],
        id="org005-no-crisis-section",
    ),
    pytest.param(
        staff.check_crisis_capability, "", [TOP, TOP], id="org005-neither-staff-nor-crisis"
    ),
    # ORG-007, ORG-008: roles
    pytest.param(
        staff.check_spokesperson, ROLES.format(roles="dau_moi, nguoi_phat_ngon"), [], id="org007-ok"
    ),
    pytest.param(
        staff.check_spokesperson, ROLES.format(roles="dau_moi"), [(6, 1)], id="org007-missing"
    ),
    pytest.param(staff.check_spokesperson, "", [TOP], id="org007-no-staff-section"),
    pytest.param(
        staff.check_leader_in_charge,
        ROLES.format(roles="lanh_dao_phu_trach"),
        [],
        id="org008-ok",
    ),
    pytest.param(
        staff.check_leader_in_charge,
        ROLES.format(roles="nguoi_phat_ngon"),
        [(6, 1)],
        id="org008-missing",
    ),
]


@pytest.mark.parametrize(("check", "snippet", "expected"), CASES)
def test_organisation_rules(check: CheckFn, snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(PLAN + snippet, check) == expected


def test_org_002_no_comms_unit_points_at_units() -> None:
    snippet = PLAN.replace("don_vi_truyen_thong", "co_quan_phoi_hop")
    assert positions(snippet, org.check_comms_unit) == [(1, 1)]


def test_org_002_comms_unit_that_owns_nothing() -> None:
    snippet = PLAN.replace("owner: stttt", "owner: ubnd")
    assert positions(snippet, org.check_comms_unit) == [(1, 1)]


def test_org_002_dangling_owner_counts_for_no_unit() -> None:
    snippet = PLAN.replace("owner: stttt", "owner: sttt")
    assert positions(snippet, org.check_comms_unit) == [(1, 1)]


def test_org_003_no_dedicated_unit_points_at_units() -> None:
    snippet = PLAN.replace(", dedicated: true", "")
    assert positions(snippet, staff.check_dedicated_unit) == [(1, 1)]


DEADLINE = {"deadline": datetime.date(2022, 6, 30)}
FOCAL = "focal_point: {{staff: s1, liaison_with: ubnd, designated_on: {on}}}\n"


@pytest.mark.parametrize(
    ("designated_on", "params", "expected"),
    [
        pytest.param("30/6/2022", DEADLINE, [], id="on-the-deadline"),
        pytest.param("01/7/2022", DEADLINE, [(6, 61)], id="a-day-after"),
        pytest.param("Quý II/2022", DEADLINE, [], id="quarter-ends-on-deadline"),
        pytest.param("tháng 7/2022", DEADLINE, [(6, 61)], id="month-after"),
        pytest.param("2022-07-01", {"deadline": "2022-06-30"}, [(6, 61)], id="iso-text-param"),
        pytest.param("2022-06-30", {"deadline": "30/6/2022"}, [], id="vietnamese-text-param"),
        pytest.param(
            "2022-07-01",
            {"deadline": datetime.datetime(2022, 6, 30, 17, 0)},
            [(6, 61)],
            id="datetime-param",
        ),
        pytest.param("năm 2030", {}, [], id="no-deadline-no-finding"),
        pytest.param("năm 2030", {"deadline": None}, [], id="null-deadline-no-finding"),
    ],
)
def test_org_006_deadline(
    designated_on: str, params: dict[str, Any], expected: list[tuple[int, int]]
) -> None:
    snippet = PLAN + FOCAL.format(on=designated_on)
    found = positions(snippet, org.check_focal_point_deadline, params=params, profile="p")
    assert found == expected


def test_org_006_without_designation_date_finds_nothing() -> None:
    snippet = PLAN + "focal_point: {staff: s1, liaison_with: ubnd}\n"
    assert positions(snippet, org.check_focal_point_deadline, params=DEADLINE) == []


def test_org_006_names_the_profile_and_the_deadline() -> None:
    plan, _index = load_plan(PLAN + FOCAL.format(on="01/7/2022"))
    ctx = RuleContext(DEADLINE, "cv-btttt-2022")
    (finding,) = org.check_focal_point_deadline(plan, ctx)
    assert "cv-btttt-2022" in finding.message
    assert "30/6/2022" in finding.message


@pytest.mark.parametrize("bad", ["not a date", 20220630])
def test_org_006_rejects_a_broken_parameter(bad: object) -> None:
    plan, _index = load_plan(PLAN + FOCAL.format(on="01/7/2022"))
    with pytest.raises(ValueError, match="deadline"):
        list(org.check_focal_point_deadline(plan, RuleContext({"deadline": bad}, "p")))


def test_rules_tuple_is_in_catalogue_order() -> None:
    rules = sorted((*org.RULES, *staff.RULES), key=lambda r: r.id)
    assert [r.id for r in rules] == [f"ORG-00{n}" for n in range(1, 9)]
    assert all(r.profile_driven and r.check is not None for r in rules)
    assert all("Passes::" in r.doc and "Fails::" in r.doc for r in rules)
