"""The workbook: one sheet per table, with XlsxWriter.

XlsxWriter stores a formula together with its computed value, so the SUM lines show their
totals in any reader, including ones that do not recalculate (openpyxl cannot do this).
Frozen header row, filters, whole-đồng number format and column widths from the text.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import Any, Final

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from commplan.render.zipnorm import source_date_epoch
from commplan.summary.tables import Cell, Table

DONG: Final = "#,##0"
DATE: Final = "dd/mm/yyyy"
MAX_WIDTH: Final = 60
HEADER_WIDTH: Final = 16
"""Long headers wrap inside this many characters rather than widen the column."""


def workbook_bytes(tables: list[Table]) -> bytes:
    """The .xlsx file of the tables."""
    out = io.BytesIO()
    # Text is written as text: write_row() would otherwise turn "=..." into a formula and
    # "http..." into a link (formulas are written with write_formula only).
    options = {
        "in_memory": True,
        "strings_to_numbers": False,
        "strings_to_formulas": False,
        "strings_to_urls": False,
    }
    book = xlsxwriter.Workbook(out, options)
    # A fixed creation date keeps the file the same for the same input.
    book.set_properties({"created": _epoch(), "title": "Tổng hợp kế hoạch truyền thông chính sách"})
    formats = {
        "header": book.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1}),
        "money": book.add_format({"num_format": DONG}),
        "date": book.add_format({"num_format": DATE}),
        "total": book.add_format({"bold": True, "num_format": DONG}),
        "label": book.add_format({"bold": True}),
    }
    for table in tables:
        _sheet(book, table, formats)
    book.close()
    return out.getvalue()


def _epoch() -> datetime:
    return datetime.fromtimestamp(source_date_epoch(), UTC).replace(tzinfo=None)


def _sheet(book: Any, table: Table, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet(table.name)
    sheet.write_row(0, 0, table.headers, formats["header"])
    for r, row in enumerate(table.rows, start=1):
        for c, value in enumerate(row):
            _write(sheet, r, c, value, table.keys[c] in table.money, formats)
    last = len(table.rows)
    if table.total_row and table.rows:
        _totals(sheet, table, formats)
    sheet.freeze_panes(1, 1)
    # Printed for the file: A4 landscape, the header row on every page.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(0)
    sheet.autofilter(0, 0, max(last, 1), len(table.headers) - 1)
    for c, header in enumerate(table.headers):
        sheet.set_column(c, c, _width(header, [row[c] for row in table.rows]))
    sheet.set_row(0, 15 * _header_lines(table.headers))


def _write(sheet: Any, r: int, c: int, value: Cell, money: bool, formats: dict[str, Any]) -> None:
    if value is None:
        sheet.write_blank(r, c, None)
    elif isinstance(value, date):
        sheet.write_datetime(r, c, value, formats["date"])
    elif isinstance(value, bool):
        sheet.write_boolean(r, c, value)
    elif isinstance(value, int | float):  # floats: the shares of a report, 0 to 1
        sheet.write_number(r, c, value, formats["money"] if money else None)
    else:
        sheet.write_string(r, c, value)


def _totals(sheet: Any, table: Table, formats: dict[str, Any]) -> None:
    """A 'Tổng cộng' line: SUM formulas written with their values."""
    r = len(table.rows) + 1
    sheet.write_string(r, 0, "Tổng cộng", formats["label"])
    for c, key in enumerate(table.keys):
        if key not in table.money and key not in table.counts:
            continue
        values = [row[c] for row in table.rows]
        total = sum(v for v in values if isinstance(v, int) and not isinstance(v, bool))
        first, end = xl_rowcol_to_cell(1, c), xl_rowcol_to_cell(len(table.rows), c)
        sheet.write_formula(r, c, f"=SUM({first}:{end})", formats["total"], total)


def _width(header: str, values: list[Cell]) -> float:
    longest = max((len(_shown(v)) for v in values), default=0)
    return float(min(MAX_WIDTH, max(min(len(header), HEADER_WIDTH), longest) + 2))


def _shown(value: Cell) -> str:
    if isinstance(value, date):
        return "00/00/0000"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


def _header_lines(headers: list[str]) -> int:
    return max(1, *(-(-len(h) // HEADER_WIDTH) for h in headers))
