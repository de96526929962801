"""The plan rules: one module per family, the catalogue in ``registry``, shared ``schedule``.

``ALL_RULES``, ``RULES_BY_ID`` and the rest are imported from here, but the families (and the
plan model under them) load only when one of those names is first used: ``audit`` and the
reporters need ``Rule`` from ``base`` without paying for the model of a plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commplan.rules.base import Finding, Rule, RuleContext
    from commplan.rules.registry import ALL_RULES, INPUT_RULES, RULES_BY_ID, RUN_RULES

_FROM = {
    "ALL_RULES": "registry",
    "INPUT_RULES": "registry",
    "RULES_BY_ID": "registry",
    "RUN_RULES": "registry",
    "Finding": "base",
    "Rule": "base",
    "RuleContext": "base",
}

__all__ = ["ALL_RULES", "INPUT_RULES", "RULES_BY_ID", "RUN_RULES", "Finding", "Rule", "RuleContext"]


def __getattr__(name: str) -> object:
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)
