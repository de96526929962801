"""Budget: BUD-001 to BUD-008 (always on). All arithmetic is in whole đồng.

A line's amount is ``quantity × unit_price``, computed exactly and rounded half up to a whole
đồng; its ``total``, when written, is checked against that amount and otherwise stands in for
it. Messages write money as documents do (``1.500.000``) and quantities with a decimal comma.
A check that follows a reference skips a line whose reference dangles (REF-003 reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Final

from commplan.i18n import _
from commplan.model.codes import COST_BEARING_TYPES, LOCAL_LEVELS, MINISTRY_LEVELS, label
from commplan.model.plan import BudgetLine, Plan, Source
from commplan.rules.base import Finding, Rule, RuleContext, items
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path
from commplan.vn.money import format_money

NON_BUDGET_SOURCES: Final = frozenset({"xa_hoi_hoa", "tai_tro_quoc_te"})
"""Source kinds whose lawfulness the plan must show with a sponsor and a legal basis."""

NORM_CATEGORIES: Final = frozenset({"hoi_nghi_hoi_thao", "cong_tac_phi"})
"""Categories priced by a norm (Thông tư 40/2017/TT-BTC) that a line must cite."""

_WHOLE: Final = Decimal(1)


def computed_total(line: BudgetLine) -> int:
    """``quantity × unit_price`` of a line, rounded half up to a whole đồng.

    Args:
        line: The budget line.

    Returns:
        The amount in đồng; ``2.5 × 1_000_001`` is 2_500_003.
    """
    digits = len(line.quantity.as_tuple().digits) + len(str(line.unit_price))
    with localcontext() as exact:
        # Room for every digit of the product, so that only the quantize step rounds.
        exact.prec = digits + 1
        product = line.quantity * line.unit_price
        return int(product.quantize(_WHOLE, rounding=ROUND_HALF_UP))


def line_amount(line: BudgetLine) -> int:
    """A line's amount as written: its ``total``, or the computed one when it has none.

    Args:
        line: The budget line.

    Returns:
        The amount in đồng.
    """
    return line.total if line.total is not None else computed_total(line)


def format_quantity(quantity: Decimal) -> str:
    """Write a quantity the Vietnamese way: ``1.000`` for a thousand, ``2,5`` for two and a half.

    Args:
        quantity: The quantity, as written (at most two decimals).

    Returns:
        The figures, grouped by "." with a decimal ",".
    """
    whole, _point, fraction = f"{quantity:f}".partition(".")
    grouped = format_money(int(whole))
    return f"{grouped},{fraction}" if fraction else grouped


def _lines(plan: Plan) -> Iterator[tuple[Path, BudgetLine]]:
    return items(plan, ("budget", "lines"))


def _sources(plan: Plan) -> Iterator[tuple[Path, Source]]:
    return items(plan, ("budget", "sources"))


def check_line_total(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-001: a line's ``total`` is not ``quantity × unit_price``.

    The product is rounded half up to a whole đồng; a line without ``total`` is not checked.

    Passes::

        lines: [{id: b1, quantity: 20, unit_price: 1_500_000, total: 30_000_000, ...}]

    Fails::

        lines: [{id: b1, quantity: 20, unit_price: 1_500_000, total: 3_000_000, ...}]
    """
    del ctx
    for path, line in _lines(plan):
        expected = computed_total(line)
        if line.total is None or line.total == expected:
            continue
        yield Finding(
            (*path, "total"),
            _(
                "the total {total} is not quantity × unit price: {quantity} × {price} = {expected}"
            ).format(
                total=format_money(line.total),
                quantity=format_quantity(line.quantity),
                price=format_money(line.unit_price),
                expected=format_money(expected),
            ),
            _("write total: {expected}, or correct the quantity or the unit price").format(
                expected=f"{expected:_}"
            ),
        )


def check_budget_total(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-002: the declared ``budget.total`` is not the sum of the lines.

    Each line counts its ``total`` as written, or ``quantity × unit_price`` when it has none.

    Passes::

        budget: {total: 30_000_000, lines: [{id: b1, total: 30_000_000, ...}]}

    Fails::

        budget: {total: 25_000_000, lines: [{id: b1, total: 30_000_000, ...}]}
    """
    del ctx
    budget = plan.budget
    if budget is None or budget.total is None:
        return
    added = sum(line_amount(line) for line in budget.lines)
    if added != budget.total:
        yield Finding(
            ("budget", "total"),
            _("the declared total {declared} is not the sum of the lines, {added}").format(
                declared=format_money(budget.total), added=format_money(added)
            ),
            _("correct the total or the lines"),
        )


def check_source_cap(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-003: the lines of a source add up to more than its ``cap``.

    Passes::

        sources: [{id: nsdp, cap: 50_000_000, ...}]
        lines: [{id: b1, source: nsdp, total: 30_000_000, ...}]

    Fails::

        sources: [{id: nsdp, cap: 20_000_000, ...}]
    """
    del ctx
    spent: dict[str, int] = {}
    for _path, line in _lines(plan):
        spent[line.source] = spent.get(line.source, 0) + line_amount(line)
    seen: set[str] = set()
    for path, source in _sources(plan):
        # With a duplicate id (REF-001) the lines are counted against the first source only.
        first, amount = source.id not in seen, spent.get(source.id, 0)
        seen.add(source.id)
        if first and source.cap is not None and amount > source.cap:
            yield Finding(
                (*path, "cap"),
                _(
                    "the lines paid from '{id}' add up to {amount}, more than its cap of {cap}"
                ).format(id=source.id, amount=format_money(amount), cap=format_money(source.cap)),
                _("raise the cap, move lines to another source, or reduce them"),
            )


def check_activity_without_budget(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-004: an activity of a cost-bearing type has no budget line.

    The cost-bearing types are hop_bao, toa_dam_hoi_thao, dat_hang_bao_chi, tap_huan,
    khao_sat_du_luan, san_pham_truyen_thong, theo_doi_thong_tin and danh_gia_tac_dong. The
    finding points at the activity's id.

    Passes::

        activities: [{id: a1, type: hop_bao, ...}]
        budget: {lines: [{id: b1, activity: a1, ...}]}

    Fails::

        activities: [{id: a1, type: hop_bao, ...}]    # no line names a1
    """
    del ctx
    funded = {line.activity for _path, line in _lines(plan)}
    for path, activity in items(plan, ("activities",)):
        if activity.type in COST_BEARING_TYPES and activity.id not in funded:
            yield Finding(
                (*path, "id"),
                _("activity '{id}' ({type}) has no budget line").format(
                    id=activity.id, type=label("activity_type", activity.type)
                ),
                _("add a line to budget.lines with activity: {id}").format(id=activity.id),
            )


def check_source_lawful(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-005: a ``xa_hoi_hoa`` or ``tai_tro_quoc_te`` source without sponsor or legal basis.

    The finding points at the source and names the missing fields.

    Passes::

        sources:
          - {id: xhh, kind: xa_hoi_hoa, sponsor: Doanh nghiệp X, legal_basis: Luật Ngân sách, ...}

    Fails::

        sources: [{id: xhh, kind: xa_hoi_hoa, sponsor: Doanh nghiệp X, ...}]
    """
    del ctx
    for path, source in _sources(plan):
        missing = [
            name
            for name, value in (("sponsor", source.sponsor), ("legal_basis", source.legal_basis))
            if value is None
        ]
        if source.kind in NON_BUDGET_SOURCES and missing:
            yield Finding(
                path,
                _("source '{id}' ({kind}) does not show it is lawful: no {fields}").format(
                    id=source.id, kind=label("source_kind", source.kind), fields=", ".join(missing)
                ),
                _("name the sponsor and the legal basis of the source"),
                at="container",
            )


def _other_level_budget(level: str) -> str | None:
    if level in LOCAL_LEVELS:
        return "ngan_sach_trung_uong"
    if level in MINISTRY_LEVELS:
        return "ngan_sach_dia_phuong"
    return None


def check_budget_level(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-006: central budget in a local-level plan, or local budget in a ministry-level plan.

    Levels follow ``document.issuer_level``: bo, co_quan_ngang_bo and co_quan_thuoc_cp are
    ministry level; ubnd_tinh, so_nganh and ubnd_xa local level.

    Passes::

        document: {issuer_level: so_nganh, ...}
        budget: {sources: [{id: nsdp, kind: ngan_sach_dia_phuong, ...}]}

    Fails::

        budget: {sources: [{id: nstw, kind: ngan_sach_trung_uong, ...}]}
    """
    del ctx
    level = plan.document.issuer_level
    wrong = _other_level_budget(level)
    for path, source in _sources(plan):
        if source.kind == wrong:
            yield Finding(
                (*path, "kind"),
                _("source '{id}' is {kind}, which does not match a plan issued by {level}").format(
                    id=source.id,
                    kind=label("source_kind", source.kind),
                    level=label("issuer_level", level),
                ),
                _("check the source's kind, or document.issuer_level"),
            )


def check_norm_reference(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-007: a ``hoi_nghi_hoi_thao`` or ``cong_tac_phi`` line without ``norm_ref``.

    The finding points at the line.

    Passes::

        lines: [{id: b1, category: cong_tac_phi, norm_ref: Thông tư 40/2017/TT-BTC, ...}]

    Fails::

        lines: [{id: b1, category: cong_tac_phi, ...}]
    """
    del ctx
    for path, line in _lines(plan):
        if line.category in NORM_CATEGORIES and line.norm_ref is None:
            yield Finding(
                path,
                _("line '{id}' ({category}) does not cite the pricing norm it follows").format(
                    id=line.id, category=label("budget_category", line.category)
                ),
                _("add norm_ref, for example norm_ref: Thông tư 40/2017/TT-BTC"),
                at="container",
            )


def check_fiscal_year(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """BUD-008: a line's ``fiscal_year`` is outside the years of ``period``.

    Only a written ``fiscal_year`` is checked: the default, the year of the activity's start,
    is outside the period only when the activity is, which DATE-002 reports.

    Passes::

        period: năm 2022
        lines: [{id: b1, fiscal_year: 2022, ...}]

    Fails::

        lines: [{id: b1, fiscal_year: 2023, ...}]
    """
    del ctx
    if plan.period is None:  # PLAN-MODEL.md: rules that need the period are silent without it
        return
    first, last = plan.period.start.first.year, plan.period.end.last.year
    for path, line in _lines(plan):
        year = line.fiscal_year
        # An inverted period (DATE-001) has no years to compare with.
        if year is not None and first <= last and not first <= year <= last:
            yield Finding(
                (*path, "fiscal_year"),
                _("fiscal year {year} is outside the years of the plan's period ({years})").format(
                    year=year, years=str(first) if first == last else f"{first}–{last}"
                ),
                _("correct the year, or the period"),
            )


E, W = Severity.ERROR, Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule("BUD-001", E, "a line's total is not quantity × unit_price", check_line_total),
    Rule("BUD-002", E, "budget.total is not the sum of the lines", check_budget_total),
    Rule("BUD-003", E, "the lines of a source add up to more than its cap", check_source_cap),
    Rule(
        "BUD-004",
        W,
        "an activity of a cost-bearing type has no budget line",
        check_activity_without_budget,
    ),
    Rule(
        "BUD-005",
        W,
        "a xa_hoi_hoa or tai_tro_quoc_te source without sponsor or legal_basis",
        check_source_lawful,
    ),
    Rule(
        "BUD-006",
        W,
        "central budget in a local-level plan, or local budget in a ministry-level plan",
        check_budget_level,
    ),
    Rule(
        "BUD-007",
        W,
        "a hoi_nghi_hoi_thao or cong_tac_phi line without norm_ref",
        check_norm_reference,
    ),
    Rule("BUD-008", W, "a line's fiscal_year outside the years of period", check_fiscal_year),
)
"""The budget rules, in catalogue order."""
