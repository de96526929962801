"""Reporters: one function per output format, chosen by name from ``REPORTERS``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Final

from commplan.reporters.base import Reporter, RunReport

_MODULES: Final[dict[str, str]] = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
}
"""The registry: each format's name and the module whose ``render`` writes it."""


class _Reporters(Mapping[str, Reporter]):
    """The formats by name; a format's module is imported when it is first asked for.

    A run prints one format, and SARIF's rule help (the whole explanation catalogue) is a few
    milliseconds of every command's start that only ``--format sarif`` needs.
    """

    def __getitem__(self, name: str) -> Reporter:
        render: Reporter = import_module(f"commplan.reporters.{_MODULES[name]}").render
        return render

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


REPORTERS: Final[Mapping[str, Reporter]] = _Reporters()

__all__ = ["REPORTERS", "Reporter", "RunReport"]
