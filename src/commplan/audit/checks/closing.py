"""Signature and recipients (ND30.md §6): S1, S2, N1 "Nơi nhận:", N2 entries, N3 "Lưu", N4.

The last entry may be followed by the drafter's mark and copy count (ô 12, e.g. "PL.(300)"),
which is not a recipient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, format_findings, problems, quoted
from commplan.audit.model import Para
from commplan.audit.normalize import canon, is_upper, nfc
from commplan.i18n import _
from commplan.source.diagnostics import Severity

_SIGN_SIZES = (26, 28)
_DRAFTER = re.compile(r"^[A-ZĐ]{1,8}\.?\s*\(\d+\)\.?$")
_ARCHIVE = re.compile(r"^-\s*Lưu\s*:\s*VT\b")
_TITLES = re.compile(r"^(GS|PGS|TS|ThS|TSKH|KS|BS|CN|Th\.S)\.?\s", re.IGNORECASE)
_FLUSH = 57  # 1 mm
_AS_ABOVE = canon("- Như trên;")


def check_signer_title(ctx: Context) -> Iterator[Finding]:
    """S1: authority and title of the signer in capitals, bold, upright, 13-14 pt."""
    lines = ctx.layout.signer_title
    if not lines:
        if not ctx.requires("signature"):
            return
        at = ctx.layout.body_end if ctx.layout.body_end <= len(ctx.doc.paras) else 1
        yield Finding(
            "S1",
            at,
            _(
                "no signature block; expected the signer's authority and title (e.g. “TM. ỦY BAN "
                "NHÂN DÂN”) at the bottom right"
            ),
        )
        return
    for para in lines:
        found = problems(
            para.spans_in(), para.text, Want(sizes=_SIGN_SIZES, bold=True, italic=False, caps=True)
        )
        yield from format_findings("S1", para.index, _("signer's title"), para.text, found)


def check_signer_name(ctx: Context) -> Iterator[Finding]:
    """S2: the signer's name, bold, upright, 13-14 pt, not in capitals, without titles."""
    if not ctx.layout.signer_title:
        return
    para = ctx.layout.signer_name
    if para is None:
        yield Finding(
            "S2",
            ctx.layout.signer_title[-1].index,
            _("no signer's name under the signature; expected the full name in bold"),
        )
        return
    text = nfc(para.text).strip()
    found = problems(para.spans_in(), text, Want(sizes=_SIGN_SIZES, bold=True, italic=False))
    if is_upper(text) and len(text) > 3:
        found.append(_("in capitals, expected a name with initial capitals"))
    if _TITLES.match(text):
        found.append(_("starts with an academic title, expected the name alone"))
    yield from format_findings("S2", para.index, _("signer's name"), text, found)


def check_recipients_title(ctx: Context) -> Iterator[Finding]:
    """N1: "Nơi nhận:" in 12 pt, bold and italic, with a colon."""
    para = ctx.layout.recipients_title
    if para is None:
        if ctx.layout.signer_title and ctx.requires("recipients"):
            yield Finding(
                "N1",
                ctx.layout.signer_title[0].index,
                _("no “Nơi nhận:”; expected it at the bottom left, level with the signer's title"),
            )
        return
    text = nfc(para.text).strip()
    found = problems(para.spans_in(), text, Want(sizes=(24, 24), bold=True, italic=True))
    if text != "Nơi nhận:":
        found.insert(0, _("reads {text}, expected “Nơi nhận:”").format(text=quoted(text)))
    yield from format_findings("N1", para.index, _("recipients heading"), text, found)


def _entries(ctx: Context) -> list[Para]:
    entries = list(ctx.layout.recipients)
    if entries and _DRAFTER.match(nfc(entries[-1].text).strip()):
        entries.pop()
    return entries


def check_recipients(ctx: Context) -> Iterator[Finding]:
    """N2: each recipient line 11 pt upright, starts with "-" flush left and ends with ";"."""
    entries = _entries(ctx)
    for para in entries[:-1]:
        text = nfc(para.text).strip()
        found = problems(para.spans_in(), text, Want(sizes=(22, 22), italic=False))
        if not text.startswith("-"):
            found.append(_("starts with {c}, expected “-”").format(c=quoted(text[:1])))
        if abs(para.props.left + para.props.first_line) > _FLUSH:
            found.append(_("indented, expected flush left"))
        if not text.endswith(";"):
            found.append(_("ends with {c}, expected “;”").format(c=quoted(text[-1:])))
        yield from format_findings("N2", para.index, _("recipient"), text, found)


def check_archive(ctx: Context) -> Iterator[Finding]:
    """N3: the last line is "- Lưu: VT, <unit>." ending with a full stop."""
    entries = _entries(ctx)
    if ctx.layout.recipients_title is None:
        return
    if not entries:
        yield Finding(
            "N3",
            ctx.layout.recipients_title.index,
            _("no recipients; expected at least “- Lưu: VT, <unit>.”"),
        )
        return
    last = entries[-1]
    text = nfc(last.text).strip()
    found = problems(last.spans_in(), text, Want(sizes=(22, 22), italic=False))
    if not _ARCHIVE.match(text):
        found.append(_("expected the last line to be “- Lưu: VT, <unit>.”"))
    if not text.endswith("."):
        found.append(_("ends with {c}, expected “.”").format(c=quoted(text[-1:])))
    yield from format_findings("N3", last.index, _("last recipient line"), text, found)


def check_as_above(ctx: Context) -> Iterator[Finding]:
    """N4: no "- Như trên;" where there is no "Kính gửi" for it to refer to."""
    if ctx.requires("as_above") or ctx.layout.kinh_gui:
        return
    for para in ctx.layout.recipients:
        if canon(para.text) == _AS_ABOVE or canon(para.text).startswith(canon("- Như trên")):
            message = _(
                "“- Như trên” refers to a “Kính gửi” line, which a {type} does not have; "
                "expected the recipients named"
            )
            yield Finding(
                "N4", para.index, message.format(type=ctx.layout.doctype.name), Severity.WARNING
            )
