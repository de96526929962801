"""``commplan import``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def command(
    document: Annotated[Path, typer.Argument(metavar="PLAN.docx", help="The Word plan to read.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="The plan file to write. Default: PLAN.yaml beside it."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the output file if it exists.")
    ] = False,
    from_text: Annotated[
        bool,
        typer.Option(
            "--from-text",
            help="Read the document's text even when it carries the plan commplan rendered.",
        ),
    ] = False,
) -> None:
    """Turn a plan that exists only in Word (.docx) into a plan file to check and render.

    Every value commplan inferred carries a '# kiểm tra' comment; text that fits no field is kept
    in the plan and listed at the end.
    """
    from commplan.importer.run import ImportOptions, execute, summary

    written, result = execute(ImportOptions(document, output, force, from_text))
    typer.echo(summary(written, result))
