"""Date and date-expression parsing: every accepted form and the refused ones."""

from __future__ import annotations

from datetime import date

import pytest

from commplan.vn.dates import DateError, parse_date, parse_date_expr


@pytest.mark.parametrize(
    ("text", "first", "last", "canonical"),
    [
        ("2022-03-05", date(2022, 3, 5), date(2022, 3, 5), "05/3/2022"),
        ("05/3/2022", date(2022, 3, 5), date(2022, 3, 5), "05/3/2022"),
        ("5/3/2022", date(2022, 3, 5), date(2022, 3, 5), "05/3/2022"),
        ("05/03/2022", date(2022, 3, 5), date(2022, 3, 5), "05/3/2022"),
        ("5/1/2023", date(2023, 1, 5), date(2023, 1, 5), "05/01/2023"),
        ("29/02/2024", date(2024, 2, 29), date(2024, 2, 29), "29/02/2024"),
        ("tháng 3/2022", date(2022, 3, 1), date(2022, 3, 31), "tháng 3/2022"),
        ("Tháng 03/2022", date(2022, 3, 1), date(2022, 3, 31), "tháng 3/2022"),
        ("tháng 2/2024", date(2024, 2, 1), date(2024, 2, 29), "tháng 2/2024"),
        ("Quý II/2022", date(2022, 4, 1), date(2022, 6, 30), "Quý II/2022"),
        ("quý 2/2022", date(2022, 4, 1), date(2022, 6, 30), "Quý II/2022"),
        ("Q2/2022", date(2022, 4, 1), date(2022, 6, 30), "Quý II/2022"),
        ("quý II năm 2022", date(2022, 4, 1), date(2022, 6, 30), "Quý II/2022"),
        (
            "QUÝ  IV / 2022".replace(" / ", "/"),
            date(2022, 10, 1),
            date(2022, 12, 31),
            "Quý IV/2022",
        ),
        ("quý I/2023", date(2023, 1, 1), date(2023, 3, 31), "Quý I/2023"),
        ("Quý III/2023", date(2023, 7, 1), date(2023, 9, 30), "Quý III/2023"),
        ("6 tháng đầu năm 2022", date(2022, 1, 1), date(2022, 6, 30), "6 tháng đầu năm 2022"),
        ("6 tháng cuối năm 2022", date(2022, 7, 1), date(2022, 12, 31), "6 tháng cuối năm 2022"),
        ("năm 2022", date(2022, 1, 1), date(2022, 12, 31), "năm 2022"),
        ("Năm  2022", date(2022, 1, 1), date(2022, 12, 31), "năm 2022"),
        ("NĂM 2022", date(2022, 1, 1), date(2022, 12, 31), "năm 2022"),
    ],
)
def test_accepted_forms(text: str, first: date, last: date, canonical: str) -> None:
    expr = parse_date_expr(text)
    assert (expr.first, expr.last, expr.text) == (first, last, canonical)


def test_nfd_input_is_accepted() -> None:
    import unicodedata

    assert parse_date_expr(unicodedata.normalize("NFD", "Quý II/2022")).text == "Quý II/2022"


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2022",
        "2022-02-30",
        "32/1/2022",
        "tháng 13/2022",
        "tháng 0/2022",
        "Quý V/2022",
        "quý 5/2022",
        "2022",
        "03/05/22",
        "March 2022",
        "năm 1800",
        "năm 2200",
        "6 tháng giữa năm 2022",
        "",
    ],
)
def test_refused_forms(text: str) -> None:
    with pytest.raises(DateError):
        parse_date_expr(text)


def test_parse_date_refuses_periods() -> None:
    with pytest.raises(DateError, match="not a date"):
        parse_date("tháng 3/2022")
    assert parse_date("5/3/2022") == date(2022, 3, 5)


def test_exact_only_for_days() -> None:
    assert parse_date_expr("05/3/2022").exact
    assert not parse_date_expr("tháng 3/2022").exact
