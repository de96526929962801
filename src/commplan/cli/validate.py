"""``commplan validate``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from commplan.cli.output import Color, Level, use_color


class Format(StrEnum):
    """Output formats of ``validate`` and ``audit``."""

    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"


def command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Plan files, folders (searched for plans) or - for stdin. Default: ."),
    ] = None,
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    profile: Annotated[
        list[str] | None,
        typer.Option("--profile", help="Add a rule profile: a shipped id or a profile file."),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="ID,...",
            help="Only these rule ids or families (comma-separated or repeated).",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="ID,...",
            help="Turn off these rule ids or families (comma-separated or repeated).",
        ),
    ] = None,
    fail_level: Annotated[
        Level | None,
        typer.Option("--fail-level", help="Exit 1 on findings at or above this. Default: error."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Use this configuration file (no search).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    color: Annotated[Color, typer.Option("--color", help="Colour the text output.")] = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line or notes.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List the YAML files a folder search skipped.")
    ] = False,
) -> None:
    """Check plans against the schema and the rules; report file:line:col for each finding."""
    from commplan.check.validate import ValidateOptions, execute
    from commplan.cli.output import publish
    from commplan.settings.selection import Options
    from commplan.source.diagnostics import Severity

    selection = Options(
        profiles=tuple(profile or ()),
        select=rule_ids(select),
        ignore=rule_ids(ignore),
        config=config,
        fail_level=Severity(fail_level.value) if fail_level else None,
    )
    options = ValidateOptions(
        paths=paths or ["."],
        selection=selection,
        color=use_color(color.value, output),
        quiet=quiet,
        verbose=verbose,
        output=output,
    )
    report, code = execute(options)
    publish(report, format.value, output)
    raise typer.Exit(code)


def rule_ids(values: list[str] | None) -> tuple[str, ...]:
    """Rule ids from repeated options and comma lists (``--ignore CRI,DOC-002``), upper case."""
    return tuple(
        part.strip().upper() for value in values or () for part in value.split(",") if part.strip()
    )
