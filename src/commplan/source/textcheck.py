"""Text hygiene: Unicode NFC, legacy encodings (TCVN3, VNI) read as Latin-1, direction marks."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

BIDI_CONTROLS: Final = frozenset(
    (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
"""Marks that reorder text on screen (U+202E and its kin): a line can read unlike what it holds."""
_BIDI = re.compile("[" + "".join(chr(c) for c in sorted(BIDI_CONTROLS)) + "]")

# Latin-1 characters that Vietnamese never uses but that TCVN3 (ABC) and VNI text shows when it
# is read as Windows-1252: "Bé Th«ng tin" (TCVN3), "Boä Thoâng tin" (VNI).
_LEGACY_MARKS = re.compile("[«»¸µ¶·¹¨©®¬¦§¤¥¢£¡¿¼½¾±²³ºª¯´ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ]")
# Letters only Vietnamese uses; real Vietnamese text almost always has one of them.
_VIETNAMESE = re.compile("[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")


def is_nfc(text: str) -> bool:
    """True when ``text`` is already in Unicode NFC."""
    return unicodedata.is_normalized("NFC", text)


def nfc(text: str) -> str:
    """``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def looks_legacy(text: str) -> bool:
    """True when ``text`` looks like TCVN3 or VNI bytes decoded as Latin-1."""
    if text.isascii() or not _LEGACY_MARKS.search(text):
        return False
    return not _VIETNAMESE.search(text)


def first_bidi_control(text: str) -> str | None:
    """The first direction mark in ``text``, if any."""
    match = _BIDI.search(text)
    return match.group() if match else None
