"""Header block (ND30.md §4): H1 Quốc hiệu, H2 Tiêu ngữ, H4 managing agency, H5 issuing agency."""

from __future__ import annotations

from collections.abc import Iterator

from commplan.audit.checks.base import (
    Context,
    Finding,
    Want,
    aligned,
    format_findings,
    problems,
    quoted,
)
from commplan.audit.find_header import MOTTO, NATIONAL
from commplan.audit.lines import available_width
from commplan.audit.metrics import mm, text_width
from commplan.audit.normalize import tone_key
from commplan.audit.segments import Segment
from commplan.i18n import _
from commplan.source.diagnostics import Severity

_AGENCY_SIZES = (24, 26)
_MOTTO_SIZES = (26, 28)
_DASHES = "‐‑‒–—―"


def check_national(ctx: Context) -> Iterator[Finding]:
    """H1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", capitals, 12-13 pt, upright, bold, one line."""
    seg = ctx.layout.header.national
    if seg is None:
        if not ctx.requires("header"):
            return
        yield Finding(
            "H1",
            1,
            _("no Quốc hiệu; expected “{text}” at the top right of page 1").format(text=NATIONAL),
        )
        return
    found = problems(
        seg.spans(), seg.text, Want(sizes=_AGENCY_SIZES, bold=True, italic=False, caps=True)
    )
    yield from format_findings("H1", seg.para.index, _("Quốc hiệu"), seg.text, found)
    yield from _wraps(ctx, seg)
    # An element sharing its paragraph (tabs, line breaks) is placed by tab stops, not alignment.
    if seg.whole and seg.para.props.align != "center":
        yield Finding(
            "H1",
            seg.para.index,
            _("Quốc hiệu aligned {a}; expected centred").format(a=aligned(seg.para.props.align)),
            Severity.WARNING,
        )


def _wraps(ctx: Context, seg: Segment) -> Iterator[Finding]:
    spans = seg.spans()
    available = available_width(ctx.doc, seg.para)
    if not spans or available is None:
        return
    width = text_width(seg.text, max(s.props.size for s in spans), bold=spans[0].props.bold)
    room = available - seg.para.props.left - seg.para.props.right
    if width > room:
        message = _(
            "the Quốc hiệu needs {need} but its column leaves {room}: it wraps onto two lines; "
            "expected one line"
        )
        yield Finding(
            "H1", seg.para.index, message.format(need=mm(width), room=mm(room)), Severity.WARNING
        )


def check_motto(ctx: Context) -> Iterator[Finding]:
    """H2: "Độc lập - Tự do - Hạnh phúc" with hyphens, 13-14 pt, upright, bold, under H1."""
    seg = ctx.layout.header.motto
    if seg is None:
        # Without the Quốc hiệu either, H1 has said the whole block is missing.
        if ctx.layout.header.national is None:
            return
        yield Finding(
            "H2", 1, _("no Tiêu ngữ; expected “{text}” under the Quốc hiệu").format(text=MOTTO)
        )
        return
    text = seg.text
    if tone_key(text) != tone_key(MOTTO):
        yield Finding("H2", seg.para.index, _motto_message(text))
    found = problems(seg.spans(), text, Want(sizes=_MOTTO_SIZES, bold=True, italic=False))
    yield from format_findings("H2", seg.para.index, _("Tiêu ngữ"), text, found)
    national = ctx.layout.header.national
    if national is not None and seg.para.index - national.para.index > 1:
        yield Finding(
            "H2",
            seg.para.index,
            _(
                "blank line between the Quốc hiệu and the Tiêu ngữ; expected the Tiêu ngữ "
                "directly under it"
            ),
            Severity.WARNING,
        )


def _motto_message(text: str) -> str:
    dashes = sorted({c for c in text if c in _DASHES})
    if dashes:
        return _(
            "Tiêu ngữ {text} joins its phrases with {dashes}; expected a hyphen-minus “-” with a "
            "space either side: “{want}”"
        ).format(text=quoted(text), dashes=" ".join(f"“{d}”" for d in dashes), want=MOTTO)
    return _("Tiêu ngữ reads {text}; expected “{want}”").format(text=quoted(text), want=MOTTO)


def check_agencies(ctx: Context) -> Iterator[Finding]:
    """H4 managing agency in capitals, 12-13 pt, not bold; H5 issuing agency the same but bold."""
    header = ctx.layout.header
    for seg in header.parent:
        found = problems(
            seg.spans(), seg.text, Want(sizes=_AGENCY_SIZES, bold=False, italic=False, caps=True)
        )
        yield from format_findings("H4", seg.para.index, _("managing agency"), seg.text, found)
    if not header.agency and ctx.requires("header"):
        yield Finding(
            "H5",
            header.national.para.index if header.national else 1,
            _(
                "no issuing agency name; expected it at the top left of page 1, in capitals and "
                "bold"
            ),
        )
    for seg in header.agency:
        found = problems(
            seg.spans(), seg.text, Want(sizes=_AGENCY_SIZES, bold=True, italic=False, caps=True)
        )
        yield from format_findings("H5", seg.para.index, _("issuing agency"), seg.text, found)
