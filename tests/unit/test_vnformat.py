"""Tests for commplan.vn.formats (ND30 H8 dates, section 5 point letters, V5 quarters)."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from commplan.vn.formats import (
    POINT_LETTERS,
    nd30_date,
    point_letter,
    quarter_text,
    roman,
    short_date,
)

# The H8 pattern from ND30.md section 4, without the place name.
ND30_DATE = re.compile(r"ngày (0[1-9]|[12]\d|3[01]) tháng (01|02|[3-9]|1[0-2]) năm \d{4}")

# --- nd30_date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (datetime.date(2022, 3, 5), "ngày 05 tháng 3 năm 2022"),
        (datetime.date(2023, 1, 12), "ngày 12 tháng 01 năm 2023"),
        (datetime.date(2023, 2, 28), "ngày 28 tháng 02 năm 2023"),
        (datetime.date(2023, 12, 1), "ngày 01 tháng 12 năm 2023"),
        (datetime.date(2022, 11, 30), "ngày 30 tháng 11 năm 2022"),
        (datetime.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (datetime.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (datetime.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (datetime.date(2022, 10, 10), "ngày 10 tháng 10 năm 2022"),
        (datetime.datetime(2022, 3, 5, 23, 59), "ngày 05 tháng 3 năm 2022"),
    ],
)
def test_nd30_date(d: datetime.date, expected: str) -> None:
    assert nd30_date(d) == expected


@pytest.mark.parametrize(
    ("month", "label"),
    [
        (1, "01"), (2, "02"), (3, "3"), (4, "4"), (5, "5"), (6, "6"),
        (7, "7"), (8, "8"), (9, "9"), (10, "10"), (11, "11"), (12, "12"),
    ],
)  # fmt: skip
def test_nd30_date_months(month: int, label: str) -> None:
    assert nd30_date(datetime.date(2023, month, 15)) == f"ngày 15 tháng {label} năm 2023"


@pytest.mark.parametrize("day", range(1, 32))
def test_nd30_date_days(day: int) -> None:
    label = f"0{day}" if day < 10 else str(day)
    assert nd30_date(datetime.date(2023, 3, day)) == f"ngày {label} tháng 3 năm 2023"


def test_nd30_date_every_day_matches_decree_pattern() -> None:
    d = datetime.date(2024, 1, 1)
    while d.year == 2024:
        text = nd30_date(d)
        match = ND30_DATE.fullmatch(text)
        assert match, text
        assert (int(match[1]), int(match[2])) == (d.day, d.month)
        d += datetime.timedelta(days=1)


# --- short_date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (datetime.date(2022, 3, 5), "05/3/2022"),
        (datetime.date(2023, 1, 5), "05/01/2023"),
        (datetime.date(2023, 2, 14), "14/02/2023"),
        (datetime.date(2022, 10, 15), "15/10/2022"),
        (datetime.date(2022, 12, 31), "31/12/2022"),
        (datetime.date(2022, 9, 9), "09/9/2022"),
    ],
)
def test_short_date(d: datetime.date, expected: str) -> None:
    assert short_date(d) == expected


def test_short_date_agrees_with_nd30_date() -> None:
    d = datetime.date(2023, 1, 1)
    while d.year == 2023:
        day, month, year = short_date(d).split("/")
        assert nd30_date(d) == f"ngày {day} tháng {month} năm {year}"
        d += datetime.timedelta(days=1)


# --- roman -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (6, "VI"), (9, "IX"),
        (10, "X"), (14, "XIV"), (19, "XIX"), (40, "XL"), (49, "XLIX"), (90, "XC"),
        (400, "CD"), (444, "CDXLIV"), (900, "CM"), (1994, "MCMXCIV"), (2022, "MMXXII"),
        (3888, "MMMDCCCLXXXVIII"), (3999, "MMMCMXCIX"),
    ],
)  # fmt: skip
def test_roman(n: int, expected: str) -> None:
    assert roman(n) == expected


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CANONICAL_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def _read_roman(text: str) -> int:
    values = [_ROMAN_DIGITS[c] for c in text]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def test_roman_all_values_canonical_and_read_back() -> None:
    seen = set()
    for n in range(1, 4000):
        text = roman(n)
        assert _CANONICAL_ROMAN.fullmatch(text), (n, text)
        assert _read_roman(text) == n
        seen.add(text)
    assert len(seen) == 3999


@pytest.mark.parametrize("n", [0, -1, 4000, 10**6])
def test_roman_rejects_out_of_range(n: int) -> None:
    with pytest.raises(ValueError, match=r"1\.\.3999"):
        roman(n)


@pytest.mark.parametrize("n", [True, 1.0, "IV", None])
def test_roman_rejects_non_int(n: Any) -> None:
    with pytest.raises(TypeError):
        roman(n)


# --- point_letter ----------------------------------------------------------------------------


def test_point_letters_follow_nd30() -> None:
    assert "".join(POINT_LETTERS) == "abcdđeghiklmnopqrstuvxy"
    assert len(POINT_LETTERS) == 23
    assert isinstance(POINT_LETTERS, tuple)
    assert not {"f", "j", "w", "z"} & set(POINT_LETTERS)
    assert all(len(letter) == 1 for letter in POINT_LETTERS)


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, "a"), (1, "b"), (2, "c"), (3, "d"), (4, "đ"), (5, "e"), (6, "g"), (7, "h"), (8, "i"),
     (9, "k"), (10, "l"), (11, "m"), (12, "n"), (13, "o"), (14, "p"), (15, "q"), (16, "r"),
     (17, "s"), (18, "t"), (19, "u"), (20, "v"), (21, "x"), (22, "y")],
)  # fmt: skip
def test_point_letter(index: int, expected: str) -> None:
    assert point_letter(index) == expected


def test_point_letter_d_stroke_is_the_single_code_point() -> None:
    assert point_letter(4) == "\u0111"


@pytest.mark.parametrize("index", [23, 24, 100, -1, -23])
def test_point_letter_rejects_out_of_range(index: int) -> None:
    with pytest.raises(ValueError, match=r"a\) to y\)"):
        point_letter(index)


@pytest.mark.parametrize("index", [True, 0.0, "a", None])
def test_point_letter_rejects_non_int(index: Any) -> None:
    with pytest.raises(TypeError):
        point_letter(index)


# --- quarter_text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "year", "expected"),
    [
        (1, 2022, "Quý I/2022"),
        (2, 2022, "Quý II/2022"),
        (3, 2023, "Quý III/2023"),
        (4, 2030, "Quý IV/2030"),
    ],
)
def test_quarter_text(q: int, year: int, expected: str) -> None:
    assert quarter_text(q, year) == expected


@pytest.mark.parametrize(("q", "year"), [(0, 2022), (5, 2022), (-1, 2022), (1, 0), (2, -5)])
def test_quarter_text_rejects_out_of_range(q: int, year: int) -> None:
    with pytest.raises(ValueError):
        quarter_text(q, year)


@pytest.mark.parametrize(("q", "year"), [(True, 2022), (2, "2022"), (2.0, 2022)])
def test_quarter_text_rejects_non_int(q: Any, year: Any) -> None:
    with pytest.raises(TypeError):
        quarter_text(q, year)
