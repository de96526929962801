"""Comparing Vietnamese text the way ND30.md §0 asks: NFC, and either tone placement.

The decree itself writes "CỘNG HÒA" in its rules and "CỘNG HOÀ" in an example, and both the
"old" (hoà, uỷ) and "new" (hòa, ủy) placements are in everyday use. :func:`tone_key` moves the
tone mark of each word to its end, so both placements give the same key while a different
tone ("HÓA") does not.
"""

from __future__ import annotations

import re
import unicodedata

# The five Vietnamese tone marks as combining characters: grave, acute, tilde, hook, dot below.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def _word_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(c for c in decomposed if c in TONE_MARKS)
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", bare) + tones


def tone_key(text: str) -> str:
    """A key equal for both tone placements; whitespace runs become one space, ends trimmed."""
    return " ".join(_word_key(w) for w in _SPACES.split(text.strip()) if w)


def canon(text: str) -> str:
    """:func:`tone_key` of the case-folded text: for finding an element whatever its case."""
    return tone_key(nfc(text).casefold())


def strip_tones(ch: str) -> str:
    """A character without its tone mark ("Ế" gives "Ê"), for looking up its width."""
    decomposed = unicodedata.normalize("NFD", ch)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


def is_upper(text: str) -> bool:
    """True when every letter of ``text`` is a capital (and there is at least one letter)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c == c.upper() for c in letters)


def excerpt(text: str, limit: int = 40) -> str:
    """The first ``limit`` characters of a paragraph, on one line, with "…" when cut."""
    flat = _SPACES.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
