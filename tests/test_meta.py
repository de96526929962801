"""The catalogue, the tests, the CLI and the docs stay in step."""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Callable
from typing import Any

import pytest

import commplan.rules
from commplan.rules import ALL_RULES
from tests.conftest import ROOT

TESTS = ROOT / "tests"
Cli = Callable[..., Any]


def _test_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in TESTS.rglob("*.py")) + "\n".join(
        p.read_text(encoding="utf-8") for p in (TESTS / "cases").rglob("*.yaml")
    )


def test_rule_ids_are_unique_and_upper_case() -> None:
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Z]+(-\d{3})?", i) for i in ids)


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.check], ids=lambda r: r.id)
def test_every_check_documents_a_passing_and_a_failing_example(rule: Any) -> None:
    assert rule.id in rule.doc.split("\n")[0]
    assert "Passes::" in rule.doc and "Fails::" in rule.doc


def test_every_rule_is_tested() -> None:
    text = _test_text()
    untested = [
        r.id
        for r in ALL_RULES
        if f'"{r.id}"' not in text
        and f" {r.id} " not in text
        and r.check
        and r.check.__name__ not in text
    ]
    assert untested == []


def test_every_rule_module_is_registered() -> None:
    registered = {r.check.__module__ for r in ALL_RULES if r.check}
    helpers = {
        "base",
        "engine",
        "document_set",
        "schedule",
        "explanations",
        "registry",
        "execution",
    }
    modules = {
        f"commplan.rules.{m.name}"
        for m in pkgutil.iter_modules(commplan.rules.__path__)
        if m.name not in helpers
    }
    assert modules == registered


@pytest.mark.parametrize(
    "command",
    [
        "validate",
        "schema",
        "rules",
        "new",
        "render",
        "report",
        "audit",
        "template",
        "summary",
        "import",
    ],
)
def test_every_command_has_help_and_is_in_the_readme(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    assert f"commplan {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_rules_listing_and_explain(cli: Cli) -> None:
    listing = cli("rules").stdout
    assert all(r.id in listing for r in ALL_RULES)
    explained = cli("rules", "--explain", "bud-001")
    assert explained.exit_code == 0 and "\nFails\n" in explained.stdout
    assert "::" not in explained.stdout and "``" not in explained.stdout
    unknown = cli("rules", "--explain", "NOPE-1")
    assert unknown.exit_code == 2 and "unknown rule" in unknown.stderr
