"""The plan as an Excel workbook (.xlsx) for the finance office, written with XlsxWriter.

Four sheets: Nhiệm vụ (Phụ lục I as a table), Dự toán (the budget lines, each total an Excel
formula), Tổng hợp kinh phí (categories by source, ``SUM`` formulas) and Mốc thời gian.
XlsxWriter stores every formula with the value commplan computed, so a reader without a
spreadsheet engine (a script, a preview) sees the same numbers as Phụ lục III; the formulas
keep the sheet live when the finance office edits a quantity or a price.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any, Final

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from commplan.export.sheets import (
    AMOUNT,
    BUDGET_COLUMNS,
    DEADLINE_COLUMNS,
    QUANTITY,
    TASK_COLUMNS,
    UNIT_PRICE,
    Column,
    budget_values,
    deadline_values,
    task_values,
)
from commplan.export.tables import PlanTables
from commplan.model.codes import codes, label
from commplan.render.budget import line_amount
from commplan.render.zipnorm import source_date_epoch

SHEETS: Final = ("Nhiệm vụ", "Dự toán", "Tổng hợp kinh phí", "Mốc thời gian")
CHARS_PER_WIDTH: Final = 1.1
"""Characters of Vietnamese text in 12 pt Times New Roman per unit of column width."""
LINE_HEIGHT: Final = 16.5
"""Points per line of 12 pt Times New Roman in a row."""
MONEY: Final = "#,##0"
"""Whole đồng with thousands separators; Excel shows them as the reader's locale does."""


def workbook_bytes(tables: PlanTables) -> bytes:
    """The .xlsx file of a plan."""
    buffer = io.BytesIO()
    book = Workbook(
        buffer,
        {
            "in_memory": True,
            # Plan text is text: "=..." or "http..." in a description must stay as written.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "default_format_properties": {"font_name": "Times New Roman", "font_size": 12},
        },
    )
    created = datetime.fromtimestamp(source_date_epoch(), UTC).replace(tzinfo=None)
    book.set_properties(
        {"title": tables.plan.document.title, "author": "commplan", "created": created}
    )
    formats = _formats(book)
    _tasks(book.add_worksheet(SHEETS[0]), tables, formats)
    _budget(book.add_worksheet(SHEETS[1]), tables, formats)
    _summary(book.add_worksheet(SHEETS[2]), tables, formats)
    _deadlines(book.add_worksheet(SHEETS[3]), tables, formats)
    book.close()
    return buffer.getvalue()


def _formats(book: Workbook) -> dict[str, Any]:
    base = {"valign": "top", "border": 1}
    specs: dict[str, dict[str, Any]] = {
        "header": {"bold": True, "text_wrap": True, "align": "center", "bg_color": "#D9E1F2"},
        "text": {},
        "wrap": {"text_wrap": True},
        "center": {"align": "center"},
        "number": {"num_format": "General"},
        "money": {"num_format": MONEY},
        "date": {"num_format": "dd/mm/yyyy", "align": "center"},
        "total": {"bold": True},
        "total_money": {"bold": True, "num_format": MONEY},
    }
    return {name: book.add_format(base | spec) for name, spec in specs.items()}


def _header(sheet: Worksheet, columns: list[Column], formats: dict[str, Any]) -> None:
    for col, (title, width, _) in enumerate(columns):
        # Width only: a column format would draw borders down to the sheet's last row.
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, title, formats["header"])
    lines = max(_lines(title, width) for title, width, _ in columns)
    sheet.set_row(0, LINE_HEIGHT * max(lines, 2))
    sheet.freeze_panes(1, 0)
    # Printed on A4 landscape with the header repeated on every page.
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.repeat_rows(0)


def _table(sheet: Worksheet, columns: list[Column], rows: int, formats: dict[str, Any]) -> None:
    _header(sheet, columns, formats)
    sheet.autofilter(0, 0, max(rows, 1), len(columns) - 1)


def _cell(sheet: Worksheet, row: int, col: int, value: object, fmt: Any) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)  # blank, but bordered like the table
    elif isinstance(value, str):
        sheet.write_string(row, col, value, fmt)
    else:
        sheet.write(row, col, value, fmt)


def _write_row(
    sheet: Worksheet, row: int, values: list[object], columns: list[Column], formats: dict[str, Any]
) -> None:
    for col, value in enumerate(values):
        _cell(sheet, row, col, value, formats[columns[col][2]])
    lines = max(
        (_lines(v, columns[c][1]) for c, v in enumerate(values) if isinstance(v, str)), default=1
    )
    if lines > 1:
        sheet.set_row(row, LINE_HEIGHT * lines)


def _lines(text: str, width: float) -> int:
    # Neither XlsxWriter nor LibreOffice fits a row to wrapped text when the file is opened,
    # so the height is estimated from the characters a line of the column holds.
    per_line = int(width * CHARS_PER_WIDTH)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _subtotal_row(
    sheet: Worksheet, row: int, col: int, total: int, formats: dict[str, Any]
) -> None:
    # SUBTOTAL(9, …) sums only the rows a filter shows: the finance office filters by source.
    sheet.write_string(row, 1, "Tổng cộng", formats["total"])
    if row == 1:  # no rows above: a formula would refer to its own cell
        sheet.write_number(row, col, total, formats["total_money"])
        return
    column = xl_col_to_name(col)
    formula = f"=SUBTOTAL(9,{column}2:{column}{row})"
    sheet.write_formula(row, col, formula, formats["total_money"], total)


def _tasks(sheet: Worksheet, tables: PlanTables, formats: dict[str, Any]) -> None:
    tasks = tables.tasks()
    _table(sheet, TASK_COLUMNS, len(tasks), formats)
    for task in tasks:
        values = task_values(task)
        _write_row(sheet, task.number, values, TASK_COLUMNS, formats)
    if tables.lines:
        _subtotal_row(sheet, len(tasks) + 1, len(TASK_COLUMNS) - 1, tables.total, formats)


def _amount_formula(row: int, exact: bool) -> str:
    product = f"{xl_rowcol_to_cell(row, QUANTITY)}*{xl_rowcol_to_cell(row, UNIT_PRICE)}"
    # commplan rounds quantity × unit price half up to whole đồng; ROUND does the same for
    # positive amounts, and an integer quantity needs no rounding at all.
    return f"={product}" if exact else f"=ROUND({product},0)"


def _budget(sheet: Worksheet, tables: PlanTables, formats: dict[str, Any]) -> None:
    _table(sheet, BUDGET_COLUMNS, len(tables.lines), formats)
    for i, p in enumerate(tables.lines):
        row, line = i + 1, p.line
        values = budget_values(i + 1, p, tables)
        values[AMOUNT] = None
        _write_row(sheet, row, values, BUDGET_COLUMNS, formats)
        computed = _amount_formula(row, isinstance(values[QUANTITY], int))
        product = line_amount(line.model_copy(update={"total": None}))
        if line.total is not None and line.total != product:
            # A declared total that differs from quantity × price (BUD-001, written with
            # --force) is what Phụ lục III shows, so it is kept as a number, not a formula.
            sheet.write_number(row, AMOUNT, p.amount, formats["money"])
        else:
            sheet.write_formula(row, AMOUNT, computed, formats["money"], p.amount)
    _subtotal_row(sheet, len(tables.lines) + 1, AMOUNT, tables.total, formats)


def _summary(sheet: Worksheet, tables: PlanTables, formats: dict[str, Any]) -> None:
    cells = tables.cells()
    sources = list(dict.fromkeys(c.source for c in cells))
    categories = [k for k in codes("budget_category") if any(c.category == k for c in cells)]
    columns: list[Column] = [("Nhóm chi", 44, "wrap")]
    columns += [(tables.source_name(s), 26, "money") for s in sources]
    columns.append(("Cộng (đồng)", 20, "total_money"))
    _header(sheet, columns, formats)
    by_key = {(c.source, c.category): c for c in cells}
    last_col = len(sources) + 1
    for r, category in enumerate(categories, start=1):
        name = label("budget_category", category)
        sheet.write_string(r, 0, name, formats["wrap"])
        if _lines(name, columns[0][1]) > 1:
            sheet.set_row(r, LINE_HEIGHT * _lines(name, columns[0][1]))
        for s, source in enumerate(sources, start=1):
            cell = by_key.get((source, category))
            if cell is None:
                sheet.write_blank(r, s, None, formats["money"])
                continue
            sheet.write_formula(r, s, _sum_of(cell.rows), formats["money"], cell.amount)
        row_total = sum(c.amount for c in cells if c.category == category)
        formula = f"=SUM({xl_rowcol_to_cell(r, 1)}:{xl_rowcol_to_cell(r, last_col - 1)})"
        sheet.write_formula(r, last_col, formula, formats["total_money"], row_total)
    _column_totals(sheet, len(categories) + 1, sources, cells, formats)


def _sum_of(rows: list[int]) -> str:
    # Budget rows are grouped by source and category (tables.budget_order), so one range
    # suffices; the sheet's data rows start on its second row.
    first, last = rows[0] + 1, rows[-1] + 1
    if last - first + 1 == len(rows):
        target = xl_rowcol_to_cell(first, AMOUNT) + ":" + xl_rowcol_to_cell(last, AMOUNT)
    else:
        target = ",".join(xl_rowcol_to_cell(r + 1, AMOUNT) for r in rows)
    return f"=SUM('{SHEETS[1]}'!{target})"


def _column_totals(
    sheet: Worksheet, row: int, sources: list[str], cells: list[Any], formats: dict[str, Any]
) -> None:
    sheet.write_string(row, 0, "Tổng cộng", formats["total"])
    for s in range(1, len(sources) + 2):
        amount = sum(c.amount for c in cells if s > len(sources) or c.source == sources[s - 1])
        if row == 1:  # no budget lines: nothing to sum, and no self-reference
            sheet.write_number(row, s, amount, formats["total_money"])
            continue
        span = f"{xl_rowcol_to_cell(1, s)}:{xl_rowcol_to_cell(row - 1, s)}"
        sheet.write_formula(row, s, f"=SUM({span})", formats["total_money"], amount)


def _deadlines(sheet: Worksheet, tables: PlanTables, formats: dict[str, Any]) -> None:
    found = tables.deadlines()
    _table(sheet, DEADLINE_COLUMNS, len(found), formats)
    for i, d in enumerate(found, start=1):
        _write_row(sheet, i, deadline_values(i, d), DEADLINE_COLUMNS, formats)
