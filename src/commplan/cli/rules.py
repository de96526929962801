"""``commplan rules``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class RulesFormat(StrEnum):
    """Output formats of ``rules``."""

    text = "text"
    json = "json"


def command(
    explain: Annotated[
        str | None,
        typer.Option(
            "--explain",
            metavar="ID",
            help="Explain one rule: what it checks, why, how to fix it, with examples.",
        ),
    ] = None,
    format: Annotated[
        RulesFormat,
        typer.Option("--format", help="text, or json: the whole catalogue for other tools."),
    ] = RulesFormat.text,
) -> None:
    """List the rule catalogue, or explain one rule with its passing and failing examples."""
    from commplan.explain.catalogue import as_json, explain_rule, listing

    if format is RulesFormat.json:
        typer.echo(as_json())
    else:
        typer.echo(listing() if explain is None else explain_rule(explain), nl=explain is None)
