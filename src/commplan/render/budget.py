"""The budget: line amounts, totals by source, category and fiscal year, Phụ lục III rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from commplan.model.codes import codes, label
from commplan.model.plan import Budget, BudgetLine, Plan
from commplan.render.text import quantity_text, strip_item
from commplan.vn.formats import POINT_LETTERS, roman
from commplan.vn.money import amount_line, format_money

Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class Priced:
    """A budget line with its amount and fiscal year worked out."""

    line: BudgetLine
    amount: int
    year: int


def line_amount(line: BudgetLine) -> int:
    """The line's total: as written, else quantity × unit price rounded half up."""
    if line.total is not None:
        return line.total
    exact = line.quantity * Decimal(line.unit_price)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def priced_lines(plan: Plan) -> list[Priced]:
    """Every budget line with its amount and fiscal year (default: the task's start year)."""
    if plan.budget is None:
        return []
    starts = {a.id: a.start.first.year for a in plan.activities}
    default = plan.year()
    return [
        Priced(
            line,
            line_amount(line),
            line.fiscal_year or starts.get(line.activity, default),
        )
        for line in plan.budget.lines
    ]


def source_names(budget: Budget) -> dict[str, str]:
    """Source id -> the name shown in documents (with the sponsor when there is one)."""
    return {
        s.id: strip_item(s.name) + (f" ({strip_item(s.sponsor)})" if s.sponsor else "")
        for s in budget.sources
    }


def ordered(keys: Iterable[str], order: Iterable[str]) -> list[str]:
    """The distinct ``keys`` in the order of ``order``, unknown ones after, as first seen."""
    wanted = list(dict.fromkeys(keys))
    known = [k for k in order if k in wanted]
    return known + [k for k in wanted if k not in known]


def total_of(lines: Iterable[Priced]) -> int:
    """The sum of the lines' amounts."""
    return sum(p.amount for p in lines)


def _row(kind: str, label_: str, text: str, amount: int, **extra: str) -> Row:
    row = {"kind": kind, "label": label_, "text": text, "unit": "", "quantity": ""}
    row |= {"unit_price": "", "amount": format_money(amount)}
    return row | extra


def _line_rows(lines: list[Priced]) -> list[Row]:
    return [
        _row(
            "line",
            "-",
            strip_item(p.line.description),
            p.amount,
            unit=p.line.unit,
            quantity=quantity_text(p.line.quantity),
            unit_price=format_money(p.line.unit_price),
        )
        for p in lines
    ]


Grouper = Callable[[list[Priced]], list[Row]]


def _group_rows(
    lines: list[Priced],
    key: Callable[[Priced], str],
    order: Iterable[str],
    title: Callable[[str], str],
    number: Callable[[int], str],
    inner: Grouper,
) -> list[Row]:
    rows: list[Row] = []
    for i, k in enumerate(ordered((key(p) for p in lines), order)):
        mine = [p for p in lines if key(p) == k]
        rows.append(_row("group", number(i), title(k), total_of(mine)))
        rows += inner(mine)
    return rows


def _by_category(mine: list[Priced]) -> list[Row]:
    return _group_rows(
        mine,
        lambda p: p.line.category,
        codes("budget_category"),
        lambda c: label("budget_category", c),
        lambda i: str(i + 1),
        _line_rows,
    )


def _by_source(budget: Budget) -> Grouper:
    names = source_names(budget)

    def group(mine: list[Priced]) -> list[Row]:
        return _group_rows(
            mine,
            lambda p: p.line.source,
            [s.id for s in budget.sources],
            lambda s: names.get(s, s),
            lambda i: roman(i + 1),
            _by_category,
        )

    return group


def table_rows(budget: Budget, lines: list[Priced]) -> list[Row]:
    """Phụ lục III rows: [fiscal year >] source > category > line, then the total row."""
    by_source = _by_source(budget)
    years = sorted({p.year for p in lines})
    if len(years) > 1:
        rows = _group_rows(
            lines,
            lambda p: str(p.year),
            [str(y) for y in years],
            lambda y: f"Năm {y}",
            lambda i: POINT_LETTERS[i].upper() if i < len(POINT_LETTERS) else "",
            by_source,
        )
    else:
        rows = by_source(lines)
    return [*rows, _row("total", "", "Tổng cộng", total_of(lines))]


def budget_context(plan: Plan) -> dict[str, Any] | None:
    """The ``budget`` variable: totals and Phụ lục III rows; None when there are no lines."""
    lines = priced_lines(plan)
    if plan.budget is None or not lines:
        return None
    total = total_of(lines)
    return {
        "total": total,
        "total_text": format_money(total),
        "words": amount_line(total),
        "rows": table_rows(plan.budget, lines),
    }
