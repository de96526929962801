"""``commplan schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from commplan.cli.output import emit
from commplan.errors import UsageError
from commplan.i18n import _

KINDS = ("ke-hoach", "bao-cao")


def command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the schema to this file.")
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            metavar="ke-hoach|bao-cao",
            help="ke-hoach: the schema of plan files; bao-cao: of report files (kind: bao_cao).",
        ),
    ] = "ke-hoach",
) -> None:
    """Print the JSON Schema of the plan file (draft-07), for editors' YAML plugins."""
    from commplan.model.jsonschema import shipped_schema_text

    if kind not in KINDS:
        raise UsageError(
            _("unknown kind '{kind}'; use one of {kinds}").format(kind=kind, kinds=", ".join(KINDS))
        )
    emit(shipped_schema_text(kind), output)
