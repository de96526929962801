"""``commplan validate``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from commplan.cli.output import emit, use_color


class Format(StrEnum):
    """Output formats of ``validate``."""

    text = "text"
    concise = "concise"
    json = "json"


class Level(StrEnum):
    """Severities that can make the command fail."""

    error = "error"
    warning = "warning"


class Color(StrEnum):
    """Colour choice."""

    auto = "auto"
    always = "always"
    never = "never"


def command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Plan files, folders (searched for plans) or - for stdin. Default: ."),
    ] = None,
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    fail_level: Annotated[
        Level, typer.Option("--fail-level", help="Exit 1 when a finding is at or above this.")
    ] = Level.error,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    color: Annotated[Color, typer.Option("--color", help="Colour the text output.")] = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line or notes.")] = False,
) -> None:
    """Check plans against the schema and the rules; report file:line:col for each finding."""
    from commplan.diagnostics import Severity
    from commplan.validate import ValidateOptions, execute

    options = ValidateOptions(
        paths=paths or ["."],
        format=format.value,
        fail_level=Severity(fail_level.value),
        color=use_color(color.value, output),
        quiet=quiet,
    )
    text, code = execute(options)
    emit(text, output)
    raise typer.Exit(code)
