"""``commplan new --kind bao-cao --plan PLAN``: write a report to fill in, then say what next."""

from __future__ import annotations

from pathlib import Path

import typer

from commplan.errors import OutputError, UsageError
from commplan.i18n import _


def new_report(
    path: Path,
    kind: str | None,
    plan: Path | None,
    period: str | None,
    as_of: str | None,
    *,
    force: bool,
) -> None:
    """Scaffold the report at ``path`` on ``plan``.

    Raises:
        UsageError: no --plan, --plan with another kind, a plan that does not validate, or a
            period or date that cannot be read.
        OutputError: the report or its folder cannot be written.
    """
    from commplan.check.validate import check_paths
    from commplan.cli.new_report import shell_word
    from commplan.scaffold.files import write_plan, write_schema_beside
    from commplan.scaffold.report import plan_reference, report_period, report_text
    from commplan.source.inputs import display_name

    if kind != "bao-cao":
        raise UsageError(_("--plan goes with --kind bao-cao"))
    if plan is None:
        raise UsageError(_("--kind bao-cao needs --plan PLAN.yaml, the plan the report is on"))
    checked = check_paths([str(plan)], keep_plans=True)[0]
    if checked.plan is None or checked.report is not None:
        raise UsageError(
            _("{plan} is not a plan that validates; run 'commplan validate {plan}'").format(
                plan=display_name(plan)
            )
        )
    expr, day = report_period(checked.plan, period, as_of)
    text = report_text(checked.plan, plan_reference(path, plan), expr, day)
    write_plan(path, text, force=force)
    shown = display_name(path)
    typer.echo(
        _("Created {path}: report on {plan}, {period}, figures as of {as_of}.").format(
            path=shown, plan=display_name(plan), period=expr.text, as_of=day
        )
    )
    try:
        write_schema_beside(path, kind="bao-cao")
    except OutputError as exc:  # the report is complete without it
        typer.echo(f"commplan: {exc}", err=True)
    word = shell_word(shown)
    typer.echo(_("Next steps:"))
    typer.echo(
        "  1. " + _("Give each activity its status, each line its spending, each KPI its result.")
    )
    typer.echo("  2. " + _("Check the report:") + f" commplan validate {word}")
    typer.echo("  3. " + _("Make the Word document:") + f" commplan report {word}")
