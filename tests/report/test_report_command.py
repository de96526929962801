"""``commplan report``: the BÁO CÁO of a report file, in ND30 form, passing ``commplan audit``."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
REPORTS = sorted((EXAMPLES / "bao-cao").glob("*.yaml"))
MAIN = EXAMPLES / "bao-cao" / "bao-cao-ubnd-tinh-2022-quy-ii.yaml"


def _text(path: Path) -> list[str]:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_every_example_report_renders_and_passes_audit(
    cli: Cli, tmp_path: Path, report: Path
) -> None:
    out = tmp_path / "bc.docx"
    result = cli("report", str(report), "-o", str(out))
    assert result.exit_code == 0, result.output
    audited = cli("audit", "--format", "json", str(out))
    assert (audited.exit_code, json.loads(audited.stdout)) == (0, [])


def test_the_body_has_results_shortcomings_proposals_and_two_appendices(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "bc.docx"
    assert cli("report", str(MAIN), "-o", str(out)).exit_code == 0
    text = _text(out)
    assert "BÁO CÁO" in text and "KẾ HOẠCH" not in text
    assert [t for t in text if t[:4] in ("I. K", "II. ", "III.")] == [
        "I. KẾT QUẢ THỰC HIỆN",
        "II. TỒN TẠI, HẠN CHẾ",
        "III. KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    joined = "\n".join(text)
    assert (
        "Tổng dự toán 1.422.000.000 đồng; đã thực hiện 504.600.000 đồng (35,5% dự toán)" in joined
    )
    assert "Hoàn thành: 3/20 nhiệm vụ" in joined
    assert "chỉ tiêu 176 tin, bài, phóng sự, chuyên mục, đạt 79" in joined
    assert "Phụ lục I" in text and "Phụ lục II" in text
    assert "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ" in text and "KINH PHÍ DỰ TOÁN VÀ ĐÃ THỰC HIỆN" in text


def test_overdue_activities_open_the_shortcomings(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml", tmp_path)
    report = tmp_path / "bc.yaml"
    text = MAIN.read_text(encoding="utf-8").replace("plan: ../", "plan: ")
    report.write_text(
        text.replace(
            "nv_bao_cao_bo: {status: hoan_thanh, done_on: 25/3/2022",
            "nv_bao_cao_bo: {status: dang_thuc_hien",
        ),
        encoding="utf-8",
    )
    result = cli("report", str(report))
    assert result.exit_code == 0, result.output
    body = _text(report.with_suffix(".docx"))
    late = body.index("II. TỒN TẠI, HẠN CHẾ") + 1
    assert body[late].startswith("- Nhiệm vụ “Báo cáo Bộ Thông tin và Truyền thông")
    assert "(hạn 25/3/2022) chưa hoàn thành" in body[late]


def test_a_report_with_errors_is_not_rendered(cli: Cli, tmp_path: Path) -> None:
    report = tmp_path / "bc.yaml"
    report.write_text(
        MAIN.read_text(encoding="utf-8").replace("plan: ../", "plan: "), encoding="utf-8"
    )
    result = cli("report", str(report))
    assert result.exit_code == 1 and "RPT-001" in result.stdout
    assert not report.with_suffix(".docx").exists()


def test_bad_uses_exit_2(cli: Cli, tmp_path: Path) -> None:
    plan = cli(
        "report", str(EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"), "-o", str(tmp_path / "x.docx")
    )
    assert plan.exit_code == 2 and "commplan render" in plan.stderr
    same = cli("report", str(MAIN), "-o", str(MAIN))
    assert same.exit_code == 2
    folder = cli("report", str(tmp_path))
    assert folder.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_audit_expects_the_bc_symbol_of_a_report(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml", tmp_path)
    report = tmp_path / "bc.yaml"
    text = MAIN.read_text(encoding="utf-8").replace("plan: ../", "plan: ")
    report.write_text(text.replace("symbol: BC-UBND", "symbol: KH-UBND"), encoding="utf-8")
    assert cli("report", str(report)).exit_code == 0
    audited = cli("audit", "--format", "json", str(report.with_suffix(".docx")))
    rows = json.loads(audited.stdout)
    assert audited.exit_code == 1 and [r["rule"] for r in rows] == ["H7"]
    assert "BC-" in rows[0]["message"]


def test_render_refuses_a_report_and_names_the_command(cli: Cli, tmp_path: Path) -> None:
    result = cli("render", str(MAIN), "-o", str(tmp_path / "x.docx"))
    assert result.exit_code == 2 and "commplan report" in result.stderr
    assert list(tmp_path.iterdir()) == []
