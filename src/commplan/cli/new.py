"""``commplan new``: scaffold a plan file an officer can fill in."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def command(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="The plan file to create (.yaml or .yml).", show_default=False
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="tinh|bo|chinh-sach|xa|tong-hop|bao-cao",
            help="tinh: a province's annual plan; bo: a ministry's annual plan;"
            " chinh-sach: a plan for one draft policy; xa: a ward's or commune's annual plan;"
            " tong-hop: the frame of the Ministry's summary report (summary --frame);"
            " bao-cao: a report on a plan (with --plan). Default with --yes: tinh.",
        ),
    ] = None,
    plan: Annotated[
        Path | None,
        typer.Option(
            "--plan",
            metavar="PLAN",
            help="With --kind bao-cao: the plan the report is on; every activity and budget line"
            " of it is listed.",
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="PERIOD",
            help="With --kind bao-cao: the reporting period, e.g. 'Quý II/2022'."
            " Default: the plan's first quarter.",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="With --kind bao-cao: the data cut-off date, e.g. 14/6/2022."
            " Default: the 14th of the period's last month.",
        ),
    ] = None,
    style: Annotated[
        str | None,
        typer.Option(
            "--style",
            metavar="day-du|gon",
            help="day-du: every section, named staff, an itemised budget; gon: the short shape"
            " of published plans (task groups, budget in words, about 100 lines)."
            " Default: day-du (gon for xa).",
        ),
    ] = None,
    issuer: Annotated[
        str | None,
        typer.Option(
            "--issuer",
            metavar="TEXT",
            help="The issuing agency, e.g. 'Nam Định' or 'Bộ Tư pháp' (any case).",
        ),
    ] = None,
    year: Annotated[
        str | None,
        typer.Option("--year", metavar="YEAR", help="Year of the plan, 2020-2100. Default: now."),
    ] = None,
    profile: Annotated[
        list[str] | None,
        typer.Option(
            "--profile",
            metavar="ID",
            help="A rule profile the plan answers to (repeatable). Default: the kind's.",
        ),
    ] = None,
    assignments: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="KEY=VALUE",
            help="Set a field by its dotted path, e.g. document.signer.name=... (repeatable).",
        ),
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Take every default; ask nothing.")
    ] = False,
    interactive: Annotated[
        bool | None,
        typer.Option(
            "--interactive/--no-interactive",
            help="Ask questions or not. Default: ask when stdin and stdout are a terminal.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Overwrite an existing file, atomically. (render --force means something else.)",
        ),
    ] = False,
) -> None:
    """Create a new plan to fill in: every section, Vietnamese comments, dates in the year."""
    from commplan.cli.new_answers import Given, settle
    from commplan.cli.new_report import report
    from commplan.scaffold.assign import parse_assignment
    from commplan.scaffold.build import build_plan
    from commplan.scaffold.files import check_target, write_plan

    check_target(path, force=force)
    if kind is not None and kind.strip().casefold() == "tong-hop":
        _frame(path, year, force=force)
        return
    if kind == "bao-cao" or plan is not None:
        from commplan.cli.new_bao_cao import new_report

        new_report(path, kind, plan, period, as_of, force=force)
        return
    changes = tuple(parse_assignment(text) for text in assignments or ())
    ask = (interactive if interactive is not None else _on_terminal()) and not yes
    given = Given(kind, issuer, year, tuple(profile or ()), changes, path.name, style)
    answers = settle(given, ask=ask, yes=yes)
    text = build_plan(answers, changes)
    write_plan(path, text, force=force)
    report(path, answers)


def _frame(path: Path, year: str | None, *, force: bool) -> None:
    """Write the frame of the BÁO CÁO tổng hợp that ``summary --frame`` reads."""
    from datetime import date

    from commplan.errors import UsageError
    from commplan.i18n import _
    from commplan.scaffold.files import write_plan
    from commplan.summary.frame import frame_text

    if year is not None and not (year.isdigit() and 2020 <= int(year) <= 2100):
        raise UsageError(_("--year {year}: give a year from 2020 to 2100").format(year=year))
    write_plan(path, frame_text(path.name, int(year) if year else date.today().year), force=force)
    typer.echo(_("Wrote {path}").format(path=path.as_posix()))


def _on_terminal() -> bool:
    # Questions only when a person can answer them: a pipe or CI never waits for input.
    return sys.stdin.isatty() and sys.stdout.isatty()
