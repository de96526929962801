"""What every reporter receives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commplan.source.diagnostics import Diagnostic, sort_diagnostics

if TYPE_CHECKING:  # the rule catalogue loads the plan model, which `audit` does not need
    from commplan.rules.base import Rule


@dataclass(slots=True)
class RunReport:
    """The findings of one run, the texts of the files (for source lines), and notes.

    ``notes`` maps a file to remarks for people, such as "rule checks were skipped".
    """

    diagnostics: list[Diagnostic]
    files: list[str]
    sources: dict[str, str] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    color: bool = False
    quiet: bool = False
    tool: str = "validate"
    catalogue: Sequence[Rule] = ()

    def sorted(self) -> list[Diagnostic]:
        """The diagnostics in report order."""
        return sort_diagnostics(self.diagnostics)


Reporter = Callable[[RunReport], str]
