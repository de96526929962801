"""``commplan template export`` and ``commplan template check``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

Wrapper = Callable[[Callable[..., Any]], Callable[..., Any]]


def export(
    name: Annotated[str, typer.Argument(help="The built-in template: ke-hoach.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The .docx file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
) -> None:
    """Write a built-in template to a .docx file, to customise in Word."""
    from commplan.render.templates_cli import export_template

    export_template(name, output, force=force)


def check(
    file: Annotated[Path, typer.Argument(help="The customised template (.docx).")],
) -> None:
    """Check a template: Jinja syntax, curly quotes in tags, unknown variables and filters."""
    from commplan.render.templates_cli import check_file

    raise typer.Exit(check_file(file))


def build_app(handle_errors: Wrapper) -> typer.Typer:
    """The ``template`` command group, its commands wrapped by the CLI's error handler."""
    app = typer.Typer(
        help="Export and check Word templates for 'commplan render'.",
        no_args_is_help=True,
        rich_markup_mode=None,
    )
    app.command("export")(handle_errors(export))
    app.command("check")(handle_errors(check))
    return app
