"""``commplan export``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class ExportFormat(StrEnum):
    """Formats of ``export``."""

    xlsx = "xlsx"
    csv = "csv"
    ics = "ics"
    json = "json"


class Table(StrEnum):
    """The table a .csv holds."""

    nhiem_vu = "nhiem-vu"
    du_toan = "du-toan"
    moc = "moc"


def command(
    plan: Annotated[str, typer.Argument(help="The plan file (.yaml), or - for stdin.")],
    to: Annotated[
        Path,
        typer.Option("--to", "-o", help="The file to write: .xlsx, .csv, .ics or .json."),
    ],
    format: Annotated[
        ExportFormat | None,
        typer.Option("--format", help="The format, when the file name does not say it."),
    ] = None,
    table: Annotated[
        Table | None,
        typer.Option(
            "--table",
            help="For .csv: nhiem-vu (tasks, the default), du-toan (budget lines) or moc "
            "(milestones and deadlines).",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Export in spite of rule errors (never in spite of YAML or schema errors).",
        ),
    ] = False,
) -> None:
    """Export the plan's data: Excel for the finance office, a calendar, CSV or JSON."""
    from commplan.cli.output import use_color
    from commplan.export.run import ExportOptions, execute

    options = ExportOptions(
        plan,
        to,
        format.value if format else None,
        table.value if table else None,
        force,
        use_color("auto", None),
    )
    raise typer.Exit(execute(options))
