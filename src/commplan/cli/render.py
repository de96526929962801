"""``commplan render``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def command(
    plan: Annotated[str, typer.Argument(help="The plan file (.yaml), or - for stdin (with -o).")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The .docx to write. Default: next to the plan."),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option("--template", help="A built-in template (ke-hoach) or a .docx file."),
    ] = None,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also make a PDF with LibreOffice (soffice).")
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=(
                "Render in spite of rule errors (never in spite of YAML or schema errors). "
                "Unlike 'new --force' it is not about overwriting: render always replaces "
                "its output."
            ),
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Print only errors: no warning count, no 'Wrote …'."),
    ] = False,
) -> None:
    """Render a plan as the official Word document (Nghị định 30/2020/NĐ-CP)."""
    from commplan.cli.output import use_color
    from commplan.render.run import RenderOptions, execute

    options = RenderOptions(plan, output, template, pdf, force, use_color("auto", None), quiet)
    raise typer.Exit(execute(options))
