"""The rule catalogue as people read it: ``commplan rules`` and ``--explain``."""

from __future__ import annotations

from collections.abc import Sequence

from commplan.errors import UsageError
from commplan.i18n import _
from commplan.model.profile_ids import shipped_profile_ids
from commplan.rules import ALL_RULES, RULES_BY_ID
from commplan.rules.base import Rule
from commplan.settings.profiles import shipped_profile


def _profiles_of(rule: Rule) -> str:
    if rule in _audit_rules():
        return "-"
    ids = [p for p in shipped_profile_ids() if rule.id in shipped_profile(p).rules]
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
    document = _group(_("Document rules (commplan audit)"), _audit_rules(), with_profiles=False)
    return "\n".join([*plan, "", *document])


def explain_rule(rule_id: str) -> str:
    """The documentation of one rule, with its examples.

    Raises:
        UsageError: no rule has that id.
    """
    wanted = rule_id.upper()
    rule = RULES_BY_ID.get(wanted) or next((r for r in _audit_rules() if r.id == wanted), None)
    if rule is None:
        raise UsageError(_("unknown rule '{id}'; 'commplan rules' lists them").format(id=rule_id))
    header = f"{rule.id} ({rule.severity}; {_('profiles')}: {_profiles_of(rule)})"
    return f"{header}\n\n{rule.doc}"


def _audit_rules() -> tuple[Rule, ...]:
    from commplan.audit import AUDIT_RULES  # its own registry, loaded only for listings

    return tuple(AUDIT_RULES)
