"""Lengths for audit messages: text widths (in ``w:sz`` half-points) and millimetres."""

from __future__ import annotations

from commplan.typography import metrics

TWIPS_PER_MM = 1440 / 25.4
EMU_PER_TWIP = 635


def text_width(text: str, half_points: int, *, bold: bool) -> int:
    """The advance width of ``text`` in Times New Roman at ``w:sz`` ``half_points``, in twips."""
    return metrics.text_width(text, half_points / 2, bold=bold)


def mm(twips: float) -> str:
    """Twips as millimetres for messages: ``"25.0 mm"``."""
    return f"{twips / TWIPS_PER_MM:.1f} mm"
