"""Styles of the Kế hoạch template: the ND30 §13 values, one paragraph style per element.

Direct formatting is kept out of the paragraphs, so an officer who wants another value inside
ND30's ranges (13 pt body, 1.27 cm indent) changes one style in Word and the whole document
follows.
"""

from __future__ import annotations

import dataclasses

from builder import ParaFormat, add_style, doc_defaults, el, para_props, run_props
from docx.document import Document as DocumentObject
from lxml import etree  # type: ignore[import-untyped]

BODY_PT = 14
INDENT = 567  # 1 cm first-line indent (ND30 B3)
BEFORE = 120  # 6 pt between paragraphs (B4)
LINE = 276  # 1.15 lines, inside single to 1.5 (B5)

CENTRE = ParaFormat(align="center", first_line=0, before=0, after=0, line=240)
LEFT = ParaFormat(align="left", first_line=0, before=0, after=0, line=240)
CELL = ParaFormat(align="left", first_line=0, before=40, after=40, line=240)
# A rule is an empty 1 pt paragraph with a bottom border; 3 pt before it keeps it off the text.
RULE = ParaFormat(align="center", first_line=0, before=60, after=0, line=240, border_bottom=True)
SPACED = ParaFormat(align="center", first_line=0, before=BEFORE, after=0, line=240)
SPACED_BOTH = ParaFormat(align="center", first_line=0, before=BEFORE, after=BEFORE, line=240)
STAMP = ParaFormat(align="center", first_line=0, before=BEFORE, after=0, line=240, box=True)
CELL_CENTRE = ParaFormat(align="center", first_line=0, before=40, after=40, line=240)
CELL_RIGHT = ParaFormat(align="right", first_line=0, before=40, after=40, line=240)


def _fmt(base: ParaFormat, **changes: object) -> ParaFormat:
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# id, name shown in Word, based on, paragraph format, size, bold, italic
PARAGRAPH_STYLES: tuple[tuple[str, str, str, ParaFormat, float | None, bool, bool], ...] = (
    ("Header", "header", "Normal", CENTRE, BODY_PT, False, False),
    ("CpBlock", "Thể thức - dòng", "Normal", CENTRE, 13, False, False),
    ("CpBlockBold", "Thể thức - dòng đậm", "CpBlock", CENTRE, 13, True, False),
    ("CpMotto", "Thể thức - tiêu ngữ", "CpBlock", CENTRE, 14, True, False),
    ("CpNumber", "Thể thức - số, ký hiệu", "CpBlock", SPACED, 13, False, False),
    ("CpPlaceDate", "Thể thức - địa danh, ngày", "CpBlock", SPACED, 14, False, True),
    ("CpRuleFull", "Đường kẻ dài bằng dòng chữ", "CpBlock", RULE, 1, False, False),
    ("CpRuleShort", "Đường kẻ bằng 2/5 dòng chữ", "CpBlock", RULE, 1, False, False),
    ("CpStamp", "Dấu độ mật, độ khẩn", "CpBlock", STAMP, 13, True, False),
    ("CpTitle", "Tên loại văn bản", "CpBlock", _fmt(CENTRE, before=480), 14, True, False),
    ("CpSubject", "Trích yếu", "CpBlock", CENTRE, 14, True, False),
    ("CpAuthority", "Thẩm quyền ban hành", "CpBlock", SPACED_BOTH, 14, True, False),
    ("CpAttached", "Kèm theo quyết định", "CpBlock", CENTRE, 14, False, True),
    ("CpCanCu", "Căn cứ", "Normal", ParaFormat(), None, False, True),
    ("CpMuc", "Tiêu đề mục", "Normal", ParaFormat(keep_next=True), None, True, False),
    ("CpKhoan", "Tiêu đề khoản", "Normal", ParaFormat(keep_next=True), None, True, False),
    ("CpRecipientsHead", "Nơi nhận", "Normal", LEFT, 12, True, True),
    ("CpRecipients", "Nơi nhận - dòng", "Normal", LEFT, 11, False, False),
    ("CpSigner", "Chức vụ, họ tên người ký", "Normal", CENTRE, 14, True, False),
    ("CpAppendixNo", "Phụ lục - số", "Normal", CENTRE, 14, True, False),
    ("CpAppendixTitle", "Phụ lục - tên", "Normal", CENTRE, 14, True, False),
    ("CpAppendixRef", "Phụ lục - kèm theo", "Normal", CENTRE, 14, False, True),
    ("CpTable", "Bảng - chữ", "Normal", CELL, 12, False, False),
    ("CpTableHead", "Bảng - tiêu đề cột", "CpTable", CELL_CENTRE, 12, True, False),
    ("CpTableCentre", "Bảng - căn giữa", "CpTable", CELL_CENTRE, 12, False, False),
    ("CpTableAmount", "Bảng - số tiền", "CpTable", CELL_RIGHT, 12, False, False),
    ("CpTableGroup", "Bảng - dòng nhóm", "CpTable", CELL, 12, True, False),
    ("CpTableGroupCentre", "Bảng - dòng nhóm, căn giữa", "CpTable", CELL_CENTRE, 12, True, False),
    ("CpTableGroupAmount", "Bảng - dòng nhóm, số tiền", "CpTable", CELL_RIGHT, 12, True, False),
    ("CpGantt", "Bảng tiến độ - ô", "CpTable", CELL_CENTRE, 11, False, False),
    ("CpUnitNote", "Đơn vị tính", "Normal", _fmt(LEFT, align="right", after=60), 12, False, True),
    ("CpNote", "Ghi chú dưới bảng", "Normal", _fmt(LEFT, before=BEFORE), 12, False, True),
    ("CpWords", "Bằng chữ", "Normal", ParaFormat(before=BEFORE), None, False, True),
)  # fmt: skip


def _table_normal() -> list[etree._Element]:
    tblpr = el("w:tblPr")
    tblpr.append(el("w:tblInd", w=0, type="dxa"))
    margins = el("w:tblCellMar")
    for side, width in (("top", 0), ("left", 108), ("bottom", 0), ("right", 108)):
        margins.append(el(f"w:{side}", w=width, type="dxa"))
    tblpr.append(margins)
    return [tblpr]


def define_styles(doc: DocumentObject) -> None:
    """The document defaults and every style the template uses (ND30 §13)."""
    normal = ParaFormat(align="both", first_line=INDENT, before=BEFORE, after=0, line=LINE)
    doc_defaults(doc, run_props(BODY_PT), para_props(ParaFormat(after=0, line=240)))
    widow = el("w:widowControl")
    add_style(
        doc,
        "Normal",
        "Normal",
        based_on=None,
        default=True,
        children=[para_props(_fmt(normal, extra=(widow,))), run_props(BODY_PT)],
    )
    add_style(
        doc, "DefaultParagraphFont", "Default Paragraph Font", "character", based_on=None,
        default=True,
    )  # fmt: skip
    add_style(
        doc, "TableNormal", "Normal Table", "table", based_on=None, default=True,
        children=_table_normal(),
    )  # fmt: skip
    for style_id, name, based_on, fmt, size, bold, italic in PARAGRAPH_STYLES:
        rpr = run_props(size, bold=bold, italic=italic)
        add_style(doc, style_id, name, based_on=based_on, children=[para_props(fmt), rpr])
