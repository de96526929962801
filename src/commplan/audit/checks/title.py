"""Title (ND30.md §4): H9 "KẾ HOẠCH" and H10 the trích yếu under it."""

from __future__ import annotations

from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, format_findings, problems, quoted
from commplan.audit.normalize import is_upper
from commplan.i18n import _
from commplan.source.diagnostics import Severity

_SIZES = (26, 28)


def check_title(ctx: Context) -> Iterator[Finding]:
    """H9: "KẾ HOẠCH" in capitals, bold, upright, 13-14 pt, centred."""
    header = ctx.layout.header
    seg = header.title
    title = ctx.layout.doctype.title
    if seg is None:
        other = header.other_title
        if other is not None:
            message = _("the title reads {text}; expected “{want}” under the header block")
            yield Finding(
                "H9", other.para.index, message.format(text=quoted(other.text), want=title)
            )
        else:
            yield Finding(
                "H9",
                header.end if header.end <= len(ctx.doc.paras) else 1,
                _("no title; expected “{want}”").format(want=title),
            )
        return
    found = problems(seg.spans(), seg.text, Want(sizes=_SIZES, bold=True, italic=False, caps=True))
    yield from format_findings("H9", seg.para.index, _("title"), seg.text, found)
    if seg.whole and seg.para.props.align != "center":
        message = _("title aligned {a}; expected centred on the page").format(
            a=seg.para.props.align
        )
        yield Finding("H9", seg.para.index, message, Severity.WARNING)


def check_subject(ctx: Context) -> Iterator[Finding]:
    """H10: the trích yếu, bold, upright, 13-14 pt, centred, in sentence case."""
    header = ctx.layout.header
    if header.title is None:
        return
    if not header.subject:
        if ctx.requires("subject"):
            message = _("no trích yếu under “{title}”; expected its subject, centred and bold")
            yield Finding(
                "H10", header.title.para.index, message.format(title=ctx.layout.doctype.title)
            )
        return
    for seg in header.subject:
        found = problems(seg.spans(), seg.text, Want(sizes=_SIZES, bold=True, italic=False))
        yield from format_findings("H10", seg.para.index, _("trích yếu"), seg.text, found)
    text = " ".join(s.text for s in header.subject)
    first = header.subject[0].para.index
    if is_upper(text) and len(text.split()) > 2:
        message = _("trích yếu in capitals; expected sentence case (in thường)")
        yield Finding("H10", first, message, Severity.WARNING)
