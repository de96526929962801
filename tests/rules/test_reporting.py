"""REP-001/002, EVAL-001 to 003, CRI-001 to 004, DOC-001/002/004, PROF-001: line and column tables."""

from __future__ import annotations

import datetime
import unicodedata
from typing import Any

import pytest

from commplan.rules import crisis as cri
from commplan.rules import document as doc
from commplan.rules import reporting as rep
from commplan.rules.base import CheckFn, RuleContext
from tests.helpers import BASE_LINES, load_plan, positions, rule_diagnostics

TOP = (1 - BASE_LINES, 1)
"""Where a finding about an absent top-level section points (1:1 of the file)."""

PLAN = (
    "units:\n"
    "  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}\n"
    "  - {id: btttt, name: Bộ Thông tin và Truyền thông, short_name: Bộ TT&TT,"
    " kind: co_quan_nhan_bao_cao}\n"
    "activities:\n"
    "  - {id: a1, title: Rà quét, type: theo_doi_thong_tin, owner: stttt,"
    " start: tháng 1/2022, end: năm 2022}\n"
)
"""Lines 1-5 of every snippet below; line 6 is the first line a case adds."""

PROFILE = "cv-btttt-2022"
REP_PARAMS: dict[str, Any] = {
    "deadline": datetime.date(2022, 3, 31),
    "recipient_names": ["Bộ Thông tin và Truyền thông", "Bộ TT&TT"],
}
REPORT = "reporting:\n  reports:\n    - {{id: r1, recipient: {to}, due: {due}, content: Báo cáo}}\n"
REPORTING_KEY = (6, 1)


def report(due: str = "31/3/2022", to: str = "btttt") -> str:
    """A ``reporting`` section (line 6) with one report."""
    return REPORT.format(to=to, due=due)


def milestone(kind: str = "bao_cao", extra: str = ", recipient: btttt", when: str = "") -> str:
    """A ``milestones`` section (line 6) with one milestone."""
    return (
        "milestones:\n"
        f"  - {{id: m1, name: Báo cáo Bộ, date: {when or '25/3/2022'}, kind: {kind}{extra}}}\n"
    )


REP_001 = [
    pytest.param(PLAN + report(), [], id="due-on-the-deadline"),
    pytest.param(PLAN + report("01/4/2022"), [REPORTING_KEY], id="a-day-after"),
    pytest.param(PLAN + report("2022-03-30"), [], id="iso-due-before"),
    pytest.param(PLAN + report("tháng 3/2022"), [], id="month-ends-on-deadline"),
    pytest.param(PLAN + report("Quý I/2022"), [], id="quarter-i-ends-on-deadline"),
    pytest.param(PLAN + report("Quý II/2022"), [REPORTING_KEY], id="quarter-ii-is-late"),
    pytest.param(PLAN + report(to="stttt"), [REPORTING_KEY], id="wrong-recipient"),
    pytest.param(PLAN + report(to="bo_tttt"), [REPORTING_KEY], id="dangling-recipient-skipped"),
    pytest.param(
        PLAN + report("Quý II/2022") + "    - {id: r2, recipient: btttt, due: 15/3/2022,"
        " content: Báo cáo}\n",
        [],
        id="one-late-one-on-time",
    ),
    pytest.param(PLAN + milestone(), [], id="milestone-bao-cao"),
    pytest.param(PLAN + milestone(when="tháng 4/2022"), [TOP], id="milestone-late"),
    pytest.param(PLAN + milestone(kind="su_kien"), [TOP], id="milestone-not-a-report"),
    pytest.param(PLAN + milestone(extra=""), [TOP], id="milestone-without-recipient"),
    pytest.param(PLAN, [TOP], id="no-reporting-section"),
    pytest.param(
        PLAN + "reporting: {evaluation: {framework: amec, schedule: Quý IV/2022}}\n",
        [REPORTING_KEY],
        id="reporting-without-reports",
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), REP_001)
def test_rep_001_ministry_report(snippet: str, expected: list[tuple[int, int]]) -> None:
    found = positions(snippet, rep.check_ministry_report, params=REP_PARAMS, profile=PROFILE)
    assert found == expected


def unit_named(name: str, short_name: str | None = None) -> str:
    """PLAN whose ``btttt`` unit has another name (and perhaps a short name)."""
    short = f", short_name: {short_name}" if short_name else ""
    line = f"  - {{id: btttt, name: {name}{short}, kind: co_quan_nhan_bao_cao}}"
    return PLAN.replace(PLAN.splitlines()[2], line)


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        pytest.param(unit_named("Bộ Thông tin và Truyền thông"), [], id="exact-name"),
        pytest.param(unit_named("BỘ THÔNG TIN VÀ TRUYỀN THÔNG"), [], id="upper-case"),
        pytest.param(unit_named("bộ thông tin  và   truyền thông"), [], id="extra-spaces"),
        pytest.param(
            unit_named(unicodedata.normalize("NFD", "Bộ Thông tin và Truyền thông")),
            [],
            id="nfd-name",
        ),
        pytest.param(unit_named("Bộ TT&TT"), [], id="short-form-as-name"),
        pytest.param(
            unit_named("Bộ Thông tin và Truyền thông cũ", "bộ tt&tt"), [], id="short-name"
        ),
        pytest.param(unit_named("Bộ TT và TT", "BỘ  TT&TT"), [], id="short-name-case-space"),
        pytest.param(unit_named("Bộ Khoa học và Công nghệ"), [REPORTING_KEY], id="other-ministry"),
        pytest.param(
            unit_named("Bộ Khoa học và Công nghệ", "Bộ KH&CN"), [REPORTING_KEY], id="other-short"
        ),
        pytest.param(unit_named("Bộ Thông tin"), [REPORTING_KEY], id="prefix-is-not-a-match"),
    ],
)
def test_rep_001_name_matching(units: str, expected: list[tuple[int, int]]) -> None:
    found = positions(units + report(), rep.check_ministry_report, params=REP_PARAMS)
    assert found == expected


def test_rep_001_profile_names_are_normalised_too() -> None:
    params = {
        "deadline": "2022-03-31",
        "recipient_names": [unicodedata.normalize("NFD", "  BỘ THÔNG TIN VÀ  TRUYỀN THÔNG ")],
    }
    assert positions(PLAN + report(), rep.check_ministry_report, params=params) == []


def test_rep_001_a_single_recipient_name_is_accepted() -> None:
    params = {"deadline": "2022-03-31", "recipient_names": "Bộ TT&TT"}
    assert positions(PLAN + report(), rep.check_ministry_report, params=params) == []


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({}, id="no-parameters"),
        pytest.param({"deadline": "2022-03-31"}, id="no-recipient-names"),
        pytest.param({"recipient_names": ["Bộ TT&TT"]}, id="no-deadline"),
    ],
)
def test_rep_001_without_both_parameters_finds_nothing(params: dict[str, Any]) -> None:
    assert positions(PLAN, rep.check_ministry_report, params=params) == []


def test_rep_001_other_recipients_and_deadlines_come_from_the_profile() -> None:
    params = {"deadline": "2026-06-30", "recipient_names": ["Bộ Khoa học và Công nghệ"]}
    snippet = unit_named("Bộ Khoa học và Công nghệ") + report("Quý II/2026")
    snippet = snippet.replace("period: năm 2022", "period: năm 2026")
    assert positions(snippet, rep.check_ministry_report, params=params) == []
    assert positions(PLAN + report(), rep.check_ministry_report, params=params) == [REPORTING_KEY]


def test_rep_001_message_names_the_profile_and_the_deadline() -> None:
    plan, _index = load_plan(PLAN + report("Quý II/2022"))
    (finding,) = rep.check_ministry_report(plan, RuleContext(REP_PARAMS, PROFILE))
    assert PROFILE in finding.message
    assert "31/3/2022" in finding.message
    assert finding.hint is not None and "btttt" in finding.hint


CRISIS_OK = """\
staff:
  - {id: s1, name: A, unit: stttt}
  - {id: s2, name: B, unit: stttt}
crisis:
  team: [{role: truong_nhom, staff: s1}, {role: nguoi_phat_ngon, staff: s2}]
  levels:
    - {level: 1, criteria: Tin sai lan rộng, escalate_to: s2, first_response_hours: 2}
    - {level: 2, criteria: Báo chí trung ương đưa tin, escalate_to: s1, first_response_hours: 1}
  scenarios: [{id: k1, description: Tin giả, likelihood: cao, impact: cao}]
  holding_statements:
    - {id: h1, scenario: k1, text: Đang xác minh, covers: [known_facts, actions, next_update],
       approved_by: s1}
  monitoring_activity: a1
"""
"""Lines 6-18 after PLAN: ``crisis`` is line 9, ``team`` 10, ``levels`` 11, the levels 12 and
13, ``scenarios`` 14, ``holding_statements`` 15, h1 16-17, ``monitoring_activity`` 18."""


def crisis(old: str, new: str) -> str:
    """PLAN + CRISIS_OK with one piece of text replaced (it must occur)."""
    assert old in CRISIS_OK
    return PLAN + CRISIS_OK.replace(old, new)


NO_CRISIS = PLAN + "staff:\n  - {id: s1, name: A, unit: stttt}\n"

CRISIS_CASES = [
    # CRI-001
    pytest.param(cri.check_crisis_plan, PLAN + CRISIS_OK, [], id="cri001-complete"),
    pytest.param(cri.check_crisis_plan, NO_CRISIS, [TOP], id="cri001-no-crisis"),
    pytest.param(
        cri.check_crisis_plan,
        crisis("  scenarios: [{id: k1, description: Tin giả, likelihood: cao, impact: cao}]\n", ""),
        [(9, 1)],
        id="cri001-no-scenarios-key",
    ),
    pytest.param(
        cri.check_crisis_plan,
        crisis("[{id: k1, description: Tin giả, likelihood: cao, impact: cao}]", "[]"),
        [(14, 3)],
        id="cri001-empty-scenarios",
    ),
    pytest.param(
        cri.check_crisis_plan,
        crisis("escalate_to: s1, ", ""),
        [(11, 3)],
        id="cri001-one-escalating-level",
    ),
    pytest.param(
        cri.check_crisis_plan,
        crisis("escalate_to: s1, ", "escalate_to: s9, "),
        [(11, 3)],
        id="cri001-dangling-escalation-does-not-count",
    ),
    pytest.param(
        cri.check_crisis_plan,
        crisis("{role: nguoi_phat_ngon, staff: s2}", "{role: theo_doi, staff: s2}"),
        [(10, 3)],
        id="cri001-no-spokesperson",
    ),
    pytest.param(
        cri.check_crisis_plan,
        crisis("{role: truong_nhom, staff: s1}", "{role: truong_nhom, staff: s9}"),
        [(10, 3)],
        id="cri001-dangling-member-does-not-count",
    ),
    # CRI-002
    pytest.param(cri.check_holding_statement, PLAN + CRISIS_OK, [], id="cri002-approved"),
    pytest.param(cri.check_holding_statement, NO_CRISIS, [], id="cri002-silent-without-crisis"),
    pytest.param(
        cri.check_holding_statement,
        crisis(",\n       approved_by: s1}", "}"),
        [(15, 3)],
        id="cri002-not-approved",
    ),
    pytest.param(
        cri.check_holding_statement,
        crisis(", next_update]", "]"),
        [(15, 3)],
        id="cri002-no-next-update",
    ),
    pytest.param(
        cri.check_holding_statement,
        crisis("approved_by: s1", "approved_by: s7"),
        [(15, 3)],
        id="cri002-dangling-approver-skipped",
    ),
    pytest.param(
        cri.check_holding_statement,
        crisis("scenario: k1", "scenario: k7"),
        [(15, 3)],
        id="cri002-dangling-scenario-skipped",
    ),
    pytest.param(
        cri.check_holding_statement,
        crisis("".join(CRISIS_OK.splitlines(keepends=True)[9:12]), ""),
        [(9, 1)],
        id="cri002-no-statements-key",
    ),
    # CRI-003
    pytest.param(cri.check_first_response, PLAN + CRISIS_OK, [], id="cri003-both-timed"),
    pytest.param(cri.check_first_response, NO_CRISIS, [], id="cri003-silent-without-crisis"),
    pytest.param(
        cri.check_first_response,
        crisis(", first_response_hours: 1", ""),
        [(13, 8)],
        id="cri003-second-level-untimed",
    ),
    pytest.param(
        cri.check_first_response,
        crisis("escalate_to: s1, first_response_hours: 1", "escalate_to: s9"),
        [(13, 8)],
        id="cri003-dangling-escalation-is-still-a-level",
    ),
    # CRI-004
    pytest.param(cri.check_monitoring_activity, PLAN + CRISIS_OK, [], id="cri004-monitoring"),
    pytest.param(cri.check_monitoring_activity, NO_CRISIS, [], id="cri004-silent-without-crisis"),
    pytest.param(
        cri.check_monitoring_activity,
        crisis("  monitoring_activity: a1\n", ""),
        [(9, 1)],
        id="cri004-absent",
    ),
    pytest.param(
        cri.check_monitoring_activity,
        crisis("monitoring_activity: a1", "monitoring_activity: a9"),
        [],
        id="cri004-dangling-skipped",
    ),
    pytest.param(
        cri.check_monitoring_activity,
        (PLAN + CRISIS_OK).replace("type: theo_doi_thong_tin", "type: hop_bao"),
        [(18, 24)],
        id="cri004-wrong-type",
    ),
]


@pytest.mark.parametrize(("check", "snippet", "expected"), CRISIS_CASES)
def test_crisis_rules(check: CheckFn, snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, check) == expected


OBJECTIVE = "  - {{id: {id}, statement: Mục tiêu, level: {level}{kpis}}}\n"
KPI_OK = ", kpis: [{metric: Tỷ lệ biết chính sách, target: 70, due: năm 2022}]"


def objectives(*items: tuple[str, str, str]) -> str:
    """PLAN + an ``objectives`` list (line 6), one line per (id, level, kpis text)."""
    return (
        PLAN
        + "objectives:\n"
        + "".join(OBJECTIVE.format(id=i, level=lv, kpis=k) for i, lv, k in items)
    )


EVAL_CASES = [
    # EVAL-001
    pytest.param(
        rep.check_objective_kpis, objectives(("o1", "outcome", KPI_OK)), [], id="eval001-measurable"
    ),
    pytest.param(
        rep.check_objective_kpis,
        objectives(
            ("o1", "outcome", ", kpis: [{metric: Số tin bài, target: 0, due: Quý IV/2022}]")
        ),
        [],
        id="eval001-zero-target-is-a-target",
    ),
    pytest.param(
        rep.check_objective_kpis,
        objectives(("o1", "outcome", KPI_OK), ("o2", "output", ", kpis: [{metric: x, target: 5}]")),
        [(8, 50)],
        id="eval001-no-due",
    ),
    pytest.param(
        rep.check_objective_kpis,
        objectives(("o1", "outcome", ", kpis: [{metric: x, due: năm 2022}]")),
        [(7, 51)],
        id="eval001-no-target",
    ),
    pytest.param(
        rep.check_objective_kpis,
        objectives(("o1", "outcome", ", kpis: []")),
        [(7, 51)],
        id="eval001-empty-kpis",
    ),
    pytest.param(
        rep.check_objective_kpis,
        objectives(("o1", "outcome", "")),
        [(7, 6)],
        id="eval001-no-kpis-key",
    ),
    # EVAL-002
    pytest.param(
        rep.check_objective_levels,
        objectives(("o1", "output", KPI_OK), ("o2", "outcome", KPI_OK)),
        [],
        id="eval002-mixed",
    ),
    pytest.param(
        rep.check_objective_levels,
        objectives(("o1", "output", KPI_OK), ("o2", "output", KPI_OK)),
        [(6, 1)],
        id="eval002-all-output",
    ),
    pytest.param(rep.check_objective_levels, PLAN, [], id="eval002-no-objectives"),
]


@pytest.mark.parametrize(("check", "snippet", "expected"), EVAL_CASES)
def test_evaluation_rules(check: CheckFn, snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, check) == expected


AVE_OBJECTIVE = "objectives:\n  - id: o1\n    statement: x\n    level: outcome\n    kpis:\n"
"""Lines 6-10; the KPI a case adds is line 11, its metric at column 17."""


@pytest.mark.parametrize(
    ("metric", "found"),
    [
        pytest.param("AVE của tin bài", True, id="ave-word"),
        pytest.param("Giá trị ave", True, id="ave-lower-case"),
        pytest.param("Tổng AVEs", True, id="aves"),
        pytest.param("Advertising Value Equivalent", True, id="english-phrase"),
        pytest.param("Giá trị quảng cáo  tương đương", True, id="vietnamese-phrase"),
        pytest.param("GIÁ TRỊ QUẢNG CÁO TƯƠNG ĐƯƠNG", True, id="vietnamese-upper"),
        pytest.param("Tỷ lệ người dân biết chính sách", False, id="awareness"),
        pytest.param("Lượt xem WAVE", False, id="ave-inside-a-word"),
        pytest.param("Average reach", False, id="average"),
    ],
)
def test_eval_003_ave(metric: str, found: bool) -> None:
    snippet = PLAN + AVE_OBJECTIVE + f"      - metric: {metric}\n"
    expected = [(11, 17)] if found else []
    assert positions(snippet, rep.check_ave) == expected


REP_002 = [
    pytest.param(
        "reporting: {evaluation: {framework: amec, schedule: Quý IV/2022}}\n", [], id="evaluation"
    ),
    pytest.param(report(), [(6, 1)], id="reports-only"),
    pytest.param("", [TOP], id="no-reporting-section"),
]


@pytest.mark.parametrize(("snippet", "expected"), REP_002)
def test_rep_002_evaluation(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(PLAN + snippet, rep.check_evaluation) == expected


DOC_BASE = "schema_version: 1\nperiod: năm 2022\n"
DOCUMENT = """\
document:
  issuer: ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
  issuer_level: ubnd_tinh
  symbol: KH-UBND
  place: Nam Định
  date: 07/3/2022
  title: Truyền thông chính sách năm 2022
  signer: {title: PHÓ CHỦ TỊCH, name: Trần Minh Hải}
"""
"""Lines 3-10 of the file: ``document`` is line 3, ``symbol`` line 6."""


def doc_positions(document: str, check: CheckFn) -> list[tuple[int, int]]:
    """(line, column) in the whole file, for plans whose ``document`` a case writes."""
    found = rule_diagnostics(document + PLAN, check, base=DOC_BASE)
    return sorted((d.line, d.column or 0) for d in found)


DOC_001 = [
    pytest.param(DOCUMENT, [], id="complete"),
    pytest.param(DOCUMENT.replace("KH-UBND", "BC-UBND"), [(6, 11)], id="report-symbol"),
    pytest.param(DOCUMENT.replace("KH-UBND", "kh-ubnd"), [(6, 11)], id="lower-case-symbol"),
    pytest.param(DOCUMENT.replace("  place: Nam Định\n", ""), [(3, 1)], id="no-place"),
    pytest.param(DOCUMENT.replace("  date: 07/3/2022\n", ""), [(3, 1)], id="no-date"),
    pytest.param(
        DOCUMENT.replace("  signer: {title: PHÓ CHỦ TỊCH, name: Trần Minh Hải}\n", ""),
        [(3, 1)],
        id="no-signer",
    ),
    pytest.param(
        DOCUMENT.replace("KH-UBND", "UBND").replace("  date: 07/3/2022\n", ""),
        [(3, 1), (6, 11)],
        id="symbol-and-date",
    ),
]


@pytest.mark.parametrize(("document", "expected"), DOC_001)
def test_doc_001_document_frame(document: str, expected: list[tuple[int, int]]) -> None:
    assert doc_positions(document, doc.check_document_frame) == expected


def test_doc_001_names_every_missing_field_once() -> None:
    plan, _index = load_plan(PLAN)
    (finding,) = doc.check_document_frame(plan, RuleContext())
    assert "date" in finding.message and "signer" in finding.message
    assert "place" not in finding.message


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param("legal_bases: [Luật Báo chí ngày 05 tháng 4 năm 2016]\n", [], id="one"),
        pytest.param("legal_bases: []\n", [(6, 1)], id="empty"),
        pytest.param("", [TOP], id="absent"),
    ],
)
def test_doc_002_legal_bases(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(PLAN + snippet, doc.check_legal_bases) == expected


PERIOD_VALUE = (0, 9)
"""``period: năm 2022`` is the last line of the shared base, just above snippet line 1."""


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param(
            {"applies_from": "2022-01-01", "applies_to": "2022-12-31"}, [], id="same-year"
        ),
        pytest.param({"applies_from": datetime.date(2023, 1, 1)}, [PERIOD_VALUE], id="from-2023"),
        pytest.param({"applies_from": "2022-12-31"}, [], id="from-last-day-overlaps"),
        pytest.param({"applies_to": "2022-01-01"}, [], id="to-first-day-overlaps"),
        pytest.param({"applies_to": "2021-12-31"}, [PERIOD_VALUE], id="ended-before"),
        pytest.param(
            {"applies_from": "2022-06-01", "applies_to": "2022-07-01"}, [], id="window-inside"
        ),
        pytest.param({}, [], id="no-window"),
        pytest.param({"applies_from": None, "applies_to": None}, [], id="null-bounds-are-open"),
    ],
)
def test_prof_001_profile_window(params: dict[str, Any], expected: list[tuple[int, int]]) -> None:
    found = positions(PLAN, doc.check_profile_window, params=params, profile="ct-07-2023")
    assert found == expected


def test_prof_001_period_mapping_and_message() -> None:
    base = "schema_version: 1\nperiod: {start: tháng 3/2021, end: 6 tháng đầu năm 2021}\n"
    found = rule_diagnostics(
        DOCUMENT + PLAN,
        doc.check_profile_window,
        params={"applies_from": "2023-01-01"},
        profile="ct-07-2023",
        base=base,
    )
    assert [(d.line, d.column) for d in found] == [(2, 9)]
    assert "ct-07-2023" in found[0].message and "01/01/2023" in found[0].message


def test_rules_tuples_are_in_catalogue_order() -> None:
    assert [r.id for r in (*rep.RULES, *cri.RULES, *doc.RULES)] == [
        "REP-001",
        "REP-002",
        "EVAL-001",
        "EVAL-002",
        "EVAL-003",
        "CRI-001",
        "CRI-002",
        "CRI-003",
        "CRI-004",
        "DOC-001",
        "DOC-002",
        "DOC-004",
        "PROF-001",
    ]
    assert [r.id for r in (*rep.RULES, *cri.RULES, *doc.RULES) if r.profile_driven] == [
        "REP-001",
        "CRI-001",
    ]
    assert all(r.check is not None for r in (*rep.RULES, *cri.RULES, *doc.RULES))
    assert all(
        "Passes::" in r.doc and "Fails::" in r.doc for r in (*rep.RULES, *cri.RULES, *doc.RULES)
    )
