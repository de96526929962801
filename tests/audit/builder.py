"""A conforming Kế hoạch built with python-docx and raw OXML, following ND30.md §13.

Tests break one rule of it at a time with the helpers in ``mutate.py``. It is deliberately
built differently from ``commplan render`` (direct formatting, no custom styles) so that the
auditor is tested on more than one way of writing the same document.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from commplan.audit.metrics import text_width

TNR = "Times New Roman"
AGENCY_COL, NATIONAL_COL = 3685, 5670
NOTE_COL, SIGN_COL = 2994, 6290
TEXT_WIDTH = 11906 - 1701 - 850


def w(tag: str, **attrs: object) -> object:
    el = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), str(value))
    return el


def _replace(parent: object, child: object) -> None:
    old = parent.find(child.tag)  # type: ignore[attr-defined]
    if old is not None:
        parent.replace(old, child)  # type: ignore[attr-defined]
    else:
        parent.append(child)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Fmt:
    size: int = 28
    bold: bool = False
    italic: bool = False
    align: str | None = None
    first_line: int | None = None
    before: int | None = None
    indent: tuple[int, int] | None = None
    border: bool = False


BODY = Fmt()
CENTER = Fmt(align="center", first_line=0, before=0)


def add_para(container: object, text: str, fmt: Fmt = BODY) -> object:
    p = container.add_paragraph()  # type: ignore[attr-defined]
    ppr = p._p.get_or_add_pPr()
    if fmt.border:
        borders = w("pBdr")
        borders.append(w("bottom", val="single", sz=6, space=1, color="000000"))  # type: ignore[attr-defined]
        ppr.append(borders)
    if fmt.before is not None:
        ppr.append(w("spacing", before=fmt.before, after=0))
    ind: dict[str, object] = {}
    if fmt.indent is not None:
        ind.update(left=fmt.indent[0], right=fmt.indent[1])
    if fmt.first_line is not None:
        ind["firstLine"] = fmt.first_line
    if ind:
        ppr.append(w("ind", **ind))
    if fmt.align is not None:
        ppr.append(w("jc", val=fmt.align))
    if text:
        add_run(p, text, fmt)
    return p


def add_run(p: object, text: str, fmt: Fmt) -> None:
    """A run of ``text`` with the bold, italic and size of ``fmt`` set directly."""
    run = p.add_run(text)  # type: ignore[attr-defined]
    rpr = run._r.get_or_add_rPr()
    if fmt.bold:
        rpr.append(w("b"))
    if fmt.italic:
        rpr.append(w("i"))
    rpr.append(w("sz", val=fmt.size))


def rule(container: object, width: int, length: int) -> object:
    side = (width - length) // 2
    return add_para(
        container, "", Fmt(align="center", first_line=0, before=0, indent=(side, side), border=True)
    )


def _styles(doc: DocumentObject) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _replace(rpr, w("rFonts", ascii=TNR, hAnsi=TNR, eastAsia=TNR, cs=TNR))
    _replace(rpr, w("sz", val=28))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _replace(ppr, w("spacing", after=0, line=240, lineRule="auto"))
    normal = doc.styles["Normal"].element
    npr = normal.get_or_add_pPr()
    npr.append(w("spacing", before=120, after=0, line=288, lineRule="auto"))
    npr.append(w("ind", firstLine=567))
    npr.append(w("jc", val="both"))
    doc.settings.element.find(qn("w:themeFontLang")).set(qn("w:val"), "vi-VN")


def _table(doc: DocumentObject, widths: tuple[int, int], rows: int) -> object:
    table = doc.add_table(rows=rows, cols=2)
    tblpr = table._tbl.tblPr
    _replace(tblpr, w("tblW", w=sum(widths), type="dxa"))
    _replace(tblpr, w("tblLayout", type="fixed"))
    margins = w("tblCellMar")
    margins.append(w("left", w=0, type="dxa"))  # type: ignore[attr-defined]
    margins.append(w("right", w=0, type="dxa"))  # type: ignore[attr-defined]
    _replace(tblpr, margins)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            _replace(cell._tc.get_or_add_tcPr(), w("tcW", w=width, type="dxa"))
            for p in cell._tc.findall(qn("w:p")):
                cell._tc.remove(p)
    return table


def _header_block(doc: DocumentObject) -> None:
    table = _table(doc, (AGENCY_COL, NATIONAL_COL), 2)
    left, right = table.rows[0].cells  # type: ignore[attr-defined]
    add_para(left, "UBND TỈNH NAM ĐỊNH", Fmt(size=26, **_c()))
    agency = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    add_para(left, agency, Fmt(size=26, bold=True, **_c()))
    rule(left, AGENCY_COL, round(0.4 * min(text_width(agency, 26, bold=True), AGENCY_COL)))
    add_para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Fmt(size=26, bold=True, **_c()))
    motto = "Độc lập - Tự do - Hạnh phúc"
    add_para(right, motto, Fmt(size=28, bold=True, **_c()))
    rule(right, NATIONAL_COL, text_width(motto, 28, bold=True))
    left, right = table.rows[1].cells  # type: ignore[attr-defined]
    add_para(left, "Số: 12/KH-STTTT", Fmt(size=26, **_c()))
    add_para(right, "Nam Định, ngày 05 tháng 3 năm 2022", Fmt(size=28, italic=True, **_c()))


def _c() -> dict[str, object]:
    return {"align": "center", "first_line": 0, "before": 0}


def _title(doc: DocumentObject) -> None:
    add_para(doc, "", CENTER)
    add_para(doc, "KẾ HOẠCH", Fmt(bold=True, **_c()))
    subject = "Truyền thông chính sách năm 2022"
    add_para(doc, subject, Fmt(bold=True, **_c()))
    rule(doc, TEXT_WIDTH, round(0.4 * text_width(subject, 28, bold=True)))
    add_para(doc, "", CENTER)


ITALIC = Fmt(italic=True)
HEADING = Fmt(bold=True)
POINTS = ("a", "b", "c", "d", "đ", "e", "g")


def _body(doc: DocumentObject) -> None:
    add_para(
        doc, "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;", ITALIC
    )
    add_para(
        doc,
        "Căn cứ Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022 của Thủ tướng Chính phủ.",
        ITALIC,
    )
    add_para(
        doc,
        "Thực hiện Quyết định số 407/QĐ-TTg, Sở Thông tin và Truyền thông ban hành Kế hoạch như sau:",
    )
    add_para(doc, "I. MỤC ĐÍCH, YÊU CẦU", HEADING)
    add_para(doc, "1. Mục đích", HEADING)
    add_para(doc, "Nâng cao hiệu quả truyền thông chính sách trên địa bàn tỉnh.")
    add_para(doc, "2. Yêu cầu", HEADING)
    for letter in POINTS:
        add_para(doc, f"{letter}) Nội dung truyền thông bảo đảm chính xác, kịp thời;")
    add_para(doc, "II. TỔ CHỨC THỰC HIỆN", HEADING)
    add_para(doc, "Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này./.")


def _closing(doc: DocumentObject) -> None:
    table = _table(doc, (NOTE_COL, SIGN_COL), 1)
    left, right = table.rows[0].cells  # type: ignore[attr-defined]
    add_para(
        left,
        "Nơi nhận:",
        Fmt(size=24, bold=True, italic=True, align="left", first_line=0, before=0),
    )
    for entry in ("- Bộ Thông tin và Truyền thông;", "- UBND tỉnh;", "- Lưu: VT, TTTT."):
        add_para(left, entry, Fmt(size=22, align="left", first_line=0, before=0))
    add_para(right, "KT. GIÁM ĐỐC", Fmt(bold=True, **_c()))
    add_para(right, "PHÓ GIÁM ĐỐC", Fmt(bold=True, **_c()))
    for _ in range(3):
        add_para(right, "", CENTER)
    add_para(right, "Nguyễn Văn An", Fmt(bold=True, **_c()))


def _page_setup(doc: DocumentObject) -> None:
    section = doc.sections[0]
    sect = section._sectPr
    _replace(sect, w("pgSz", w=11906, h=16838))
    _replace(
        sect,
        w("pgMar", top=1134, right=850, bottom=1134, left=1701, header=567, footer=567, gutter=0),
    )
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header._p.get_or_add_pPr().append(w("jc", val="center"))
    for kind, extra in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("result", "2"),
        ("end", None),
    ):
        run = header.add_run()
        run._r.get_or_add_rPr().append(w("sz", val=28))
        if kind == "instr":
            text = w("instrText")
            text.text = extra  # type: ignore[attr-defined]
            run._r.append(text)
        elif kind == "result":
            run.text = str(extra)
        else:
            run._r.append(w("fldChar", fldCharType=kind))
    section.first_page_header.paragraphs[0].text = ""


def _appendix(doc: DocumentObject) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section._sectPr.append(w("pgNumType", start=1))
    add_para(doc, "Phụ lục", Fmt(bold=True, **_c()))
    add_para(doc, "KẾ HOẠCH CHI TIẾT", Fmt(bold=True, **_c()))
    reference = "(Kèm theo Kế hoạch số 12/KH-STTTT ngày 05 tháng 3 năm 2022 của Sở Thông tin và Truyền thông)"
    add_para(doc, reference, Fmt(italic=True, **_c()))
    table = _table(doc, (4000, 5355), 2)
    for row, texts in zip(table.rows, (("TT", "Nội dung"), ("1", "Hội nghị")), strict=True):  # type: ignore[attr-defined]
        for cell, text in zip(row.cells, texts, strict=True):
            add_para(cell, text, Fmt(size=26, align="center", first_line=0, before=0))


def new_doc() -> DocumentObject:
    """An empty A4 document with the styles and page setup of ND30."""
    doc = Document()
    body = doc.element.body
    for p in body.findall(qn("w:p")):
        body.remove(p)
    _styles(doc)
    _page_setup(doc)
    return doc


def build_plan(*, appendix: bool = True) -> DocumentObject:
    """A Kế hoạch that follows every rule of ND30.md."""
    doc = new_doc()
    _header_block(doc)
    _title(doc)
    _body(doc)
    _closing(doc)
    if appendix:
        _appendix(doc)
    return doc
