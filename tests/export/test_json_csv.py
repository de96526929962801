"""``.json`` checked against its own shipped schema; ``.csv`` read back by LibreOffice Calc."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from commplan.export.normalised import export_schema
from commplan.render.budget import budget_context
from tests.export.helpers import EXAMPLE_FILES, read_csv, soffice_convert, tables_of

Cli = Callable[..., Any]


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_example_exports_json_valid_against_the_shipped_schema(
    cli: Cli, example: Path, tmp_path: Path
) -> None:
    target = tmp_path / "plan.json"
    assert cli("export", str(example), "--to", str(target)).exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    schema = export_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(data)
    tables = tables_of(example)
    appendix = budget_context(tables.plan)
    # A budget in words has no Phụ lục III: nothing is itemised, so the totals are 0.
    expected = appendix["total"] if appendix is not None else 0
    assert (data["budget"] or {"total": 0})["total"] == expected
    assert sum(line["total"] for line in (data["budget"] or {"lines": []})["lines"]) == expected
    assert sum(a["cost"] or 0 for a in data["activities"]) == expected
    assert [a["id"] for a in data["activities"]] == [t.activity.id for t in tables.tasks()]


def test_json_resolves_dates_and_puts_labels_beside_codes(cli: Cli, tmp_path: Path) -> None:
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    target = tmp_path / "plan.json"
    cli("export", str(example), "--to", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["period"] == {
        "start": {"date": "2022-01-01", "text": "năm 2022"},
        "end": {"date": "2022-12-31", "text": "năm 2022"},
    }
    assert data["document"]["issuer_level"] == {
        "code": "ubnd_tinh",
        "label": "Ủy ban nhân dân tỉnh, thành phố",
    }
    quarterly = next(a for a in data["activities"] if a["recurrence"])
    assert quarterly["recurrence"]["label"] == "Hằng quý"
    assert len(quarterly["occurrences"]) > 1
    assert any(d["date"] == "2022-03-31" and d["note"] for d in data["deadlines"])
    # The narrative sections come along, with names behind ids and labels beside codes.
    tables = tables_of(example)
    person = tables.plan.staff[0]
    assert data["staff"][0]["name"] == person.name
    assert data["staff"][0]["unit"]["name"] == tables.look.unit_name(person.unit)
    assert all(r["label"] for s in data["staff"] for r in s["roles"])
    assert data["crisis"]["team"][0]["staff"]["name"] in {s.name for s in tables.plan.staff}
    assert data["purposes"] == list(tables.plan.purposes)


def test_the_schema_rejects_what_it_does_not_describe(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    cli("export", str(EXAMPLE_FILES[0]), "--to", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    data["activities"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, export_schema(), cls=jsonschema.Draft7Validator)


def test_csv_has_a_bom_and_one_row_per_budget_line(cli: Cli, tmp_path: Path) -> None:
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-bo-2024")
    target = tmp_path / "du-toan.csv"
    assert cli("export", str(example), "--to", str(target), "--table", "du-toan").exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = read_csv(target)
    tables = tables_of(example)
    assert len(rows) == len(tables.lines) + 1
    assert sum(int(r[9]) for r in rows[1:]) == tables.total


@pytest.mark.soffice
def test_calc_opens_every_csv_of_every_example(cli: Cli, tmp_path: Path) -> None:
    made = []
    for example in EXAMPLE_FILES:
        for table in ("nhiem-vu", "du-toan", "moc"):
            target = tmp_path / f"{example.stem}-{table}.csv"
            assert cli("export", str(example), "--to", str(target), "--table", table).exit_code == 0
            made.append(target)
    out = tmp_path / "calc"
    out.mkdir()
    # Comma-separated, UTF-8 (76): Calc reads the file and writes it back as a workbook.
    soffice_convert(made, "xlsx", out, "--infilter=CSV:44,34,76,1")
    for target in made:
        book = out / f"{target.stem}.xlsx"
        assert book.stat().st_size > 0, target.name
    # Round trip of one table: what Calc read is what commplan wrote.
    soffice_convert(
        [out / f"{made[1].stem}.xlsx"],
        "csv:Text - txt - csv (StarCalc):44,34,76",
        tmp_path / "back",
    )
    assert read_csv(tmp_path / "back" / made[1].name) == read_csv(made[1])
