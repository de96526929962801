"""The rule catalogue: an explicit registry, in the order of RULES.md.

Each family's module ends with a ``RULES`` tuple; this module lists the families. Rules with
``check=None`` are reported elsewhere: by the loader and the schema (input rules), across the
files of a run (DOC-003) or by the suppression pass (SUP-001).
"""

from __future__ import annotations

from typing import Final

from commplan.rules import (
    budget,
    categories,
    crisis,
    dates,
    dependencies,
    document,
    organisation,
    placeholders,
    process,
    refs,
    report,
    reporting,
    staffing,
    workdays,
)
from commplan.rules.base import Rule
from commplan.source.diagnostics import Severity

E, W = Severity.ERROR, Severity.WARNING

INPUT_RULES: Final = (
    Rule("SYNTAX", E, "not valid YAML, not decodable text, too large, too deep, or an alias bomb"),
    Rule("YAML-001", E, "duplicate key in a mapping"),
    Rule("YAML-002", W, "a YAML 1.1 boolean word (yes, no, on, off, y, n) is read as text"),
    Rule("SCHEMA", E, "missing or unknown field, wrong type, unknown code, float money, bad date"),
    Rule("TEXT-001", W, "text was not in Unicode NFC (it is normalised)"),
    Rule("TEXT-002", W, "text looks like legacy TCVN3/VNI encoding"),
    Rule("TEXT-005", W, "a text holds an invisible direction mark (U+202E …)"),
    Rule("DOCX-001", E, "a .docx that carries no plan (not rendered by commplan render)"),
    Rule("DOCX-002", W, "a rendered .docx whose body was edited after rendering"),
)
"""Reported by the loader and the schema; SYNTAX and SCHEMA cannot be ignored or suppressed."""

RUN_RULES: Final = (
    Rule("DOC-003", E, "two plans of one run share number, symbol and year"),
    Rule("SUP-001", W, "a suppression comment that suppresses nothing"),
)

ALL_RULES: Final[tuple[Rule, ...]] = (
    *INPUT_RULES,
    *refs.RULES,
    *placeholders.RULES,
    # The date family lives in three modules; the catalogue lists it by number.
    *sorted((*dates.RULES, *dependencies.RULES, *workdays.RULES), key=lambda r: r.id),
    *budget.RULES,
    *sorted((*organisation.RULES, *staffing.RULES), key=lambda r: r.id),
    *process.RULES,
    *categories.RULES,
    *reporting.RULES,
    *report.RULES,
    *crisis.RULES,
    *document.RULES,
    *RUN_RULES,
)

RULES_BY_ID: Final = {rule.id: rule for rule in ALL_RULES}
