"""``commplan export``: check the plan as ``render`` does, then write one format atomically.

The format comes from ``--format`` or the output's extension. Findings follow ``render``:
YAML and schema errors always stop the export, rule errors stop it unless ``--force``; errors
are printed with their position, warnings only counted (``validate`` lists them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import typer

from commplan.atomic import write_atomic
from commplan.check.pipeline import FileResult
from commplan.check.validate import build_report, check_paths
from commplan.errors import UsageError
from commplan.export.tables import PlanTables
from commplan.i18n import _, ngettext
from commplan.render.run import blocking_errors
from commplan.reporters import REPORTERS
from commplan.source.diagnostics import Severity
from commplan.source.inputs import display_name

FORMATS: Final = ("xlsx", "csv", "ics", "json")
TABLES: Final = ("nhiem-vu", "du-toan", "moc")
"""The tables a .csv holds one of: tasks, budget lines, milestones and deadlines."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the command line asked for."""

    plan: str
    output: Path
    format: str | None = None
    table: str | None = None
    force: bool = False
    color: bool = False


def export_format(output: Path, chosen: str | None) -> str:
    """The format to write: ``chosen``, else the output's extension.

    Raises:
        UsageError: neither names a known format.
    """
    fmt = (chosen or output.suffix.removeprefix(".")).lower()
    if fmt not in FORMATS:
        raise UsageError(
            _(
                "cannot tell the format of {path}: name the file .xlsx, .csv, .ics or .json, "
                "or give --format"
            ).format(path=output.as_posix())
        )
    return fmt


def check_table(fmt: str, table: str | None) -> str:
    """The CSV table to write (default: the tasks).

    Raises:
        UsageError: ``--table`` is unknown, or given for a format that holds every table.
    """
    if table is None:
        return TABLES[0]
    if fmt != "csv":
        raise UsageError(
            _("--table chooses the table of a .csv file; a .{format} holds every table").format(
                format=fmt
            )
        )
    if table not in TABLES:
        raise UsageError(
            _("unknown table '{table}'; use one of {tables}").format(
                table=table, tables=", ".join(TABLES)
            )
        )
    return table


def export_bytes(tables: PlanTables, fmt: str, table: str = TABLES[0]) -> bytes:
    """The file of ``fmt`` (one of ``FORMATS``); each format's library loads only here."""
    writers: dict[str, Callable[[], bytes]] = {
        "xlsx": lambda: _xlsx(tables),
        "csv": lambda: _csv(tables, table),
        "ics": lambda: _ics(tables),
        "json": lambda: _json(tables),
    }
    return writers[fmt]()


def _xlsx(tables: PlanTables) -> bytes:
    from commplan.export.workbook import workbook_bytes

    return workbook_bytes(tables)


def _csv(tables: PlanTables, table: str) -> bytes:
    from commplan.export.csvtable import csv_bytes

    return csv_bytes(tables, table)


def _ics(tables: PlanTables) -> bytes:
    from commplan.export.calendar import calendar_bytes

    return calendar_bytes(tables)


def _json(tables: PlanTables) -> bytes:
    from commplan.export.normalised import json_bytes

    return json_bytes(tables)


def _check(options: ExportOptions) -> FileResult:
    path = Path(options.plan)
    if options.plan != "-":
        if path.is_dir():
            raise UsageError(
                _("{path} is a folder; give one plan file, e.g. {path}/plan.yaml").format(
                    path=path.as_posix()
                )
            )
        if options.output.resolve() == path.resolve():
            raise UsageError(_("--to names the plan file itself; choose another file name"))
    return check_paths([options.plan], keep_plans=True)[0]


def refusal(result: FileResult, force: bool) -> str | None:
    """Why the plan must not be exported, or None when it may be."""
    return blocking_errors(
        result,
        force,
        unfixable=_("not exported: the plan has YAML or schema errors ({count}); fix them"),
        forceable=_("not exported: {count}; fix them, or add --force to export anyway"),
    )


def _print_findings(result: FileResult, color: bool) -> None:
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        shown = dataclasses.replace(result, diagnostics=errors)
        report = build_report([shown], color=color, quiet=True)
        typer.echo(REPORTERS["text"](report), nl=False, color=True)
    warnings = len(result.diagnostics) - len(errors)
    if warnings:
        typer.echo(
            ngettext(
                "{n} warning; 'commplan validate {file}' shows it",
                "{n} warnings; 'commplan validate {file}' shows them",
                warnings,
            ).format(n=warnings, file=result.file)
        )


def execute(options: ExportOptions) -> int:
    """Run the command; returns the exit code (errors for people raise ``CommplanError``)."""
    fmt = export_format(options.output, options.format)
    table = check_table(fmt, options.table)
    result = _check(options)
    _print_findings(result, options.color)
    reason = refusal(result, options.force)
    if reason is not None or result.plan is None:
        typer.echo(f"commplan: {reason}", err=True)
        return 1
    tables = PlanTables(result.plan, result.settings.profiles(result.plan))
    del result  # the file's text and positions are not needed for writing
    write_atomic(options.output, export_bytes(tables, fmt, table))
    typer.echo(_("Wrote {path}").format(path=display_name(options.output)))
    return 0
