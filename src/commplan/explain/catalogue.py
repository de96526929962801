"""The rule catalogue as people read it: ``commplan rules``, ``--explain`` and ``--format json``."""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from typing import Any

from commplan.errors import UsageError
from commplan.i18n import _
from commplan.model.profile_ids import shipped_profile_ids
from commplan.rules import ALL_RULES, RULES_BY_ID
from commplan.rules.base import Rule
from commplan.rules.explanations import as_text, explain, sentence
from commplan.settings.profiles import shipped_profile


def _profile_ids(rule: Rule) -> list[str]:
    return [p for p in shipped_profile_ids() if rule.id in shipped_profile(p).rules]


def _profiles_of(rule: Rule) -> str:
    if rule in audit_rules():
        return "-"
    ids = _profile_ids(rule)
    if rule.profile_driven:
        return ", ".join(ids) or "-"
    return ", ".join([_("always"), *ids])


def _group(title: str, rules: Sequence[Rule], with_profiles: bool) -> list[str]:
    lines = [title]
    for rule in rules:
        profiles = f"{_profiles_of(rule):<38} " if with_profiles else ""
        lines.append(f"  {rule.id:<10} {rule.severity:<8} {profiles}{_(rule.summary)}")
    return lines


def listing() -> str:
    """Every rule: id, default severity, the profiles that use it, and one line."""
    plan = _group(_("Plan rules (commplan validate)"), ALL_RULES, with_profiles=True)
    document = _group(_("Document rules (commplan audit)"), audit_rules(), with_profiles=False)
    return "\n".join([*plan, "", *document])


def find_rule(rule_id: str) -> Rule:
    """The plan rule or audit check with that id (any case).

    Raises:
        UsageError: no rule has that id.
    """
    wanted = rule_id.upper()
    rule = RULES_BY_ID.get(wanted) or next((r for r in audit_rules() if r.id == wanted), None)
    if rule is None:
        message = _("unknown rule '{id}'; 'commplan rules' lists them").format(id=rule_id)
        ids = [r.id for r in (*ALL_RULES, *audit_rules())]
        close = difflib.get_close_matches(wanted, ids, n=1, cutoff=0.6)
        if close:
            message += "; " + _("did you mean '{id}'?").format(id=close[0])
        raise UsageError(message)
    return rule


def explain_rule(rule_id: str) -> str:
    """What one rule checks, why, how to fix it, a passing and a failing example, as text.

    Raises:
        UsageError: no rule has that id.
    """
    rule = find_rule(rule_id)
    where = "commplan audit"
    if rule not in audit_rules():
        where = f"{_('profiles')}: {_profiles_of(rule)}"
    return as_text(explain(rule), where)


def as_json() -> str:
    """The whole catalogue for other tools: ids, severities, profiles and the explanations."""
    return json.dumps(
        [_record(r) for r in (*ALL_RULES, *audit_rules())], ensure_ascii=False, indent=2
    )


def _record(rule: Rule) -> dict[str, Any]:
    item = explain(rule)
    audit = rule in audit_rules()
    return {
        "id": rule.id,
        "command": "audit" if audit else "validate",
        "family": rule.family,
        "severity": str(rule.severity),
        "always_on": not audit and not rule.profile_driven,
        "profiles": [] if audit else _profile_ids(rule),
        "summary": sentence(_(rule.summary)),
        "checks": item.checks,
        "why": item.why,
        "fix": item.fix,
        "passes": item.passes or None,
        "fails": item.fails or None,
    }


def audit_rules() -> tuple[Rule, ...]:
    """The audit checks' catalogue entries."""
    from commplan.audit import AUDIT_RULES  # its own registry, loaded only for listings

    return tuple(AUDIT_RULES)
