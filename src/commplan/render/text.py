"""Small text helpers shared by the context builders: time frames, clean list items, names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from commplan.vn.dates import DateExpr
from commplan.vn.formats import roman, short_date
from commplan.vn.money import format_money

_TRAILING = re.compile(r"[\s;,.]+$")
_LEADING_DASH = re.compile(r"^[\s\-–+•]+")


def strip_item(text: str) -> str:
    """A list item without the "- " before it and the ";" or "." after it.

    The template adds the punctuation ND30 asks for, so an officer who typed it in the plan
    does not get it twice.
    """
    return _TRAILING.sub("", _LEADING_DASH.sub("", text.strip()))


def lower_first(text: str) -> str:
    """Lower the first letter for use inside a sentence, unless the word is an abbreviation."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    """Capitalise the first letter (the rest is left as written)."""
    return text[:1].upper() + text[1:]


def join(parts: Iterable[str], sep: str = ", ") -> str:
    """Join the non-empty parts."""
    return sep.join(p for p in parts if p)


def quantity_text(quantity: Decimal) -> str:
    """A quantity as Vietnamese documents write it: ``1.000``, ``2,5``."""
    whole = int(quantity)
    fraction = quantity - whole
    if not fraction:
        return format_money(whole)
    decimals = format(fraction.normalize(), "f").split(".")[1]
    return f"{format_money(whole)},{decimals}"


def millions(amount: int) -> str:
    """An amount in đồng written in triệu đồng, to the thousand: ``12.500.000`` -> ``12,5``."""
    value = (Decimal(amount) / 10**6).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return quantity_text(value) if value else "0"


def number_text(value: int | float | str) -> str:
    """A KPI number: integers grouped with ".", decimals with ","."""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not value.is_integer():
        return quantity_text(Decimal(str(value)))
    return format_money(int(value))


def _month_end(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def _day_month(day: date) -> str:
    return short_date(day).rsplit("/", 1)[0]


def timeframe(start: DateExpr, end: DateExpr) -> str:
    """The time of a task as a table cell shows it, e.g. "Tháng 4 - 12/2022".

    Args:
        start: When the task starts (its first day counts).
        end: When it ends (its last day counts).

    Returns:
        The shortest faithful form: one period ("Quý II/2022"), a range of quarters
        ("Quý II - IV/2022"), of months ("Tháng 4 - 12/2022") or of days ("07/3 - 15/4/2022").
    """
    first, last = start.first, end.last
    if start.text == end.text:
        return upper_first(start.text)
    if first.day == 1 and _month_end(last):
        return _month_range(first, last, quarters="quarter" in (start.kind, end.kind))
    if first.year == last.year:
        return f"{_day_month(first)} - {short_date(last)}"
    return f"{short_date(first)} - {short_date(last)}"


def _month_range(first: date, last: date, *, quarters: bool) -> str:
    same_year = first.year == last.year
    if same_year and first.month == 1 and last.month == 12:
        return f"Năm {first.year}"
    if quarters and first.month % 3 == 1 and last.month % 3 == 0:
        q1, q2 = (first.month + 2) // 3, last.month // 3
        if same_year:
            if q1 == q2:
                return f"Quý {roman(q1)}/{first.year}"
            return f"Quý {roman(q1)} - {roman(q2)}/{first.year}"
        return f"Quý {roman(q1)}/{first.year} - quý {roman(q2)}/{last.year}"
    if same_year:
        if first.month == last.month:
            return f"Tháng {first.month}/{first.year}"
        return f"Tháng {first.month} - {last.month}/{first.year}"
    return f"Tháng {first.month}/{first.year} - tháng {last.month}/{last.year}"
