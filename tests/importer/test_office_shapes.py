"""A ward's plan typed as paragraphs and a province's plan with a budget table, via the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx

from commplan.model.plan import Plan
from commplan.source.loader import load_text
from tests.importer.office_shapes import BUDGET, province_plan, ward_plan


def _import(cli: Callable[..., Any], source: Path, tmp_path: Path) -> Plan:
    out = tmp_path / "plan.yaml"
    result = cli("import", str(source), "-o", str(out))
    assert result.exit_code in (0, 1), result.stderr
    validated = cli("validate", str(out), "--format", "json")
    assert validated.exit_code in (0, 1), validated.stderr
    assert "SCHEMA" not in json.dumps(json.loads(validated.stdout))
    rendered = tmp_path / "again.docx"
    assert cli("render", str(out), "-o", str(rendered), "--force", "-q").exit_code == 0
    assert docx.Document(str(rendered)).paragraphs
    text = out.read_text(encoding="utf-8")
    return Plan.model_validate(load_text(text, str(out)).data)


def test_a_ward_plan_typed_as_paragraphs(cli: Callable[..., Any], tmp_path: Path) -> None:
    plan = _import(cli, ward_plan(tmp_path / "phuong.docx"), tmp_path)
    doc = plan.document
    assert (doc.issuer, str(doc.number), doc.symbol) == (
        "ỦY BAN NHÂN DÂN PHƯỜNG LA KHÊ",
        "192",
        "KH-UBND",
    )
    assert (doc.place, str(doc.date)) == ("La Khê", "2023-12-30")
    assert doc.title == "Tuyên truyền phổ biến chính sách, pháp luật năm 2024"
    assert plan.implements[0].startswith("Kế hoạch số 215/KH-UBND ngày 20/12/2023")
    assert len(plan.purposes) == 2 and len(plan.requirements) == 1
    # The signature typed as paragraphs is read, and kept out of the last unit's duties.
    assert doc.signer is not None and doc.signer.name == "Lê Văn Cường"
    assert doc.signer.title == "CHỦ TỊCH" and doc.archive == "VT"
    assert doc.recipients == ["UBND quận Hà Đông (để b/c)", "Các tổ dân phố"]
    names = {u.id: u.name for u in plan.units}
    police = next(u for u in plan.units if u.name == "Công an phường")
    assert police.duties == ["Phối hợp tổ chức hội nghị phổ biến chính sách tại các tổ dân phố."]
    # "1. …" paragraphs naming who and when are tasks, not group headings.
    assert len(plan.activities) == 3 and not plan.task_groups
    first = plan.activities[0]
    assert first.title == "Tuyên truyền trên hệ thống loa truyền thanh phường"
    assert names[first.owner] == "Văn phòng HĐND - UBND phường"
    assert first.start.text == "Quý I/2024"
    assert names[plan.activities[2].owner] == "Công an phường"


def test_a_province_plan_with_a_merged_budget_table(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    plan = _import(cli, province_plan(tmp_path / "tinh.docx"), tmp_path)
    doc = plan.document
    assert (doc.issuer, str(doc.number), doc.symbol, doc.place) == (
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        "88",
        "KH-UBND",
        "Hà Giang",
    )
    assert doc.signer is not None and doc.signer.name == "Nguyễn Văn Sơn"
    assert [g.title for g in plan.task_groups] == [
        "Nhóm giải pháp về truyền thông trên báo chí",
        "Nhóm giải pháp về truyền thông cơ sở",
    ]
    assert len(plan.activities) == 4
    names = {u.id: u.name for u in plan.units}
    film, posted, leaflet, contest = plan.activities
    assert names[film.owner] == "Đài Phát thanh và Truyền hình tỉnh"
    assert film.start.text == "Quý II/2024" and posted.time_text == "Thường xuyên"
    assert str(leaflet.end.last) == "2024-09-30" and names[contest.owner] == "Tỉnh đoàn"
    budget = plan.budget
    assert budget is not None
    assert "Bằng chữ: Bảy mươi lăm triệu đồng chẵn." in budget.statement
    assert [s.name for s in budget.sources] == ["Ngân sách tỉnh", "Nguồn xã hội hóa"]
    # Numbered rows with a price are lines; merged source rows and the total row are not.
    priced = [row for row in BUDGET[1:] if row[4] and row[0].isdigit()]
    assert len(budget.lines) == len(priced) == 3
    total = sum(line.quantity * line.unit_price for line in budget.lines)
    assert total == 75_000_000  # "Tổng cộng" in the source table
    assert [line.source for line in budget.lines] == ["nguon_nst", "nguon_nst", "nguon_nxhh"]
    assert budget.lines[2].activity == contest.id
