"""The three appendices of the Kế hoạch template: tasks, Gantt roadmap, budget.

Each appendix starts with "Phụ lục <number>" (ND30 A2, not "PHỤ LỤC"), its title in capitals,
the italic "(Kèm theo Kế hoạch số …)" reference and a short rule (A3-A5). Table rows come from
docxtpl row tags (``{%tr …%}``): each tag row disappears at rendering and the row between
them repeats. Header rows repeat on every page (``w:tblHeader``).
"""

from __future__ import annotations

from builder import ParaFormat, el, mm, paragraph, replace_child
from builder_tables import add_row, drop_first_row, fixed_table, vertical_merge
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from lxml import etree  # type: ignore[import-untyped]

PORTRAIT_WIDTH = 11906 - mm(30) - mm(15)
LANDSCAPE_WIDTH = 16838 - mm(30) - mm(15)
TASK_COLUMNS = tuple(mm(v) for v in (11, 41, 21, 23, 23, 30, 16))  # time fits "15/4/2022"
BUDGET_COLUMNS = tuple(mm(v) for v in (12, 58, 20, 17, 26, 32))
GANTT_FIXED = tuple(mm(v) for v in (12, 80, 30))
SHADE = "808080"
"""Fill of a Gantt cell in which a task runs: mid grey, which prints on any office printer."""
GANTT_TITLE = "commplan:gantt"
TASKS_TITLE = "commplan:tasks"  # render drops the Kinh phí column by it when no task has a cost
GANTT_NOTE = (
    "Ghi chú: ô tô đậm là thời gian thực hiện nhiệm vụ; nhiệm vụ định kỳ được thể hiện "
    "theo từng lần thực hiện."
)
"""Alt-text title by which the renderer finds the Gantt table to size its time columns."""

T, TH, TC, TA = "CpTable", "CpTableHead", "CpTableCentre", "CpTableAmount"
G, GC, GA = "CpTableGroup", "CpTableGroupCentre", "CpTableGroupAmount"


def _fit(widths: tuple[int, ...], total: int) -> tuple[int, ...]:
    # Millimetre rounding can leave a twip or two; the last column absorbs it.
    return (*widths[:-1], total - sum(widths[:-1]))


def heading(doc: DocumentObject, key: str, title: str) -> None:
    """The appendix label, title, "Kèm theo" reference and rule."""
    paragraph(doc, f"Phụ lục {{{{ appendices.{key}.number }}}}", "CpAppendixNo")
    paragraph(doc, title, "CpAppendixTitle")
    paragraph(doc, "{{ document.reference }}", "CpAppendixRef")
    paragraph(doc, "", "CpRuleShort", ParaFormat(after=240))


def _tag_row(table: Table, tag: str) -> None:
    count = len(table._tbl.tblGrid.findall(el("w:gridCol").tag))
    add_row(table, [tag] + [""] * (count - 1), [T] * count)


def activity_appendix(doc: DocumentObject) -> None:
    """Phụ lục I: STT, task, owner, partners, time, products, cost."""
    heading(doc, "activities", "DANH MỤC NHIỆM VỤ TRUYỀN THÔNG")
    table = fixed_table(doc, _fit(TASK_COLUMNS, PORTRAIT_WIDTH), borders=True)
    replace_child(table._tbl.tblPr, el("w:tblCaption", val=TASKS_TITLE))
    drop_first_row(table)
    titles = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    add_row(table, [*titles, "Sản phẩm", "Kinh phí (triệu đồng)"], [TH] * 7, header=True)
    _tag_row(table, "{%tr for r in activity_table.rows %}")
    _tag_row(table, '{%tr if r.kind == "phase" %}')
    add_row(
        table, ["{{ r.number }}", "{{ r.title }}", "{{ r.cost }}"], [GC, G, GA], spans=[1, 5, 1]
    )
    _tag_row(table, "{%tr else %}")
    fields = ["title", "owner", "partners", "time", "outputs", "cost"]
    add_row(
        table,
        ["{{ r.number }}"] + [f"{{{{ r.{f} }}}}" for f in fields],
        [TC, T, T, T, TC, T, TA],
    )
    _tag_row(table, "{%tr endif %}")
    _tag_row(table, "{%tr endfor %}")
    _tag_row(table, "{%tr if activity_table.total %}")
    add_row(table, ["Tổng cộng", "{{ activity_table.total }}"], [GC, GA], spans=[6, 1])
    _tag_row(table, "{%tr endif %}")


def _cell(table: Table, row: int, column: int) -> etree._Element:
    return table._tbl.findall(qn("w:tr"))[row].findall(qn("w:tc"))[column]


def _gantt_table(doc: DocumentObject) -> Table:
    """The Gantt table and its two header rows (column groups over the time columns)."""
    loose = LANDSCAPE_WIDTH - sum(GANTT_FIXED)
    widths = (*GANTT_FIXED, *[loose // 7] * 6, loose - 6 * (loose // 7))
    table = fixed_table(doc, widths, borders=True)
    replace_child(table._tbl.tblPr, el("w:tblCaption", val=GANTT_TITLE))
    drop_first_row(table)
    heads = [TH] * 3 + ["CpGantt"] * 3
    loop = "{%tc for g in gantt.groups %}", "{% colspan g.span %}{{ g.label }}", "{%tc endfor %}"
    add_row(table, ["STT", "Nhiệm vụ", "Chủ trì", *loop], heads, spans=[1] * 5 + [5], header=True)
    cols = "{%tc for c in gantt.columns %}", "{{ c.label }}", "{%tc endfor %}"
    add_row(table, ["", "", "", *cols], heads, spans=[1] * 5 + [5], header=True)
    for column in range(3):
        vertical_merge(table, 0, column, restart=True)
        vertical_merge(table, 1, column, restart=False)
    return table


def gantt_appendix(doc: DocumentObject) -> None:
    """Phụ lục II, landscape: a shaded cell for each time column in which a task runs.

    The time cells repeat in ``{%tc …%}`` loops: a shaded cell when the task runs, a plain one
    when not (officers recolour the shaded one in Word). The looped cells carry no width of
    their own; the renderer sizes them to fill the page.
    """
    heading(doc, "gantt", "LỘ TRÌNH THỰC HIỆN CÁC NHIỆM VỤ")
    table = _gantt_table(doc)
    _tag_row(table, "{%tr for r in gantt.rows %}")
    _tag_row(table, '{%tr if r.kind == "phase" %}')
    add_row(table, ["{% colspan gantt.width %}{{ r.number }}. {{ r.title }}"], [G], spans=[10])
    _tag_row(table, "{%tr else %}")
    cells = ["{%tc for c in r.cells %}", "{%tc if c %}", "", "{%tc else %}", "", "{%tc endif %}"]
    add_row(
        table,
        ["{{ r.number }}", "{{ r.title }}", "{{ r.owner }}", *cells, "{%tc endfor %}"],
        [TC, T, T] + ["CpGantt"] * 7,
    )
    row = len(table._tbl.findall(qn("w:tr"))) - 1
    for column in (5, 7):
        tcpr = _cell(table, row, column).find(qn("w:tcPr"))
        tcpr.remove(tcpr.find(qn("w:tcW")))
    replace_child(
        _cell(table, row, 5).find(qn("w:tcPr")), el("w:shd", val="clear", color="auto", fill=SHADE)
    )
    _tag_row(table, "{%tr endif %}")
    _tag_row(table, "{%tr endfor %}")
    paragraph(doc, GANTT_NOTE, "CpNote")


def budget_appendix(doc: DocumentObject) -> None:
    """Phụ lục III (only when the plan has budget lines): groups, lines, total, in words."""
    paragraph(doc, "{%p if appendices.budget %}")
    heading(doc, "budget", "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH")
    paragraph(doc, "Đơn vị tính: đồng", "CpUnitNote")
    table = fixed_table(doc, _fit(BUDGET_COLUMNS, PORTRAIT_WIDTH), borders=True)
    drop_first_row(table)
    titles = ["STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"]
    add_row(table, titles, [TH] * 6, header=True)
    _tag_row(table, "{%tr for r in budget.rows %}")
    _tag_row(table, '{%tr if r.kind == "line" %}')
    fields = ["label", "text", "unit", "quantity", "unit_price", "amount"]
    add_row(table, [f"{{{{ r.{f} }}}}" for f in fields], [TC, T, TC, TA, TA, TA])
    _tag_row(table, '{%tr elif r.kind == "group" %}')
    add_row(
        table, ["{{ r.label }}", "{{ r.text }}", "{{ r.amount }}"], [GC, G, GA], spans=[1, 4, 1]
    )
    _tag_row(table, "{%tr else %}")
    add_row(table, ["{{ r.text }}", "{{ r.amount }}"], [GC, GA], spans=[5, 1])
    _tag_row(table, "{%tr endif %}")
    _tag_row(table, "{%tr endfor %}")
    paragraph(doc, "{{ budget.words }}", "CpWords")
    paragraph(doc, "{%p endif %}")
