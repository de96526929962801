"""``commplan summary``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    """Formats of the summary on the terminal."""

    text = "text"
    json = "json"


def command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Plan files, folders (searched for plans and .docx) or .docx files."),
    ] = None,
    profile: Annotated[
        list[str] | None,
        typer.Option("--profile", help="Add a rule profile: a shipped id or a profile file."),
    ] = None,
    agencies: Annotated[
        str | None,
        typer.Option("--agencies", help="Agency list: vn-2022, vn-2025 or your own file."),
    ] = None,
    frame: Annotated[
        Path | None,
        typer.Option("--frame", help="The report's frame (YAML) for -o FILE.docx."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write .xlsx, .json, .csv or .docx (by extension)."),
    ] = None,
    format: Annotated[Format, typer.Option("--format", help="Terminal output.")] = Format.text,
    config: Annotated[
        Path | None, typer.Option("--config", help="Use this configuration file (no search).")
    ] = None,
) -> None:
    """Consolidate many agencies' plans: one row per agency, totals, who sent nothing."""
    from commplan.atomic import write_atomic
    from commplan.i18n import _
    from commplan.settings.selection import Options
    from commplan.source.inputs import display_name
    from commplan.summary.files import check_output, output_bytes, summary_json
    from commplan.summary.frame import load_frame
    from commplan.summary.run import SummaryOptions, summarise
    from commplan.summary.text import render_text

    options = SummaryOptions(
        inputs=inputs or ["."],
        selection=Options(profiles=tuple(profile or ()), config=config),
        agencies=agencies,
    )
    if output is not None:
        # An output commplan cannot write stops the job before any plan is read.
        check_output(output)
    loaded_frame = load_frame(frame) if frame is not None else None
    summary, code = summarise(options)
    text = summary_json(summary) if format is Format.json else render_text(summary)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomic(output, output_bytes(summary, output, loaded_frame))
        typer.echo(text, nl=False)
        typer.echo(_("Wrote {path}").format(path=display_name(output)))
    raise typer.Exit(code)
