"""The Jinja filters: Vietnamese formatting on the plain values of the context."""

from __future__ import annotations

import pytest
from jinja2.exceptions import SecurityError, UndefinedError

from commplan.render.environment import make_environment


def render(source: str, **context: object) -> str:
    return make_environment().from_string(source).render(**context)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ 1093000000 | money }}", "1.093.000.000"),
        ("{{ 0 | money }}", "0"),
        ("{{ 1005 | words }}", "Một nghìn không trăm linh năm đồng"),
        ('{{ 1005 | words("lẻ") }}', "Một nghìn không trăm lẻ năm đồng"),
        ("{{ 0 | words }}", "Không đồng"),
        ("{{ 1093000000 | amount_line }}", "Bằng chữ: Một tỷ không trăm chín mươi ba triệu đồng."),
        ('{{ "2022-03-05" | nd30_date }}', "ngày 05 tháng 3 năm 2022"),
        ('{{ "2023-01-28" | nd30_date }}', "ngày 28 tháng 01 năm 2023"),
        ('{{ "2022-10-15" | nd30_date }}', "ngày 15 tháng 10 năm 2022"),
        ('{{ "2022-03-05" | short_date }}', "05/3/2022"),
        ("{{ 4 | roman }}", "IV"),
        ("{{ 14 | roman }}", "XIV"),
        ("{{ 4 | point_letter }}", "đ"),
        ("{{ 5 | point_letter }}", "e"),
        ('{{ "quý 2/2022" | date_expr }}', "Quý II/2022"),
        ('{{ "Q4/2023" | date_expr }}', "Quý IV/2023"),
        ('{{ "tháng 03/2022" | date_expr }}', "tháng 3/2022"),
        ('{{ "5/3/2022" | date_expr }}', "05/3/2022"),
    ],
)
def test_filters(source: str, expected: str) -> None:
    assert render(source) == expected


def test_autoescape_keeps_word_xml_valid() -> None:
    assert render("{{ name }}", name="Sở TT&TT <b>") == "Sở TT&amp;TT &lt;b&gt;"


def test_undefined_variables_are_errors() -> None:
    with pytest.raises(UndefinedError):
        render("{{ document.titel }}", document={"title": "x"})


def test_the_sandbox_keeps_python_internals_out() -> None:
    with pytest.raises(SecurityError):
        render("{{ ''.__class__.__mro__[1].__subclasses__() }}")
