"""The solid rules (ND30.md §4): H3 under the Tiêu ngữ, H6 under the agency, H11 under the title.

A missing rule is an error. A rule of the wrong length is a warning: under the Tiêu ngữ it
should be as long as the text (±10%), under the agency name and the trích yếu 1/3 to 1/2 of the
text line. Text width is measured with Times New Roman's metrics at the text's own size.
"""

from __future__ import annotations

from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding
from commplan.audit.lines import available_width, rule_under
from commplan.audit.metrics import mm, text_width
from commplan.audit.segments import Segment
from commplan.i18n import _
from commplan.source.diagnostics import Severity

# Measurement slack on top of the decree's bands: fonts render a little differently.
_SLACK = 0.05


def line_width(ctx: Context, seg: Segment) -> int | None:
    """How long the segment's text line is on the page (a wrapped line fills its box)."""
    spans = seg.spans()
    if not spans:
        return None
    size = max(s.props.size for s in spans)
    width = text_width(seg.text, size, bold=all(s.props.bold for s in spans))
    room = available_width(ctx.doc, seg.para)
    if room is not None:
        width = min(width, room - seg.para.props.left - seg.para.props.right)
    return width


def _check(
    ctx: Context, rule: str, name: str, element: list[Segment], band: tuple[float, float]
) -> Iterator[Finding]:
    if not element:
        return
    last = element[-1]
    drawn = rule_under(ctx.doc, last)
    if drawn is None:
        message = _("no solid rule under the {name}; expected a line under it")
        yield Finding(rule, last.para.index, message.format(name=name))
        return
    widths = [w for w in (line_width(ctx, s) for s in element) if w]
    if drawn.length is None or not widths:
        return
    target = max(widths)
    low, high = band[0] * target * (1 - _SLACK), band[1] * target * (1 + _SLACK)
    if not low <= drawn.length <= high:
        message = _(
            "the rule under the {name} is {found} long; expected {low}–{high} ({share} of its "
            "{text} text line)"
        )
        share = _("the whole length") if band[0] > 0.5 else _("1/3 to 1/2")
        yield Finding(
            rule,
            drawn.para.index,
            message.format(
                name=name,
                found=mm(drawn.length),
                low=mm(band[0] * target),
                high=mm(band[1] * target),
                share=share,
                text=mm(target),
            ),
            Severity.WARNING,
        )


def check_motto_rule(ctx: Context) -> Iterator[Finding]:
    """H3: a rule as long as the Tiêu ngữ under it."""
    motto = ctx.layout.header.motto
    yield from _check(ctx, "H3", _("Tiêu ngữ"), [motto] if motto else [], (0.9, 1.1))


def check_agency_rule(ctx: Context) -> Iterator[Finding]:
    """H6: a rule of 1/3 to 1/2 of the agency name's line under it."""
    yield from _check(ctx, "H6", _("issuing agency"), ctx.layout.header.agency, (1 / 3, 1 / 2))


def check_subject_rule(ctx: Context) -> Iterator[Finding]:
    """H11: a rule of 1/3 to 1/2 of the trích yếu's line under it."""
    header = ctx.layout.header
    element = header.subject or ([header.title] if header.title else [])
    yield from _check(ctx, "H11", _("trích yếu"), element, (1 / 3, 1 / 2))
