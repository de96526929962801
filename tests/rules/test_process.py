"""PROC-001/002, PHASE-001 to 003, AUD-001, CAT-001 to 004: tables asserting line and column."""

from __future__ import annotations

import pytest

from commplan.rules import categories as cat
from commplan.rules import process as proc
from commplan.rules.base import CheckFn
from tests.helpers import BASE_LINES, positions

TOP = (1 - BASE_LINES, 1)
"""Where a finding about an absent top-level section points (1:1 of the file)."""

HEAD = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}
phases:
  - {id: p_de, kind: lap_de_xuat, start: tháng 1/2022, end: tháng 1/2022}
  - {id: p_ly, kind: lay_y_kien, start: tháng 2/2022, end: tháng 2/2022}
  - {id: p_st, kind: soan_thao, start: tháng 3/2022, end: tháng 3/2022}
  - {id: p_tq, kind: trinh_thong_qua, start: tháng 4/2022, end: tháng 4/2022}
  - {id: p_bh, kind: ban_hanh, start: tháng 5/2022, end: tháng 5/2022}
  - {id: p_tt, kind: thuc_thi, start: tháng 6/2022, end: tháng 12/2022}
  - {id: p_dg, kind: danh_gia, start: tháng 12/2022, end: tháng 12/2022}
activities:
"""
"""Lines 1-11 of the phased snippets; ``activities`` is line 11, its first item line 12."""
ACTIVITIES_LINE = 11

NO_PHASES = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}
activities:
"""
"""Lines 1-3 of the snippets without phases; ``activities`` is line 3."""


def act(id_: str, type_: str = "khac", phase: str | None = None, policy: str | None = None) -> str:
    """One activity line of the ``activities`` list."""
    extra = (f", phase: {phase}" if phase else "") + (f", policy: {policy}" if policy else "")
    return (
        f"  - {{id: {id_}, title: T, type: {type_}, owner: stttt{extra},"
        " start: tháng 1/2022, end: tháng 1/2022}\n"
    )


def policy(id_: str, **criteria: str) -> str:
    """One policy line; ``criteria`` overrides the QĐ 407 criteria (all met by default)."""
    values = {
        "requires_proposal": "true",
        "creates_rights_obligations": "true",
        "sensitive": "true",
        "scope": "toan_quoc",
        "state_secret": "false",
    } | criteria
    impact = ", ".join(f"{k}: {v}" for k, v in values.items())
    return (
        f"  - {{id: {id_}, name: Luật X, document_type: Luật, drafting_unit: stttt,"
        f" large_impact: {{{impact}}}}}\n"
    )


def test_phase_helpers_write_the_lines_the_tables_count_on() -> None:
    assert HEAD.splitlines()[ACTIVITIES_LINE - 1] == "activities:"
    assert act("a1").count("\n") == 1
    assert policy("cs1").count("\n") == 1


PROC_001 = [
    pytest.param("governance: {comms_unit_reviews_drafts: true}\n", [], id="true"),
    pytest.param("", [TOP], id="no-governance-section"),
    pytest.param("governance: {working_rules_amended: true}\n", [(5, 1)], id="field-missing"),
    pytest.param("governance: {comms_unit_reviews_drafts: false}\n", [(5, 41)], id="false-in-flow"),
    pytest.param(
        "governance:\n  working_rules_amended: true\n  comms_unit_reviews_drafts: false\n",
        [(7, 30)],
        id="false-in-block",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), PROC_001)
def test_proc_001_drafts_reviewed(snippet: str, expected: list[tuple[int, int]]) -> None:
    plan = NO_PHASES + act("a1") + snippet
    assert positions(plan, proc.check_drafts_reviewed) == expected


ACTIVITIES_KEY = (ACTIVITIES_LINE, 1)

PROC_002 = [
    pytest.param(HEAD + act("a1", "phan_bien_du_thao", "p_st"), [], id="in-soan-thao"),
    pytest.param(HEAD + act("a1", "phan_bien_du_thao", "p_de"), [], id="in-lap-de-xuat"),
    pytest.param(HEAD + act("a1", "phan_bien_du_thao", "p_tt"), [ACTIVITIES_KEY], id="in-thuc-thi"),
    pytest.param(HEAD + act("a1", "phan_bien_du_thao", "p_bh"), [ACTIVITIES_KEY], id="in-ban-hanh"),
    pytest.param(HEAD + act("a1", "hop_bao", "p_st"), [ACTIVITIES_KEY], id="wrong-type"),
    pytest.param(
        HEAD + act("a1", "phan_bien_du_thao", "p_xx"),
        [ACTIVITIES_KEY],
        id="dangling-phase-skipped",
    ),
    pytest.param(NO_PHASES + act("a1", "phan_bien_du_thao"), [], id="no-phases-any-counts"),
    pytest.param(NO_PHASES + act("a1", "hop_bao"), [(3, 1)], id="no-phases-none"),
]


@pytest.mark.parametrize(("snippet", "expected"), PROC_002)
def test_proc_002_draft_review_activity(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, proc.check_draft_review_activity) == expected


PHASE_001 = [
    pytest.param(HEAD + act("a1", phase="p_st") + act("a2", phase="p_tt"), [], id="both"),
    pytest.param(
        HEAD + act("a1", phase="p_tq") + act("a2", phase="p_dg"), [], id="trinh-and-danh-gia"
    ),
    pytest.param(HEAD + act("a2", phase="p_tt"), [ACTIVITIES_KEY], id="no-drafting"),
    pytest.param(HEAD + act("a1", phase="p_ly"), [ACTIVITIES_KEY], id="no-implementation"),
    pytest.param(HEAD.replace("activities:", "activities: []"), [ACTIVITIES_KEY] * 2, id="none"),
    pytest.param(
        HEAD + act("a1", phase="p_zz") + act("a2", phase="p_tt"),
        [ACTIVITIES_KEY],
        id="dangling-phase-skipped",
    ),
    pytest.param(NO_PHASES + act("a1"), [(3, 1)], id="no-phases-one-finding"),
]


@pytest.mark.parametrize(("snippet", "expected"), PHASE_001)
def test_phase_001_policy_cycle(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, proc.check_policy_cycle) == expected


def phase_002_plan(*activities: str, **criteria: str) -> str:
    """Phased plan with the given activities, then ``policies`` and policy cs1."""
    return HEAD + "".join(activities) + "policies:\n" + policy("cs1", **criteria)


POLICY_ID = (ACTIVITIES_LINE + 4, 10)
"""Where cs1's id stands when two activities (then the ``policies`` key) precede it."""

PHASE_002 = [
    pytest.param(
        phase_002_plan(
            act("a1", phase="p_ly", policy="cs1"), act("a2", phase="p_bh", policy="cs1")
        ),
        [],
        id="consulted-and-adopted",
    ),
    pytest.param(
        phase_002_plan(
            act("a1", phase="p_de", policy="cs1"), act("a2", phase="p_tq", policy="cs1")
        ),
        [],
        id="proposal-and-submission",
    ),
    pytest.param(
        phase_002_plan(
            act("a1", phase="p_ly", policy="cs1"), act("a2", phase="p_tt", policy="cs1")
        ),
        [POLICY_ID],
        id="not-when-adopted",
    ),
    pytest.param(
        phase_002_plan(
            act("a1", phase="p_st", policy="cs1"), act("a2", phase="p_bh", policy="cs1")
        ),
        [POLICY_ID],
        id="not-when-consulted",
    ),
    pytest.param(
        phase_002_plan(act("a1", phase="p_ly"), act("a2", phase="p_bh")),
        [POLICY_ID, POLICY_ID],
        id="activities-not-tagged-with-the-policy",
    ),
    pytest.param(
        phase_002_plan(
            act("a1", phase="p_ly", policy="cs2"), act("a2", phase="p_bh", policy="cs1")
        ),
        [POLICY_ID],
        id="another-policy-does-not-count",
    ),
    pytest.param(
        phase_002_plan(
            act("a1", phase="p_xx", policy="cs1"), act("a2", phase="p_bh", policy="cs1")
        ),
        [POLICY_ID],
        id="dangling-phase-skipped",
    ),
    pytest.param(
        phase_002_plan(act("a1"), act("a2"), scope="khac"), [], id="out-of-scope-local-scope"
    ),
    pytest.param(
        phase_002_plan(act("a1"), act("a2"), state_secret="true"), [], id="out-of-scope-secret"
    ),
    pytest.param(
        phase_002_plan(act("a1"), act("a2"), sensitive="false"), [], id="out-of-scope-not-sensitive"
    ),
    pytest.param(
        phase_002_plan(act("a1"), act("a2"), requires_proposal="false"),
        [],
        id="out-of-scope-no-proposal",
    ),
    pytest.param(
        phase_002_plan(act("a1"), act("a2"), creates_rights_obligations="false"),
        [],
        id="out-of-scope-no-rights",
    ),
    pytest.param(
        phase_002_plan(act("a1"), act("a2"), scope="toan_tinh"),
        [POLICY_ID, POLICY_ID],
        id="in-scope-province-wide",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), PHASE_002)
def test_phase_002_large_impact_policies(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, proc.check_large_impact_policies) == expected


POLICIES = "policies:\n" + policy("cs1")

PHASE_003 = [
    pytest.param(
        NO_PHASES + act("a1", "tiep_nhan_phan_hoi") + POLICIES, [], id="feedback-activity"
    ),
    pytest.param(NO_PHASES + act("a1", "hop_bao") + POLICIES, [(3, 1)], id="no-feedback"),
    pytest.param(NO_PHASES + act("a1", "hop_bao"), [], id="no-policies"),
]


@pytest.mark.parametrize(("snippet", "expected"), PHASE_003)
def test_phase_003_feedback_activity(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, proc.check_feedback_activity) == expected


AUDIENCE = "audiences:\n  - {{id: dn, name: Doanh nghiệp, kind: doanh_nghiep{extra}}}\n"

AUD_001 = [
    pytest.param(
        POLICIES + AUDIENCE.format(extra=", directly_affected: true"), [], id="directly-affected"
    ),
    pytest.param(POLICIES + AUDIENCE.format(extra=""), [(3, 1)], id="not-directly-affected"),
    pytest.param(
        POLICIES + AUDIENCE.format(extra=", directly_affected: false"),
        [(3, 1)],
        id="explicitly-false",
    ),
    pytest.param(POLICIES, [TOP], id="no-audiences-section"),
    pytest.param(AUDIENCE.format(extra=""), [], id="no-policies"),
]


@pytest.mark.parametrize(("snippet", "expected"), AUD_001)
def test_aud_001_affected_audience(snippet: str, expected: list[tuple[int, int]]) -> None:
    plan = snippet + NO_PHASES + act("a1")
    assert positions(plan, proc.check_affected_audience) == expected


def budget(*categories: str) -> str:
    """A budget section whose ``lines`` key is on snippet line 6 (after NO_PHASES and a1)."""
    lines = "".join(
        f"    - {{id: b{i}, activity: a1, category: {c}, description: x, quantity: 1,"
        f" unit: gói, unit_price: 1000, source: ns}}\n"
        for i, c in enumerate(categories)
    )
    sources = "  sources: [{id: ns, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh}]\n"
    return "budget:\n" + sources + "  lines:\n" + lines


LINES_KEY = (7, 3)

CAT = [
    pytest.param(cat.check_press_orders, budget("dat_hang_bao_chi"), [], id="cat001-ok"),
    pytest.param(cat.check_press_orders, budget("khac"), [LINES_KEY], id="cat001-missing"),
    pytest.param(cat.check_training_budget, budget("dao_tao_boi_duong"), [], id="cat002-ok"),
    pytest.param(
        cat.check_training_budget, budget("dat_hang_bao_chi"), [LINES_KEY], id="cat002-missing"
    ),
    pytest.param(
        cat.check_monitoring_budget, budget("khac", "dich_vu_cntt_theo_doi"), [], id="cat003-ok"
    ),
    pytest.param(cat.check_monitoring_budget, budget("khac"), [LINES_KEY], id="cat003-missing"),
    pytest.param(cat.check_survey_budget, budget("khao_sat_tham_do"), [], id="cat004-survey"),
    pytest.param(cat.check_survey_budget, budget("danh_gia_tac_dong"), [], id="cat004-evaluation"),
    pytest.param(
        cat.check_survey_budget, budget("dich_vu_cntt_theo_doi"), [LINES_KEY], id="cat004-missing"
    ),
    pytest.param(cat.check_press_orders, "", [TOP], id="cat001-no-budget-section"),
    pytest.param(
        cat.check_press_orders,
        "budget: {total: 0}\n",
        [(5, 1)],
        id="cat001-budget-without-lines",
    ),
    pytest.param(
        cat.check_press_orders,
        budget("dat_hang_bao_chi").replace("activity: a1", "activity: a9"),
        [],
        id="cat001-line-with-dangling-activity-still-a-line",
    ),
]


@pytest.mark.parametrize(("check", "snippet", "expected"), CAT)
def test_cat_budget_categories(
    check: CheckFn, snippet: str, expected: list[tuple[int, int]]
) -> None:
    assert positions(NO_PHASES + act("a1") + snippet, check) == expected


def test_rules_tuple_is_in_catalogue_order() -> None:
    rules = (*proc.RULES, *cat.RULES)
    ids = [r.id for r in rules]
    assert ids == [
        "PROC-001",
        "PROC-002",
        "PHASE-001",
        "PHASE-002",
        "PHASE-003",
        "AUD-001",
        "CAT-001",
        "CAT-002",
        "CAT-003",
        "CAT-004",
    ]
    assert all(r.profile_driven and r.check is not None for r in rules)
    assert all("Passes::" in r.doc and "Fails::" in r.doc for r in rules)
