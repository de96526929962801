"""Shared command-line plumbing: colour decision and writing a report."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from commplan.atomic import write_atomic


def use_color(choice: str, output: Path | None) -> bool:
    """Colour for ``auto`` only on a terminal without ``NO_COLOR``; ``always``/``never`` win."""
    if choice == "always":
        return True
    if choice == "never" or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def emit(text: str, output: Path | None) -> None:
    """Print the report, or write it atomically to ``output``."""
    if output is None:
        # Colour was already decided (use_color); stop click from stripping it again.
        typer.echo(text, nl=False, color=True)
    else:
        write_atomic(output, text.encode("utf-8"))
