"""Findings about an input file, their order, and the exit-code decision."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from commplan.source.positions import Span


class Severity(StrEnum):
    """How bad a finding is; the order of the members is the order of badness."""

    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for a warning, 1 for an error."""
        return 0 if self is Severity.WARNING else 1


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: where it is, which rule found it, and what to do about it.

    ``line`` and ``column`` are 1-based and count Unicode code points. For ``audit`` findings
    ``line`` is the paragraph number and ``column`` is None.
    """

    file: str
    line: int
    column: int | None
    rule: str
    severity: Severity
    message: str
    hint: str | None = None
    end_line: int | None = None
    end_column: int | None = None
    extra: dict[str, str | int | None] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def at(
        cls,
        span: Span,
        *,
        file: str,
        rule: str,
        severity: Severity,
        message: str,
        hint: str | None = None,
    ) -> Diagnostic:
        """A finding at ``span`` (its end, when known, becomes ``end_line``/``end_column``)."""
        return cls(
            file,
            span.line,
            span.column,
            rule,
            severity,
            message,
            hint,
            span.end_line,
            span.end_column,
        )

    def sort_key(self) -> tuple[str, int, int, str]:
        """The report order: file, line, column, rule."""
        return (self.file, self.line, self.column or 0, self.rule)


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics in report order."""
    return sorted(diagnostics, key=Diagnostic.sort_key)


def exit_code(diagnostics: Iterable[Diagnostic], fail_level: Severity = Severity.ERROR) -> int:
    """0 when nothing reaches ``fail_level``, 1 otherwise (2 is decided by the CLI for errors)."""
    return int(any(d.severity.rank >= fail_level.rank for d in diagnostics))
