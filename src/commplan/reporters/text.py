"""``text`` (the default): headline, source line with a caret, hint, and a summary line.

What a plan holds reaches the terminal escaped (:func:`~commplan.reporters.base.printable`):
an escape sequence in a value must not recolour, clear or retitle the officer's terminal.
"""

from __future__ import annotations

from commplan.i18n import _, ngettext
from commplan.reporters.base import RunReport, printable
from commplan.reporters.concise import headline
from commplan.source.diagnostics import Diagnostic, Severity

_RED, _YELLOW, _BOLD, _DIM, _CYAN, _RESET = (
    "\x1b[31m",
    "\x1b[33m",
    "\x1b[1m",
    "\x1b[2m",
    "\x1b[36m",
    "\x1b[0m",
)


def render(report: RunReport) -> str:
    """Render findings for people, with notes per file and the summary line."""
    lines: list[str] = []
    for d in report.sorted():
        lines.extend(_finding(d, report))
    for file, notes in sorted(report.notes.items()):
        lines.extend(printable(f"{file}: {_('note')}: {note}") for note in notes)
    if report.verbose:
        lines.extend(
            printable(f"{file}: {_('note')}: ") + _("skipped: not a plan (no plan key at the top)")
            for file in report.skipped
        )
    if not report.quiet:
        lines.append(summary(report))
    return "".join(line + "\n" for line in lines)


def _paint(text: str, code: str, on: bool) -> str:
    return f"{code}{text}{_RESET}" if on else text


def _finding(d: Diagnostic, report: RunReport) -> list[str]:
    color = report.color
    tone = _RED if d.severity is Severity.ERROR else _YELLOW
    lines = [_paint(printable(headline(d)), _BOLD + tone, color)]
    source = report.sources.get(d.file)
    if source is not None and d.column is not None:
        lines.extend(_excerpt(source, d.line, d.column, color))
    elif d.extra.get("excerpt") is not None:
        # Audit findings point at a paragraph: show where it is and how it starts.
        where = _("paragraph {n}, section {s}").format(n=d.line, s=d.extra.get("section"))
        lines.append(_paint(printable(f"  {where}: {d.extra['excerpt']}"), _DIM, color))
    if d.hint:
        lines.append(_paint(printable(f"  {_('hint')}: {d.hint}"), _CYAN, color))
    return lines


EXCERPT_WIDTH = 100
"""Longer source lines (a whole activity in one {...}) are cut around the column."""


def _excerpt(source: str, line: int, column: int, color: bool) -> list[str]:
    all_lines = source.splitlines()
    if not 1 <= line <= len(all_lines):
        return []
    text, column = _window(all_lines[line - 1].expandtabs(1), column)
    # Escapes are wider than the characters they stand for: the caret follows them.
    column = len(printable(text[: column - 1])) + 1
    text = printable(text)
    gutter = f"{line:>4} | "
    caret = " " * (len(gutter) + column - 1) + "^"
    return [_paint(gutter, _DIM, color) + text, _paint(caret, _RED, color)]


def _window(text: str, column: int) -> tuple[str, int]:
    """``text`` cut to about EXCERPT_WIDTH characters around ``column``, and the new column."""
    if len(text) <= EXCERPT_WIDTH:
        return text, column
    start = max(0, min(column - 1 - EXCERPT_WIDTH // 3, len(text) - EXCERPT_WIDTH))
    window = text[start : start + EXCERPT_WIDTH]
    head = "…" if start > 0 else ""
    tail = "…" if start + EXCERPT_WIDTH < len(text) else ""
    return head + window + tail, column - start + len(head)


def summary(report: RunReport) -> str:
    """``N errors, M warnings in K files`` or ``No problems in K files``."""
    files = len(report.files)
    errors = sum(d.severity is Severity.ERROR for d in report.diagnostics)
    warnings = len(report.diagnostics) - errors
    in_files = ngettext("{n} file", "{n} files", files).format(n=files)
    if not report.diagnostics:
        line = _("No problems in {files}").format(files=in_files)
    else:
        line = _("{errors}, {warnings} in {files}").format(
            errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
            warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
            files=in_files,
        )
    if report.skipped:
        line += " " + ngettext(
            "({n} YAML file skipped: not a plan; -v lists it)",
            "({n} YAML files skipped: not plans; -v lists them)",
            len(report.skipped),
        ).format(n=len(report.skipped))
    return line
