"""Template practice (warnings) and drafts: findings that do not make the document fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from commplan.source.diagnostics import Severity
from tests.audit.builder import build_plan, w
from tests.audit.mutate import (
    audit,
    find,
    ids,
    insert_copy_after,
    set_para_prop,
    set_run_prop,
    set_text,
)

BODY = "Nâng cao hiệu quả"


def _edit(prefix: str, action: Callable[[Any], None]) -> Callable[[DocumentObject], None]:
    def edit(doc: DocumentObject) -> None:
        action(find(doc, prefix))

    return edit


def _footer(doc: DocumentObject) -> None:
    doc.sections[0].footer.paragraphs[0].text = "Địa chỉ: 12 Trần Phú"


def _landscape_text(doc: DocumentObject) -> None:
    size = doc.sections[1]._sectPr.find(qn("w:pgSz"))
    size.set(qn("w:w"), "16838")
    size.set(qn("w:h"), "11906")
    size.set(qn("w:orient"), "landscape")
    body = doc.element.body
    for table in body.findall(qn("w:tbl"))[2:]:
        body.remove(table)


def _landscape_margins(doc: DocumentObject) -> None:
    sect = doc.sections[1]._sectPr
    size = sect.find(qn("w:pgSz"))
    size.set(qn("w:w"), "16838")
    size.set(qn("w:h"), "11906")
    sect.find(qn("w:pgMar")).set(qn("w:bottom"), "850")


def _caps(doc: DocumentObject) -> None:
    p = find(doc, "KẾ HOẠCH")
    set_text(p, "Kế hoạch")
    set_run_prop(p, "caps")


def _nfd(doc: DocumentObject) -> None:
    set_text(find(doc, BODY), "Nâng cao hie\u0323\u0302u qua\u0309 truyền thông./.")


def _sum_only(doc: DocumentObject) -> None:
    set_para_prop(find(doc, "1. Mục đích"), "spacing", before=120, after=60)
    set_para_prop(find(doc, BODY), "spacing", before=60, after=0)


def _exact(doc: DocumentObject) -> None:
    set_para_prop(find(doc, BODY), "spacing", before=120, line=340, lineRule="exact")


def _long_rule(doc: DocumentObject) -> None:
    line = find(doc, "Độc lập").getnext()
    set_para_prop(line, "ind", left=100, right=100, firstLine=0)


def _small_table(doc: DocumentObject) -> None:
    set_run_prop(find(doc, "Hội nghị"), "sz", val=18)


def _autofit_table(doc: DocumentObject) -> None:
    table = doc.element.body.findall(qn("w:tbl"))[-1]
    layout = table.find(qn("w:tblPr")).find(qn("w:tblLayout"))
    layout.getparent().remove(layout)


def _heading_centred(doc: DocumentObject) -> None:
    set_para_prop(find(doc, "I. MỤC ĐÍCH"), "jc", val="center")


def _page_number_italic(doc: DocumentObject) -> None:
    for run in doc.sections[0].header.paragraphs[0].runs:
        run._r.get_or_add_rPr().append(w("i"))


def _points_13(doc: DocumentObject) -> None:
    for letter in ("a", "b", "c", "d", "đ", "e", "g"):
        set_run_prop(find(doc, f"{letter})"), "sz", val=26)


def _number_above(doc: DocumentObject) -> None:
    """Move "Số:" into the first row, under the agency's rule: no longer level with the date."""
    number = find(doc, "Số:")
    cell = number.getparent()
    find(doc, "SỞ THÔNG TIN").getnext().addnext(number)
    cell.append(w("p"))


CASES: list[tuple[str, Callable[[DocumentObject], Any], str]] = [
    ("footer text", _footer, "P5"),
    ("landscape without a table", _landscape_text, "P2"),
    ("landscape with a 15 mm bottom margin", _landscape_margins, "P3"),
    ("page number italic", _page_number_italic, "P4"),
    ("All caps format", _caps, "F4"),
    ("decomposed text", _nfd, "X-NFD"),
    (
        "variant font name",
        _edit(
            BODY,
            lambda p: set_run_prop(
                p, "rFonts", ascii="TimesNewRomanPSMT", hAnsi="TimesNewRomanPSMT"
            ),
        ),
        "F1",
    ),
    (
        "Quốc hiệu wraps",
        _edit("CỘNG HÒA", lambda p: set_para_prop(p, "ind", left=600, right=600)),
        "H1",
    ),
    ("rule under the Tiêu ngữ too long", _long_rule, "H3"),
    ("date on its own line", _number_above, "H8"),
    ("title left-aligned", _edit("KẾ HOẠCH", lambda p: set_para_prop(p, "jc", val="left")), "H9"),
    (
        "trích yếu in capitals",
        _edit("Truyền thông", lambda p: set_text(p, "TRUYỀN THÔNG CHÍNH SÁCH")),
        "H10",
    ),
    ("spacing only when added", _sum_only, "B4"),
    ("exact line spacing", _exact, "B5"),
    ("points at 13 pt, the rest at 14 pt", _points_13, "B6"),
    (
        "no ./. at the end",
        _edit("Các cơ quan", lambda p: set_text(p, "Các cơ quan thực hiện.")),
        "B7",
    ),
    ("Mục heading centred", _heading_centred, "B-HEAD"),
    ("Như trên", _edit("- UBND tỉnh", lambda p: set_text(p, "- Như trên;")), "N4"),
    ("table text 9 pt", _small_table, "T2"),
    ("autofit table", _autofit_table, "T3"),
]


@pytest.mark.parametrize(("edit", "rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_practice_gives_a_warning_and_no_error(
    tmp_path: Path, edit: Callable[[DocumentObject], Any], rule: str
) -> None:
    doc = build_plan()
    edit(doc)
    found = audit(doc, tmp_path)
    assert [(d.rule, d.severity) for d in found] == [(rule, Severity.WARNING)], [
        d.message for d in found
    ]


def test_a_draft_is_accepted_with_one_warning(tmp_path: Path) -> None:
    doc = build_plan()
    set_text(find(doc, "Số:"), "Số:      /KH-STTTT")
    set_text(find(doc, "Nam Định"), "Nam Định, ngày      tháng      năm 2022")
    found = audit(doc, tmp_path)
    assert [(d.rule, d.severity, d.line) for d in found] == [("X-DRAFT", Severity.WARNING, 7)]


def test_a_draft_with_a_dotted_number_is_a_draft_too(tmp_path: Path) -> None:
    doc = build_plan()
    set_text(find(doc, "Số:"), "Số: ......./KH-STTTT")
    assert ids(audit(doc, tmp_path)) == {"X-DRAFT"}


def test_the_old_tone_placement_is_accepted(tmp_path: Path) -> None:
    doc = build_plan()
    set_text(find(doc, "CỘNG HÒA"), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    set_text(find(doc, "UBND TỈNH"), "UỶ BAN NHÂN DÂN TỈNH NAM ĐỊNH")
    assert audit(doc, tmp_path) == []


def test_a_copied_point_series_restarting_at_a_is_accepted(tmp_path: Path) -> None:
    doc = build_plan()
    insert_copy_after(find(doc, "g)"), "a) Một loạt điểm mới;")
    assert audit(doc, tmp_path) == []
