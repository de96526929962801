"""Text widths match ND30.md's measurements, and the generated table matches its source."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from commplan.audit.metrics import TWIPS_PER_MM, text_width
from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "gen_tnr_widths.py"


@pytest.mark.parametrize(
    ("text", "half_points", "mm"),
    [
        ("Độc lập - Tự do - Hạnh phúc", 26, 56),
        ("Độc lập - Tự do - Hạnh phúc", 28, 60),
        ("KẾ HOẠCH", 28, 27),
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", 26, 81),
    ],
)
def test_bold_widths_match_nd30(text: str, half_points: int, mm: float) -> None:
    assert text_width(text, half_points, bold=True) / TWIPS_PER_MM == pytest.approx(mm, abs=1)


def test_the_width_table_is_what_the_script_generates() -> None:
    spec = importlib.util.spec_from_file_location("gen_tnr_widths", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The table comes from Liberation Serif 2.x; the old 1.07 (fonts-liberation) has other
    # widths because it lacks the Vietnamese letters, so comparing with it proves nothing.
    if module.find_font("LiberationSerif-Regular.ttf") is None:
        pytest.skip("Liberation Serif 2.x is not installed (apt-get install fonts-liberation2)")
    target = Path(module.TARGET)
    assert target.read_text(encoding="utf-8") == module.generate()
