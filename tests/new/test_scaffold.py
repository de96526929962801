"""The pieces of the generator: agency names, YAML scalars, templates, working days."""

from __future__ import annotations

import unicodedata
from datetime import date
from importlib import resources

import pytest

from commplan.scaffold.choices import KINDS, Refused, parse_kind, suggested_profiles
from commplan.scaffold.context import Answers, Context, working_day
from commplan.scaffold.issuer import central, for_level, provincial
from commplan.scaffold.template import MODELINE, fill, substitute, template_text
from commplan.scaffold.yamltext import assigned, read_back, text_scalar
from commplan.source.loader import load_text


@pytest.mark.parametrize(
    ("typed", "name", "place"),
    [
        ("Nam Định", "Ủy ban nhân dân tỉnh Nam Định", "Nam Định"),
        (
            "UBND TỈNH BÀ RỊA - VŨNG TÀU",
            "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
            "Bà Rịa - Vũng Tàu",
        ),
        ("ủy ban nhân dân thành phố hà nội", "Ủy ban nhân dân thành phố Hà Nội", "Hà Nội"),
        ("Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Uỷ ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai"),
    ],
)
def test_provincial_names(typed: str, name: str, place: str) -> None:
    issuer = provincial(typed)
    assert (issuer.name, issuer.place, issuer.symbol) == (name, place, "KH-UBND")
    assert issuer.upper == name.upper()


@pytest.mark.parametrize(
    ("typed", "name", "symbol"),
    [
        ("Bộ Tư pháp", "Bộ Tư pháp", "KH-BTP"),
        ("BỘ TƯ PHÁP", "Bộ Tư pháp", "KH-BTP"),
        (
            "bộ lao động - thương binh và xã hội",
            "Bộ Lao động - Thương binh và Xã hội",
            "KH-BLĐTBXH",
        ),
        ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch", "KH-BVHTTDL"),
        ("Ủy ban Dân tộc", "Ủy ban Dân tộc", "KH-UBDT"),
        ("Bộ [Tên Bộ]", "Bộ [Tên Bộ]", "KH-BXX"),
    ],
)
def test_central_names(typed: str, name: str, symbol: str) -> None:
    issuer = central(typed)
    assert (issuer.name, issuer.symbol, issuer.place) == (name, symbol, "Hà Nội")


@pytest.mark.parametrize("typed", ["", "   ", "[Tên]", "UBND: x", "Bộ #1", "Bộ {x}", '"Bộ"'])
def test_names_that_could_break_the_file_are_refused(typed: str) -> None:
    with pytest.raises(Refused):
        central(typed)


TRICKY = [
    "Nam Định",
    "[Tên tỉnh]",
    "Bước 1: lấy ý kiến",
    "a # b",
    "2024",
    "012",
    "yes",
    "null",
    "true",
    "- gạch đầu dòng",
    "Doanh nghiệp, hộ kinh doanh",
    "trailing ",
    'có "ngoặc kép"',
    "&anchor",
]


@pytest.mark.parametrize("text", TRICKY)
def test_text_scalar_reads_back_as_the_same_text(text: str) -> None:
    loaded = load_text(f"key: {text_scalar(text)}\n", "-")
    assert loaded.data == {"key": text}


@pytest.mark.parametrize(
    "text", [t for t in TRICKY if t not in ("2024", "012", "yes", "null", "true")]
)
def test_assigned_text_reads_back_in_block_and_flow(text: str) -> None:
    value = assigned(text)
    assert load_text(f"key: {value}\n", "-").data == {"key": text}
    assert load_text(f"m: {{key: {value}, other: 1}}\n", "-").data == {
        "m": {"key": text, "other": 1}
    }


def test_assigned_keeps_plain_numbers_and_quoted_text() -> None:
    assert assigned("45") == "45"
    assert assigned("true") == "true"
    assert assigned("'012'") == "'012'"
    assert read_back("'012'") == "012"
    assert read_back("Nam Định") == "Nam Định"


def test_fill_quotes_whole_values_refills_folded_text_and_wraps_comments() -> None:
    words = " ".join(["chính sách"] * 30)
    source = "# $long\nplace: $place\nintro: >-\n  Mở đầu $text\n  kết thúc.\nlist:\n  - $place\n"
    text = fill(source, {"long": words, "place": "[Tên tỉnh]", "text": words})
    lines = text.splitlines()
    assert lines[0] == MODELINE
    assert all(len(line) <= 100 for line in lines)
    assert all(line.startswith("# ") for line in lines[1 : lines.index('place: "[Tên tỉnh]"')])
    assert load_text(text, "-").data == {
        "place": "[Tên tỉnh]",
        "intro": f"Mở đầu {words} kết thúc.",
        "list": ["[Tên tỉnh]"],
    }


def test_fill_refuses_an_unknown_placeholder() -> None:
    with pytest.raises(KeyError):
        fill("a: $nope\n", {})


def test_working_days_step_over_tet_in_the_right_direction() -> None:
    tet = date(2024, 2, 10)  # Tết Giáp Thìn; the days off ran from 8 to 14 February
    assert working_day(tet, forward=True) == date(2024, 2, 15)
    assert working_day(tet, forward=False) == date(2024, 2, 7)
    assert working_day(date(2024, 3, 25), forward=False) == date(2024, 3, 25)
    assert working_day(date(2024, 3, 24), forward=False) == date(2024, 3, 22)  # a Sunday


@pytest.mark.parametrize(
    ("typed", "code"),
    [("tỉnh", "tinh"), ("BỘ", "bo"), ("Chính sách", "chinh-sach"), ("chinh_sach", "chinh-sach")],
)
def test_kinds_can_be_typed_with_accents(typed: str, code: str) -> None:
    assert parse_kind(typed).id == code


def test_prompts_offer_profiles_that_apply_in_the_year() -> None:
    assert suggested_profiles(KINDS["chinh-sach"], 2030) == ("ct-07-2023",)
    assert suggested_profiles(KINDS["tinh"], 2022) == ("cv-btttt-2022",)
    assert suggested_profiles(KINDS["tinh"], 2021) == ()


TEMPLATES = sorted({t for k in KINDS.values() for t in (k.template, k.short_template) if t})


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_are_clean_text(name: str) -> None:
    source = (resources.files("commplan.scaffold") / "templates" / name).read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", source)
    assert "\t" not in source and "\r" not in source
    assert source.endswith("\n") and not source.startswith(MODELINE)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("year", [2022, 2024, 2026])
def test_layout_changes_no_value(kind: str, year: int) -> None:
    # Refilling folded text and wrapping comments must give the same data as the raw template.
    spec = KINDS[kind]
    profiles = spec.default_profiles(year)
    answers = Answers(spec, for_level(spec.issuer_level, "Nam Định"), year, profiles, "p.yaml", "X")
    values = Context(answers)
    source = template_text(spec.template_for(spec.styles[0]))
    laid_out = load_text(fill(source, values), "-").data
    raw = load_text("\n".join(substitute(source, values)) + "\n", "-").data
    assert laid_out == raw
