r"""Agency names in the header block, broken into lines the way offices break them.

PUBLISHED-PLANS.md §2: a People's Committee always writes "ỦY BAN NHÂN DÂN" on its own line
with its place under it ("TỈNH BÀ RỊA - VŨNG TÀU"); a name too long for the header column
breaks before its "VÀ …" ("BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN") or before its place
("SỞ TƯ PHÁP" / "TỈNH NAM ĐỊNH"), never inside a place name. Left to Word, the column wraps at
the last word that fits ("ỦY BAN NHÂN DÂN TỈNH BÀ" / "RỊA - VŨNG TÀU"). A ``\n`` the officer
writes forces the break and wins over all of this.
"""

from __future__ import annotations

import re
from typing import Final

from commplan.typography.metrics import text_width

COLUMN: Final = 3412
"""Text width of the agency column of the built-in template, in twips (64 mm less margins)."""
WIDEST: Final = 3900
"""The most the column can hold once widened beside a 12 pt Quốc hiệu (see header_fit)."""
SIZE: Final = 13
SMALLEST: Final = 12
"""ND30 H4-H5: agency names are 12-13 pt; a long name's lines may use 12 pt to fit."""
COMMITTEE: Final = re.compile(r"^(Ủ|U)[YỶ] BAN NHÂN DÂN (?=\S)", re.IGNORECASE)
PLACE_WORDS: Final = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN")


def _fits(line: str, bold: bool, size: float = SIZE, room: int = COLUMN) -> bool:
    return text_width(line, size, bold=bold) <= room


def _split_before(words: list[str], starts: tuple[str, ...], bold: bool) -> str | None:
    """Break before the last word run in ``starts`` that leaves two lines that fit."""
    for i in range(len(words) - 1, 0, -1):
        rest = " ".join(words[i:])
        if any(rest == s or rest.startswith(s + " ") for s in starts):
            head = " ".join(words[:i])
            if all(_fits(line, bold, SMALLEST, WIDEST) for line in (head, rest)):
                return f"{head}\n{rest}"
    return None


def agency_lines(name: str, *, bold: bool = True) -> str:
    r"""The name with ``\n`` where the header breaks it (one line when it fits)."""
    if "\n" in name:
        return "\n".join(" ".join(line.split()) for line in name.splitlines() if line.strip())
    text = " ".join(name.split())
    committee = COMMITTEE.match(text)
    if committee:
        return f"{committee.group().strip()}\n{text[committee.end() :]}"
    if _fits(text, bold):
        return text
    words = text.split(" ")
    return (
        _split_before(words, ("VÀ",), bold)
        or _split_before(words, PLACE_WORDS, bold)
        or text  # no conventional break fits: the column wraps it
    )
