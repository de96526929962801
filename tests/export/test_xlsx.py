"""``commplan export --to FILE.xlsx``: sheets, formulas with cached values, Calc opens it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from commplan.render.budget import budget_context
from tests.export.helpers import (
    CSV_FILTER,
    EXAMPLE_FILES,
    amount,
    read_csv,
    soffice_convert,
    tables_of,
)

SHEETS = ["Nhiệm vụ", "Dự toán", "Tổng hợp kinh phí", "Mốc thời gian"]


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from typer.testing import CliRunner

    from commplan.cli import app

    folder = tmp_path_factory.mktemp("xlsx")
    made = {}
    for example in EXAMPLE_FILES:
        target = folder / f"{example.stem}.xlsx"
        result = CliRunner().invoke(app, ["export", str(example), "--to", str(target)])
        assert result.exit_code == 0, result.stdout + result.stderr
        made[example.stem] = target
    return made


def _sheet_xml(book: Path, number: int) -> str:
    with zipfile.ZipFile(book) as archive:
        return archive.read(f"xl/worksheets/sheet{number}.xml").decode("utf-8")


def test_the_workbook_has_the_four_sheets_in_order(workbooks: dict[str, Path]) -> None:
    for book in workbooks.values():
        with zipfile.ZipFile(book) as archive:
            names = re.findall(r'<sheet name="([^"]+)"', archive.read("xl/workbook.xml").decode())
        assert names == SHEETS


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_each_line_total_is_a_formula_whose_cached_value_is_commplans(
    example: Path, workbooks: dict[str, Path]
) -> None:
    tables = tables_of(example)
    xml = _sheet_xml(workbooks[example.stem], 2)
    cells = re.findall(r'<c r="J(\d+)"[^>]*><f>([^<]+)</f><v>([^<]+)</v>', xml)
    lines = {int(row): (formula, int(float(value))) for row, formula, value in cells}
    if not tables.lines:  # a budget in words: no formula that would sum nothing
        assert lines == {}
        return
    for i, priced in enumerate(tables.lines, start=2):
        formula, value = lines[i]
        assert formula in (f"H{i}*I{i}", f"ROUND(H{i}*I{i},0)")
        assert value == priced.amount
    total_row = len(tables.lines) + 2
    assert lines[total_row] == (f"SUBTOTAL(9,J2:J{total_row - 1})", tables.total)


def test_headers_are_frozen_and_filtered_with_dong_format(workbooks: dict[str, Path]) -> None:
    book = workbooks["ke-hoach-ubnd-tinh-2022"]
    for number in (1, 2, 4):
        xml = _sheet_xml(book, number)
        assert 'state="frozen"' in xml and 'ySplit="1"' in xml
        assert "<autoFilter " in xml
    with zipfile.ZipFile(book) as archive:
        styles = archive.read("xl/styles.xml").decode("utf-8")
    assert 'formatCode="#,##0"' in styles and 'formatCode="dd/mm/yyyy"' in styles


@pytest.mark.soffice
def test_calc_opens_every_workbook_and_its_totals_equal_phu_luc_iii(
    workbooks: dict[str, Path], tmp_path: Path
) -> None:
    soffice_convert(list(workbooks.values()), CSV_FILTER, tmp_path)
    for stem in workbooks:
        tables = tables_of(next(p for p in EXAMPLE_FILES if p.stem == stem))
        appendix = budget_context(tables.plan)
        if appendix is None:  # a budget in words: no lines, totals of 0
            assert not tables.lines
            continue
        budget = read_csv(tmp_path / f"{stem}-Dự toán.csv")
        assert budget[0][9] == "Thành tiền (đồng)"
        assert budget[-1][1] == "Tổng cộng" and amount(budget[-1][9]) == appendix["total"]
        assert [amount(r[9]) for r in budget[1:-1]] == [p.amount for p in tables.lines]
        summary = read_csv(tmp_path / f"{stem}-Tổng hợp kinh phí.csv")
        assert summary[-1][0] == "Tổng cộng" and amount(summary[-1][-1]) == appendix["total"]
        # Each source's column total equals the source's group row in Phụ lục III.
        groups = {r["text"]: amount(r["amount"]) for r in appendix["rows"] if r["kind"] == "group"}
        for col, name in enumerate(summary[0][1:-1], start=1):
            assert amount(summary[-1][col]) == groups[name], name
        tasks = read_csv(tmp_path / f"{stem}-Nhiệm vụ.csv")
        assert tasks[0][:3] == ["STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ"]
        assert len(tasks) == len(tables.plan.activities) + 2
        assert amount(tasks[-1][-1]) == appendix["total"]
        deadlines = read_csv(tmp_path / f"{stem}-Mốc thời gian.csv")
        assert len(deadlines) == len(tables.deadlines()) + 1


@pytest.mark.soffice
def test_calc_reads_dates_and_labels_not_codes(workbooks: dict[str, Path], tmp_path: Path) -> None:
    soffice_convert([workbooks["ke-hoach-ubnd-tinh-2022"]], CSV_FILTER, tmp_path)
    tasks = read_csv(tmp_path / "ke-hoach-ubnd-tinh-2022-Nhiệm vụ.csv")
    codes = {"hop_bao", "dang_tai_cong_ttdt", "bao_in", "cong_ttdt"}
    assert not codes & {cell for row in tasks for cell in row}
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", row[7]) for row in tasks[1:-1])
    deadlines = read_csv(tmp_path / "ke-hoach-ubnd-tinh-2022-Mốc thời gian.csv")
    profile = [row for row in deadlines if row[2] == "Hạn theo văn bản chỉ đạo"]
    assert ["31/03/2022", "Hạn gửi báo cáo Bộ Thông tin và Truyền thông"] in [
        r[1:2] + r[3:4] for r in profile
    ]


def test_text_that_looks_like_a_formula_stays_text(cli: Any, tmp_path: Path) -> None:
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    plan = tmp_path / "plan.yaml"
    title = "Họp báo cung cấp thông tin về tình hình kinh tế - xã hội và các chính sách mới của tỉnh Quý I/2022"
    text = example.read_text(encoding="utf-8").replace(
        f"title: {title}", 'title: "=HYPERLINK(1)"', 1
    )
    plan.write_text(text, encoding="utf-8")
    target = tmp_path / "out.xlsx"
    assert cli("export", str(plan), "--to", str(target), "--force").exit_code == 0
    with zipfile.ZipFile(target) as archive:
        assert "HYPERLINK" not in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert "=HYPERLINK(1)" in archive.read("xl/sharedStrings.xml").decode("utf-8")
