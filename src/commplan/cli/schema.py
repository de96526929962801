"""``commplan schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from commplan.cli.output import emit


def command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the schema to this file.")
    ] = None,
) -> None:
    """Print the JSON Schema of the plan file (draft-07), for editors' YAML plugins."""
    from commplan.model.jsonschema import shipped_schema_text

    emit(shipped_schema_text(), output)
