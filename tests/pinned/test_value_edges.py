"""Vietnamese values at their edges: both ends of every range, and the words a user reads.

Survivors of `scripts/mutation.py vn` that a user would notice: December refused, the first or
last accepted year refused, error messages that lost the text they quote, and the amount in
words without its default "linh".
"""

from __future__ import annotations

from datetime import date

import pytest

from commplan.vn.dates import DateError, parse_date, parse_date_expr
from commplan.vn.money import amount_line


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("tháng 1/2022", date(2022, 1, 1), date(2022, 1, 31)),
        ("tháng 12/2022", date(2022, 12, 1), date(2022, 12, 31)),
        ("tháng 2/2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("năm 1900", date(1900, 1, 1), date(1900, 12, 31)),
        ("năm 2100", date(2100, 1, 1), date(2100, 12, 31)),
        ("Quý IV/2022", date(2022, 10, 1), date(2022, 12, 31)),
    ],
)
def test_periods_at_both_ends_of_their_ranges(text: str, first: date, last: date) -> None:
    expr = parse_date_expr(text)
    assert (expr.first, expr.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("tháng 0/2022", ["'tháng 0/2022'", "0"]),
        ("tháng 13/2022", ["'tháng 13/2022'", "13"]),
        ("năm 1899", ["'năm 1899'", "1900", "2100"]),
        ("năm 2101", ["'năm 2101'", "1900", "2100"]),
    ],
)
def test_out_of_range_periods_are_refused_with_the_text_and_the_range(
    text: str, quoted: list[str]
) -> None:
    with pytest.raises(DateError) as caught:
        parse_date_expr(text)
    assert all(part in str(caught.value) for part in quoted), str(caught.value)


def test_an_impossible_day_names_its_parts() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("31/02/2022")
    message = str(caught.value)
    assert "'31/02/2022'" in message and "31" in message and "2022" in message


def test_a_day_in_an_out_of_range_year_is_refused() -> None:
    with pytest.raises(DateError, match="'05/3/2101'"):
        parse_date("05/3/2101")


def test_amount_in_words_says_linh_by_default() -> None:
    assert "không trăm linh năm nghìn" in amount_line(1_005_000)
    assert "lẻ" not in amount_line(1_005_000)
