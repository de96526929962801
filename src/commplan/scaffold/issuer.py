"""The issuing agency typed by the officer, and the forms of its name a plan needs.

One answer (``--issuer``) feeds several places: the upper-case header of the document, the
agency's name in running text, the document symbol (``KH-UBND``, ``KH-BTP``) and the place
name. Officers type names in any case, so the forms are derived here: upper case is always
exact; normal case is recovered from an all-capitals answer by the usual Vietnamese rules
(a province's name in title case, a ministry's name capitalised at each of its parts).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from commplan.i18n import _
from commplan.scaffold.choices import Refused

# Names are placed into YAML text, so only characters that cannot start YAML syntax inside a
# line are accepted; real agency names need nothing more.
_ALLOWED = re.compile(r"[^\W_][\w ,.'()&/\[\]–-]*")
_COUNCIL = ("ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ")
_LOCALITY = ("tỉnh ", "thành phố ", "tp. ", "tp ")
_COMMUNE_LEVELS = ("phường", "xã", "thị trấn", "đặc khu")
_CENTRAL_CITIES = frozenset({"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"})
_PART_SEPARATORS = re.compile(r"( và | - | – |, )")


@dataclass(frozen=True, slots=True)
class Issuer:
    """The forms of the issuing agency's name used in a plan.

    Attributes:
        name: Normal case, for running text: ``Ủy ban nhân dân tỉnh Nam Định``, ``Bộ Tư pháp``.
        upper: The document header (``document.issuer``): ``ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH``.
        symbol: ``document.symbol``: ``KH-UBND``, ``KH-BTP``.
        place: ``document.place`` (địa danh): the province's name, or ``Hà Nội`` for a ministry.
        level: For a province, ``tỉnh`` or ``thành phố``; empty for a ministry.
        locality: For a province, its name without the level: ``Nam Định``.
    """

    name: str
    upper: str
    symbol: str
    place: str
    level: str = ""
    locality: str = ""


def clean(text: str) -> str:
    """NFC, single spaces, no surrounding spaces.

    Raises:
        Refused: empty, or a character that has no place in a name.
    """
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if not cleaned:
        raise Refused(_("the name is empty"))
    if not _ALLOWED.fullmatch(cleaned):
        raise Refused(
            _(
                "'{text}' cannot be used as a name: start with a letter and use letters, digits,"
                " spaces and , . ' ( ) & / [ ] - only"
            ).format(text=cleaned)
        )
    return cleaned


def for_level(issuer_level: str, text: str) -> Issuer:
    """The issuer of a plan at ``issuer_level`` (``ubnd_tinh`` or a ministry level).

    Raises:
        Refused: see ``clean``.
    """
    if issuer_level == "ubnd_xa":
        return commune(text)
    return provincial(text) if issuer_level == "ubnd_tinh" else central(text)


def commune(text: str) -> Issuer:
    """A ward's or commune's People's Committee from ``phường La Khê``, ``UBND xã Tân Lập``.

    Without a level word the locality is taken to be a ward (phường). The place (địa danh) is
    the locality's name, as ward plans write it ("La Khê, ngày …").

    Raises:
        Refused: see ``clean``.
    """
    rest = _strip_prefix(clean(text), _COUNCIL)
    level = "phường"
    for prefix in _COMMUNE_LEVELS:
        if rest.casefold().startswith(prefix + " "):
            rest, level = rest[len(prefix) + 1 :], prefix
            break
    locality = _title_if_one_case(rest)
    name = f"Ủy ban nhân dân {level} {locality}"
    return Issuer(name, name.upper(), "KH-UBND", locality, level, locality)


def provincial(text: str) -> Issuer:
    """A provincial People's Committee from ``Nam Định``, ``UBND tỉnh Nam Định`` or similar.

    Raises:
        Refused: see ``clean``.
    """
    rest = _strip_prefix(clean(text), _COUNCIL)
    level = "tỉnh"
    for prefix in _LOCALITY:
        if rest.casefold().startswith(prefix):
            rest = rest[len(prefix) :]
            level = "tỉnh" if prefix == "tỉnh " else "thành phố"
            break
    else:
        if rest.casefold() in _CENTRAL_CITIES:
            level = "thành phố"
    locality = _title_if_one_case(rest)
    name = f"Ủy ban nhân dân {level} {locality}"
    # Nghị định 30 names the place by the province, except "Thành phố Hồ Chí Minh" in full.
    place = f"Thành phố {locality}" if locality.casefold() == "hồ chí minh" else locality
    return Issuer(name, name.upper(), "KH-UBND", place, level, locality)


def central(text: str) -> Issuer:
    """A ministry or other central agency from ``Bộ Tư pháp``, ``BỘ TƯ PHÁP`` or similar.

    Raises:
        Refused: see ``clean``.
    """
    name = clean(text)
    if _one_case(name):
        name = _capitalise_parts(name.lower())
    name = name[0].upper() + name[1:]
    return Issuer(name, name.upper(), _symbol(name), "Hà Nội")


def _strip_prefix(text: str, prefixes: tuple[str, ...]) -> str:
    folded = text.casefold()
    for prefix in prefixes:
        if folded.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix) :]
    return text


def _one_case(text: str) -> bool:
    return text == text.upper() or text == text.lower()


def _title_if_one_case(text: str) -> str:
    # Vietnamese place names capitalise every syllable: "BÀ RỊA - VŨNG TÀU" -> "Bà Rịa - Vũng Tàu".
    return text.title() if _one_case(text) else text


def _capitalise_parts(text: str) -> str:
    # Ministry names capitalise the first word of each part: "Bộ Lao động - Thương binh và Xã hội".
    lead = ""
    if text.startswith("bộ "):
        lead, text = "Bộ ", text[len("bộ ") :]
    pieces = _PART_SEPARATORS.split(text)
    # split() with a capturing group alternates parts (even) and separators (odd).
    return lead + "".join(p if i % 2 else p[:1].upper() + p[1:] for i, p in enumerate(pieces))


def _symbol(name: str) -> str:
    # KH- plus the initials of the agency's words ("Bộ Tư pháp" -> KH-BTP), as ministries do;
    # a name still to be filled in gets a placeholder that a document symbol may hold.
    if "[" in name:
        return "KH-BXX"
    words = re.findall(r"[^\W\d_]+", name)
    return "KH-" + "".join(_initial(w) for w in words if w.casefold() != "và")


def _initial(word: str) -> str:
    # Symbols drop tone and vowel marks ("Ủy ban Dân tộc" -> UBDT) but keep Đ, its own letter.
    first = unicodedata.normalize("NFD", word[0].upper())[0]
    return first
