"""Body paragraphs (ND30.md §5): B1 size and style, B2 justified, B3 indent, B4 spacing, B5 lines.

Body paragraphs are those outside tables after the căn cứ block (or the title) and before the
closing table, headings excluded (see :mod:`commplan.audit.layout`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, aligned, problems, pt
from commplan.audit.doctypes import UNKNOWN
from commplan.audit.layout import continues_opening
from commplan.audit.lines import available_width
from commplan.audit.metrics import text_width
from commplan.audit.model import Para
from commplan.i18n import _
from commplan.source.diagnostics import Severity

BODY_SIZES = (26, 28)
_ARTICLE = re.compile(r"^\s*Điều\s+\d+\s*[.:]")
_INDENTS = (567, 720)
_INDENT_TOLERANCE = 10
_MIN_GAP = 120
_SINGLE, _ONE_AND_HALF = 240, 360


def check_body_text(ctx: Context) -> Iterator[Finding]:
    """B1: body text is 13-14 pt, neither bold nor italic (an article's "Điều 1." is bold)."""
    for para in ctx.layout.body:
        label = _ARTICLE.match(para.text)
        found = problems(
            para.spans_in(label.end() if label else 0),
            para.text,
            Want(sizes=BODY_SIZES, bold=False, italic=False),
        )
        if found:
            yield Finding("B1", para.index, _("body text: {found}").format(found="; ".join(found)))


def check_justified(ctx: Context) -> Iterator[Finding]:
    """B2: body paragraphs are justified on both margins.

    A one-line paragraph looks the same either way, so it is not reported.
    """
    for para in ctx.layout.body:
        if para.props.align not in ("both", "distribute") and not _one_line(ctx, para):
            message = _("paragraph aligned {a}; expected justified on both margins")
            yield Finding("B2", para.index, message.format(a=aligned(para.props.align)))


def _one_line(ctx: Context, para: Para) -> bool:
    room = available_width(ctx.doc, para)
    spans = para.spans_in()
    if room is None or not spans:
        return False
    size = max(s.props.size for s in spans)
    width = text_width(para.text.strip(), size, bold=False)
    return width + para.props.first_line + para.props.left + para.props.right < room


def _cm(twips: int) -> str:
    return f"{twips / 567:.2f} cm"


def check_indent(ctx: Context) -> Iterator[Finding]:
    """B3: a first-line indent of 1 cm or 1.27 cm, and no left indent."""
    for para in ctx.layout.body:
        first, left = para.props.first_line, para.props.left
        ok_first = any(abs(first - want) <= _INDENT_TOLERANCE for want in _INDENTS)
        if ok_first and abs(left) <= _INDENT_TOLERANCE:
            continue
        message = _(
            "first-line indent {first}, left indent {left}; expected a first-line indent of 1 cm "
            "or 1.27 cm and no left indent"
        )
        yield Finding("B3", para.index, message.format(first=_cm(first), left=_cm(left)))


def check_spacing(ctx: Context) -> Iterator[Finding]:
    """B4: at least 6 pt between paragraphs (a warning when only before + after reach it)."""
    for para in ctx.layout.body:
        if para.index == 1:
            continue
        prev = ctx.doc.para(para.index - 1)
        if prev.blank or prev.cell is not None:
            continue
        if para.props.contextual and prev.style == para.style:
            message = _(
                "“Don't add space between paragraphs of the same style” is on; expected at least "
                "6 pt between paragraphs"
            )
            yield Finding("B4", para.index, message)
            continue
        yield from _gap(prev, para)


def _gap(prev: Para, para: Para) -> Iterator[Finding]:
    after, before = prev.props.after, para.props.before
    if max(after, before) >= _MIN_GAP:
        return
    found = _("{after} after the previous paragraph and {before} before this one").format(
        after=pt(after // 10), before=pt(before // 10)
    )
    if after + before >= _MIN_GAP:
        message = _("{found} reach 6 pt only when added; expected 6 pt before or after alone")
        yield Finding("B4", para.index, message.format(found=found), Severity.WARNING)
    else:
        yield Finding(
            "B4",
            para.index,
            _("{found}; expected at least 6 pt between paragraphs").format(found=found),
        )


def check_line_spacing(ctx: Context) -> Iterator[Finding]:
    """B5: line spacing from single to 1.5 lines (exact or at-least spacing is a warning)."""
    for para in ctx.layout.body:
        rule, line = para.props.line_rule, para.props.line
        if rule == "auto":
            if not _SINGLE - 1 <= line <= _ONE_AND_HALF + 1:
                message = _("line spacing {n:.2f} lines; expected single to 1.5 lines")
                yield Finding("B5", para.index, message.format(n=line / _SINGLE))
        else:
            message = _("line spacing {rule} {size}; expected a multiple from single to 1.5 lines")
            yield Finding(
                "B5", para.index, message.format(rule=rule, size=pt(line // 10)), Severity.WARNING
            )


def check_one_size(ctx: Context) -> Iterator[Finding]:
    """B6: one body size: the commonest size covers at least 95% of body and heading text."""
    counts: dict[int, int] = {}
    paras = sorted(ctx.layout.body + ctx.layout.headings, key=lambda p: p.index)
    for para in paras:
        for span in para.spans_in():
            size = span.props.size
            counts[size] = counts.get(size, 0) + len(para.text[span.start : span.end].strip())
    total = sum(counts.values())
    if not total:
        return
    main = max(counts, key=lambda s: counts[s])
    if counts[main] / total >= 0.95:
        return
    first = next(p for p in paras if any(s.props.size != main for s in p.spans_in()))
    others = ", ".join(pt(s) for s in sorted(counts) if s != main)
    message = _(
        "body text is {main} for {share:.0%} of its characters but also {others}; expected one "
        "size throughout"
    )
    yield Finding(
        "B6", first.index, message.format(main=pt(main), share=counts[main] / total, others=others)
    )


def check_end_mark(ctx: Context) -> Iterator[Finding]:
    """B7: the last body paragraph ends with "./."."""
    if not ctx.layout.body or ctx.layout.doctype is UNKNOWN:
        return  # "./." is the Mẫu's; a document of no known type may end as it likes
    last = max(ctx.layout.body + ctx.layout.headings, key=lambda p: p.index)
    if any(last.index < t.first_para < ctx.layout.body_end for t in ctx.doc.tables):
        return  # the text ends with a table: no line to end with "./."
    if not last.text.rstrip().endswith("./."):
        yield Finding(
            "B7",
            last.index,
            _(
                "the last body paragraph does not end with “./.”; expected “./.” after its last "
                "word"
            ),
        )


def check_bases(ctx: Context) -> Iterator[Finding]:
    """B8: each căn cứ is italic, 13-14 pt, ends with ";" and the last with "."."""
    bases = ctx.layout.bases
    for i, para in enumerate(bases):
        found = problems(para.spans_in(), para.text, Want(sizes=BODY_SIZES, italic=True))
        want = "." if i == len(bases) - 1 else ";"
        end = para.text.rstrip()[-1:]
        # A Kế hoạch's opening is one sentence: the last căn cứ may run on with ";".
        runs_on = want == "." and end == ";" and continues_opening(ctx.doc, para)
        if end != want and not runs_on:
            found.append(_("ends with “{end}”, expected “{want}”").format(end=end, want=want))
        if found:
            yield Finding("B8", para.index, _("căn cứ: {found}").format(found="; ".join(found)))
