"""The rule catalogue: an explicit registry, in the order of RULES.md."""

from __future__ import annotations

from typing import Final

from commplan.diagnostics import Severity
from commplan.rules import refs
from commplan.rules.base import Finding, Rule, RuleContext

E, W = Severity.ERROR, Severity.WARNING

INPUT_RULES: Final = (
    Rule(
        "SYNTAX",
        E,
        "the file is not valid YAML, not decodable text, too large, too deep, or an alias bomb",
    ),
    Rule("YAML-001", E, "duplicate key in a mapping"),
    Rule(
        "YAML-002",
        W,
        "a YAML 1.1 boolean word (yes, no, on, off, y, n) used as a value is read as text",
    ),
    Rule(
        "SCHEMA", E, "missing or unknown field, wrong type, unknown code, float money or bad date"
    ),
    Rule("TEXT-001", W, "text was not in Unicode NFC (it is normalised)"),
    Rule("TEXT-002", W, "text looks like legacy TCVN3/VNI encoding"),
)
"""Rules the loader and the schema report; they cannot be suppressed or turned off."""

ALL_RULES: Final[tuple[Rule, ...]] = (
    *INPUT_RULES,
    Rule("TEXT-003", W, "a legal_bases item starts with 'Căn cứ'", refs.check_legal_basis_prefix),
    Rule("REF-001", E, "duplicate id within a collection", refs.check_duplicate_ids),
    Rule("REF-002", E, "a reference to a unit that does not exist", refs.check_unit_references),
    Rule(
        "REF-003",
        E,
        "a reference to a missing activity, phase, source, staff member, …",
        refs.check_other_references,
    ),
    Rule(
        "REF-004", W, "an audience, message, objective or unit that nothing uses", refs.check_unused
    ),
)

RULES_BY_ID: Final = {rule.id: rule for rule in ALL_RULES}

__all__ = ["ALL_RULES", "RULES_BY_ID", "Finding", "Rule", "RuleContext"]
