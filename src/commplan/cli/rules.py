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
    from commplan.errors import UsageError
    from commplan.i18n import _
    from commplan.rules import ALL_RULES, RULES_BY_ID

    if explain is None:
        for rule in ALL_RULES:
            typer.echo(f"{rule.id:<10} {rule.severity:<8} {_(rule.summary)}")
        return
    found = RULES_BY_ID.get(explain.upper())
    if found is None:
        raise UsageError(_("unknown rule '{id}'; 'commplan rules' lists them").format(id=explain))
    typer.echo(f"{found.id} ({found.severity})\n\n{found.doc}")
