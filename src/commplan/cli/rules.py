"""``commplan rules``."""

from __future__ import annotations

from typing import Annotated

import typer


def command(
    explain: Annotated[
        str | None, typer.Option("--explain", help="Print the documentation of one rule.")
    ] = None,
) -> None:
    """List the rule catalogue, or explain one rule with its passing and failing examples."""
    from commplan.explain.catalogue import explain_rule, listing

    typer.echo(listing() if explain is None else explain_rule(explain))
