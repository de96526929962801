"""``concise``: one line per finding, then its hint."""

from __future__ import annotations

from commplan.i18n import _
from commplan.reporters.base import RunReport, printable
from commplan.source.diagnostics import Diagnostic


def headline(d: Diagnostic) -> str:
    """``file:line:col: severity [RULE] message`` (no column for audit findings)."""
    where = f"{d.file}:{d.line}:{d.column}" if d.column is not None else f"{d.file}:{d.line}"
    return f"{where}: {d.severity} [{d.rule}] {d.message}"


def render(report: RunReport) -> str:
    """Render every finding as its headline and an indented hint."""
    lines: list[str] = []
    for d in report.sorted():
        lines.append(printable(headline(d)))
        if d.hint:
            lines.append(printable(f"  {_('hint')}: {d.hint}"))
    return "".join(line + "\n" for line in lines)
