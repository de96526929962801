"""Text cells of a CSV file that a spreadsheet would run as formulas, made harmless.

Excel and LibreOffice Calc run a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (or with
a tab or carriage return before one) as a formula: a plan's text such as
``=HYPERLINK("http://…")`` would become a live link or worse on the finance office's machine.
As OWASP recommends ("CSV Injection"), such a text cell gets a leading single quote. Numbers are
not text and are never touched, so a negative amount stays a number.
"""

from __future__ import annotations

from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
