"""Plans typed in Word by offices import to plans that validate and render."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from commplan.model.plan import Plan
from commplan.source.loader import load_text
from tests.importer.office import typed_decision, typed_plan


def _import(cli: Callable[..., Any], source: Path, tmp_path: Path) -> tuple[Plan, str]:
    out = tmp_path / "plan.yaml"
    result = cli("import", str(source), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "kiểm tra" in result.stdout or "inferred" in result.stdout
    text = out.read_text(encoding="utf-8")
    validated = cli("validate", str(out))
    assert "SCHEMA" not in validated.stdout
    rendered = tmp_path / "again.docx"
    assert cli("render", str(out), "-o", str(rendered), "--force", "-q").exit_code == 0
    assert docx.Document(str(rendered)).paragraphs
    return Plan.model_validate(load_text(text, str(out)).data), text


def test_a_typed_plan_reads_like_its_source(cli: Callable[..., Any], tmp_path: Path) -> None:
    plan, text = _import(cli, typed_plan(tmp_path / "kh.docx"), tmp_path)
    doc = plan.document
    assert (doc.issuer, doc.number, doc.symbol) == (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        "0155",
        "KH-UBND",
    )
    assert (doc.place, str(doc.date)) == ("Ninh Bình", "2024-03-05")
    assert doc.signer is not None and doc.signer.name == "Nguyễn Văn An"
    assert doc.archive == "VT, VX" and len(doc.recipients) == 2
    assert plan.implements[0].startswith("Chỉ thị số 07/CT-TTg")
    assert plan.situation == [
        "Thời gian qua, công tác truyền thông chính sách của tỉnh đạt nhiều kết quả."
    ]
    assert [g.title for g in plan.task_groups] == [
        "Truyền thông trên báo chí",
        "Tập huấn, bồi dưỡng",
    ]
    assert plan.task_groups[0].text  # the group's own paragraph is kept
    names = {u.id: u.name for u in plan.units}
    tasks = {a.title: a for a in plan.activities}
    order = tasks["Đặt hàng tin, bài về chính sách mới trên Báo tỉnh"]
    assert names[order.owner] == "Sở Thông tin và Truyền thông"
    assert order.start.text.lower() == "quý ii/2024"
    assert tasks["Tổ chức họp báo định kỳ"].time_text == "Thường xuyên"
    training = tasks["Tổ chức hội nghị tập huấn kỹ năng truyền thông chính sách cho cán bộ đầu mối"]
    assert names[training.owner] == "Sở Nội vụ" and str(training.end.last) == "2024-12-15"
    assert training.details  # the task's own paragraph is kept
    assert plan.budget is not None and plan.budget.statement
    lines = [(b.description, b.quantity, b.unit_price) for b in plan.budget.lines]
    assert lines == [
        ("Tổ chức hội nghị tập huấn", 2, 30_000_000),
        ("Tin, bài trên báo in và báo điện tử", 30, 3_000_000),
    ]
    assert [b.category for b in plan.budget.lines] == ["hoi_nghi_hoi_thao", "dat_hang_bao_chi"]
    assert "# kiểm tra: phần sau đã đọc thành chủ trì, thời gian: Sở Nội vụ chủ trì" in text


def test_a_typed_decision_with_its_plan(cli: Callable[..., Any], tmp_path: Path) -> None:
    plan, _text = _import(cli, typed_decision(tmp_path / "qd.docx"), tmp_path)
    doc = plan.document
    assert doc.form == "quyet_dinh" and doc.symbol == "QĐ-STTTT" and doc.place == "Hà Nam"
    assert doc.decision is not None
    assert doc.decision.authority == "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert doc.decision.executors == ["Chánh Văn phòng Sở", "Trưởng các phòng"]
    assert doc.title == "Truyền thông chính sách năm 2024"
    assert plan.legal_bases and plan.proposed_by is not None
    assert len(plan.activities) == 3 and doc.recipients == ["Như Điều 3"]


@pytest.mark.parametrize("build", [typed_plan, typed_decision])
def test_nothing_is_left_unlisted(cli: Callable[..., Any], build: Any, tmp_path: Path) -> None:
    result = cli("import", str(build(tmp_path / "x.docx")), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 0
    assert "read from the text" in result.stdout and "kept without a field" in result.stdout
