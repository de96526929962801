"""The auditor's map of a Quyết định that issues a plan, and of a "Thực hiện …" opening."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from typer.testing import CliRunner

from commplan.cli import app
from tests.audit.rendered import layout_of, render
from tests.conftest import EXAMPLES


def test_the_decision_and_its_attached_plan_are_both_mapped(tmp_path: Path) -> None:
    out = render(EXAMPLES / "quyet-dinh-bo-2025.yaml", tmp_path)
    layout = layout_of(out)
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert layout.header.title is not None and layout.header.title.text == "QUYẾT ĐỊNH"
    bases = [p.text for p in layout.bases]
    assert bases[-1] == "Theo đề nghị của Chánh Văn phòng Bộ."
    assert all(b.startswith("Căn cứ") for b in bases[:-1])
    body = [p.text for p in layout.body]
    assert body[0].startswith("Điều 1.") and "QUYẾT ĐỊNH:" not in body
    assert not any(t.startswith("BỘ TRƯỞNG") for t in body)
    # The attached plan's body is body text too: the situation and the closing "./." line.
    assert any(t.startswith("Thời gian qua") for t in body)
    assert body[-1] == next(t for t in reversed(texts) if t.endswith("./."))


def test_a_bold_paragraph_in_the_attached_plan_is_reported(tmp_path: Path) -> None:
    out = render(EXAMPLES / "quyet-dinh-bo-2025.yaml", tmp_path)
    doc = Document(str(out))
    target = next(p for p in doc.paragraphs if p.text.startswith("Thời gian qua"))
    for run in target.runs:
        run.bold = True
    doc.save(str(out))
    index = layout_of(out).body[[p.text for p in layout_of(out).body].index(target.text)].index
    result = CliRunner().invoke(app, ["audit", "--format", "json", str(out)])
    assert result.exit_code == 1
    assert f'"line": {index}' in result.stdout and '"rule": "B1"' in result.stdout


def test_a_thuc_hien_opening_is_body_text_and_the_last_basis_may_run_on(tmp_path: Path) -> None:
    out = render(EXAMPLES / "ke-hoach-tinh-ct07-2024.yaml", tmp_path)
    layout = layout_of(out)
    assert layout.bases == []
    assert layout.body[0].text.startswith("Thực hiện Chỉ thị số 07/CT-TTg")
    assert layout.body[3].text.startswith("Theo đề nghị của Sở Thông tin và Truyền thông")
    result = CliRunner().invoke(app, ["audit", str(out)])
    assert result.exit_code == 0, result.stdout
