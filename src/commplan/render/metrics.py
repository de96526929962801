"""How long a line of Times New Roman text is, for sizing rules to the text above them.

ND30 §13 wants the rule under the Tiêu ngữ as long as the text line, and the rules under the
agency name and the trích yếu 1/3 to 1/2 of it. Word has no "as long as the text" rule, so the
renderer measures the text with the font's advance widths (``metrics_data``) and sets the
paragraph indents. Kerning is ignored: it changes a line by well under a millimetre.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Final

from commplan.render import metrics_data

TWIPS_PER_POINT: Final = 20
# A character the table lacks is counted as wide as "n": an average lower-case letter.
_FALLBACK: Final = "n"


@cache
def _table(bold: bool) -> dict[str, int]:
    raw = metrics_data.BOLD if bold else metrics_data.REGULAR
    return dict(zip(metrics_data.CHARS, (int(v) for v in raw.split()), strict=True))


def _char_units(char: str, table: dict[str, int]) -> int:
    if char in table:
        return table[char]
    # Tone marks sit above or below their base letter and add no width ("ế" is as wide as "e").
    base = unicodedata.normalize("NFD", char)[0]
    horned = unicodedata.normalize("NFC", unicodedata.normalize("NFD", char)[:2])
    if horned in table:
        return table[horned]
    return table.get(base, table[_FALLBACK])


def text_width(text: str, size_pt: float, *, bold: bool = False) -> int:
    """Width of ``text`` on one line, in twips (1/20 pt).

    Args:
        text: The text as it will be printed.
        size_pt: The font size in points.
        bold: True for the bold face.

    Returns:
        The sum of the characters' advance widths at that size, rounded to a twip.
    """
    table = _table(bold)
    units = sum(_char_units(c, table) for c in unicodedata.normalize("NFC", text))
    return round(units * size_pt * TWIPS_PER_POINT / metrics_data.UNITS_PER_EM)
