"""The .json and .csv outputs, and the choice of output by the file's extension."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from commplan.errors import UsageError
from commplan.export.formulas import neutralise
from commplan.i18n import _
from commplan.summary.consolidate import Summary
from commplan.summary.frame import Frame, draft_frame
from commplan.summary.tables import Cell, Table, all_tables, overview
from commplan.summary.text import render_text

BOM = "\ufeff"
SUFFIXES = (".xlsx", ".json", ".csv", ".docx", ".txt")


def _plain(value: Cell) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def summary_json(summary: Summary) -> str:
    """The same data as the workbook, with stable keys: {edition, sheets: {key: [rows]}}."""
    edition = summary.registry.edition
    data = {
        "edition": {"id": edition.id, "title": edition.title, "legal_source": edition.legal_source},
        "tables": {
            _key(table): [
                {k: _plain(v) for k, v in zip(table.keys, row, strict=True)} for row in table.rows
            ]
            for table in all_tables(summary)
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _key(table: Table) -> str:
    return {
        "Tổng hợp": "agencies",
        "Kinh phí": "budget",
        "Tuân thủ": "compliance",
        "Chưa gửi": "missing",
        "Lỗi": "problems",
    }[table.name]


def summary_csv(summary: Summary) -> str:
    """The Tổng hợp sheet as CSV, UTF-8 with a BOM so that Excel on Windows reads Vietnamese."""
    table = overview(summary)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow(["" if v is None else _csv_cell(v) for v in row])
    return BOM + out.getvalue()


def _csv_cell(value: Cell) -> str:
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, str):
        return neutralise(value)  # an agency's or a file's name is text, never a formula
    return str(value)


def check_output(target: Path) -> None:
    """Raise ``UsageError`` when commplan cannot write a file of this extension."""
    if target.suffix.lower() not in SUFFIXES:
        raise UsageError(
            _("{path}: cannot write this kind of file; use one of {suffixes}").format(
                path=target.as_posix(), suffixes=", ".join(SUFFIXES)
            )
        )


def output_bytes(summary: Summary, target: Path, frame: Frame | None = None) -> bytes:
    """The file to write at ``target``, chosen by its extension.

    Raises:
        UsageError: an extension commplan does not write.
    """
    suffix = target.suffix.lower()
    if suffix == ".xlsx":
        from commplan.summary.xlsx import workbook_bytes

        return workbook_bytes(all_tables(summary))
    if suffix == ".json":
        return summary_json(summary).encode("utf-8")
    if suffix == ".csv":
        return summary_csv(summary).encode("utf-8")
    if suffix == ".txt":
        return render_text(summary).encode("utf-8")
    if suffix == ".docx":
        from commplan.summary.report_docx import report_bytes

        return report_bytes(summary, frame or draft_frame())
    raise UsageError(
        _("{path}: cannot write this kind of file; use one of {suffixes}").format(
            path=target.as_posix(), suffixes=", ".join(SUFFIXES)
        )
    )
