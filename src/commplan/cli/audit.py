"""``commplan audit``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from commplan.cli.output import Color, Level, use_color
from commplan.cli.validate import Format


def command(
    paths: Annotated[list[str], typer.Argument(metavar="FILE.docx", help="Documents to check.")],
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    fail_level: Annotated[
        Level, typer.Option("--fail-level", help="Exit 1 when a finding is at or above this.")
    ] = Level.error,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    color: Annotated[Color, typer.Option("--color", help="Colour the text output.")] = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    doc_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="TYPE",
            help="Audit as this document type (e.g. cong-van, to-trinh, quyet-dinh, or QĐ, TTr)"
            " instead of the type the document shows.",
        ),
    ] = None,
) -> None:
    """Check Word documents against Nghị định 30/2020 (page, fonts, header, body, signature).

    Each finding gives the paragraph number (tables included), the section, the start of the
    paragraph's text, the rule id of ND30.md and what was expected. The document's type
    (Quyết định, Công văn, Tờ trình, …) is read from its tên loại line, ký hiệu or "V/v" line;
    only the checks its Mẫu calls for run.
    """
    from commplan.atomic import refuse_overwrite
    from commplan.audit.doctypes import find_type
    from commplan.audit.engine import AuditOptions, execute
    from commplan.cli.output import publish
    from commplan.source.diagnostics import Severity

    if output is not None:
        refuse_overwrite(output, [Path(p) for p in paths])

    options = AuditOptions(
        paths=paths,
        fail_level=Severity(fail_level.value),
        color=use_color(color.value, output),
        quiet=quiet,
        doctype=find_type(doc_type) if doc_type is not None else None,
    )
    report, code = execute(options)
    publish(report, format.value, output)
    raise typer.Exit(code)
