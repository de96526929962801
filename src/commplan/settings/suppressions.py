"""Inline suppressions in YAML comments, and SUP-001 for the ones that suppress nothing.

``# commplan: ignore[DATE-008]`` on the line of a finding, or ``# commplan: ignore[A, B]``;
``# commplan: ignore-file[DATE-008]`` on any line for the whole file. SYNTAX and SCHEMA cannot
be suppressed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commplan.i18n import _
from commplan.source.diagnostics import Diagnostic, Severity

UNSUPPRESSIBLE = frozenset({"SYNTAX", "SCHEMA", "DOCX-001"})
# A YAML comment starts at a '#' preceded by white space or at the start of a line.
_COMMENT = re.compile(r"(?:^|\s)#\s*commplan:\s*(ignore|ignore-file)\[([^\]]*)\]")


@dataclass(slots=True)
class Suppression:
    """One rule id in a suppression comment, where it stands, and whether it was used."""

    rule: str
    line: int
    column: int
    whole_file: bool
    used: bool = field(default=False)


def parse(text: str) -> list[Suppression]:
    """Every rule id named in a suppression comment of ``text``."""
    found: list[Suppression] = []
    if "commplan:" not in text:
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _COMMENT.finditer(line):
            whole_file = match.group(1) == "ignore-file"
            start = match.start(2)
            found.extend(
                Suppression(part.group().upper(), number, start + part.start() + 1, whole_file)
                for part in re.finditer(r"[^,\s]+", match.group(2))
            )
    return found


def apply(
    diagnostics: list[Diagnostic],
    suppressions: list[Suppression],
    *,
    file: str,
    report_unused: bool,
) -> list[Diagnostic]:
    """Drop suppressed findings; add SUP-001 for each suppression that matched nothing."""
    kept = [d for d in diagnostics if not _suppressed(d, suppressions)]
    if report_unused:
        kept.extend(_unused(s, file) for s in suppressions if not s.used)
    return kept


def _suppressed(d: Diagnostic, suppressions: list[Suppression]) -> bool:
    if d.rule in UNSUPPRESSIBLE:
        return False
    hit = False
    for s in suppressions:
        if s.rule == d.rule and (s.whole_file or s.line == d.line):
            s.used = hit = True
    return hit


def _unused(s: Suppression, file: str) -> Diagnostic:
    if s.rule in UNSUPPRESSIBLE:
        message = _("{rule} findings cannot be suppressed").format(rule=s.rule)
        hint = _("fix the file instead, then remove this suppression")
    else:
        message = _("the suppression of {rule} suppresses nothing").format(rule=s.rule)
        hint = _("remove it, or check the rule id and that it is on the line of the finding")
    return Diagnostic(file, s.line, s.column, "SUP-001", Severity.WARNING, message, hint)
