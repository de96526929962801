"""``summary -o X.docx --frame F``: the Ministry's BÁO CÁO, audited like a plan."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import ROOT
from tests.summary.builder import build_folder

Cli = Callable[..., Any]
FRAME = """\
document:
  issuer: BỘ THÔNG TIN VÀ TRUYỀN THÔNG
  issuer_level: bo
  number: 45
  symbol: BC-BTTTT
  place: Hà Nội
  date: 15/4/2022
  title: Tổng hợp tình hình triển khai công tác truyền thông chính sách năm 2022
  signer: {authority: [KT. BỘ TRƯỞNG], title: THỨ TRƯỞNG, name: Nguyễn Thanh Lâm}
  recipients: [Thủ tướng Chính phủ (để báo cáo), Văn phòng Chính phủ]
proposals:
  - Đề nghị Thủ tướng Chính phủ chỉ đạo các cơ quan chưa gửi kế hoạch khẩn trương thực hiện.
"""


def _body_text(docx: Path) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_the_report_is_written_from_the_figures_and_passes_audit(cli: Cli, tmp_path: Path) -> None:
    folder = build_folder(tmp_path / "nhan")
    frame = tmp_path / "khung.yaml"
    frame.write_text(FRAME, encoding="utf-8")
    target = tmp_path / "bao-cao.docx"
    result = cli("summary", str(folder), "-o", str(target), "--frame", str(frame))
    assert result.exit_code == 1, result.output  # the broken Cao Bằng plan
    xml = _body_text(target)
    assert "BÁO CÁO" in xml and "Số: 45/BC-BTTTT" in xml
    # 7 of the 63 provinces (no .docx in this folder: Lào Cai is missing) named a focal point.
    assert "Đã cử đầu mối liên hệ: 3/31 bộ, cơ quan và 6/63 tỉnh, thành phố" in xml
    assert "Tổng kinh phí dự kiến 2.019.000.000 đồng" in xml
    assert "Phụ lục III" in xml and "Tỉnh Cao Bằng" in xml
    audit = cli("audit", str(target))
    assert audit.exit_code == 0, audit.stdout


def test_without_a_frame_the_report_is_a_draft(cli: Cli, tmp_path: Path) -> None:
    folder = build_folder(tmp_path / "nhan")
    target = tmp_path / "bao-cao.docx"
    assert cli("summary", str(folder), "-o", str(target)).exit_code == 1
    audit = cli("audit", str(target))
    assert audit.exit_code == 0 and "X-DRAFT" in audit.stdout


def test_new_scaffolds_a_frame_that_summary_reads(cli: Cli, tmp_path: Path) -> None:
    frame = tmp_path / "khung.yaml"
    assert cli("new", str(frame), "--kind", "tong-hop", "--year", "2022").exit_code == 0
    assert "symbol: BC-BTTTT" in frame.read_text(encoding="utf-8")
    target = tmp_path / "bc.docx"
    folder = build_folder(tmp_path / "nhan")
    assert cli("summary", str(folder), "-o", str(target), "--frame", str(frame)).exit_code == 1
    assert target.exists()


def test_a_broken_frame_stops_the_job_with_its_position(cli: Cli, tmp_path: Path) -> None:
    frame = tmp_path / "khung.yaml"
    frame.write_text("document:\n  issuer: BỘ Y TẾ\n  issuer_level: bo\n", encoding="utf-8")
    target = tmp_path / "bc.docx"
    result = cli(
        "summary", str(build_folder(tmp_path / "nhan")), "-o", str(target), "--frame", str(frame)
    )
    assert result.exit_code == 2
    assert (
        "khung.yaml:1:1" in result.stderr
        and "symbol" in result.stderr
        and "tong-hop" in result.stderr
    )
    assert not target.exists()


def test_unknown_output_kind_and_agency_list(cli: Cli, tmp_path: Path) -> None:
    folder = build_folder(tmp_path / "nhan")
    bad = cli("summary", str(folder), "-o", str(tmp_path / "x.pdf"))
    assert bad.exit_code == 2 and "x.pdf" in bad.stderr
    unknown = cli("summary", str(folder), "--agencies", "vn-1999")
    assert unknown.exit_code == 2 and "vn-1999" in unknown.stderr


def test_the_packaged_template_is_up_to_date() -> None:
    folder = ROOT / "templates"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("bao_cao", folder / "bao_cao.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    packaged = ROOT / "src" / "commplan" / "templates" / "bao-cao.docx"
    assert module.build() == packaged.read_bytes(), "run python templates/bao_cao.py"


def test_a_committees_report_names_no_superior_body(cli: Cli, tmp_path: Path) -> None:
    import docx

    folder = build_folder(tmp_path / "nhan")
    frame = tmp_path / "khung.yaml"
    committee = FRAME.replace(
        "  issuer: BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n  issuer_level: bo\n",
        "  parent_agency: BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n"
        "  issuer: ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n  issuer_level: ubnd_tinh\n",
    )
    frame.write_text(committee, encoding="utf-8")
    target = tmp_path / "bao-cao.docx"
    cli("summary", str(folder), "-o", str(target), "--frame", str(frame))
    left = docx.Document(str(target)).tables[0].rows[0].cells[0]
    lines = [" ".join(p.text.split()) for p in left.paragraphs if p.text]
    assert lines == ["ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"]
