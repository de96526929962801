"""Shared command-line plumbing: colour decision and writing a report."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from commplan.atomic import write_atomic

if TYPE_CHECKING:
    from commplan.reporters.base import RunReport


class Level(StrEnum):
    """Severities that can make a command fail."""

    error = "error"
    warning = "warning"


class Color(StrEnum):
    """Colour choice."""

    auto = "auto"
    always = "always"
    never = "never"


def use_color(choice: str, output: Path | None) -> bool:
    """Colour for ``auto`` only on a terminal without ``NO_COLOR``; ``always``/``never`` win."""
    if choice == "always":
        return True
    if choice == "never" or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def publish(report: RunReport, format: str, output: Path | None) -> None:
    """Render ``report`` in ``format``; for ``github`` also append the step summary."""
    from commplan.reporters import REPORTERS, github

    emit(REPORTERS[format](report), output)
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if format == "github" and target:
        # GitHub shows only some annotations per step; the summary lists every finding.
        with Path(target).open("a", encoding="utf-8") as fp:
            fp.write(github.step_summary(report))


def emit(text: str, output: Path | None) -> None:
    """Print the report, or write it atomically to ``output``."""
    if output is None:
        # Colour was already decided (use_color); stop click from stripping it again.
        typer.echo(text, nl=False, color=True)
    else:
        write_atomic(output, text.encode("utf-8"))
