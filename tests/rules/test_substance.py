"""Rules judged against the shapes of published plans (issue 15), asserting line and column.

Published plans write staffing and training as tasks, name a focal agency, state their budget
in words, and place tasks in the policy cycle with ``stage`` rather than phases.
"""

from __future__ import annotations

from typing import Any

import pytest

from commplan.rules import categories as cat
from commplan.rules import crisis as cri
from commplan.rules import organisation as org
from commplan.rules import placeholders as ph
from commplan.rules import process as proc
from commplan.rules import reporting as rep
from commplan.rules import staffing as staff
from commplan.rules.base import CheckFn, RuleContext
from tests.helpers import BASE_LINES, load_plan, positions

TOP = (1 - BASE_LINES, 1)
UNITS = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}
"""
"""Lines 1-2 of every snippet; activities start on line 3."""


def act(type_: str, end: str = "Quý II/2022", extra: str = "") -> str:
    return (
        "activities:\n"
        f"  - {{id: a1, title: Nhiệm vụ, type: {type_}, owner: stttt, start: Quý I/2022,"
        f" end: {end}{extra}}}\n"
    )


DEADLINE = {"deadline": "2022-06-30"}

STAFFING = [
    pytest.param(staff.check_dedicated_unit, act("kien_toan_doi_ngu"), [], id="org003-task"),
    pytest.param(
        staff.check_dedicated_unit,
        act("kien_toan_doi_ngu", "Quý III/2022"),
        [(1, 1)],
        id="org003-task-too-late",
    ),
    pytest.param(staff.check_dedicated_unit, act("hop_bao"), [(1, 1)], id="org003-no-task"),
    pytest.param(staff.check_policy_training, act("tap_huan"), [], id="org004-training-task"),
    pytest.param(
        staff.check_policy_training,
        act("tap_huan", "năm 2022"),
        [TOP],
        id="org004-training-after-deadline",
    ),
    pytest.param(
        staff.check_crisis_capability,
        act("tap_huan", extra=""),
        [TOP],
        id="org005-trained-but-no-crisis-work",
    ),
    pytest.param(staff.check_leader_in_charge, act("kien_toan_doi_ngu"), [], id="org008-task"),
    pytest.param(staff.check_leader_in_charge, act("hop_bao"), [TOP], id="org008-no-task"),
]


@pytest.mark.parametrize(("check", "snippet", "expected"), STAFFING)
def test_staffing_as_a_task(check: CheckFn, snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(UNITS + snippet, check, params=DEADLINE, profile="p") == expected


def test_a_focal_agency_answers_org_001() -> None:
    snippet = UNITS + act("hop_bao") + "focal_point: {unit: stttt}\n"
    assert positions(snippet, org.check_focal_point) == []
    assert positions(UNITS + act("hop_bao"), org.check_focal_point) == [TOP]


def test_crisis_task_answers_cri_001_and_org_005() -> None:
    two = (
        "activities:\n"
        "  - {id: a1, title: X, type: tap_huan, owner: stttt, start: Quý I/2022, end: Quý I/2022}\n"
        "  - {id: a2, title: Y, type: xu_ly_khung_hoang, owner: stttt, start: năm 2022,"
        " end: năm 2022}\n"
    )
    assert positions(UNITS + two, cri.check_crisis_plan) == []
    assert positions(UNITS + two, staff.check_crisis_capability, params=DEADLINE) == []
    assert positions(UNITS + act("hop_bao"), cri.check_crisis_plan) == [TOP]


STAGED = """\
task_groups:
  - {id: g1, title: Nhóm một, stage: %s}
activities:
  - {id: a1, title: X, type: phan_bien_du_thao, group: g1, owner: stttt, start: năm 2022,
     end: năm 2022%s}
"""


@pytest.mark.parametrize(
    ("group_stage", "task_stage", "phase001", "proc002"),
    [
        ("ca_hai", "", [], []),
        ("thuc_thi", "", [(5, 1)], [(5, 1)]),
        ("xay_dung", "", [(5, 1)], []),
        ("thuc_thi", ", stage: xay_dung", [(5, 1)], []),  # the task's own stage wins
    ],
)
def test_stages_place_tasks_in_the_policy_cycle(
    group_stage: str, task_stage: str, phase001: list[tuple[int, int]], proc002: list[Any]
) -> None:
    snippet = UNITS + STAGED % (group_stage, task_stage)
    assert positions(snippet, proc.check_policy_cycle) == phase001
    assert positions(snippet, proc.check_draft_review_activity) == proc002


IN_WORDS = UNITS + act("hop_bao") + "budget:\n  statement: [%s]\n"


def _count(snippet: str, rule: CheckFn, enabled: frozenset[str]) -> int:
    # The CAT family agrees through ctx.enabled, which positions() does not set.
    plan, _index = load_plan(snippet)
    return len(list(rule(plan, RuleContext(enabled=enabled))))


ALL_CAT = frozenset({"CAT-001", "CAT-002", "CAT-003", "CAT-004"})


def test_a_budget_in_words_gets_one_finding_for_the_family() -> None:
    snippet = IN_WORDS % "Kinh phí đặt hàng cơ quan báo chí theo phân cấp hiện hành"
    # CAT-001 is answered by "đặt hàng"; CAT-002 speaks for 002-004 in one finding.
    assert [_count(snippet, r, ALL_CAT) for r in _CAT_CHECKS] == [0, 1, 0, 0]
    plan, _index = load_plan(snippet)
    (finding,) = cat.check_training_budget(plan, RuleContext(enabled=ALL_CAT))
    assert "Đào tạo" in finding.message and "Khảo sát" in finding.message
    assert finding.path == ("budget", "statement")


def test_a_task_mentions_a_category_and_disabled_rules_stay_out() -> None:
    snippet = IN_WORDS % "Kinh phí theo phân cấp hiện hành"
    enabled = frozenset({"CAT-001", "CAT-003"})  # ct-07-2023
    plan, _index = load_plan(snippet)
    (finding,) = cat.check_press_orders(plan, RuleContext(enabled=enabled))
    assert "Đào tạo" not in finding.message and "công nghệ thông tin" in finding.message
    assert list(cat.check_monitoring_budget(plan, RuleContext(enabled=enabled))) == []


def test_no_budget_at_all_is_one_finding_at_the_top() -> None:
    snippet = UNITS + act("hop_bao")
    assert positions(snippet, cat.check_press_orders) == [TOP]


_CAT_CHECKS = (
    cat.check_press_orders,
    cat.check_training_budget,
    cat.check_monitoring_budget,
    cat.check_survey_budget,
)


def test_an_evaluation_task_answers_rep_002() -> None:
    assert positions(UNITS + act("danh_gia_tac_dong"), rep.check_evaluation) == []
    assert positions(UNITS + act("hop_bao"), rep.check_evaluation) == [TOP]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            '  - {id: a, name: B, kind: khac, duties: ["Gọi [số điện thoại]"]}',
            [(3, 55)],
            id="in-a-duty",
        ),
        pytest.param(
            '  - {id: a, name: B, kind: khac, duties: ["Xem mục [1]"]}', [], id="footnote"
        ),
    ],
)
def test_text_004_finds_scaffold_placeholders(snippet: str, expected: list[Any]) -> None:
    text = UNITS + snippet.replace("kind: khac", "kind: co_quan_phoi_hop") + "\n" + act("hop_bao")
    assert positions(text, ph.check_placeholders) == expected


def test_text_004_leaves_holding_statements_alone() -> None:
    snippet = (
        UNITS
        + act("hop_bao")
        + (
            "crisis:\n  holding_statements:\n"
            '    - {id: h1, scenario: k1, text: "Thông tin cập nhật lúc [giờ, ngày]"}\n'
        )
    )
    assert positions(snippet, ph.check_placeholders) == []
