"""A People's Committee's header names no superior body, even when ``parent_agency`` is set.

PUBLISHED-PLANS.md §2 and PLAN-MODEL.md ("The header"): a UBND at any level writes only
"ỦY BAN NHÂN DÂN" / its place; a department (Sở) writes its parent (ND30 ô 1, not bold) above it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from tests.render.helpers import EXAMPLE_FILES, font
from tests.summary.builder import Compact, compact_plan

Cli = Callable[..., Any]


def _example(stem: str) -> str:
    return next(p for p in EXAMPLE_FILES if p.stem == stem).read_text(encoding="utf-8")


def _with_parent(text: str, parent: str) -> str:
    head, issuer, tail = text.partition("\n  issuer: ")
    assert issuer, "the example names its issuer"
    return f"{head}\n  parent_agency: {parent}{issuer}{tail}"


def _agency_lines(cli: Cli, text: str, tmp_path: Path) -> list[Any]:
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "plan.docx"
    result = cli("render", str(plan), "-o", str(out))
    assert result.exit_code == 0, result.stdout + result.stderr
    left = Document(str(out)).tables[0].rows[0].cells[0]
    return [p for p in left.paragraphs if p.text]


@pytest.mark.parametrize(
    ("stem", "parent", "issuer"),
    [
        ("ke-hoach-ubnd-tinh-2022", "BAN CHỈ ĐẠO TỈNH NAM ĐỊNH", "TỈNH NAM ĐỊNH"),
        ("ke-hoach-phuong-2025", "UBND QUẬN HÀ ĐÔNG", "PHƯỜNG HÀ ĐÔNG"),
    ],
)
def test_a_committee_writes_only_its_own_name(
    cli: Cli, tmp_path: Path, stem: str, parent: str, issuer: str
) -> None:
    lines = _agency_lines(cli, _with_parent(_example(stem), parent), tmp_path)
    assert [p.text for p in lines] == [f"ỦY BAN NHÂN DÂN\n{issuer}"]
    assert parent not in "".join(p.text for p in lines)


def test_a_department_still_writes_its_parent_above_it(cli: Cli, tmp_path: Path) -> None:
    spec = Compact("SỞ TƯ PHÁP", level="so_nganh", parent="UBND TỈNH NAM ĐỊNH")
    text = compact_plan(spec).replace("symbol: KH-UBND", "symbol: KH-STP")
    lines = _agency_lines(cli, text, tmp_path)
    assert [p.text for p in lines] == ["UBND TỈNH NAM ĐỊNH", "SỞ TƯ PHÁP"]
    assert not font(lines[0], "bold") and font(lines[1], "bold")
