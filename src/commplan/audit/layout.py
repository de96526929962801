"""Where each component of a Kế hoạch is in a document (ND30.md §3): the auditor's map.

Components are found by their text, not by position or style, so documents laid out in a table,
with tabs, or with line breaks are all read: the Quốc hiệu is the segment reading "CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM", the number the one starting "Số:", and so on. "Body paragraphs" are
those outside tables after the căn cứ block (or the title) and before the closing table that
holds "Nơi nhận", headings excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commplan.audit import decision as qd
from commplan.audit.find_closing import Appendix, find_appendices, find_closing
from commplan.audit.find_header import Header, find_header
from commplan.audit.model import Doc, Para, Table
from commplan.audit.normalize import nfc
from commplan.audit.segments import is_rule_text, segments

_PART = re.compile(r"^phần\s+(thứ\s+\S+|[ivxlcdm]+)\b")
_SECTION = re.compile(r"^[IVXLCDM]+\.\s")
_CLAUSE = re.compile(r"^\d+(\.\d+)*\.?\s")


@dataclass(slots=True)
class Layout:
    """The components of the document and the body's extent."""

    header: Header
    bases: list[Para]
    body_start: int
    body_end: int
    closing: Table | None
    recipients_title: Para | None
    recipients: list[Para]
    signer_title: list[Para]
    signer_name: Para | None
    appendices: list[Appendix]
    headings: list[Para]
    body: list[Para]


def find_layout(doc: Doc) -> Layout:
    """Locate every component of ``doc``.

    A Quyết định (see :mod:`commplan.audit.decision`) adds its authority line and
    "QUYẾT ĐỊNH:" to the head, its articles to the body, and the body of the plan attached
    after its signature, up to the appendices.
    """
    header = find_header(doc)
    after_title = _after_title(header)
    skip: set[int] = set()
    authority = qd.authority_line(doc, after_title) if qd.is_decision(header) else None
    if authority is not None:
        skip.add(authority.index)
        after_title = authority.index + 1
    bases = _bases(doc, after_title)
    skip |= {p.index for p in bases}
    body_start = after_title
    closing = find_closing(doc, bases[-1].index + 1 if bases else body_start)
    appendices = find_appendices(doc, closing.after)
    end = appendices[0].label.index if appendices else len(doc.paras) + 1
    body_end = closing.body_end or end
    if qd.is_decision(header):
        skip |= qd.decision_lines(doc, body_start, body_end)
    headings, body = _classify(doc, body_start, body_end, skip)
    attached = qd.attached_plan(doc, closing.after, end) if qd.is_decision(header) else None
    if attached is not None:
        more_headings, more_body = _classify(doc, attached, end, set())
        headings += more_headings
        body += more_body
    return Layout(
        header=header,
        bases=bases,
        body_start=body_start,
        body_end=body_end,
        closing=closing.table,
        recipients_title=closing.recipients_title,
        recipients=closing.recipients,
        signer_title=closing.signer_title,
        signer_name=closing.signer_name,
        appendices=appendices,
        headings=headings,
        body=body,
    )


def _after_title(header: Header) -> int:
    last = header.subject[-1] if header.subject else header.title or header.other_title
    return last.para.index + 1 if last is not None else header.end


def _bases(doc: Doc, start: int) -> list[Para]:
    """The căn cứ (and a Quyết định's closing "Theo đề nghị … .") of the opening.

    "Thực hiện …" paragraphs before them are body text, and so is a paragraph that runs on
    into the issuing clause ("…; Ủy ban nhân dân tỉnh … ban hành Kế hoạch … như sau:").
    """
    found: list[Para] = []
    for para in doc.paras[start - 1 :]:
        if para.blank or is_rule_text(para.text):
            continue
        text = _low(para)
        if para.cell is not None or text.endswith(":"):
            break
        if text.startswith("căn cứ"):
            found.append(para)
        elif text.startswith(qd.PROPOSAL_WORDS) and found and text.endswith("."):
            found.append(para)
            break
        elif not (text.startswith(qd.LEAD_WORDS) and not found):
            break
    return found


def _low(para: Para) -> str:
    return " ".join(nfc(para.text).casefold().split())


def _classify(doc: Doc, start: int, end: int, skip: set[int]) -> tuple[list[Para], list[Para]]:
    headings: list[Para] = []
    body: list[Para] = []
    part_title_next = False
    for para in doc.outside_tables(start, end):
        if para.blank or not segments(para) or para.index in skip:
            continue
        if part_title_next or is_heading(para):
            headings.append(para)
            part_title_next = bool(_PART.match(_low(para))) and not part_title_next
        else:
            body.append(para)
    return headings, body


def is_heading(para: Para) -> bool:
    """A "Phần", "Mục" (I.), titled "Khoản" (1. in bold) line, or a Word heading style."""
    text = nfc(para.text).strip()
    if para.heading_style or _PART.match(_low(para)) or _SECTION.match(text):
        return True
    spans = para.spans_in()
    return bool(_CLAUSE.match(text)) and bool(spans) and all(s.props.bold for s in spans)


def heading_kind(para: Para) -> str:
    """``part``, ``section`` (Mục), ``clause`` (Khoản) or ``other`` for a heading."""
    if _PART.match(_low(para)):
        return "part"
    text = nfc(para.text).strip()
    if _SECTION.match(text):
        return "section"
    if _CLAUSE.match(text):
        return "clause"
    return "other"
