"""``commplan report``: the BÁO CÁO kết quả thực hiện kế hoạch of a report file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def command(
    report: Annotated[str, typer.Argument(help="The report file (.yaml, kind: bao_cao).")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The .docx to write. Default: next to the report."),
    ] = None,
) -> None:
    """Make the BÁO CÁO kết quả thực hiện kế hoạch (.docx, ND30) from a report file."""
    from commplan.atomic import write_atomic
    from commplan.check.validate import build_report, check_paths
    from commplan.errors import UsageError
    from commplan.i18n import _
    from commplan.render.report import render_report
    from commplan.render.source import load_template
    from commplan.reporters import REPORTERS
    from commplan.source.diagnostics import Severity
    from commplan.source.inputs import display_name

    source = Path(report)
    if report == "-" or source.is_dir():
        raise UsageError(_("give one report file, e.g. bao-cao.yaml"))
    target = output or source.with_suffix(".docx")
    if target.resolve() == source.resolve():
        raise UsageError(_("-o names the report file itself; choose another file name"))
    result = check_paths([report], keep_plans=True)[0]
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if result.report is None and result.plan is not None:
        raise UsageError(
            _("{path} is a plan; make its document with 'commplan render {path}'").format(
                path=report
            )
        )
    if errors or result.report is None or result.plan is None:
        typer.echo(REPORTERS["text"](build_report([result], color=False, quiet=False)), nl=False)
        typer.echo(_("not rendered: fix the errors above, then run this again"), err=True)
        raise typer.Exit(1)
    data = render_report(result.report, result.plan, load_template(None))
    write_atomic(target, data)
    typer.echo(_("Wrote {path}").format(path=display_name(target)))
