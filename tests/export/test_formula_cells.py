"""Text that a spreadsheet would run as a formula stays text in every exported table."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from tests.export.helpers import EXAMPLE_FILES, read_csv
from tests.summary.builder import Compact, compact_plan

Cli = Callable[..., Any]
FORMULA = '=HYPERLINK("http://x","y")'
TITLE = (
    "    title: Họp báo cung cấp thông tin về tình hình kinh tế - xã hội và các chính sách mới"
    " của tỉnh Quý I/2022\n"
)


def _texts(shared_strings: str) -> list[str]:
    return [unescape(t) for t in re.findall(r"<t(?: [^>]*)?>([^<]*)</t>", shared_strings)]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """The Nam Định example with one activity named by a formula."""
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    text = example.read_text(encoding="utf-8")
    assert TITLE in text
    target = tmp_path / "plan.yaml"
    target.write_text(text.replace(TITLE, f"    title: '{FORMULA}'\n", 1), encoding="utf-8")
    return target


def test_csv_prefixes_a_formula_like_title_and_leaves_numbers(
    cli: Cli, plan: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nhiem-vu.csv"
    assert cli("export", str(plan), "--to", str(target)).exit_code == 0
    rows = read_csv(target)
    titles = [r[2] for r in rows[1:]]
    assert "'" + FORMULA in titles and FORMULA not in titles
    # Numbers are not text: the STT column and the costs stay bare digits.
    assert all(re.fullmatch(r"\d+", r[0]) for r in rows[1:])
    assert all(re.fullmatch(r"\d*", r[13]) for r in rows[1:])


def test_xlsx_writes_a_formula_like_title_as_a_string(cli: Cli, plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert cli("export", str(plan), "--to", str(target)).exit_code == 0
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    assert "HYPERLINK" not in sheet  # no <f> element, no inline formula
    assert FORMULA in _texts(strings)


@pytest.fixture
def received(tmp_path: Path) -> Path:
    """A folder with one plan whose issuer is a formula."""
    folder = tmp_path / "received"
    folder.mkdir()
    text = compact_plan(Compact(issuer=f"'{FORMULA}'"))
    (folder / "plan.yaml").write_text(text, encoding="utf-8")
    return folder


def test_summary_csv_prefixes_a_formula_like_agency(
    cli: Cli, received: Path, tmp_path: Path
) -> None:
    target = tmp_path / "tong-hop.csv"
    cli("summary", str(received), "-o", str(target))
    rows = read_csv(target)
    assert rows[1][0] == "'" + FORMULA
    assert rows[1][9] == "3"  # staff, a number, is written as it is


def test_summary_xlsx_writes_a_formula_like_agency_as_a_string(
    cli: Cli, received: Path, tmp_path: Path
) -> None:
    target = tmp_path / "tong-hop.xlsx"
    cli("summary", str(received), "-o", str(target))
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    assert "HYPERLINK" not in sheet
    assert FORMULA in _texts(strings)
