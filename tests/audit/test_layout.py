"""Finding the components in documents laid out without our template's tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from commplan.audit.engine import audit_file
from commplan.audit.layout import find_layout
from commplan.audit.load import load_doc
from commplan.audit.normalize import canon, excerpt, tone_key
from commplan.audit.package import read_package
from tests.audit.rawdocx import SECT, para, write_docx

B13, B14, I14 = '<w:b/><w:sz w:val="26"/>', '<w:b/><w:sz w:val="28"/>', '<w:i/><w:sz w:val="28"/>'
CENTER = '<w:jc w:val="center"/>'


def _run(text: str, rpr: str) -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


TABBED = (
    "<w:p><w:pPr></w:pPr>"
    + _run("UBND TỈNH NAM ĐỊNH", '<w:sz w:val="26"/>')
    + "<w:r><w:tab/></w:r>"
    + _run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B13)
    + "</w:p><w:p>"
    + _run("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", B13)
    + "<w:r><w:tab/></w:r>"
    + _run("Độc lập - Tự do - Hạnh phúc", B14)
    + "</w:p><w:p>"
    + _run("Số: 07/KH-STTTT", '<w:sz w:val="26"/>')
    + "<w:r><w:tab/></w:r>"
    + _run("Nam Định, ngày 05 tháng 3 năm 2022", I14)
    + "</w:p>"
    + para("KẾ HOẠCH", CENTER, B14)
    + para("Truyền thông chính sách", CENTER, B14)
)


def test_a_header_typed_with_tabs_is_found(tmp_path: Path) -> None:
    doc = load_doc(read_package(write_docx(tmp_path / "t.docx", TABBED + SECT)))
    header = find_layout(doc).header
    assert header.national is not None and header.national.text.startswith("CỘNG HÒA")
    assert header.motto is not None and header.motto.para.index == 2
    assert [s.text for s in header.parent] == ["UBND TỈNH NAM ĐỊNH"]
    assert [s.text for s in header.agency] == ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]
    assert header.number is not None and header.date is not None
    assert header.number.para is header.date.para
    assert header.title is not None and [s.text for s in header.subject] == [
        "Truyền thông chính sách"
    ]


def test_tabbed_elements_are_checked_on_their_own_runs(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", TABBED + SECT)
    found = {d.rule for d in audit_file(path, "t.docx")}
    # Each element's own runs are right: no H1/H2/H4/H5/H7/H8 finding for its formatting.
    assert not found & {"H1", "H2", "H4", "H5", "H7", "H8"}


def test_national_and_motto_in_one_paragraph_with_a_line_break(tmp_path: Path) -> None:
    both = (
        f"<w:p><w:pPr>{CENTER}</w:pPr>"
        + _run("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", B13)
        + "<w:r><w:br/></w:r>"
        + _run("Độc lập - Tự do - Hạnh phúc", B14 + '<w:u w:val="single"/>')
        + "</w:p>"
    )
    path = write_docx(tmp_path / "t.docx", both + SECT)
    found = {d.rule for d in audit_file(path, "t.docx")}
    assert not found & {"H1", "H2", "H3"}


@pytest.mark.parametrize(
    ("a", "b"),
    [("CỘNG HÒA", "CỘNG HOÀ"), ("ủy ban", "uỷ ban"), ("hỏa tốc", "hoả tốc"), ("khỏe", "khoẻ")],
)
def test_both_tone_placements_compare_equal(a: str, b: str) -> None:
    assert tone_key(a) == tone_key(b) and canon(a.upper()) == canon(b)


def test_a_different_tone_is_a_different_word() -> None:
    assert tone_key("HÒA") != tone_key("HÓA")


def test_excerpt_is_one_line_and_cut() -> None:
    assert excerpt("a\tb\nc") == "a b c"
    assert len(excerpt("x" * 100)) == 40 and excerpt("x" * 100).endswith("…")


def test_without_a_date_line_no_can_cu_is_taken_for_it(tmp_path: Path) -> None:
    from tests.audit.builder import build_plan
    from tests.audit.mutate import audit, error_ids, find

    doc = build_plan()
    date = find(doc, "Nam Định")
    date.getparent().remove(date)
    found = audit(doc, tmp_path)
    assert error_ids(found) == {"H8"}
    assert [(d.line, d.message) for d in found if d.rule == "H8"] == [
        (1, "no place and date line; expected e.g. “Hà Nội, ngày 05 tháng 3 năm 2022”")
    ]
