"""Reporters: one function per output format, chosen by name from ``REPORTERS``."""

from __future__ import annotations

from typing import Final

from commplan.reporters import concise, github, json_format, junit, sarif, text
from commplan.reporters.base import Reporter, RunReport

REPORTERS: Final[dict[str, Reporter]] = {
    "text": text.render,
    "concise": concise.render,
    "json": json_format.render,
    "github": github.render,
    "sarif": sarif.render,
    "junit": junit.render,
}

__all__ = ["REPORTERS", "Reporter", "RunReport"]
