"""``commplan export``: formats by extension, refusals like render's, bad input (exit 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import EXAMPLE, MINIMAL_PLAN, example_plan, one_line_error

Cli = Callable[..., Any]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return example_plan(tmp_path)


def _written(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".yaml")


@pytest.mark.parametrize(
    ("name", "magic"),
    [
        ("out.xlsx", b"PK\x03\x04"),
        ("out.csv", b"\xef\xbb\xbfSTT,"),
        ("out.ics", b"BEGIN:VCALENDAR"),
        ("out.json", b'{\n  "format": "commplan-export"'),
    ],
)
def test_the_extension_chooses_the_format(cli: Cli, plan: Path, name: str, magic: bytes) -> None:
    result = cli("export", str(plan), "--to", str(plan.parent / name))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert name in result.stdout
    assert (plan.parent / name).read_bytes().startswith(magic)


def test_format_option_wins_over_the_extension(cli: Cli, plan: Path) -> None:
    target = plan.parent / "lich.txt"
    assert cli("export", str(plan), "--to", str(target), "--format", "ics").exit_code == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_csv_tables(cli: Cli, plan: Path) -> None:
    for table, header in [
        ("du-toan", "STT,Mã dòng,"),
        ("moc", "STT,Ngày,"),
        ("nhiem-vu", "STT,Mã nhiệm vụ,"),
    ]:
        target = plan.parent / f"{table}.csv"
        assert cli("export", str(plan), "--to", str(target), "--table", table).exit_code == 0
        assert target.read_text(encoding="utf-8-sig").startswith(header)


def test_two_exports_are_byte_identical(cli: Cli, plan: Path) -> None:
    for suffix in ("xlsx", "ics", "json", "csv"):
        first, second = plan.parent / f"a.{suffix}", plan.parent / f"b.{suffix}"
        cli("export", str(plan), "--to", str(first))
        cli("export", str(plan), "--to", str(second))
        assert first.read_bytes() == second.read_bytes(), suffix


def test_rule_errors_refuse_unless_forced(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: khong_co", 1)
    plan.write_text(text, encoding="utf-8")
    target = plan.parent / "out.xlsx"
    refused = cli("export", str(plan), "--to", str(target))
    assert refused.exit_code == 1
    assert "REF-002" in refused.stdout and "--force" in refused.stderr
    assert _written(plan.parent) == []
    forced = cli("export", str(plan), "--to", str(target), "--force")
    assert forced.exit_code == 0 and _written(plan.parent) == ["out.xlsx"]


def test_schema_errors_are_never_forced(cli: Cli, plan: Path) -> None:
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 2"),
        encoding="utf-8",
    )
    result = cli("export", str(plan), "--to", str(plan.parent / "x.json"), "--force")
    assert result.exit_code == 1 and "SCHEMA" in result.stdout
    assert "not exported" in result.stderr and _written(plan.parent) == []


def test_warnings_are_counted_in_one_line(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8").replace("KH-UBND", "UBND", 1)
    plan.write_text(text, encoding="utf-8")
    result = cli("export", str(plan), "--to", str(plan.parent / "x.json"))
    assert result.exit_code == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"1 warning; 'commplan validate {plan.as_posix()}' shows it"
    assert "DOC-001" not in result.stdout


def test_an_existing_output_is_replaced(cli: Cli, plan: Path) -> None:
    target = plan.parent / "out.json"
    target.write_text("old", encoding="utf-8")
    assert cli("export", str(plan), "--to", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("{")


def test_reads_the_plan_from_stdin(cli: Cli, plan: Path) -> None:
    target = plan.parent / "out.ics"
    result = cli("export", "-", "--to", str(target), input=plan.read_bytes())
    assert result.exit_code == 0 and target.exists()


def test_refuses_to_overwrite_the_plan(cli: Cli, plan: Path) -> None:
    one_line_error(cli("export", str(plan), "--to", str(plan), "--format", "json"), "--to")
    assert plan.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--to", "{d}/out.txt"], ["out.txt", "--format"]),
        (["--to", "{d}/out.xlsx", "--table", "moc"], ["--table", ".xlsx"]),
        (["--to", "{d}/missing/out.json"], ["missing"]),
        (["--to", "{d}", "--format", "json"], ["folder"]),
    ],
)
def test_bad_requests_are_one_line_and_write_nothing(
    cli: Cli, plan: Path, args: list[str], words: list[str]
) -> None:
    folder = plan.parent.as_posix()
    result = cli("export", str(plan), *[a.format(d=folder) for a in args])
    one_line_error(result, *words)
    assert _written(plan.parent) == []


def test_a_missing_plan_or_a_folder_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    one_line_error(
        cli("export", str(tmp_path / "nope.yaml"), "--to", str(tmp_path / "x.json")), "nope.yaml"
    )
    one_line_error(cli("export", str(tmp_path), "--to", str(tmp_path / "x.json")), "folder")


def test_an_empty_plan_is_a_finding_not_a_traceback(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    result = cli("export", str(empty), "--to", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 1 and "SCHEMA" in result.stdout
    assert not (tmp_path / "x.xlsx").exists()


def test_vietnamese_messages_by_default(cli: Cli, plan: Path) -> None:
    result = cli("--lang", "vi", "export", str(plan), "--to", str(plan.parent / "x.txt"))
    assert result.exit_code == 2 and "không xác định được định dạng" in result.stderr


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "ics", "json"])
def test_a_minimal_plan_without_budget_exports(cli: Cli, tmp_path: Path, suffix: str) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    target = tmp_path / f"out.{suffix}"
    result = cli("export", str(plan), "--to", str(target))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "warning" in result.stdout  # the rules warn about a minimal plan, in one line
    assert len(result.stdout.strip().splitlines()) == 2
    assert target.stat().st_size > 0


@pytest.mark.soffice
def test_calc_opens_the_minimal_plans_workbook_without_errors(cli: Cli, tmp_path: Path) -> None:
    from tests.export.helpers import CSV_FILTER, read_csv, soffice_convert

    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    assert cli("export", str(plan), "--to", str(tmp_path / "m.xlsx")).exit_code == 0
    soffice_convert([tmp_path / "m.xlsx"], CSV_FILTER, tmp_path)
    for sheet in ("Nhiệm vụ", "Dự toán", "Tổng hợp kinh phí", "Mốc thời gian"):
        cells = [c for row in read_csv(tmp_path / f"m-{sheet}.csv") for c in row]
        assert not [c for c in cells if c.startswith(("Err:", "#"))], sheet
    assert read_csv(tmp_path / "m-Tổng hợp kinh phí.csv")[-1] == ["Tổng cộng", "0"]


def test_a_declared_total_unlike_the_product_is_kept_as_a_number(cli: Cli, plan: Path) -> None:
    import re
    import zipfile

    text = plan.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if "total:" in ln and "unit_price" in ln)
    declared = re.search(r"total: ([\d_]+)", line)
    assert declared is not None
    wrong = line.replace(declared.group(0), "total: 1_000")
    plan.write_text(text.replace(line, wrong, 1), encoding="utf-8")
    target = plan.parent / "out.xlsx"
    assert cli("export", str(plan), "--to", str(target)).exit_code == 1  # BUD error
    assert cli("export", str(plan), "--to", str(target), "--force").exit_code == 0
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet2.xml").decode("utf-8")
    assert re.search(r'<c r="J\d+" s="\d+"><v>1000</v></c>', sheet)


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "ics", "json"])
def test_a_forced_export_survives_dangling_ids_and_inverted_dates(
    cli: Cli, plan: Path, suffix: str
) -> None:
    import json

    import jsonschema

    from commplan.export.normalised import export_schema

    text = plan.read_text(encoding="utf-8")
    text = text.replace("source: nsdp,", "source: khong_co,", 1).replace(
        "    owner: stttt", "    owner: x", 1
    )
    text = text.replace(
        "    start: 07/3/2022\n    end: 15/4/2022", "    start: 15/4/2022\n    end: 07/3/2022", 1
    )
    text = text.replace(
        "recipient: btttt, activities: [nv_bao_cao_bo]", "recipient: nobody, activities: [ghost]", 1
    )
    plan.write_text(text, encoding="utf-8")
    target = plan.parent / f"out.{suffix}"
    assert cli("export", str(plan), "--to", str(target)).exit_code == 1
    result = cli("export", str(plan), "--to", str(target), "--force")
    assert result.exit_code == 0, result.stdout + result.stderr
    for rule in ("REF-002", "DATE-001"):
        assert rule in result.stdout
    if suffix == "json":
        jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), export_schema())
