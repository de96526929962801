"""The command line: a typer app with one small module per command.

Each command only turns options into a call of the core and an exit code; errors meant for
people (``CommplanError``) become one line on stderr and exit code 2, here and nowhere else.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import typer

from commplan import __version__
from commplan.atomic import os_error_message
from commplan.cli import (
    audit,
    export,
    import_,
    new,
    render,
    report,
    rules,
    schema,
    summary,
    template,
    validate,
)
from commplan.cli.language import LocalisedGroup
from commplan.errors import CommplanError

app = typer.Typer(
    name="commplan",
    help="Policy-communication plans: scaffold, validate, render and audit them; report on"
    " them, consolidate many agencies, export their data and import them from Word.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion (bash, zsh, fish, PowerShell)
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=LocalisedGroup,  # chooses the language before click parses, then speaks it
)
P = ParamSpec("P")
R = TypeVar("R")


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a ``CommplanError`` into one line on stderr and its exit code (2)."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CommplanError as exc:
            typer.echo(f"commplan: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:
            # The file system refused something no check foresaw (a name over 255 bytes, a
            # disk error): still one line and exit 2, never a traceback.
            typer.echo(f"commplan: {os_error_message(exc)}", err=True)
            raise typer.Exit(2) from None

    return run


app.command("validate")(handle_errors(validate.command))
app.command("schema")(handle_errors(schema.command))
app.command("rules")(handle_errors(rules.command))
app.command("new")(handle_errors(new.command))
app.command("render")(handle_errors(render.command))
app.command("report")(handle_errors(report.command))
app.add_typer(template.build_app(handle_errors), name="template")
app.command("audit")(handle_errors(audit.command))
app.command("export")(handle_errors(export.command))
app.command("summary")(handle_errors(summary.command))
app.command("import")(handle_errors(import_.command))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"commplan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="vi|en",
            help="Language of messages: vi or en (default: COMMPLAN_LANG, then vi).",
        ),
    ] = None,
) -> None:
    """commplan: policy-communication plans as YAML, checked and issued as official documents."""
    del version
    from commplan.i18n import _

    # LocalisedGroup has chosen the language already and taken out every valid --lang.
    if lang is not None:
        raise typer.BadParameter(_("use vi or en"), param_hint="--lang")


def _utf8_streams() -> None:
    # Officers use Windows, whose legacy console encoding cannot print Vietnamese.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main() -> None:
    """Entry point of the ``commplan`` command."""
    _utf8_streams()
    app()
