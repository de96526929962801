"""A Word plan typed without commplan is imported on the fly and counted, marked as such."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.importer.office import typed_plan

Cli = Callable[..., Any]


@pytest.fixture
def received(tmp_path: Path) -> Path:
    folder = tmp_path / "nhan"
    folder.mkdir()
    typed_plan(folder / "ninh-binh.docx")
    letter = docx.Document()
    letter.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông")
    letter.save(str(folder / "cong-van.docx"))
    return folder


def test_a_typed_plan_is_counted_and_marked(cli: Cli, received: Path) -> None:
    result = cli("summary", str(received), "--format", "json")
    data = json.loads(result.stdout)
    rows = data["tables"]["agencies"]
    assert [(Path(r["file"]).name, r["origin"]) for r in rows] == [
        ("ninh-binh.docx", "nhập từ Word")
    ]
    assert rows[0]["agency"] == "Tỉnh Ninh Bình" and rows[0]["number"] == "0155/KH-UBND"
    # A letter is not a plan: import cannot read it, so it stays a DOCX-001 problem.
    problems = {Path(p["file"]).name: p["rule"] for p in data["tables"]["problems"]}
    assert problems == {"cong-van.docx": "DOCX-001"}


def test_the_text_and_the_workbook_say_so(cli: Cli, received: Path, tmp_path: Path) -> None:
    out = cli("--lang", "vi", "summary", str(received)).stdout
    assert "nhập từ Word" in out and "ninh-binh.docx" in out
    target = tmp_path / "tong-hop.xlsx"
    cli("summary", str(received), "-o", str(target))
    with zipfile.ZipFile(target) as workbook:
        strings = workbook.read("xl/sharedStrings.xml").decode("utf-8")
    assert "Nguồn số liệu" in strings and "nhập từ Word" in strings
