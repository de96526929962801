"""DOC-004: a ``decision:`` block on a plan issued directly is reported, not silently dropped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
EXAMPLE = EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"
ANCHOR = "  symbol: KH-UBND\n"
DECISION = "  decision:\n    authority: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n"


def _plan(folder: Path, form: str = "") -> Path:
    """The Nam Định Kế hoạch with a ``decision:`` block under its symbol (line 12)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count(ANCHOR) == 1
    target = folder / "plan.yaml"
    target.write_text(text.replace(ANCHOR, ANCHOR + form + DECISION), encoding="utf-8")
    return target


def _doc_004(cli: Cli, *args: str) -> list[dict[str, Any]]:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0  # a warning: the plan stays valid
    return [r for r in json.loads(result.stdout) if r["rule"] == "DOC-004"]


def test_decision_on_a_ke_hoach_is_a_warning_at_its_key(cli: Cli, tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    found = _doc_004(cli, "validate", str(plan))
    assert [(r["severity"], r["line"], r["column"]) for r in found] == [("warning", 12, 3)]
    assert "form: ke_hoach" in found[0]["message"]
    assert "remove 'decision:'" in found[0]["hint"] and "form: quyet_dinh" in found[0]["hint"]


def test_the_finding_is_vietnamese_by_default(cli: Cli, tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    found = _doc_004(cli, "--lang", "vi", "validate", str(plan))
    assert "bị bỏ qua" in found[0]["message"]
    assert found[0]["hint"].startswith("xóa 'decision:'")


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_shipped_example_is_reported(cli: Cli, example: Path) -> None:
    assert _doc_004(cli, "validate", str(example)) == []


def test_explain_gives_the_fix(cli: Cli) -> None:
    result = cli("rules", "--explain", "DOC-004")
    assert result.exit_code == 0
    assert "form: quyet_dinh" in result.stdout
