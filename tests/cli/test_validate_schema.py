"""Value types and schema errors through the CLI, with exact lines and columns."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from commplan.source import yamlparse
from tests.helpers import MINIMAL_PLAN

Cli = Callable[..., Any]
Write = Callable[[str, "str | bytes"], Path]

# MINIMAL_PLAN plus a budget and a staff list whose values the cases replace.
FULL = (
    MINIMAL_PLAN
    + """\
staff:
  - id: s1
    name: Nguyễn Văn An
    unit: stttt
    experience_years: 5
    trainings:
      - {topic: truyen_thong_chinh_sach, date: tháng 3/2022}
    contact: {phone: +84912345678, email: an@example.vn}
budget:
  sources:
    - {id: ns, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh}
  lines:
    - {id: b1, activity: a1, category: hoi_nghi_hoi_thao, description: Thuê hội trường, quantity: 2, unit: buổi, unit_price: 1_500_000, source: ns, norm_ref: Thông tư 40/2017/TT-BTC}
"""
)


def column_of(text: str, line: int, mark: str) -> int:
    """The column of the '|' in ``mark``, found in line ``line`` of ``text``."""
    source = text.splitlines()[line - 1]
    return source.index(mark.replace("|", "")) + mark.index("|") + 1


def run(cli: Cli, write: Write, text: str) -> tuple[int, list[tuple[str, int, int]]]:
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    rows = json.loads(result.stdout)
    return result.exit_code, [
        (r["rule"], r["line"], r["column"]) for r in rows if r["rule"] != "REF-004"
    ]


def test_full_fixture_is_clean(cli: Cli, write: Write) -> None:
    assert run(cli, write, FULL) == (0, [])


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # money
        ("unit_price: 1_500_000", "unit_price: 1500000", []),
        ("unit_price: 1_500_000", 'unit_price: "1.500.000"', []),
        ("unit_price: 1_500_000", "unit_price: 1.500", [("SCHEMA", 25, "unit_price: |1.500")]),
        ("unit_price: 1_500_000", "unit_price: -5", [("SCHEMA", 25, "unit_price: |-5")]),
        ("unit_price: 1_500_000", "unit_price: 1 triệu", [("SCHEMA", 25, "unit_price: |1 triệu")]),
        # quantity
        ("quantity: 2,", "quantity: 2.5,", []),
        ("quantity: 2,", "quantity: 2.555,", [("SCHEMA", 25, "quantity: |2.555")]),
        ("quantity: 2,", "quantity: 0,", [("SCHEMA", 25, "quantity: |0")]),
        # date-expr and date
        ("date: tháng 3/2022", "date: Quý I/2022", []),
        ("date: tháng 3/2022", "date: 6 tháng đầu năm 2022", []),
        ("date: tháng 3/2022", "date: 2022-03-05", []),
        ("date: tháng 3/2022", "date: 5/3/2022", []),
        ("date: tháng 3/2022", "date: 31/02/2022", [("SCHEMA", 19, "date: |31")]),
        ("date: tháng 3/2022", "date: March 2022", [("SCHEMA", 19, "date: |March")]),
        ("date: tháng 3/2022", "date: 2022", [("SCHEMA", 19, "date: |2022")]),
        ("place: Nam Định", "place: Nam Định\n  date: 30/02/2022", [("SCHEMA", 7, "date: |30")]),
        # text keeps its source form; integers are decimal
        ("phone: +84912345678", "phone: 0912345678", []),
        ("experience_years: 5", "experience_years: 012", []),
        (
            "experience_years: 5",
            'experience_years: "5"',
            [("SCHEMA", 17, 'experience_years: |"5"')],
        ),
        (
            "experience_years: 5",
            "experience_years: 5.5",
            [("SCHEMA", 17, "experience_years: |5.5")],
        ),
        ("name: Nguyễn Văn An", 'name: ""', [("SCHEMA", 15, 'name: |""')]),
        ("name: Nguyễn Văn An", 'name: "An\\x01"', [("SCHEMA", 15, 'name: |"An')]),
        # ids
        ("- id: s1", "- id: S1", [("SCHEMA", 14, "- id: |S1")]),
        # booleans: only true/false; yes in a bool field is SCHEMA, elsewhere YAML-002
        ("dedicated: true", "dedicated: yes", [("SCHEMA", 10, "dedicated: |yes")]),
        ("dedicated: true", "dedicated: 1", [("SCHEMA", 10, "dedicated: |1")]),
        ("name: Nguyễn Văn An", "name: no", [("YAML-002", 15, "name: |no")]),
        # enum codes, unknown keys, missing fields
        ("kind: ngan_sach_dia_phuong", "kind: ngan_sach", [("SCHEMA", 23, "kind: |ngan_sach")]),
        ("    unit: stttt", "    unti: stttt", [("SCHEMA", 16, "|unti"), ("SCHEMA", 14, "- |id")]),
        ("schema_version: 1", "schema_version: 2", [("SCHEMA", 1, "schema_version: |2")]),
        ("period: năm 2022", "period: {start: Quý I/2022}", [("SCHEMA", 8, "|period")]),
        ("period: năm 2022", "period: cả năm 2022", [("SCHEMA", 8, "period: |cả")]),
    ],
)
def test_value_types(
    cli: Cli, write: Write, old: str, new: str, expected: list[tuple[str, int, str]]
) -> None:
    assert old in FULL
    text = FULL.replace(old, new, 1)
    code, found = run(cli, write, text)
    wanted = [(rule, line, column_of(text, line, mark)) for rule, line, mark in expected]
    assert sorted(found) == sorted(wanted)
    assert code == (1 if any(rule != "YAML-002" for rule, *_ in expected) else 0)


def test_unknown_profile_in_plan_lists_the_shipped_ones(cli: Cli, write: Write) -> None:
    text = FULL.replace("schema_version: 1\n", "schema_version: 1\nprofiles: [cv-btttt-2021]\n")
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    [row] = json.loads(result.stdout)
    assert (row["rule"], row["line"], row["column"]) == ("SCHEMA", 2, 12)
    assert "cv-btttt-2022" in row["hint"]


def test_flow_mapping_comma_trap_has_its_hint(cli: Cli, write: Write) -> None:
    text = FULL.replace("name: Ngân sách tỉnh}", "name: Ngân sách tỉnh, huyện}")
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    [row] = json.loads(result.stdout)
    assert (row["rule"], row["line"], row["column"]) == (
        "SCHEMA",
        23,
        column_of(text, 23, "|huyện"),
    )
    assert "quotes" in row["hint"]


def test_typo_gets_did_you_mean(cli: Cli, write: Write) -> None:
    text = FULL.replace("  title: Truyền thông", "  tittle: Truyền thông")
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    rows = json.loads(result.stdout)
    assert {(r["rule"], r["line"], r["column"]) for r in rows} == {
        ("SCHEMA", 7, 3),
        ("SCHEMA", 2, 1),
    }
    assert any(r["hint"] == "did you mean 'title'?" for r in rows)


def test_nested_list_positions_in_block_style(cli: Cli, write: Write) -> None:
    text = FULL.replace(
        "      - {topic: truyen_thong_chinh_sach, date: tháng 3/2022}",
        "      - topic: truyen_thong\n        date: tháng 3/2022",
    )
    assert run(cli, write, text) == (1, [("SCHEMA", 19, 16)])


def test_missing_field_in_list_item_points_at_its_first_key(cli: Cli, write: Write) -> None:
    text = FULL.replace("    unit: stttt\n", "")
    assert run(cli, write, text) == (1, [("SCHEMA", 14, 5)])


def test_activity_needs_a_phase_when_the_plan_has_phases(cli: Cli, write: Write) -> None:
    text = FULL + "phases:\n  - {id: p1, kind: thuc_thi, start: năm 2022, end: năm 2022}\n"
    assert run(cli, write, text) == (1, [("SCHEMA", 12, column_of(text, 12, "{|id: a1"))])


def test_duplicate_key_names_both_lines_and_later_value_wins(cli: Cli, write: Write) -> None:
    text = FULL.replace("  place: Nam Định\n", "  place: Nam Định\n  place: Hà Nội\n")
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    [row] = json.loads(result.stdout)
    assert (row["rule"], row["line"], row["column"]) == ("YAML-001", 7, 3)
    assert "line 6" in row["message"]


@pytest.fixture(params=["c", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and with PyYAML's pure-Python one."""
    if request.param == "python":
        monkeypatch.setattr(yamlparse, "LOADER", yaml.SafeLoader)
    return str(request.param)


def test_positions_are_the_same_with_both_parsers(cli: Cli, write: Write, parser: str) -> None:
    del parser
    text = FULL.replace("unit_price: 1_500_000", "unit_price: 1.500").replace(
        "dedicated: true", "dedicated: on"
    )
    assert run(cli, write, text) == (
        1,
        [
            ("SCHEMA", 10, column_of(text, 10, "|on}")),
            ("SCHEMA", 25, column_of(text, 25, "|1.500")),
        ],
    )


def test_null_means_absent(cli: Cli, write: Write) -> None:
    text = (
        FULL.replace("dedicated: true}", "dedicated: null, duties: }")
        + "governance: {comms_unit_reviews_drafts: null}\n"
    )
    assert run(cli, write, text) == (0, [])


def test_empty_required_field_is_reported_at_its_key(cli: Cli, write: Write) -> None:
    text = FULL.replace("  title: Truyền thông chính sách năm 2022", "  title:")
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    [row] = json.loads(result.stdout)
    assert (row["rule"], row["line"], row["column"]) == ("SCHEMA", 7, 3)
    assert row["message"] == "the field 'title' is empty"
