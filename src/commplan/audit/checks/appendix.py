"""Appendices (ND30.md §8): A2 the "Phụ lục" line, A3 its title, A4 "(Kèm theo …)", A6 numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, aligned, format_findings, problems
from commplan.audit.find_closing import Appendix
from commplan.audit.model import Para
from commplan.audit.normalize import nfc
from commplan.i18n import _

_LABEL = re.compile(r"^Phụ lục( [IVXLCDM]+| \d+)?$")
_SIZES = (26, 28)


def check_labels(ctx: Context) -> Iterator[Finding]:
    """A2: "Phụ lục I" on its own line, centred, 14 pt, bold, upright, not in capitals."""
    for appendix in ctx.layout.appendices:
        para = appendix.label
        text = nfc(para.text).strip()
        found = problems(para.spans_in(), text, Want(sizes=(28, 28), bold=True, italic=False))
        if not _LABEL.match(" ".join(text.split())):
            found.insert(0, _("expected “Phụ lục” (or “Phụ lục I”, “Phụ lục II” …) in lower case"))
        if para.props.align != "center":
            found.append(_("aligned {a}, expected centred").format(a=aligned(para.props.align)))
        yield from format_findings("A2", para.index, _("appendix label"), text, found)


def check_titles(ctx: Context) -> Iterator[Finding]:
    """A3: the appendix title is centred, in capitals, bold, upright, 13-14 pt."""
    for appendix in ctx.layout.appendices:
        for para in appendix.title:
            found = problems(
                para.spans_in(), para.text, Want(sizes=_SIZES, bold=True, italic=False, caps=True)
            )
            if para.props.align != "center":
                found.append(_("aligned {a}, expected centred").format(a=aligned(para.props.align)))
            yield from format_findings("A3", para.index, _("appendix title"), para.text, found)


def check_references(ctx: Context) -> Iterator[Finding]:
    """A4: "(Kèm theo Kế hoạch số … ngày … của …)", italic, 13-14 pt, centred."""
    for appendix in ctx.layout.appendices:
        para = appendix.reference
        if para is None:
            message = _("no “(Kèm theo … số … ngày … của …)” line under the appendix title")
            yield Finding("A4", _last_head(appendix), message)
            continue
        lines = _reference_lines(ctx, para)
        text = " ".join(nfc(p.text).strip() for p in lines)
        spans = [s for p in lines for s in p.spans_in()]
        found = problems(spans, text, Want(sizes=_SIZES, italic=True))
        if not text.endswith(")"):
            found.append(_("expected the reference in parentheses"))
        if para.props.align != "center":
            found.append(_("aligned {a}, expected centred").format(a=aligned(para.props.align)))
        yield from format_findings("A4", para.index, _("appendix reference"), text, found)


def _reference_lines(ctx: Context, first: Para) -> list[Para]:
    """The reference's paragraphs: it may wrap onto a second or third paragraph."""
    lines = [first]
    for para in ctx.doc.paras[first.index : first.index + 2]:
        if nfc(lines[-1].text).rstrip().endswith(")") or para.blank:
            break
        lines.append(para)
    return lines


def _last_head(appendix: Appendix) -> int:
    return appendix.title[-1].index if appendix.title else appendix.label.index


def check_numbering(ctx: Context) -> Iterator[Finding]:
    """A6: each appendix starts a section whose page numbers restart at 1."""
    doc = ctx.doc
    for appendix in ctx.layout.appendices:
        label = appendix.label
        section = doc.section(label.section)
        before = doc.paras[section.first_para - 1 : label.index - 1]
        starts_section = not any(p.text.strip() for p in before)
        # The first section of a file counts from 1 anyway (an appendix in a file of its own).
        start = section.page_start or (1 if section.index == 1 else None)
        if starts_section and start == 1:
            continue
        if not starts_section:
            found = _("it does not start a new section")
        elif section.page_start is None:
            found = _("its section continues the page numbers of the one before")
        else:
            found = _("its section's page numbers start at {n}").format(n=section.page_start)
        message = _("appendix numbering: {found}; expected a new section starting at page 1")
        yield Finding("A6", label.index, message.format(found=found))
