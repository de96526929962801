"""How wide a line of Times New Roman text is, for the length of the rules under titles."""

from __future__ import annotations

from commplan.audit import metrics_data
from commplan.audit.normalize import strip_tones

_REGULAR = dict(zip(metrics_data.CHARS, metrics_data.REGULAR, strict=True))
_BOLD = dict(zip(metrics_data.CHARS, metrics_data.BOLD, strict=True))
# Characters outside the table (rare in headings) count as a capital letter's width.
_FALLBACK = 1400

TWIPS_PER_MM = 1440 / 25.4
EMU_PER_TWIP = 635


def text_width(text: str, half_points: int, *, bold: bool) -> int:
    """The advance width of ``text`` set in Times New Roman, in twips.

    Args:
        text: One line of text (tone marks do not change a letter's width).
        half_points: The font size as ``w:sz`` gives it (28 for 14 pt).
        bold: Whether the bold face is used.
    """
    table = _BOLD if bold else _REGULAR
    units = sum(table.get(strip_tones(ch), _FALLBACK) for ch in text)
    # twips = units / em * points * 20, and points = half_points / 2.
    return round(units * half_points * 10 / metrics_data.UNITS_PER_EM)


def mm(twips: float) -> str:
    """Twips as millimetres for messages: ``"25.0 mm"``."""
    return f"{twips / TWIPS_PER_MM:.1f} mm"
