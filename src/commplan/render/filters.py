"""Jinja filters for Vietnamese official formatting, on the plain values of the context.

Each filter wraps a function of ``commplan.vn.money``, ``commplan.vn.formats`` or
``commplan.vn.dates``, so a template formats numbers and dates exactly as the built-in
document does. Dates come as ISO text (``"2022-03-05"``) because the context holds no Python
objects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final

from commplan.vn import formats, money
from commplan.vn.dates import parse_date_expr


def _day(value: str | date) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def money_filter(amount: int) -> str:
    """``1093000000 | money`` -> ``"1.093.000.000"``."""
    return money.format_money(int(amount))


def words_filter(amount: int, zero_tens: money.ZeroTens = "linh") -> str:
    """``1005 | words`` -> ``"Một nghìn không trăm linh năm đồng"`` (``words("lẻ")``)."""
    return money.amount_in_words(int(amount), zero_tens=zero_tens)


def amount_line_filter(amount: int, zero_tens: money.ZeroTens = "linh") -> str:
    """``1500000 | amount_line`` -> ``"Bằng chữ: Một triệu năm trăm nghìn đồng."``."""
    return money.amount_line(int(amount), zero_tens=zero_tens)


def nd30_date_filter(value: str | date) -> str:
    """``"2022-03-05" | nd30_date`` -> ``"ngày 05 tháng 3 năm 2022"``."""
    return formats.nd30_date(_day(value))


def short_date_filter(value: str | date) -> str:
    """``"2022-03-05" | short_date`` -> ``"05/3/2022"``."""
    return formats.short_date(_day(value))


def roman_filter(number: int) -> str:
    """``4 | roman`` -> ``"IV"``."""
    return formats.roman(int(number))


def point_letter_filter(index: int) -> str:
    """``4 | point_letter`` -> ``"đ"`` (0-based, Vietnamese alphabet a b c d đ e g …)."""
    return formats.point_letter(int(index))


def date_expr_filter(text: str) -> str:
    """``"quý 2/2022" | date_expr`` -> ``"Quý II/2022"`` (the canonical form)."""
    return parse_date_expr(str(text)).text


FILTERS: Final[dict[str, Callable[..., Any]]] = {
    "money": money_filter,
    "words": words_filter,
    "amount_line": amount_line_filter,
    "nd30_date": nd30_date_filter,
    "short_date": short_date_filter,
    "roman": roman_filter,
    "point_letter": point_letter_filter,
    "date_expr": date_expr_filter,
}
"""Every filter a template may use, by name."""
