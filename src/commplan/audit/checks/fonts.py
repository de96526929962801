"""Font rules (ND30.md §2): F1 Times New Roman, F2 black, F4 real capitals; and NFC text.

F1 looks at the font slots a run's text really uses: ``ascii`` for ASCII characters, ``hAnsi``
for the other Latin letters (all the Vietnamese ones), ``eastAsia`` for CJK. A slot no layer
sets falls back to Word's default, Times New Roman.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from commplan.audit.checks.base import Context, Finding
from commplan.audit.model import Para, Span
from commplan.i18n import _
from commplan.source.diagnostics import Severity

TNR = "Times New Roman"
_VARIANT = re.compile(r"^times\s*new\s*roman", re.IGNORECASE)
# TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) fonts carry the pre-Unicode encodings.
_LEGACY = re.compile(r"^(\.vn|vni[-\s])", re.IGNORECASE)
_BLACK = frozenset({None, "auto", "000000", "text1", "dark1"})


# Word's font slots by character, white space excluded (``\s`` is exactly ``str.isspace``;
# U+3000 is the one space among the East Asian ranges). Regular expressions scan in C: a
# character loop in Python was a tenth of auditing a 5,000-task plan.
# ASCII but not white space (tab to carriage return, x1c to x1f, the space):
_ASCII: Final = re.compile(r"[\x00-\x08\x0e-\x1b!-\x7f]")
# hAnsi, in text without East Asian characters:
_LATIN: Final = re.compile(r"[^\s\x00-\x7f]")
_FIRST_CJK: Final = "\u2e80"


@cache
def _cjk_slots() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Compiling a class of wide ranges costs sre tens of milliseconds (it marks each code
    # point): only text with East Asian characters pays for it.
    return (
        ("eastAsia", re.compile(r"[\u2e80-\u2fff\u3001-\u9fff\uac00-\ud7af\uf900-\ufaff]")),
        ("hAnsi", re.compile(r"[^\s\x00-\x7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")),
    )


def _slots(text: str) -> set[str]:
    out = {"ascii"} if _ASCII.search(text) else set()
    if text.isascii():
        return out
    if max(text) < _FIRST_CJK:
        return (out | {"hAnsi"}) if _LATIN.search(text) else out
    return out | {slot for slot, pattern in _cjk_slots() if pattern.search(text)}


def faces(para: Para) -> set[str]:
    """The fonts the visible text of ``para`` is set in (unset slots excluded)."""
    out: set[str] = set()
    for span in para.spans_in():
        for slot in _slots(para.text[span.start : span.end]):
            face = span.props.font(slot)
            if face is not None:
                out.add(face)
    return out


def check_font(ctx: Context) -> Iterator[Finding]:
    """F1: every run is set in Times New Roman (a variant name is a warning, TCVN3 an error)."""
    for para in ctx.doc.paras:
        used = faces(para)
        wrong = sorted(f for f in used if f != TNR and not _VARIANT.match(f))
        variants = sorted(f for f in used if f != TNR and _VARIANT.match(f))
        if wrong:
            yield Finding("F1", para.index, _font_message(wrong))
        if variants:
            message = _(
                "font name {found} is a variant spelling; expected exactly “Times New Roman”"
            )
            yield Finding(
                "F1", para.index, message.format(found=_names(variants)), Severity.WARNING
            )


def _names(found: list[str]) -> str:
    return ", ".join(f"“{name.removeprefix('@')}”" for name in found)


def _font_message(wrong: list[str]) -> str:
    legacy = [f for f in wrong if _LEGACY.match(f)]
    themed = [f for f in wrong if f.startswith("@")]
    if legacy:
        return _(
            "font {found} is a legacy TCVN3/VNI font (pre-Unicode text); expected Times New Roman"
            " with Unicode text (TCVN 6909:2001)"
        ).format(found=_names(legacy))
    if themed:
        return _(
            "theme font {found} but the document has no theme to resolve it; expected Times New "
            "Roman"
        ).format(found=_names(themed))
    return _("font {found}; expected Times New Roman").format(found=_names(wrong))


def check_colour(ctx: Context) -> Iterator[Finding]:
    """F2: text is black (no colour, automatic, or 000000)."""
    for para in ctx.doc.paras:
        colours = sorted(
            {str(s.props.color) for s in para.spans_in() if s.props.color not in _BLACK}
        )
        if colours:
            yield Finding(
                "F2",
                para.index,
                _("text colour {found}; expected black").format(
                    found=", ".join(f"#{c}" for c in colours)
                ),
            )


def check_caps(ctx: Context) -> Iterator[Finding]:
    """F4: capitals are real capital letters, not lower case shown with "All caps"."""
    for para in ctx.doc.paras:
        if any(_fake_caps(para, s) for s in para.spans_in()):
            yield Finding(
                "F4",
                para.index,
                _(
                    "lower-case text shown in capitals by the “All caps”/“Small caps” format; "
                    "expected the capital letters typed"
                ),
            )


def _fake_caps(para: Para, span: Span) -> bool:
    text = para.text[span.start : span.end]
    return (span.props.caps or span.props.small_caps) and any(c.islower() for c in text)


def check_nfc(ctx: Context) -> Iterator[Finding]:
    """Text is stored in Unicode NFC (precomposed), as TCVN 6909 and every search expect."""
    decomposed = [p for p in ctx.doc.paras if not p.nfc]
    if decomposed:
        yield Finding(
            "X-NFD",
            decomposed[0].index,
            _(
                "text in {n} paragraphs is stored decomposed (Unicode NFD); expected NFC, "
                "precomposed"
            ).format(n=len(decomposed)),
        )
