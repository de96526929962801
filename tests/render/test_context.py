"""Plan -> context: the shape documented in spec.py, numbering, punctuation, tables, Gantt."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commplan.render.context import build_context
from commplan.render.gantt import MAX_COLUMNS, buckets
from commplan.render.spec import CONTEXT, Var
from commplan.render.text import millions, timeframe
from commplan.vn.dates import parse_date_expr
from tests.helpers import load_plan as load_snippet
from tests.render.helpers import EXAMPLE_FILES, load_plan

PY_TYPES = {"text": str, "number": int, "flag": bool}


def conforms(value: Any, var: Var, path: str) -> None:
    if value is None:
        assert var.nullable, f"{path} is None but not nullable"
        return
    if var.kind == "map":
        assert isinstance(value, dict), path
        assert set(value) == {f.name for f in var.fields}, path
        for f in var.fields:
            conforms(value[f.name], f, f"{path}.{f.name}")
    elif var.kind == "list":
        assert isinstance(value, list), path
        item = Var(var.name, var.item or "map", var.doc, var.fields)
        for i, entry in enumerate(value):
            conforms(entry, item, f"{path}[{i}]")
    else:
        assert isinstance(value, PY_TYPES[var.kind]), (path, value)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_context_has_exactly_the_documented_shape(path: Path) -> None:
    context = build_context(load_plan(path))
    assert set(context) == {v.name for v in CONTEXT}
    for var in CONTEXT:
        conforms(context[var.name], var, var.name)


def _context(snippet: str) -> dict[str, Any]:
    plan, _ = load_snippet(snippet)
    return build_context(plan)


UNITS = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, short_name: Sở TT&TT, kind: don_vi_truyen_thong}
activities:
  - {id: a1, title: Họp báo quý, type: hop_bao, owner: stttt, start: Quý II/2022, end: Quý II/2022}
"""


def test_empty_sections_are_left_out_and_numbering_stays_continuous() -> None:
    context = _context(UNITS + "objectives:\n  - {id: o1, statement: Hiểu đúng., level: outtake}\n")
    assert [(s["number"], s["title"]) for s in context["sections"]] == [
        ("I", "MỤC TIÊU"),
        ("II", "NỘI DUNG, NHIỆM VỤ"),
    ]


def test_purposes_alone_are_titled_muc_dich() -> None:
    context = _context(UNITS + "list_style: letters\npurposes: [Một., Hai.]\n")
    first = context["sections"][0]
    assert first["title"] == "MỤC ĐÍCH"
    assert [(b["kind"], b["label"]) for b in first["blocks"]] == [
        ("heading", "1."),
        ("paragraph", "a)"),
        ("paragraph", "b)"),
    ]


def test_point_letters_follow_the_vietnamese_alphabet() -> None:
    purposes = "list_style: letters\npurposes: [" + ", ".join(f"Ý {i}." for i in range(7)) + "]\n"
    blocks = _context(UNITS + purposes)["sections"][0]["blocks"]
    assert [b["label"] for b in blocks[1:]] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]


def test_more_points_than_letters_become_dashes() -> None:
    purposes = "list_style: letters\npurposes: [" + ", ".join(f"Ý {i}." for i in range(24)) + "]\n"
    blocks = _context(UNITS + purposes)["sections"][0]["blocks"]
    assert {b["label"] for b in blocks[1:]} == {"-"}


def test_legal_bases_get_their_words_and_end_marks() -> None:
    context = _context(UNITS + "legal_bases: [Luật Báo chí 2016;, Căn cứ Luật A., Luật B]\n")
    assert context["legal_bases"] == [
        {"text": "Luật Báo chí 2016", "end": ";"},
        {"text": "Luật A", "end": ";"},
        {"text": "Luật B", "end": "."},
    ]


def test_a_draft_has_blanks_for_number_and_date() -> None:
    document = _context(UNITS)["document"]
    assert f"Số: {document['number']}/{document['symbol']}" == "Số:      /KH-STTTT"
    assert f"{document['place']}, {document['date']}" == "Nam Định, ngày      tháng      năm 2022"
    assert document["is_draft"] is True
    assert document["reference"].startswith("(Kèm theo Kế hoạch số      /KH-STTTT ngày      tháng")


def test_closing_ends_with_the_nd30_mark() -> None:
    assert _context(UNITS)["closing"].endswith("./.")


def test_dangling_references_render_as_ids() -> None:
    context = _context(UNITS.replace("owner: stttt", "owner: ghost"))
    row = context["activity_table"]["rows"][0]
    assert row["owner"] == "ghost"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("Quý II/2022", "Quý II/2022", "Quý II/2022"),
        ("Quý II/2022", "năm 2022", "Quý II - IV/2022"),
        ("tháng 4/2022", "tháng 12/2022", "Tháng 4 - 12/2022"),
        ("tháng 11/2022", "tháng 2/2023", "Tháng 11/2022 - tháng 2/2023"),
        ("07/3/2022", "15/4/2022", "07/3 - 15/4/2022"),
        ("01/12/2022", "tháng 12/2022", "Tháng 12/2022"),
        ("năm 2022", "năm 2022", "Năm 2022"),
        ("05/12/2022", "10/01/2023", "05/12/2022 - 10/01/2023"),
    ],
)
def test_timeframes(start: str, end: str, expected: str) -> None:
    assert timeframe(parse_date_expr(start), parse_date_expr(end)) == expected


@pytest.mark.parametrize(
    ("first", "last", "count", "label"),
    [
        (date(2022, 3, 7), date(2022, 5, 31), 13, "07/3"),  # weeks up to 3 months
        (date(2022, 1, 1), date(2022, 12, 31), 12, "1"),  # months
        (date(2022, 1, 1), date(2023, 12, 31), 24, "1"),  # 24 months
        (date(2022, 1, 1), date(2024, 12, 31), 12, "I"),  # quarters beyond
        (date(2020, 1, 1), date(2030, 12, 31), 11, "2020"),  # years beyond 6 years
        (date(1950, 1, 1), date(2049, 12, 31), 20, "1950-1954"),
    ],
)
def test_gantt_time_columns(first: date, last: date, count: int, label: str) -> None:
    columns = buckets(first, last)
    assert len(columns) == count <= MAX_COLUMNS
    assert columns[0].label == label
    assert columns[0].first == first and columns[-1].last == last


def test_gantt_shades_the_columns_a_task_runs_in() -> None:
    gantt = _context(UNITS)["gantt"]
    assert gantt["width"] == 3 + 12
    assert gantt["rows"][0]["cells"] == [False] * 3 + [True] * 3 + [False] * 6


def test_budget_rows_group_and_total() -> None:
    budget = """\
budget:
  sources:
    - {id: ns, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh}
  lines:
    - {id: b1, activity: a1, category: hoi_nghi_hoi_thao, description: Họp báo, quantity: 2, unit: cuộc, unit_price: 12_000_000, source: ns}
    - {id: b2, activity: a1, category: nhuan_but, description: Nhuận bút, quantity: 2.5, unit: bài, unit_price: 1_000_001, source: ns, fiscal_year: 2023}
"""
    context = _context(UNITS + budget)
    rows = context["budget"]["rows"]
    assert [(r["kind"], r["label"], r["amount"]) for r in rows] == [
        ("group", "A", "24.000.000"),
        ("group", "I", "24.000.000"),
        ("group", "1", "24.000.000"),
        ("line", "-", "24.000.000"),
        ("group", "B", "2.500.003"),
        ("group", "I", "2.500.003"),
        ("group", "1", "2.500.003"),
        ("line", "-", "2.500.003"),
        ("total", "", "26.500.003"),
    ]
    assert rows[-2]["quantity"] == "2,5"
    assert context["budget"]["words"] == (
        "Bằng chữ: Hai mươi sáu triệu năm trăm nghìn không trăm linh ba đồng."
    )
    assert context["activity_table"]["total"] == "26,5"
    assert context["appendices"]["budget"] == {"number": "III"}


def test_no_budget_lines_no_budget_appendix() -> None:
    context = _context(UNITS)
    assert context["budget"] is None
    assert context["appendices"]["budget"] is None
    assert context["activity_table"]["total"] == ""


@pytest.mark.parametrize(
    ("amount", "text"), [(12_000_000, "12"), (12_500_000, "12,5"), (80_000, "0,08"), (0, "0")]
)
def test_costs_in_millions(amount: int, text: str) -> None:
    assert millions(amount) == text
