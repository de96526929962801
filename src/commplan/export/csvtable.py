"""One table of the plan as CSV, in UTF-8 with a byte-order mark.

Without the mark, Excel on Windows guesses a legacy code page and garbles Vietnamese.

Dates are written day first with two digits (``05/03/2022``), as Vietnamese Excel reads them;
amounts are plain whole numbers of đồng (no thousands separator), so they stay numbers. Text
that a spreadsheet would run as a formula is neutralised (``formulas``).
"""

from __future__ import annotations

import csv
import io
from datetime import date

from commplan.export.formulas import neutralise
from commplan.export.sheets import (
    BUDGET_COLUMNS,
    DEADLINE_COLUMNS,
    TASK_COLUMNS,
    Column,
    budget_values,
    deadline_values,
    task_values,
)
from commplan.export.tables import PlanTables


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def _rows(tables: PlanTables, table: str) -> tuple[list[Column], list[list[object]]]:
    if table == "du-toan":
        lines = [budget_values(i, p, tables) for i, p in enumerate(tables.lines, start=1)]
        return BUDGET_COLUMNS, lines
    if table == "moc":
        found = tables.deadlines()
        return DEADLINE_COLUMNS, [deadline_values(i, d) for i, d in enumerate(found, start=1)]
    return TASK_COLUMNS, [task_values(t) for t in tables.tasks()]


def csv_bytes(tables: PlanTables, table: str) -> bytes:
    """The table ``table`` (one of ``run.TABLES``) as CSV bytes with a UTF-8 BOM."""
    columns, rows = _rows(tables, table)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title for title, _, _ in columns])
    writer.writerows([_text(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
