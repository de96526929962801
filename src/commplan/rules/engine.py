"""Running the enabled rules over a plan and turning findings into located diagnostics."""

from __future__ import annotations

from collections.abc import Iterable

from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.positions import PositionIndex


def run_rules(
    plan: Plan,
    rules: Iterable[tuple[Rule, Severity, RuleContext]],
    *,
    index: PositionIndex,
    file: str,
) -> list[Diagnostic]:
    """Run each (rule, severity, context) and locate what it finds."""
    found: list[Diagnostic] = []
    for rule, severity, ctx in rules:
        if rule.check is None:
            continue
        found.extend(locate(f, rule.id, severity, index, file) for f in rule.check(plan, ctx))
    return found


def locate(
    finding: Finding, rule: str, severity: Severity, index: PositionIndex, file: str
) -> Diagnostic:
    """The diagnostic of ``finding``, at the position its path and anchor name."""
    if finding.at == "key":
        span = index.key(finding.path)
    elif finding.at == "container":
        span = index.container(finding.path)
    else:
        span = index.value(finding.path)
    return Diagnostic.at(
        span, file=file, rule=rule, severity=severity, message=finding.message, hint=finding.hint
    )
