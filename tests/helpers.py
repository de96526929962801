"""Helpers shared by the tests: plans from snippets, rule runs, CLI runs."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from commplan.model.plan import Plan
from commplan.rules import RULES_BY_ID
from commplan.rules.base import CheckFn, Rule, RuleContext
from commplan.rules.engine import run_rules
from commplan.source.diagnostics import Diagnostic
from commplan.source.loader import load_text
from tests.conftest import EXAMPLES

BASE = """\
schema_version: 1
document: {issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG, issuer_level: so_nganh, symbol: KH-STTTT, place: Nam Định, title: Kế hoạch truyền thông}
period: năm 2022
"""
"""The top of every snippet plan; snippet line 1 is the line after it."""
BASE_LINES = BASE.count("\n")

MINIMAL_PLAN = """\
schema_version: 1
document:
  issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
  issuer_level: so_nganh
  symbol: KH-STTTT
  place: Nam Định
  title: Truyền thông chính sách năm 2022
period: năm 2022
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong, dedicated: true}
activities:
  - {id: a1, title: Họp báo định kỳ quý, type: hop_bao, owner: stttt, start: Quý II/2022, end: Quý II/2022}
"""
"""A whole plan with no finding and no budget: one unit, one activity."""
EXAMPLE = EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"
"""The example plan the command tests copy (render, export)."""


def example_plan(folder: Path) -> Path:
    """A copy of :data:`EXAMPLE` in ``folder`` (commands may write beside it)."""
    target = folder / "plan.yaml"
    target.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def one_line_error(result: Any, *words: str) -> None:
    """Exit 2 with one line ``commplan: …`` on stderr naming ``words``, and no traceback."""
    assert result.exit_code == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("commplan: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def plan_text(snippet: str, *, base: str = BASE) -> str:
    """A whole plan: ``base`` followed by the dedented snippet."""
    return base + textwrap.dedent(snippet).lstrip("\n")


def load_plan(snippet: str, *, base: str = BASE) -> tuple[Plan, Any]:
    """Load a snippet plan that must pass the schema; returns the plan and the position index."""
    loaded = load_text(plan_text(snippet, base=base), "t.yaml")
    assert loaded.ok, loaded.diagnostics
    return Plan.model_validate(loaded.data), loaded.index


def rule_diagnostics(
    snippet: str,
    rule: str | CheckFn,
    *,
    params: Mapping[str, Any] | None = None,
    profile: str | None = None,
    base: str = BASE,
) -> list[Diagnostic]:
    """Run one rule (by id, or a check function not yet registered) on a snippet plan."""
    plan, index = load_plan(snippet, base=base)
    if isinstance(rule, str):
        entry = RULES_BY_ID[rule]
    else:
        from commplan.source.diagnostics import Severity

        entry = Rule("TEST", Severity.WARNING, "test", rule)
    ctx = RuleContext(params or {}, profile)
    return run_rules(plan, [(entry, entry.severity, ctx)], index=index, file="t.yaml")


def positions(
    snippet: str,
    rule: str | CheckFn,
    *,
    params: Mapping[str, Any] | None = None,
    profile: str | None = None,
) -> list[tuple[int, int]]:
    """(line, column) of each finding, lines counted from the snippet's first line."""
    found = rule_diagnostics(snippet, rule, params=params, profile=profile)
    return sorted((d.line - BASE_LINES, d.column or 0) for d in found)
