"""The BÁO CÁO carries what the workbook shows: the reports' execution and the Word mark.

Real files through the CLI: the shipped example plans with their reports (one made late by
hand, so that a task is overdue) and a plan typed in Word. The .docx is read back with
python-docx, audited, and converted by LibreOffice, whose PDF shows whether the landscape
table fits its page.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from commplan.render.pdf import convert_to_pdf, find_soffice
from tests.conftest import EXAMPLES
from tests.importer.office import typed_plan
from tests.summary.builder import build_folder

Cli = Callable[..., Any]
NAM_DINH = "bao-cao-ubnd-tinh-2022-quy-ii.yaml"
DONE_Q1 = (
    "nv_hop_bao_q1: {status: hoan_thanh, done_on: 31/3/2022, result: Đã hoàn thành theo kế hoạch}"
)
LATE_Q1 = "nv_hop_bao_q1: {status: dang_thuc_hien}"  # ended 31/3/2022: overdue on 14/6/2022
EXECUTION_TITLE = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH THEO BÁO CÁO CỦA CÁC CƠ QUAN"
NOTE_START = "Ghi chú: (*) Số liệu nhập từ Word"


@pytest.fixture
def received(tmp_path: Path) -> Path:
    """Six example plans with their reports, and Ninh Bình's plan typed in Word."""
    folder = tmp_path / "nhan"
    (folder / "bao-cao").mkdir(parents=True)
    for plan in EXAMPLES.glob("*.yaml"):
        shutil.copy(plan, folder / plan.name)
    for report in (EXAMPLES / "bao-cao").glob("*.yaml"):
        shutil.copy(report, folder / "bao-cao" / report.name)
    late = folder / "bao-cao" / NAM_DINH
    text = late.read_text(encoding="utf-8")
    assert DONE_Q1 in text
    late.write_text(text.replace(DONE_Q1, LATE_Q1), encoding="utf-8")
    typed_plan(folder / "ninh-binh.docx")
    return folder


@pytest.fixture
def report(cli: Cli, received: Path, tmp_path: Path) -> Path:
    target = tmp_path / "bao-cao.docx"
    result = cli("summary", str(received), "-o", str(target))
    assert result.exit_code == 0, result.output  # RPT-006 (overdue) is a warning
    return target


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _table_after(doc: DocumentObject, title: str) -> Table:
    """The first table after the paragraph ``title`` (an appendix's title)."""
    seen = False
    for block in doc.element.body.iterchildren():
        if block.tag == qn("w:p") and Paragraph(block, doc).text == title:
            seen = True
        elif block.tag == qn("w:tbl") and seen:
            return Table(block, doc)
    raise AssertionError(f"no table after {title!r}")


def _section_of(doc: DocumentObject, title: str) -> int:
    """The index of the section holding the paragraph ``title``."""
    index = 0
    for p in doc.element.body.iter(qn("w:p")):
        if Paragraph(p, doc).text == title:
            return index
        if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            index += 1
    raise AssertionError(f"no paragraph {title!r}")


def _appendix_numbers(doc: DocumentObject) -> list[str]:
    return [p.text for p in doc.paragraphs if re.fullmatch(r"Phụ lục [IVX]+", p.text)]


def _nam_dinh_by_hand() -> tuple[dict[str, int], int, int]:
    """Statuses and money of Nam Định's report, counted from the YAML (with the late task)."""
    plan = yaml.safe_load((EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml").read_text(encoding="utf-8"))
    report = yaml.safe_load((EXAMPLES / "bao-cao" / NAM_DINH).read_text(encoding="utf-8"))
    report["activities"]["nv_hop_bao_q1"] = {"status": "dang_thuc_hien"}
    statuses = [p.get("status") for p in report["activities"].values()]
    counts = {s: statuses.count(s) for s in ("hoan_thanh", "dang_thuc_hien")}
    counts["activities"] = len(plan["activities"])
    planned = sum(line["quantity"] * line["unit_price"] for line in plan["budget"]["lines"])
    return counts, planned, sum(s["spent"] for s in report["budget"].values())


def test_the_execution_appendix_lays_out_each_agencys_latest_report(report: Path) -> None:
    doc = docx.Document(str(report))
    assert _appendix_numbers(doc) == ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"]
    rows = _texts(_table_after(doc, EXECUTION_TITLE))
    assert rows[0][:4] == ["STT", "Cơ quan", "Kỳ báo cáo (số liệu đến ngày)", "Nhiệm vụ"]
    assert rows[0][-1] == "Kinh phí"
    assert rows[1][3:] == [
        "Tổng số",
        "Hoàn thành",
        "Đang thực hiện",
        "Quá hạn",
        "Tỷ lệ hoàn thành",
        "Tỷ lệ quá hạn",
        "Dự toán (đồng)",
        "Đã thực hiện (đồng)",
        "Tỷ lệ giải ngân",
    ]
    body = {r[1]: r for r in rows[2:-1]}
    assert len(body) == 6 and "Tỉnh Ninh Bình" not in body  # the typed plan has no report
    counts, planned, spent = _nam_dinh_by_hand()
    assert (counts["activities"], counts["hoan_thanh"], counts["dang_thuc_hien"]) == (20, 2, 14)
    assert (planned, spent) == (1_422_000_000, 504_600_000)
    assert body["Tỉnh Nam Định"][2:] == [
        "Quý II/2022 (14/6/2022)",
        "20",
        "2",
        "14",
        "1",
        "10,0%",
        "5,0%",
        "1.422.000.000",
        "504.600.000",
        "35,5%",
    ]
    # The ward's plan has no itemised budget: no rate rather than 0%.
    assert body["ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG"][-3:] == ["0", "0", "—"]
    total = rows[-1]
    assert total[0] == "Tổng cộng" and total[3:7] == ["83", "20", "44", "1"]
    assert total[-3:] == ["6.512.000.000", "2.229.150.000", "34,2%"]
    notes = [p.text for p in doc.paragraphs if p.text.startswith("Ghi chú: số liệu theo báo cáo")]
    assert len(notes) == 1
    assert doc.sections[_section_of(doc, EXECUTION_TITLE)].orientation == WD_ORIENT.LANDSCAPE
    assert [s.orientation for s in doc.sections].count(WD_ORIENT.LANDSCAPE) == 1


def test_the_docx_says_what_the_workbook_says(cli: Cli, received: Path, report: Path) -> None:
    data = json.loads(cli("summary", str(received), "--format", "json").stdout)
    agencies = data["tables"]["agencies"]
    rows = _texts(_table_after(docx.Document(str(report)), EXECUTION_TITLE))
    shares = {r[1]: (r[7], r[8], r[11]) for r in rows[2:-1]}
    for row in agencies:
        if row["done_share"] is None:
            assert row["agency"] not in shares
            continue
        rate = row["spending_rate"]
        expected = [row["done_share"], row["overdue_share"]] + ([rate] if rate is not None else [])
        written = [f"{share * 100:.1f}".replace(".", ",") + "%" for share in expected]
        assert list(shares[row["agency"]][: len(written)]) == written
    imported = [r["agency"] for r in agencies if r["origin"] == "nhập từ Word"]
    assert imported == ["Tỉnh Ninh Bình"]


def test_a_row_read_from_word_is_marked_and_the_note_says_why(report: Path) -> None:
    doc = docx.Document(str(report))
    rows = _texts(_table_after(doc, "TÌNH HÌNH THỰC HIỆN CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG"))
    marked = [r[1] for r in rows if r[1].endswith("(*)")]
    assert marked == ["Tỉnh Ninh Bình (*)"]
    assert "Tỉnh Nam Định" in [r[1] for r in rows]  # a plan file: no mark
    notes = [p for p in doc.paragraphs if p.text.startswith(NOTE_START)]
    assert len(notes) == 1 and notes[0].style is not None
    assert notes[0].style.style_id == "CpNote" and "đối chiếu với văn bản gốc" in notes[0].text
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Đã nhận báo cáo kết quả thực hiện kế hoạch của 6 cơ quan" in body
    assert "đã hoàn thành 20/83 nhiệm vụ (24,1%), 1 nhiệm vụ quá hạn" in body
    assert "(chi tiết tại Phụ lục III). Còn 89 cơ quan chưa gửi kế hoạch (Phụ lục IV)" in body


def test_audit_passes_with_the_new_appendix(cli: Cli, report: Path) -> None:
    audit = cli("audit", str(report))
    assert audit.exit_code == 0, audit.stdout
    assert " 0 lỗi" in audit.stdout or "0 errors" in audit.stdout


def test_without_reports_or_imports_no_execution_appendix_and_no_note(
    cli: Cli, tmp_path: Path
) -> None:
    folder = build_folder(tmp_path / "nhan")
    target = tmp_path / "bao-cao.docx"
    assert cli("summary", str(folder), "-o", str(target)).exit_code == 1  # broken Cao Bằng
    doc = docx.Document(str(target))
    assert _appendix_numbers(doc) == ["Phụ lục I", "Phụ lục II", "Phụ lục III"]
    texts = [p.text for p in doc.paragraphs]
    assert EXECUTION_TITLE not in texts
    assert not any(t.startswith(("Ghi chú", "Đã nhận báo cáo")) for t in texts)
    assert not any("(*)" in cell.text for t in doc.tables for row in t.rows for cell in row.cells)
    assert {s.orientation for s in doc.sections} == {WD_ORIENT.PORTRAIT}
    assert any("chưa gửi kế hoạch (Phụ lục III)" in t for t in texts)
    assert cli("audit", str(target)).exit_code == 0


WORD = re.compile(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


def _words(pdf: Path) -> list[tuple[float, float, float, str]]:
    """Each word with its page's width and height and its right edge (``pdftotext -bbox``)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(page[1]), float(page[2]), float(word[1]), word[2])
        for page in PAGE.finditer(html)
        for word in WORD.finditer(page[3])
    ]


@pytest.mark.soffice
def test_libreoffice_opens_it_and_the_landscape_table_fits(report: Path, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    soffice = find_soffice()
    assert soffice is not None, "COMMPLAN_REQUIRE_SOFFICE=1 but LibreOffice is not installed"
    pdf = tmp_path / "bao-cao.pdf"
    convert_to_pdf(report, pdf, soffice)
    words = _words(pdf)
    # The whole table is on its landscape page: its last column and total line too.
    landscape = {text for width, height, _x, text in words if width > height}
    assert landscape >= {"KẾT", "giải", "34,2%", "2.229.150.000"}
    right_margin = 15 / 25.4 * 72  # ND30: 15 mm on the right; nothing may run past it
    assert all(x_max <= width - right_margin + 1 for width, _h, x_max, _t in words)
    assert {"Ninh", "(*)"} <= {text for *_rest, text in words}
