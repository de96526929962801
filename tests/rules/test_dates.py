"""DATE-001 to DATE-009: table-driven over small plans, asserting line and column."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

from commplan.model.plan import Plan
from commplan.rules import dates, dependencies, workdays
from commplan.rules.base import Finding, RuleContext
from tests.helpers import BASE, rule_diagnostics

Check = Callable[[Plan, RuleContext], Iterable[Finding]]

UNITS = "units:\n  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}\n"
"""Snippet lines 1-2."""

BASE_WITHOUT_PERIOD = BASE.replace("period: năm 2022\n", "")


def found(snippet: str, check: Check, *, base: str = BASE) -> list[tuple[int, int]]:
    """(line, column) of each finding, counted from the snippet's first line."""
    offset = base.count("\n")
    diagnostics = rule_diagnostics(snippet, check, base=base)
    return sorted((d.line - offset, d.column or 0) for d in diagnostics)


def messages(snippet: str, check: Check, *, base: str = BASE) -> list[str]:
    return [d.message for d in rule_diagnostics(snippet, check, base=base)]


def act(name: str, start: str, end: str, extra: str = "") -> str:
    """One activity as a flow mapping; ``start`` is at column 57 when ``name`` has 2 letters."""
    more = f", {extra}" if extra else ""
    fields = f"id: {name}, title: T, type: khac, owner: stttt, start: {start}, end: {end}{more}"
    return f"  - {{{fields}}}\n"


# --- DATE-001 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "base", "expected"),
    [
        pytest.param(
            UNITS + "activities:\n" + act("a1", "tháng 3/2022", "tháng 3/2022"),
            BASE,
            [],
            id="same-month",
        ),
        pytest.param(
            UNITS + "activities:\n" + act("a1", "10/3/2022", "10/3/2022"),
            BASE,
            [],
            id="same-day",
        ),
        pytest.param(
            UNITS + "activities:\n" + act("a1", "tháng 5/2022", "tháng 4/2022"),
            BASE,
            [(4, 57)],
            id="activity",
        ),
        pytest.param(
            UNITS
            + "phases:\n  - id: p1\n    kind: thuc_thi\n"
            + "    start: Quý III/2022\n    end: Quý II/2022\n"
            + "activities:\n"
            + act("a1", "tháng 5/2022", "tháng 5/2022", "phase: p1"),
            BASE,
            [(6, 12)],
            id="phase-block-style",
        ),
        pytest.param(
            "period: {start: năm 2023, end: năm 2022}\n"
            + UNITS
            + "activities:\n"
            + act("a1", "tháng 5/2022", "tháng 5/2022"),
            BASE_WITHOUT_PERIOD,
            [(1, 17)],
            id="period",
        ),
    ],
)
def test_date_001_start_after_end(snippet: str, base: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dates.check_start_after_end, base=base) == expected


# --- DATE-002 --------------------------------------------------------------------------------

REPORTING = (
    "reporting:\n  reports:\n    - {id: r1, recipient: stttt, due: {due}, content: Báo cáo}\n"
)


@pytest.mark.parametrize(
    ("snippet", "base", "expected"),
    [
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "01/01/2022", "31/12/2022")
            + act("a2", "Quý IV/2022", "Quý IV/2022")
            + "milestones:\n  - {id: m1, name: M, kind: han_chot, date: Quý IV/2022}\n"
            + REPORTING.replace("{due}", "31/12/2022"),
            BASE,
            [],
            id="all-inside",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "tháng 12/2021", "tháng 1/2022")
            + act("a2", "tháng 12/2022", "tháng 1/2023")
            + act("a3", "năm 2023", "năm 2023"),
            BASE,
            [(4, 57), (5, 77), (6, 57)],
            id="activities-start-end-both",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "tháng 1/2022", "tháng 1/2022")
            + "milestones:\n  - {id: m1, name: M, kind: han_chot, date: 15/01/2023}\n"
            + REPORTING.replace("{due}", "Quý I/2023"),
            BASE,
            [(6, 45), (9, 39)],
            id="milestone-and-report",
        ),
        pytest.param(
            "period: {start: năm 2023, end: năm 2022}\n"
            + UNITS
            + "activities:\n"
            + act("a1", "tháng 5/2024", "tháng 5/2024"),
            BASE_WITHOUT_PERIOD,
            [],
            id="inverted-period-left-to-date-001",
        ),
        pytest.param(
            "period: {start: 01/7/2022, end: 6 tháng đầu năm 2023}\n"
            + UNITS
            + "activities:\n"
            + act("a1", "01/7/2022", "30/6/2023")
            + act("a2", "30/6/2022", "tháng 7/2022"),
            BASE_WITHOUT_PERIOD,
            [(6, 57)],
            id="period-across-years",
        ),
    ],
)
def test_date_002_outside_period(snippet: str, base: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dates.check_outside_period, base=base) == expected


# --- DATE-003 --------------------------------------------------------------------------------

PHASES = (
    "phases:\n"
    "  - {id: p1, kind: soan_thao, start: Quý I/2022, end: Quý II/2022}\n"
    "  - {id: p2, kind: thuc_thi, start: Quý IV/2022, end: Quý III/2022}\n"
)
"""Snippet lines 3-5 after UNITS; p2 is inverted (DATE-001)."""


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS
            + PHASES
            + "activities:\n"
            + act("a1", "tháng 1/2022", "30/6/2022", "phase: p1")
            + act("a2", "tháng 3/2022", "tháng 7/2022", "phase: p1")
            + act("a3", "tháng 12/2021", "tháng 1/2022", "phase: p1"),
            [(8, 76), (9, 57)],
            id="inside-end-after-start-before",
        ),
        pytest.param(
            UNITS
            + PHASES
            + "activities:\n"
            + act("a1", "tháng 9/2022", "tháng 9/2022", "phase: p9")
            + act("a2", "tháng 9/2022", "tháng 9/2022", "phase: p2"),
            [],
            id="dangling-and-inverted-phase-skipped",
        ),
    ],
)
def test_date_003_outside_phase(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dates.check_outside_phase) == expected


# --- DATE-004 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "tháng 1/2022", "tháng 1/2022")
            + act("a2", "tháng 2/2022", "tháng 2/2022", "depends_on: [a1, a9]"),
            [],
            id="no-cycle-dangling-skipped",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "tháng 1/2022", "tháng 1/2022", "depends_on: [a2]")
            + act("a2", "tháng 2/2022", "tháng 2/2022", "depends_on: [a1]"),
            [(5, 103)],
            id="two-activities",
        ),
        pytest.param(
            UNITS + "activities:\n" + act("a1", "tháng 1/2022", "tháng 1/2022", "depends_on: [a1]"),
            [(4, 103)],
            id="self",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a2", "tháng 2/2022", "tháng 2/2022", "depends_on: [a1]")
            + "  - id: a1\n    title: T\n    type: khac\n    owner: stttt\n"
            + "    start: tháng 1/2022\n    end: tháng 1/2022\n"
            + "    depends_on:\n      - a2\n      - a2\n"
            + act("a3", "tháng 3/2022", "tháng 3/2022", "depends_on: [a3, a3]"),
            [(12, 9), (14, 103)],
            id="block-list-cycle-and-self",
        ),
    ],
)
def test_date_004_dependency_cycle(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dependencies.check_dependency_cycle) == expected


def test_date_004_names_the_cycle_once() -> None:
    snippet = (
        UNITS
        + "activities:\n"
        + act("a1", "tháng 1/2022", "tháng 1/2022", "depends_on: [a2]")
        + act("a2", "tháng 2/2022", "tháng 2/2022", "depends_on: [a3]")
        + act("a3", "tháng 3/2022", "tháng 3/2022", "depends_on: [a1]")
    )
    (message,) = messages(snippet, dependencies.check_dependency_cycle)
    assert "a1 → a2 → a3 → a1" in message


# --- DATE-005 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "01/3/2022", "10/3/2022")
            + act("a2", "10/3/2022", "20/3/2022", "depends_on: [a1]")
            + act("a3", "tháng 4/2022", "tháng 4/2022", "depends_on: [a1, a2, a9]"),
            [],
            id="same-day-allowed-dangling-skipped",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "01/3/2022", "10/3/2022")
            + act("a2", "09/3/2022", "20/3/2022", "depends_on: [a1]"),
            [(5, 97)],
            id="one-day-early",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "tháng 3/2022", "tháng 3/2022")
            + act("a2", "tháng 3/2022", "tháng 4/2022", "depends_on: [a1]"),
            [(5, 103)],
            id="period-start-is-its-first-day",
        ),
        pytest.param(
            UNITS
            + "activities:\n"
            + act("a1", "01/3/2022", "10/3/2022", "depends_on: [a2]")
            + act("a2", "01/3/2022", "10/3/2022", "depends_on: [a1]")
            + act("a3", "05/3/2022", "10/3/2022", "depends_on: [a1]"),
            [(6, 97)],
            id="cycle-left-to-date-004-but-not-edges-into-it",
        ),
    ],
)
def test_date_005_starts_before_dependency(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dependencies.check_starts_before_dependency) == expected


# --- DATE-006 --------------------------------------------------------------------------------


def phase(name: str, kind: str, start: str) -> str:
    return f"  - {{id: {name}, kind: {kind}, start: {start}, end: năm 2022}}\n"


ONE_ACTIVITY = "activities:\n" + act("a1", "tháng 1/2022", "tháng 1/2022", "phase: p1")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS
            + "phases:\n"
            + phase("p3", "thuc_thi", "Quý III/2022")
            + phase("p1", "soan_thao", "Quý I/2022")
            + phase("p2", "ban_hanh", "Quý III/2022")
            + ONE_ACTIVITY,
            [],
            id="in-order-whatever-the-file-order",
        ),
        pytest.param(
            UNITS
            + "phases:\n"
            + phase("p1", "thuc_thi", "Quý I/2022")
            + phase("p2", "soan_thao", "Quý I/2022")
            + ONE_ACTIVITY,
            [],
            id="same-start-never-out-of-order",
        ),
        pytest.param(
            UNITS
            + "phases:\n"
            + phase("p1", "soan_thao", "Quý III/2022")
            + phase("p2", "thuc_thi", "Quý I/2022")
            + phase("p3", "lay_y_kien", "Quý IV/2022")
            + phase("p4", "danh_gia", "Quý IV/2022")
            + ONE_ACTIVITY,
            [(4, 38), (6, 39)],
            id="two-out-of-order",
        ),
    ],
)
def test_date_006_phase_order(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dates.check_phase_order) == expected


# --- DATE-007 --------------------------------------------------------------------------------


def milestone(date: str, refs: str) -> str:
    return f"  - {{id: m1, name: M, kind: han_chot, date: {date}, activities: [{refs}]}}\n"


ACTIVITIES_TO_10_MARCH = (
    "activities:\n" + act("a1", "01/3/2022", "10/3/2022") + act("a2", "01/3/2022", "tháng 3/2022")
)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS + ACTIVITIES_TO_10_MARCH + "milestones:\n" + milestone("10/3/2022", "a1, a9"),
            [],
            id="same-day-allowed-dangling-skipped",
        ),
        pytest.param(
            UNITS + ACTIVITIES_TO_10_MARCH + "milestones:\n" + milestone("tháng 3/2022", "a1, a2"),
            [],
            id="period-counts-its-last-day",
        ),
        pytest.param(
            UNITS + ACTIVITIES_TO_10_MARCH + "milestones:\n" + milestone("09/3/2022", "a2, a1"),
            [(7, 69), (7, 73)],
            id="before-both",
        ),
    ],
)
def test_date_007_milestone_before_activity(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, dependencies.check_milestone_before_activity) == expected


# --- DATE-008 --------------------------------------------------------------------------------

A1 = "activities:\n" + act("a1", "tháng 1/2022", "tháng 1/2022")


def milestones(*days: str) -> str:
    rows = "".join(
        f"  - {{id: m{i}, name: M, kind: han_chot, date: {d}}}\n" for i, d in enumerate(days)
    )
    return "milestones:\n" + rows


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS + A1 + milestones("31/3/2022", "tháng 4/2022", "Quý III/2022", "năm 2022"),
            [],
            id="weekday-and-periods",
        ),
        pytest.param(
            UNITS + A1 + milestones("02/4/2022", "01/02/2022", "03/01/2022", "2022-09-02"),
            [(6, 45), (7, 45), (8, 45), (9, 45)],
            id="saturday-tet-substituted-national-day",
        ),
        pytest.param(
            UNITS
            + A1
            + milestones("15/3/2022", "02/4/2022", "01/02/2022")
            + "calendar:\n  days_off: [15/3/2022]\n  working_days: [02/4/2022, 2022-02-01]\n",
            [(6, 45)],
            id="plan-calendar-adjusts",
        ),
        pytest.param(
            UNITS
            + A1
            + "reporting:\n  reports:\n"
            + "    - {id: r1, recipient: stttt, due: 30/4/2022, content: Báo cáo}\n"
            + "    - {id: r2, recipient: stttt, due: tháng 4/2022, content: Báo cáo}\n",
            [(7, 39)],
            id="report-due",
        ),
    ],
)
def test_date_008_non_working_day(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, workdays.check_non_working_day) == expected


def test_date_008_names_the_holiday() -> None:
    snippet = UNITS + A1 + milestones("01/02/2022", "03/01/2022", "02/4/2022")
    texts = sorted(messages(snippet, workdays.check_non_working_day))
    assert "Tết Nguyên Đán" in texts[0]
    assert "Tết Dương lịch (nghỉ bù)" in texts[1]
    assert "Thứ Bảy" in texts[2]


# --- DATE-009 --------------------------------------------------------------------------------

SPOKESPERSON = "staff:\n  - {id: s1, name: Nguyễn Văn A, unit: stttt, roles: [nguoi_phat_ngon]}\n"


def press(name: str, start: str, end: str, extra: str = "") -> str:
    return act(name, start, end, extra).replace("type: khac", "type: hop_bao")


@pytest.mark.parametrize(
    ("snippet", "base", "expected"),
    [
        pytest.param(
            UNITS + "activities:\n" + press("a1", "Quý I/2022", "Quý I/2022"),
            BASE,
            [],
            id="no-spokesperson",
        ),
        pytest.param(
            UNITS
            + SPOKESPERSON
            + "activities:\n"
            + press("a1", "Quý I/2022", "Quý IV/2022", "recurrence: quarterly"),
            BASE,
            [],
            id="quarterly-all-year",
        ),
        pytest.param(
            UNITS
            + SPOKESPERSON
            + "activities:\n"
            + press("a1", "Quý I/2022", "Quý II/2022", "recurrence: quarterly")
            + act("a2", "Quý III/2022", "Quý IV/2022"),
            BASE,
            [(5, 1), (5, 1)],
            id="half-a-year-and-not-a-press-conference",
        ),
        pytest.param(
            UNITS
            + SPOKESPERSON
            + "activities:\n"
            + press("a1", "15/02/2022", "tháng 8/2022", "recurrence: monthly")
            + press("a2", "31/12/2022", "31/12/2022"),
            BASE,
            [],
            id="monthly-occurrences-and-one-day",
        ),
        pytest.param(
            "period: {start: 15/8/2022, end: 15/02/2023}\n"
            + UNITS
            + SPOKESPERSON
            + "activities:\n"
            + press("a1", "15/8/2022", "tháng 12/2022", "recurrence: quarterly"),
            BASE_WITHOUT_PERIOD,
            [(6, 1)],
            id="period-across-years",
        ),
    ],
)
def test_date_009_press_conference_quarters(
    snippet: str, base: str, expected: list[tuple[int, int]]
) -> None:
    assert found(snippet, workdays.check_press_conference_quarters, base=base) == expected


def test_date_009_names_the_quarter() -> None:
    snippet = (
        UNITS
        + SPOKESPERSON
        + "activities:\n"
        + press("a1", "Quý I/2022", "Quý II/2022", "recurrence: quarterly")
        + press("a2", "Quý IV/2022", "Quý IV/2022")
    )
    (message,) = messages(snippet, workdays.check_press_conference_quarters)
    assert "Quý III/2022" in message


# --- Scale -----------------------------------------------------------------------------------


def long_chain_plan(size: int, *, closed: bool) -> Plan:
    """Activity i depends on activity i - 1; when ``closed``, the first on the last."""
    first_dependency = [f"a{size - 1}"] if closed else []
    activities: list[dict[str, Any]] = [
        {
            "id": f"a{i}",
            "title": "T",
            "type": "khac",
            "owner": "u",
            "start": "05/01/2022",
            "end": "05/01/2022",
            "depends_on": [f"a{i - 1}"] if i else first_dependency,
        }
        for i in range(size)
    ]
    return Plan.model_validate(
        {
            "schema_version": 1,
            "document": {"issuer": "S", "issuer_level": "so_nganh", "symbol": "KH-S", "title": "T"},
            "period": "năm 2022",
            "units": [{"id": "u", "name": "U", "kind": "don_vi_truyen_thong"}],
            "activities": activities,
        }
    )


def test_5000_activities_in_a_chain_need_no_recursion() -> None:
    plan, ctx = long_chain_plan(5000, closed=False), RuleContext()
    assert list(dependencies.check_dependency_cycle(plan, ctx)) == []
    assert list(dependencies.check_starts_before_dependency(plan, ctx)) == []


def test_5000_activities_in_one_cycle_are_one_finding() -> None:
    plan, ctx = long_chain_plan(5000, closed=True), RuleContext()
    (cycle,) = dependencies.check_dependency_cycle(plan, ctx)
    assert cycle.path == ("activities", 1, "depends_on", 0)
    assert "a0 → a4999 → a4998 → a4997 → … → a2 → a1 → a0" in cycle.message
    assert list(dependencies.check_starts_before_dependency(plan, ctx)) == []


def test_rules_are_in_catalogue_order() -> None:
    from commplan.rules import ALL_RULES

    expected = [f"DATE-00{i}" for i in range(1, 10)]
    assert [rule.id for rule in ALL_RULES if rule.family == "DATE"] == expected
    modules = (*dates.RULES, *dependencies.RULES, *workdays.RULES)
    assert sorted(rule.id for rule in modules) == expected
