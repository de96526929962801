"""``github``: GitHub Actions workflow commands, one per finding, plus a step summary."""

from __future__ import annotations

from commplan.i18n import _
from commplan.reporters.base import RunReport
from commplan.reporters.text import summary
from commplan.source.diagnostics import Diagnostic, Severity


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(d: Diagnostic) -> str:
    level = "error" if d.severity is Severity.ERROR else "warning"
    props = [f"file={_property(d.file)}", f"line={d.line}"]
    if d.column is not None:
        props.append(f"col={d.column}")
    if d.end_line is not None and d.end_column is not None:
        props += [f"endLine={d.end_line}", f"endColumn={d.end_column}"]
    props.append(f"title={_property('commplan ' + d.rule)}")
    message = d.message + (f"\n{_('hint')}: {d.hint}" if d.hint else "")
    return f"::{level} {','.join(props)}::{_data(message)}"


def _row(d: Diagnostic) -> str:
    message = d.message.replace("|", "\\|")
    return f"| {d.file} | {d.line} | {d.rule} | {d.severity} | {message} |"


def render(report: RunReport) -> str:
    """One workflow command per finding."""
    return "".join(_command(d) + "\n" for d in report.sorted())


def step_summary(report: RunReport) -> str:
    """A Markdown table for ``$GITHUB_STEP_SUMMARY`` (annotations are capped per step)."""
    lines = [f"### commplan {report.tool}", "", summary(report), ""]
    if report.diagnostics:
        header = (_("file"), _("line"), _("rule"), _("severity"), _("finding"))
        lines += ["| " + " | ".join(header) + " |", "|---|---|---|---|---|"]
        lines += [_row(d) for d in report.sorted()]
    return "\n".join(lines) + "\n"
