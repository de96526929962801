"""Small plans: what the template leaves out (no budget, no signer) still makes a valid document."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from commplan.audit.engine import audit_file
from commplan.render.docx import render_plan
from commplan.render.source import load_template
from commplan.typography.metrics import text_width
from tests.helpers import BASE, load_plan

PLAN = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, short_name: Sở TT&TT, kind: don_vi_truyen_thong}
activities:
  - {id: a1, title: Họp báo quý, type: hop_bao, owner: stttt, start: Quý II/2022, end: Quý II/2022}
"""


def _render(snippet: str = PLAN):  # type: ignore[no-untyped-def]
    plan, _ = load_plan(snippet)
    return Document(io.BytesIO(render_plan(plan, load_template(None))))


def test_without_budget_the_gantt_section_is_the_last() -> None:
    doc = _render()
    sections = doc.sections
    assert len(sections) == 3
    assert sections[-1].orientation == WD_ORIENT.LANDSCAPE
    body = doc.element.body
    assert body[-1].tag == qn("w:sectPr")
    last_block = body[-2]
    assert last_block.tag == qn("w:p") and "Ghi chú" in "".join(last_block.itertext())
    labels = [p.text for p in doc.paragraphs if p.text.startswith("Phụ lục")]
    assert labels == ["Phụ lục I", "Phụ lục II"]
    assert not any("Phụ lục III" in p.text for p in doc.paragraphs)
    assert not any(p.text.startswith("Bằng chữ") for p in doc.paragraphs)


def test_without_signer_the_draft_shows_what_to_fill_in() -> None:
    doc = _render()
    right = doc.tables[1].rows[0].cells[1]
    lines = [p.text for p in right.paragraphs if p.text.strip()]
    assert lines == ["[CHỨC VỤ NGƯỜI KÝ]", "[Họ và tên]"]


def test_a_draft_without_signer_or_place_audits_with_one_warning(tmp_path: Path) -> None:
    # BASE names a place; this plan has none, so render writes "……" as the place.
    plan, _ = load_plan(PLAN, base=BASE.replace(" place: Nam Định,", ""))
    out = tmp_path / "draft.docx"
    out.write_bytes(render_plan(plan, load_template(None)))
    found = [(d.rule, d.severity) for d in audit_file(out, out.name)]
    assert [rule for rule, severity in found if severity == "error"] == []
    assert found.count(("X-DRAFT", "warning")) == 1


def test_default_intro_names_the_issuer() -> None:
    doc = _render()
    intro = next(p.text for p in doc.paragraphs if "ban hành Kế hoạch" in p.text)
    assert intro == "Sở Thông tin và Truyền thông ban hành Kế hoạch truyền thông như sau:"


def test_text_widths_match_times_new_roman() -> None:
    # ND30.md §4 measured these with Liberation Serif: ≈ 60 mm and ≈ 27 mm.
    mm = 1440 / 25.4
    assert text_width("Độc lập - Tự do - Hạnh phúc", 14, bold=True) / mm == pytest.approx(
        60.5, abs=0.5
    )
    assert text_width("KẾ HOẠCH", 14, bold=True) / mm == pytest.approx(27.0, abs=0.5)
    assert text_width("ơ", 14) > text_width("o", 14)
