"""Each edit of a conforming document breaks one rule and yields exactly that error id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from tests.audit.builder import build_plan
from tests.audit.mutate import (
    audit,
    drop_run_prop,
    error_ids,
    find,
    set_para_prop,
    set_run_prop,
    set_text,
)

MOTTO = "Độc lập - Tự do - Hạnh phúc"
BODY = "Nâng cao hiệu quả"


def _margin(doc: DocumentObject) -> None:
    doc.sections[0]._sectPr.find(qn("w:pgMar")).set(qn("w:left"), "1417")


def _letter(doc: DocumentObject) -> None:
    size = doc.sections[0]._sectPr.find(qn("w:pgSz"))
    size.set(qn("w:w"), "12240")
    size.set(qn("w:h"), "15840")


def _first_page_number(doc: DocumentObject) -> None:
    sect = doc.sections[0]._sectPr
    sect.remove(sect.find(qn("w:titlePg")))


def _arial(doc: DocumentObject) -> None:
    set_run_prop(find(doc, BODY), "rFonts", ascii="Arial", hAnsi="Arial")


def _red(doc: DocumentObject) -> None:
    set_run_prop(find(doc, BODY), "color", val="FF0000")


def _text(prefix: str, text: str) -> Callable[[DocumentObject], None]:
    def edit(doc: DocumentObject) -> None:
        set_text(find(doc, prefix), text)

    return edit


def _run(prefix: str, tag: str, **attrs: object) -> Callable[[DocumentObject], None]:
    def edit(doc: DocumentObject) -> None:
        set_run_prop(find(doc, prefix), tag, **attrs)

    return edit


def _unrun(prefix: str, tag: str) -> Callable[[DocumentObject], None]:
    def edit(doc: DocumentObject) -> None:
        drop_run_prop(find(doc, prefix), tag)

    return edit


def _para(prefix: str, tag: str, **attrs: object) -> Callable[[DocumentObject], None]:
    def edit(doc: DocumentObject) -> None:
        set_para_prop(find(doc, prefix), tag, **attrs)

    return edit


def _no_rule_after(prefix: str) -> Callable[[DocumentObject], None]:
    def edit(doc: DocumentObject) -> None:
        line = find(doc, prefix).getnext()
        ppr = line.find(qn("w:pPr"))
        ppr.remove(ppr.find(qn("w:pBdr")))

    return edit


def _no_restart(doc: DocumentObject) -> None:
    sect = doc.sections[1]._sectPr
    sect.remove(sect.find(qn("w:pgNumType")))


def _theme_font(doc: DocumentObject) -> None:
    set_run_prop(find(doc, "CỘNG HÒA"), "rFonts", asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi")


CASES: list[tuple[str, Callable[[DocumentObject], Any], str]] = [
    ("margins", _margin, "P3"),
    ("letter paper", _letter, "P1"),
    ("page number on page 1", _first_page_number, "P4"),
    ("Arial", _arial, "F1"),
    ("theme font (Calibri)", _theme_font, "F1"),
    ("red text", _red, "F2"),
    ("Quốc hiệu not bold", _unrun("CỘNG HÒA", "b"), "H1"),
    ("Quốc hiệu in lower case", _text("CỘNG HÒA", "Cộng hòa xã hội chủ nghĩa Việt Nam"), "H1"),
    ("Quốc hiệu 14 pt", _run("CỘNG HÒA", "sz", val=28), "H1"),
    ("en dashes", _text(MOTTO, "Độc lập – Tự do – Hạnh phúc"), "H2"),
    ("no spaces round hyphens", _text(MOTTO, "Độc lập-Tự do-Hạnh phúc"), "H2"),
    ("Tiêu ngữ not bold", _unrun(MOTTO, "b"), "H2"),
    ("no rule under the Tiêu ngữ", _no_rule_after(MOTTO), "H3"),
    ("managing agency bold", _run("UBND TỈNH", "b"), "H4"),
    ("issuing agency not bold", _unrun("SỞ THÔNG TIN", "b"), "H5"),
    ("no rule under the agency", _no_rule_after("SỞ THÔNG TIN"), "H6"),
    ("number without leading zero", _text("Số:", "Số: 5/KH-STTTT"), "H7"),
    ("number 14 pt", _run("Số:", "sz", val=28), "H7"),
    ("number with a QĐ symbol", _text("Số:", "Số: 12/QĐ-STTTT"), "H7"),
    ("tháng 08", _text("Nam Định", "Nam Định, ngày 05 tháng 08 năm 2022"), "H8"),
    ("ngày 5", _text("Nam Định", "Nam Định, ngày 5 tháng 3 năm 2022"), "H8"),
    ("tháng 1", _text("Nam Định", "Nam Định, ngày 05 tháng 1 năm 2022"), "H8"),
    ("no comma after the place", _text("Nam Định", "Nam Định ngày 05 tháng 3 năm 2022"), "H8"),
    ("31 February", _text("Nam Định", "Nam Định, ngày 31 tháng 02 năm 2022"), "H8"),
    ("date upright", _unrun("Nam Định", "i"), "H8"),
    ("title not bold", _unrun("KẾ HOẠCH", "b"), "H9"),
    ("title in lower case", _text("KẾ HOẠCH", "Kế hoạch"), "H9"),
    ("trích yếu italic", _run("Truyền thông chính sách", "i"), "H10"),
    ("no rule under the trích yếu", _no_rule_after("Truyền thông chính sách"), "H11"),
    ("body bold", _run(BODY, "b"), "B1"),
    ("body 12 pt", _run(BODY, "sz", val=24), "B1"),
    # A one-line paragraph looks the same justified or not: break a two-line one.
    ("body left-aligned", _para("Thực hiện Quyết định", "jc", val="left"), "B2"),
    ("body without indent", _para(BODY, "ind", firstLine=0), "B3"),
    ("body with a hanging indent", _para(BODY, "ind", left=720, hanging=360), "B3"),
    (
        "body without spacing",
        _para(BODY, "spacing", before=0, after=0, line=288, lineRule="auto"),
        "B4",
    ),
    ("body double-spaced", _para(BODY, "spacing", before=120, line=480, lineRule="auto"), "B5"),
    ("căn cứ upright", _unrun("Căn cứ Luật", "i"), "B8"),
    (
        "last căn cứ ends with ;",
        _text("Căn cứ Quyết định", "Căn cứ Quyết định số 407/QĐ-TTg;"),
        "B8",
    ),
    (
        "f) after e)",
        _text("g)", "f) Nội dung truyền thông bảo đảm chính xác, kịp thời;"),
        "B-POINT",
    ),
    ("no đ)", _text("đ)", "e) Nội dung;"), "B-POINT"),
    ("signer's title not bold", _unrun("KT. GIÁM ĐỐC", "b"), "S1"),
    ("signer's name in capitals", _text("Nguyễn Văn An", "NGUYỄN VĂN AN"), "S2"),
    ("signer with a title", _text("Nguyễn Văn An", "TS. Nguyễn Văn An"), "S2"),
    ("Nơi nhận upright", _unrun("Nơi nhận", "i"), "N1"),
    ("Nơi nhận 13 pt", _run("Nơi nhận", "sz", val=26), "N1"),
    ("recipient without ;", _text("- UBND tỉnh", "- UBND tỉnh"), "N2"),
    ("recipient without -", _text("- UBND tỉnh", "UBND tỉnh;"), "N2"),
    ("recipient 12 pt", _run("- UBND tỉnh", "sz", val=24), "N2"),
    ("Lưu ends with ;", _text("- Lưu", "- Lưu: VT, TTTT;"), "N3"),
    ("no Lưu line", _text("- Lưu", "- Sở Tài chính."), "N3"),
    ("PHỤ LỤC in capitals", _text("Phụ lục", "PHỤ LỤC"), "A2"),
    ("appendix label 13 pt", _run("Phụ lục", "sz", val=26), "A2"),
    ("appendix title not bold", _unrun("KẾ HOẠCH CHI TIẾT", "b"), "A3"),
    ("appendix reference upright", _unrun("(Kèm theo", "i"), "A4"),
    ("appendix numbering continues", _no_restart, "A6"),
]


@pytest.mark.parametrize(("edit", "rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_broken_rule_gives_exactly_its_error(
    tmp_path: Path, edit: Callable[[DocumentObject], Any], rule: str
) -> None:
    doc = build_plan()
    edit(doc)
    found = audit(doc, tmp_path)
    assert error_ids(found) == {rule}, [f"{d.rule} {d.message}" for d in found]


def test_the_conforming_document_has_no_finding(tmp_path: Path) -> None:
    assert audit(build_plan(), tmp_path) == []
