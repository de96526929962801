"""BUD-001 to BUD-008: table-driven over small plans, asserting line and column."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

import pytest

from commplan.model.plan import BudgetLine, Plan
from commplan.rules import budget
from commplan.rules.base import Finding, RuleContext
from tests.helpers import BASE, rule_diagnostics

Check = Callable[[Plan, RuleContext], Iterable[Finding]]

HEAD = (
    "units:\n"
    "  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}\n"
    "activities:\n"
    "  - {id: a1, title: Họp báo, type: hop_bao, owner: stttt, start: Quý I/2022, end: 31/3/2022}\n"
    "  - {id: a2, title: Khác, type: khac, owner: stttt, start: Quý I/2022, end: 31/3/2022}\n"
)
"""Snippet lines 1-5; the budget starts on line 6."""

NSDP = "    - {id: nsdp, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh}\n"
MINISTRY_BASE = BASE.replace("issuer_level: so_nganh", "issuer_level: bo")


def found(snippet: str, check: Check, *, base: str = BASE) -> list[tuple[int, int]]:
    """(line, column) of each finding, counted from the snippet's first line."""
    offset = base.count("\n")
    diagnostics = rule_diagnostics(snippet, check, base=base)
    return sorted((d.line - offset, d.column or 0) for d in diagnostics)


def messages(snippet: str, check: Check) -> list[str]:
    return [d.message for d in rule_diagnostics(snippet, check)]


def line(name: str, money: str, extra: str = "", *, activity: str = "a1") -> str:
    """A budget line as a flow mapping; ``money`` holds quantity, unit_price and total."""
    more = f", {extra}" if extra else ""
    return (
        f"    - {{id: {name}, activity: {activity}, category: khac, description: Chi, "
        f"unit: gói, source: nsdp, {money}{more}}}\n"
    )


def plan_budget(*lines: str, total: str = "", sources: str = NSDP) -> str:
    declared = f"  total: {total}\n" if total else ""
    return HEAD + "budget:\n" + declared + "  sources:\n" + sources + "  lines:\n" + "".join(lines)


# --- Amounts ---------------------------------------------------------------------------------


def budget_line(quantity: str, unit_price: int) -> BudgetLine:
    return BudgetLine.model_validate(
        {
            "id": "b1",
            "activity": "a1",
            "category": "khac",
            "description": "Chi",
            "quantity": quantity,
            "unit": "gói",
            "unit_price": unit_price,
            "source": "nsdp",
        }
    )


@pytest.mark.parametrize(
    ("quantity", "unit_price", "expected"),
    [
        pytest.param("20", 1_500_000, 30_000_000, id="whole"),
        pytest.param("2.5", 1_000_001, 2_500_003, id="half-rounds-up"),
        pytest.param("0.5", 3, 2, id="one-and-a-half-rounds-up"),
        pytest.param("0.49", 1, 0, id="below-half-rounds-down"),
        pytest.param("0.01", 50, 1, id="exact-half-cent"),
        pytest.param(
            "12345678901234.99",
            98765432109876543,
            1_219_326_311_370_259_639_521_419_131_840,
            id="huge",
        ),
    ],
)
def test_computed_total(quantity: str, unit_price: int, expected: int) -> None:
    assert budget.computed_total(budget_line(quantity, unit_price)) == expected


def test_format_quantity() -> None:
    assert budget.format_quantity(Decimal("2.5")) == "2,5"
    assert budget.format_quantity(Decimal("1000")) == "1.000"
    assert budget.format_quantity(Decimal("1234.05")) == "1.234,05"


# --- BUD-001 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            plan_budget(
                line("b1", "quantity: 20, unit_price: 1_500_000, total: 30_000_000"),
                line("b2", "quantity: 2.5, unit_price: 1_000_001, total: 2_500_003"),
                line("b3", "quantity: 3, unit_price: 1_000"),
                line("b4", 'quantity: 2, unit_price: "1.500.000", total: "3.000.000"'),
            ),
            [],
            id="right-rounded-absent-dotted",
        ),
        pytest.param(
            plan_budget(
                line("b1", "quantity: 20, unit_price: 1_500_000, total: 3_000_000"),
                line("b2", "quantity: 2.5, unit_price: 1_000_001, total: 2_500_002"),
                line("b3", "quantity: 1, unit_price: 500, total: 500", activity="a9"),
                line("b4", "quantity: 1, unit_price: 500, total: 501", activity="a9"),
            ),
            [(10, 133), (11, 134), (13, 126)],
            id="wrong-truncated-and-dangling-still-checked",
        ),
    ],
)
def test_bud_001_line_total(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_line_total) == expected


def test_bud_001_shows_both_numbers() -> None:
    snippet = plan_budget(line("b1", "quantity: 2.5, unit_price: 1_000_001, total: 2_500_002"))
    (message,) = messages(snippet, budget.check_line_total)
    assert "2.500.002" in message
    assert "2,5 × 1.000.001 = 2.500.003" in message


# --- BUD-002 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            plan_budget(
                line("b1", "quantity: 20, unit_price: 1_500_000, total: 30_000_000"),
                line("b2", "quantity: 2.5, unit_price: 1_000_001"),
                total="32_500_003",
            ),
            [],
            id="line-without-total-counts-its-product",
        ),
        pytest.param(
            plan_budget(
                line("b1", "quantity: 20, unit_price: 1_500_000, total: 3_000_000"),
                total="3_000_000",
            ),
            [],
            id="totals-as-written",
        ),
        pytest.param(
            plan_budget(line("b1", "quantity: 20, unit_price: 1_500_000"), total='"30.000.001"'),
            [(7, 10)],
            id="declared-differs",
        ),
        pytest.param(
            plan_budget(line("b1", "quantity: 20, unit_price: 1_500_000")),
            [],
            id="no-declared-total",
        ),
        pytest.param(HEAD, [], id="no-budget"),
    ],
)
def test_bud_002_budget_total(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_budget_total) == expected


# --- BUD-003 ---------------------------------------------------------------------------------

CAPPED = (
    "    - {id: nsdp, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh, cap: 30_000_000}\n"
    "    - {id: xhh, kind: xa_hoi_hoa, name: Xã hội hóa, cap: 1_000}\n"
)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            plan_budget(
                line("b1", "quantity: 10, unit_price: 1_500_000"),
                line("b2", "quantity: 10, unit_price: 1_500_000, total: 15_000_000"),
                line("b3", "quantity: 9, unit_price: 1_000").replace("nsdp", "nsx"),
                sources=CAPPED,
            ),
            [],
            id="exactly-the-cap-dangling-source-skipped",
        ),
        pytest.param(
            plan_budget(
                line("b1", "quantity: 10, unit_price: 1_500_000"),
                line("b2", "quantity: 10, unit_price: 1_500_001"),
                line("b3", "quantity: 9, unit_price: 1_000").replace("nsdp", "xhh"),
                sources=CAPPED,
            ),
            [(8, 73), (9, 58)],
            id="over-both-caps",
        ),
        pytest.param(
            plan_budget(line("b1", "quantity: 10, unit_price: 1_500_000")),
            [],
            id="no-cap",
        ),
    ],
)
def test_bud_003_source_cap(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_source_cap) == expected


# --- BUD-004 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(plan_budget(line("b1", "quantity: 1, unit_price: 1_000")), [], id="funded"),
        pytest.param(
            plan_budget(line("b1", "quantity: 1, unit_price: 1_000", activity="a2")),
            [(4, 10)],
            id="only-the-other-activity-funded",
        ),
        pytest.param(
            plan_budget(line("b1", "quantity: 1, unit_price: 1_000", activity="a9")),
            [(4, 10)],
            id="dangling-line-funds-nothing",
        ),
        pytest.param(HEAD, [], id="no-budget-nothing-itemised"),
    ],
)
def test_bud_004_activity_without_budget(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_activity_without_budget) == expected


# --- BUD-005 ---------------------------------------------------------------------------------


def with_sources(sources: str) -> str:
    return plan_budget(line("b1", "quantity: 1, unit_price: 1_000"), sources=sources)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            with_sources(
                NSDP
                + "    - {id: xhh, kind: xa_hoi_hoa, name: X, sponsor: Công ty, legal_basis: Thư}\n"
                + "    - {id: tt, kind: tai_tro_quoc_te, name: T, sponsor: UN, legal_basis: HĐ}\n"
            ),
            [],
            id="lawful",
        ),
        pytest.param(
            with_sources(
                NSDP
                + "    - {id: xhh, kind: xa_hoi_hoa, name: X, sponsor: Công ty A}\n"
                + "    - id: tt\n      kind: tai_tro_quoc_te\n      name: Tài trợ\n"
            ),
            [(9, 8), (10, 7)],
            id="missing-legal-basis-and-both",
        ),
    ],
)
def test_bud_005_source_lawful(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_source_lawful) == expected


# --- BUD-006 ---------------------------------------------------------------------------------

BOTH_LEVELS = NSDP + "    - {id: nstw, kind: ngan_sach_trung_uong, name: Ngân sách trung ương}\n"


@pytest.mark.parametrize(
    ("snippet", "base", "expected"),
    [
        pytest.param(with_sources(NSDP), BASE, [], id="local-plan-local-budget"),
        pytest.param(with_sources(BOTH_LEVELS), BASE, [(9, 24)], id="local-plan-central-budget"),
        pytest.param(
            with_sources(BOTH_LEVELS), MINISTRY_BASE, [(8, 24)], id="ministry-plan-local-budget"
        ),
    ],
)
def test_bud_006_budget_level(snippet: str, base: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_budget_level, base=base) == expected


# --- BUD-007 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            plan_budget(
                line("b1", "quantity: 1, unit_price: 1_000, norm_ref: Thông tư 40/2017/TT-BTC"),
                line("b2", "quantity: 1, unit_price: 1_000"),
            ).replace("category: khac", "category: cong_tac_phi", 1),
            [],
            id="cited-and-other-category",
        ),
        pytest.param(
            plan_budget(
                line("b1", "quantity: 1, unit_price: 1_000"),
                line("b2", "quantity: 1, unit_price: 1_000"),
            )
            .replace("category: khac", "category: hoi_nghi_hoi_thao", 1)
            .replace("category: khac", "category: cong_tac_phi", 1),
            [(10, 8), (11, 8)],
            id="both-categories-uncited",
        ),
    ],
)
def test_bud_007_norm_reference(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_norm_reference) == expected


# --- BUD-008 ---------------------------------------------------------------------------------

TWO_YEARS = BASE.replace("period: năm 2022", "period: {start: Quý III/2022, end: Quý II/2023}")
INVERTED = BASE.replace("period: năm 2022", "period: {start: năm 2023, end: năm 2022}")


FISCAL_YEARS = plan_budget(
    line("b1", "quantity: 1, unit_price: 1_000, fiscal_year: 2021"),
    line("b2", "quantity: 1, unit_price: 1_000, fiscal_year: 2022"),
    line("b3", "quantity: 1, unit_price: 1_000, fiscal_year: 2023"),
    line("b4", "quantity: 1, unit_price: 1_000"),
)


@pytest.mark.parametrize(
    ("snippet", "base", "expected"),
    [
        pytest.param(FISCAL_YEARS, BASE, [(10, 134), (12, 134)], id="one-year"),
        pytest.param(FISCAL_YEARS, TWO_YEARS, [(10, 134)], id="two-years"),
        pytest.param(FISCAL_YEARS, INVERTED, [], id="inverted-period-left-to-date-001"),
    ],
)
def test_bud_008_fiscal_year(snippet: str, base: str, expected: list[tuple[int, int]]) -> None:
    assert found(snippet, budget.check_fiscal_year, base=base) == expected


def test_rules_are_in_catalogue_order() -> None:
    assert [rule.id for rule in budget.RULES] == [f"BUD-00{i}" for i in range(1, 9)]
