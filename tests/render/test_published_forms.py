"""Plans written as agencies write them (issue 15), through the CLI on real files.

The fixture ``tests/data/ct-07-tinh-2024.yaml`` is a provincial Chỉ thị 07 plan in the shape
of published plans: topic groups of narrative tasks, a budget in words, a focal agency and
staffing as a task.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.conftest import ROOT

CT07 = ROOT / "tests" / "data" / "ct-07-tinh-2024.yaml"
Cli = Callable[..., Any]
Write = Callable[[str, str], Path]


def _rules(cli: Cli, path: Path, *extra: str) -> list[str]:
    result = cli("validate", "--format", "json", *extra, str(path))
    return [row["rule"] for row in json.loads(result.stdout)]


def _texts(docx: Path) -> list[str]:
    return [p.text for p in Document(str(docx)).paragraphs]


def _render(cli: Cli, plan: Path, tmp_path: Path, *extra: str) -> list[str]:
    out = tmp_path / "out.docx"
    result = cli("render", *extra, str(plan), "-o", str(out))
    assert result.exit_code == 0, result.stdout + result.stderr
    return _texts(out)


def test_the_ct07_plan_keeps_only_real_findings(cli: Cli) -> None:
    # Before the rules judged substance it had 11: CRI-001, ORG-007, ORG-008, PHASE-001 (an
    # error), BUD-004 ×4, CAT-001, CAT-003 and REP-002. Only the evaluation gap is real.
    assert _rules(cli, CT07) == ["REP-002"]


def test_the_ct07_plan_renders_its_body_as_published(cli: Cli, tmp_path: Path) -> None:
    texts = _render(cli, CT07, tmp_path)
    assert "I. MỤC ĐÍCH, YÊU CẦU" in texts
    assert "II. NHIỆM VỤ, GIẢI PHÁP" in texts
    assert not any(t.endswith("MỤC TIÊU") for t in texts)
    assert (
        "1. Bồi dưỡng, tập huấn; bố trí, sắp xếp đội ngũ làm công tác truyền thông chính sách"
        in texts
    )
    first_task = texts.index("a) Bố trí, sắp xếp đội ngũ làm công tác truyền thông chính sách.")
    assert texts[first_task + 1].startswith("Các cơ quan, đơn vị, địa phương rà soát")  # details
    assert texts[first_task + 2].startswith("Đơn vị chủ trì: Sở Nội vụ")
    assert "- Bố trí kinh phí đúng quy định, tiết kiệm, hiệu quả." in texts  # list_style dash


def test_a_budget_in_words_is_written_with_its_source_and_arranger(
    cli: Cli, tmp_path: Path
) -> None:
    texts = _render(cli, CT07, tmp_path)
    start = texts.index("III. KINH PHÍ")
    section = texts[start : texts.index("IV. TỔ CHỨC THỰC HIỆN")]
    assert section[1].startswith("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách")
    assert "1. Nguồn kinh phí: Ngân sách tỉnh theo phân cấp hiện hành." in section
    assert "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch." in section
    assert not any("Phụ lục III" in t for t in texts)


def test_a_total_without_lines_is_no_arithmetic_error(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    text = CT07.read_text(encoding="utf-8").replace(
        "  arranged_by: stc\n", "  total: 500_000_000\n"
    )
    plan.write_text(text, encoding="utf-8")
    assert "BUD-002" not in _rules(cli, plan)
    texts = _render(cli, plan, tmp_path)
    assert any(
        t.startswith("1. Tổng kinh phí: 500.000.000 đồng (bằng chữ: năm trăm") for t in texts
    )


def test_no_gantt_when_no_task_has_dates_of_its_own(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    text = CT07.read_text(encoding="utf-8")
    for bounds in ("quí I/2024", "quí II/2024", "quí III/2024", "tháng 12/2024"):
        text = text.replace(f"start: {bounds}", "start: năm 2024").replace(
            f"end: {bounds}", "end: năm 2024"
        )
    plan.write_text(text, encoding="utf-8")
    texts = _render(cli, plan, tmp_path)
    assert "Phụ lục I" in texts and "Phụ lục II" not in texts
    assert "Chi tiết nhiệm vụ tại Phụ lục I kèm theo Kế hoạch này." in texts
    with_dates = _render(cli, CT07, tmp_path)
    assert "Phụ lục II" in with_dates


def test_document_appendices_pick_them(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    text = CT07.read_text(encoding="utf-8").replace(
        "  archive: VT, KGVX\n", "  archive: VT, KGVX\n  appendices: [tien_do]\n"
    )
    plan.write_text(text, encoding="utf-8")
    texts = _render(cli, plan, tmp_path)
    # The Gantt alone becomes Phụ lục I, and the body cites it so.
    assert "Phụ lục I" in texts and "Phụ lục II" not in texts
    assert "LỘ TRÌNH THỰC HIỆN CÁC NHIỆM VỤ" in texts
    assert "Lộ trình thực hiện tại Phụ lục I kèm theo Kế hoạch này." in texts


def test_outline_muc_tieu_and_letters(cli: Cli, write: Write, tmp_path: Path) -> None:
    text = CT07.read_text(encoding="utf-8").replace(
        "purposes:", "outline: muc_tieu\nlist_style: letters\npurposes:"
    )
    texts = _render(cli, write("p.yaml", text), tmp_path)
    assert "I. MỤC TIÊU, YÊU CẦU" in texts
    assert "1. Mục tiêu tổng quát" in texts and "2. Yêu cầu" in texts
    assert any(t.startswith("a) Quán triệt, triển khai kịp thời") for t in texts)


def test_tasks_by_phase_keep_the_old_heading(cli: Cli, tmp_path: Path) -> None:
    texts = _render(cli, ROOT / "examples" / "ke-hoach-ubnd-tinh-2022.yaml", tmp_path)
    assert any(t.endswith(". NỘI DUNG, NHIỆM VỤ") for t in texts)
    assert not any(t.endswith(". MỤC TIÊU") for t in texts)  # objectives are inside mục I
    assert "3. Mục tiêu" in texts


@pytest.mark.parametrize(
    "spelling", ["ngày 05 tháng 3 năm 2024", "05-3-2024", "05.3.2024", "quí I/2024"]
)
def test_published_date_spellings_are_accepted(cli: Cli, write: Write, spelling: str) -> None:
    text = CT07.read_text(encoding="utf-8").replace("start: quí I/2024", f"start: {spelling}")
    assert _rules(cli, write("p.yaml", text)) == ["REP-002"]


def test_a_focal_point_needs_a_person_or_an_agency(cli: Cli, write: Write) -> None:
    text = CT07.read_text(encoding="utf-8").replace(
        "focal_point: {unit: stttt}", "focal_point: {liaison_with: stttt}"
    )
    result = cli("validate", "--format", "json", str(write("p.yaml", text)))
    rows = json.loads(result.stdout)
    assert [(r["rule"], r["line"]) for r in rows if r["rule"] == "SCHEMA"] == [("SCHEMA", 99)]


def test_a_dangling_task_group_is_a_reference_error(cli: Cli, write: Write) -> None:
    text = CT07.read_text(encoding="utf-8").replace("group: g_baochi", "group: g_bao")
    assert _rules(cli, write("p.yaml", text)).count("REF-003") == 2


def test_a_plan_without_stages_or_phases_still_gets_phase_001(cli: Cli, write: Write) -> None:
    text = re.sub(r"\n +stage: \w+", "", CT07.read_text(encoding="utf-8"))
    assert "PHASE-001" in _rules(cli, write("p.yaml", text))


def test_a_budget_of_sources_alone_keeps_its_section(cli: Cli, tmp_path: Path) -> None:
    # The KINH PHÍ section used to vanish, and the source with it, when there were no lines.
    plan = tmp_path / "p.yaml"
    text = CT07.read_text(encoding="utf-8")
    start, end = text.index("budget:\n"), text.index("governance:")
    sources = (
        "budget:\n  sources:\n"
        "    - {id: nsdp, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh năm 2024}\n\n"
    )
    plan.write_text(text[:start] + sources + text[end:], encoding="utf-8")
    texts = _render(cli, plan, tmp_path)
    section = texts[texts.index("III. KINH PHÍ") : texts.index("IV. TỔ CHỨC THỰC HIỆN")]
    assert section[1:] == ["Nguồn kinh phí: Ngân sách tỉnh năm 2024."]


def _task_table(docx: Path) -> Any:
    """Phụ lục I: the table whose header starts STT, Nội dung nhiệm vụ."""
    for table in Document(str(docx)).tables:
        head = [c.text for c in table.rows[0].cells]
        if head[:2] == ["STT", "Nội dung nhiệm vụ"]:
            return table
    raise AssertionError("no task table")


HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
COST = "Kinh phí (triệu đồng)"


@pytest.mark.parametrize(
    ("plan", "head", "cells"),
    [
        # A budget in words and no products: neither column is printed empty.
        pytest.param(CT07, HEAD, {2, 5}, id="words-no-products"),
        # Costs but no products: Sản phẩm goes, the total row spans one column fewer.
        pytest.param(
            ROOT / "examples" / "ke-hoach-tinh-ct07-2024.yaml", [*HEAD, COST], {2, 3, 6}, id="costs"
        ),
        pytest.param(
            ROOT / "examples" / "ke-hoach-ubnd-tinh-2022.yaml",
            [*HEAD, "Sản phẩm", COST],
            {2, 3, 7},
            id="everything",
        ),
    ],
)
def test_task_table_prints_no_empty_column(
    cli: Cli, tmp_path: Path, plan: Path, head: list[str], cells: set[int]
) -> None:
    out = tmp_path / "out.docx"
    assert cli("render", str(plan), "-o", str(out)).exit_code == 0
    table = _task_table(out)
    assert [c.text for c in table.rows[0].cells] == head
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    # The task's name takes the width of what went; the table still fills the same page width.
    assert len(grid) == len(head) and grid[1] == max(grid)
    assert {len(row._tr.findall(qn("w:tc"))) for row in table.rows} == cells
    for row in table.rows:  # every row still covers the whole grid
        spans = [int(s.get(qn("w:val"))) for s in row._tr.iter(qn("w:gridSpan"))]
        assert len(row._tr.findall(qn("w:tc"))) + sum(spans) - len(spans) == len(grid)
    assert cli("audit", str(out)).exit_code == 0
