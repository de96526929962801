"""Small Vietnamese formatting helpers for official documents (Nghị định 30/2020/NĐ-CP).

* Dates (ND30 H8, Phụ lục I II.4.b): days 1-9 and months 1 and 2 take a leading zero, months 3-12
  do not, the year has four digits: "ngày 05 tháng 3 năm 2022", "ngày 12 tháng 01 năm 2023".
  :func:`short_date` applies the same rule to the numeric form used in the body: "05/3/2022".
* Roman numerals for "Phần"/"Mục" headings and quarters, 1 to 3999.
* Point (điểm) letters follow the Vietnamese alphabet without f, j, w, z (ND30 section 5):
  a) b) c) d) đ) e) g) ... y), 23 letters in all.
* Quarters in headings and tables: "Quý II/2022" (ND30 V5).
"""

from __future__ import annotations

import datetime

__all__ = ["POINT_LETTERS", "nd30_date", "point_letter", "quarter_text", "roman", "short_date"]

POINT_LETTERS: tuple[str, ...] = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)  # fmt: skip

_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _check_int(value: int, name: str) -> None:
    # bool is an int subclass; refuse it so that roman(True) is not silently "I".
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")


def _month(month: int) -> str:
    # ND30 pads only January and February, so "tháng 1" is never confused with "tháng 10"-"12".
    return f"{month:02d}" if month <= 2 else str(month)


def nd30_date(d: datetime.date) -> str:
    """Write a date as in the place-and-date line of an official document.

    Args:
        d: The date (a ``datetime.datetime`` is accepted; only its date is used).

    Returns:
        E.g. ``"ngày 05 tháng 3 năm 2022"`` or ``"ngày 28 tháng 02 năm 2023"``.
    """
    return f"ngày {d.day:02d} tháng {_month(d.month)} năm {d.year:04d}"


def short_date(d: datetime.date) -> str:
    """Write a date in the short numeric form, with the same leading-zero rule as ND30.

    Args:
        d: The date.

    Returns:
        E.g. ``"05/3/2022"``, ``"05/01/2023"``, ``"15/10/2022"``.
    """
    return f"{d.day:02d}/{_month(d.month)}/{d.year:04d}"


def roman(n: int) -> str:
    """Write a number in upper-case Roman numerals.

    Args:
        n: A number from 1 to 3999.

    Returns:
        The numeral, e.g. ``"XIV"`` for 14.

    Raises:
        TypeError: If ``n`` is not an ``int`` (or is a ``bool``).
        ValueError: If ``n`` is outside 1..3999.
    """
    _check_int(n, "n")
    if not 1 <= n <= 3999:
        raise ValueError(f"Roman numerals are defined for 1..3999, got {n}")
    parts: list[str] = []
    for value, symbol in _ROMAN_VALUES:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def point_letter(index: int) -> str:
    """Return the letter of the point (điểm) at a 0-based position in a khoản.

    Args:
        index: 0 for "a", 4 for "đ", 22 for "y".

    Returns:
        The letter alone, without the ")" that follows it in the document.

    Raises:
        TypeError: If ``index`` is not an ``int`` (or is a ``bool``).
        ValueError: If ``index`` is negative or beyond the 23 letters a)..y).
    """
    _check_int(index, "index")
    if not 0 <= index < len(POINT_LETTERS):
        raise ValueError(
            f"point index {index} is out of range: a khoản can have at most "
            f"{len(POINT_LETTERS)} điểm, a) to y) (indices 0..{len(POINT_LETTERS) - 1}); "
            "split the khoản"
        )
    return POINT_LETTERS[index]


def quarter_text(q: int, year: int) -> str:
    """Write a quarter as in headings and tables.

    Args:
        q: The quarter, 1 to 4.
        year: The year, 1 or later.

    Returns:
        E.g. ``"Quý II/2022"``.

    Raises:
        TypeError: If ``q`` or ``year`` is not an ``int`` (or is a ``bool``).
        ValueError: If ``q`` is outside 1..4 or ``year`` is below 1.
    """
    _check_int(q, "q")
    _check_int(year, "year")
    if not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1..4, got {q}")
    if year < 1:
        raise ValueError(f"year must be 1 or later, got {year}")
    return f"Quý {roman(q)}/{year}"
