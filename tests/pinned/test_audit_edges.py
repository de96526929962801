"""Audit boundaries on both sides, with ND30.md's numbers written here, not taken from the code.

ND30 P3: margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, i.e. in twips
top/bottom ∈ [1134, 1417], left ∈ [1701, 1984], right ∈ [850, 1134], with ±2 twips of rounding.
H1: the Quốc hiệu is upright and bold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml.ns import qn

from tests.audit.builder import build_plan
from tests.audit.mutate import audit, error_ids, find, set_run_prop

RANGES = {"top": (1134, 1417), "bottom": (1134, 1417), "left": (1701, 1984), "right": (850, 1134)}
CASES = [
    pytest.param(side, value, ok, id=f"{side}-{value}")
    for side, (low, high) in RANGES.items()
    for value, ok in ((low, True), (high, True), (low - 3, False), (high + 3, False))
] + [pytest.param("right", 1417, False, id="right-25mm")]


@pytest.mark.parametrize(("side", "twips", "ok"), CASES)
def test_margins_are_checked_on_both_sides(tmp_path: Path, side: str, twips: int, ok: bool) -> None:
    doc = build_plan()
    doc.sections[0]._sectPr.find(qn("w:pgMar")).set(qn(f"w:{side}"), str(twips))
    assert error_ids(audit(doc, tmp_path)) == (set() if ok else {"P3"})


def test_an_italic_quoc_hieu_is_refused(tmp_path: Path) -> None:
    doc = build_plan()
    set_run_prop(find(doc, "CỘNG HÒA"), "i")
    assert error_ids(audit(doc, tmp_path)) == {"H1"}
