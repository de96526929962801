"""Source of the built-in template ``bao-cao``: the Ministry's BÁO CÁO tổng hợp (ND30 §13).

Run it to regenerate the packaged template (a test fails when the two differ):

    python templates/bao_cao.py [OUT.docx]   # default: src/commplan/templates/bao-cao.docx

The header block, page setup and signature block are the Kế hoạch template's; the body is a
list of sections written from the figures (``commplan.summary.report_docx``) and the
appendices: agencies (with a note when a row's figures were imported from Word), budget by
category, the execution figures of the agencies' reports (landscape, only when a report was
given), agencies that sent nothing. Appendix numbers come from the context, so that leaving
the execution appendix out leaves no gap.
"""

from __future__ import annotations

from pathlib import Path

from builder import ParaFormat, lean_document, mm, paragraph
from builder_tables import add_row, drop_first_row, fixed_table, vertical_merge
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.table import Table
from ke_hoach import body, closing_block, finish, header_block, page_setup, write
from ke_hoach_appendices import (
    GA,
    GC,
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    TA,
    TC,
    TH,
    G,
    T,
    _fit,
    _tag_row,
)
from ke_hoach_styles import define_styles

OUT = Path(__file__).resolve().parents[1] / "src" / "commplan" / "templates" / "bao-cao.docx"
AGENCY_COLUMNS = tuple(mm(v) for v in (11, 55, 26, 22, 30, 21))
BUDGET_COLUMNS = tuple(mm(v) for v in (11, 68, 28, 28, 30))
MISSING_COLUMNS = tuple(mm(v) for v in (11, 110, 44))
# Landscape, 252 mm: an amount up to "99.999.000.000" (bold, in the total) fits its column at
# 12 pt, and so does "(14/12/2024)" under its period.
EXECUTION_COLUMNS = tuple(mm(v) for v in (12, 42, 26, 14, 16, 16, 14, 17, 17, 30, 30, 18))
EXECUTION_TASKS = ["Tổng số", "Hoàn thành", "Đang thực hiện", "Quá hạn"]
EXECUTION_SHARES = ["Tỷ lệ hoàn thành", "Tỷ lệ quá hạn"]
EXECUTION_MONEY = ["Dự toán (đồng)", "Đã thực hiện (đồng)", "Tỷ lệ giải ngân"]
EXECUTION_FIELDS = [
    "activities",
    "done",
    "in_progress",
    "overdue",
    "done_share",
    "overdue_share",
    "planned",
    "spent",
    "spending_rate",
]
EXECUTION_NOTE = (
    "Ghi chú: số liệu theo báo cáo mới nhất của từng cơ quan, đến ngày chốt số liệu ghi trong "
    "ngoặc; quá hạn: nhiệm vụ đã hết thời hạn mà chưa hoàn thành, tạm hoãn hoặc hủy; tỷ lệ giải "
    "ngân: kinh phí đã thực hiện so với dự toán."
)


def title_and_bases(doc: DocumentObject) -> None:
    """ô 5a: BÁO CÁO, its trích yếu and rule; the căn cứ when the frame gives them."""
    paragraph(doc, "BÁO CÁO", "CpTitle")
    paragraph(doc, "{{ document.title }}", "CpSubject")
    paragraph(doc, "", "CpRuleShort", ParaFormat(after=240))
    paragraph(doc, "{%p for c in legal_bases %}")
    paragraph(doc, "Căn cứ {{ c.text }}{{ c.end }}", "CpCanCu")
    paragraph(doc, "{%p endfor %}")
    paragraph(doc, "{%p if document.intro %}")
    paragraph(doc, "{{ document.intro }}")
    paragraph(doc, "{%p endif %}")


def heading(doc: DocumentObject, key: str, title: str) -> None:
    """The appendix label, title, "Kèm theo" reference and rule (ND30 A2-A5)."""
    paragraph(doc, f"Phụ lục {{{{ appendices.{key} }}}}", "CpAppendixNo")
    paragraph(doc, title, "CpAppendixTitle")
    paragraph(doc, "{{ document.reference }}", "CpAppendixRef")
    paragraph(doc, "", "CpRuleShort", ParaFormat(after=240))


def _table(doc: DocumentObject, widths: tuple[int, ...], titles: list[str]) -> Table:
    table = fixed_table(doc, _fit(widths, PORTRAIT_WIDTH), borders=True)
    drop_first_row(table)
    add_row(table, titles, [TH] * len(titles), header=True)
    return table


def agency_appendix(doc: DocumentObject) -> None:
    """Phụ lục I: one row per agency."""
    heading(doc, "agencies", "TÌNH HÌNH THỰC HIỆN CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG")
    titles = ["STT", "Cơ quan", "Đầu mối (ngày cử)", "Cán bộ", "Kinh phí (đồng)", "Báo cáo"]
    table = _table(doc, AGENCY_COLUMNS, titles)
    _tag_row(table, "{%tr for r in agency_rows %}")
    fields = ["number", "name", "focal", "staff", "budget", "report"]
    add_row(table, [f"{{{{ r.{f} }}}}" for f in fields], [TC, T, TC, TC, TA, TC])
    _tag_row(table, "{%tr endfor %}")
    add_row(
        table,
        ["Tổng cộng", "{{ agency_total.staff }}", "{{ agency_total.budget }}", ""],
        [G, TC, TA, TC],
        spans=[3, 1, 1, 1],
    )
    # The mark "(*)" of a row imported from Word is explained only when a row carries it.
    paragraph(doc, "{%p if agency_note %}")
    paragraph(doc, "{{ agency_note }}", "CpNote")
    paragraph(doc, "{%p endif %}")


def budget_appendix(doc: DocumentObject) -> None:
    """Phụ lục II: budget by the dispatch's categories and by source, ministries vs provinces."""
    heading(doc, "budget", "KINH PHÍ THEO NỘI DUNG CHI VÀ NGUỒN KINH PHÍ")
    paragraph(doc, "Đơn vị tính: đồng", "CpUnitNote")
    titles = ["STT", "Nội dung", "Bộ, ngành", "Tỉnh, thành phố", "Tổng cộng"]
    table = _table(doc, BUDGET_COLUMNS, titles)
    _tag_row(table, "{%tr for r in budget_rows %}")
    fields = ["number", "label", "ministries", "provinces", "total"]
    add_row(table, [f"{{{{ r.{f} }}}}" for f in fields], [TC, T, TA, TA, TA])
    _tag_row(table, "{%tr endfor %}")


def execution_appendix(doc: DocumentObject) -> None:
    """Phụ lục III when reports were given: each agency's latest report, tasks and money.

    Two header rows: "Nhiệm vụ" and "Kinh phí" over their columns, the first three columns
    merged down, as the Gantt's header is built.
    """
    heading(doc, "execution", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH THEO BÁO CÁO CỦA CÁC CƠ QUAN")
    table = fixed_table(doc, _fit(EXECUTION_COLUMNS, LANDSCAPE_WIDTH), borders=True)
    drop_first_row(table)
    first = ["STT", "Cơ quan", "Kỳ báo cáo (số liệu đến ngày)", "Nhiệm vụ", "Kinh phí"]
    add_row(table, first, [TH] * 5, spans=[1, 1, 1, 6, 3], header=True)
    second = ["", "", "", *EXECUTION_TASKS, *EXECUTION_SHARES, *EXECUTION_MONEY]
    add_row(table, second, [TH] * len(second), header=True)
    for column in range(3):
        vertical_merge(table, 0, column, restart=True)
        vertical_merge(table, 1, column, restart=False)
    _tag_row(table, "{%tr for r in execution_rows %}")
    cells = ["{{ r.number }}", "{{ r.name }}", "{{ r.period }}"]
    cells += [f"{{{{ r.{f} }}}}" for f in EXECUTION_FIELDS]
    add_row(table, cells, [TC, T, TC] + [TC] * 6 + [TA, TA, TC])
    _tag_row(table, "{%tr endfor %}")
    totals = [f"{{{{ execution_total.{f} }}}}" for f in EXECUTION_FIELDS]
    add_row(table, ["Tổng cộng", *totals], [G] + [GC] * 6 + [GA, GA, GC], spans=[3] + [1] * 9)
    paragraph(doc, EXECUTION_NOTE, "CpNote")


def missing_appendix(doc: DocumentObject) -> None:
    """Phụ lục III: agencies of the list that sent nothing."""
    heading(doc, "missing", "DANH SÁCH CƠ QUAN CHƯA GỬI KẾ HOẠCH")
    table = _table(doc, MISSING_COLUMNS, ["STT", "Cơ quan", "Cấp"])
    _tag_row(table, "{%tr for r in missing_rows %}")
    add_row(table, ["{{ r.number }}", "{{ r.name }}", "{{ r.level }}"], [TC, T, T])
    _tag_row(table, "{%tr endfor %}")


def build() -> bytes:
    """The template as normalised .docx bytes."""
    doc = lean_document()
    define_styles(doc)
    page_setup(doc.sections[0])
    header_block(doc)
    title_and_bases(doc)
    body(doc)
    closing_block(doc)
    for add in (agency_appendix, budget_appendix):
        page_setup(doc.add_section(WD_SECTION.NEW_PAGE), restart=True)
        add(doc)
    # A section's properties sit in the paragraph that ends it (see ke_hoach.appendices): the
    # condition takes in the execution appendix and the break after it, so that leaving it
    # out leaves neither an empty page nor a landscape one.
    page_setup(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True, restart=True)
    paragraph(doc, "{%p if execution_rows %}")
    execution_appendix(doc)
    page_setup(doc.add_section(WD_SECTION.NEW_PAGE), restart=True)
    paragraph(doc, "{%p endif %}")
    missing_appendix(doc)
    return finish(doc)


def main() -> None:
    """Write the template to the path given, or to the packaged location."""
    write(build(), OUT)


if __name__ == "__main__":
    main()
