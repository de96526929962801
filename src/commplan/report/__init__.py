"""Reporters: one function per output format, chosen by name from ``REPORTERS``."""

from __future__ import annotations

from typing import Final

from commplan.report import concise, json_format, text
from commplan.report.base import Reporter, RunReport

REPORTERS: Final[dict[str, Reporter]] = {
    "text": text.render,
    "concise": concise.render,
    "json": json_format.render,
}

__all__ = ["REPORTERS", "Reporter", "RunReport"]
