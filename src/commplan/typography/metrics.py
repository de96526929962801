"""How long a line of Times New Roman text is, in twips; shared by ``render`` and ``audit``.

ND30 §13 wants the rule under the Tiêu ngữ as long as the text line, and the rules under the
agency name and the trích yếu 1/3 to 1/2 of it. Word has no "as long as the text" rule, so the
renderer sizes rules from the font's advance widths (``fontmetrics_data``, from Liberation
Serif, metric-compatible with Times New Roman), and the auditor checks them the same way.
Kerning is ignored: it changes a line by well under a millimetre.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Final

from commplan.typography import tnr_widths

TWIPS_PER_POINT: Final = 20
_FALLBACK: Final = "n"
"""A character the table lacks counts as wide as "n", an average lower-case letter."""


@cache
def _table(bold: bool) -> dict[str, int]:
    widths = tnr_widths.BOLD if bold else tnr_widths.REGULAR
    return dict(zip(tnr_widths.CHARS, widths, strict=True))


@cache
def _char_units(char: str, bold: bool) -> int:
    table = _table(bold)
    if char in table:
        return table[char]
    # Tone marks sit above or below their letter and add no width ("ế" is as wide as "ê").
    decomposed = unicodedata.normalize("NFD", char)
    with_shape = unicodedata.normalize("NFC", decomposed[:2])
    if with_shape in table:
        return table[with_shape]
    return table.get(decomposed[0], table[_FALLBACK])


def text_width(text: str, size_pt: float, *, bold: bool = False) -> int:
    """Width of ``text`` on one line, in twips (1/20 pt).

    Args:
        text: The text as it will be printed.
        size_pt: The font size in points.
        bold: True for the bold face.

    Returns:
        The sum of the characters' advance widths at that size, rounded to a twip.
    """
    units = sum(_char_units(c, bold) for c in unicodedata.normalize("NFC", text))
    return round(units * size_pt * TWIPS_PER_POINT / tnr_widths.UNITS_PER_EM)
