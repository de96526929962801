"""Where each component of a Kế hoạch is in a document (ND30.md §3): the auditor's map.

Components are found by their text, not by position or style, so documents laid out in a table,
with tabs, or with line breaks are all read: the Quốc hiệu is the segment reading "CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM", the number the one starting "Số:", and so on. "Body paragraphs" are
those outside tables after the căn cứ block (or the title) and before the closing table that
holds "Nơi nhận", headings excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commplan.audit.doctypes import APPENDIX, PLAN, DocType
from commplan.audit.find_closing import (
    Appendix,
    find_appendices,
    find_closing,
    is_instruction,
    reference_end,
)
from commplan.audit.find_header import Header, find_header
from commplan.audit.find_parts import Attached, find_attached, find_kinh_gui
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
    doctype: DocType = PLAN
    kinh_gui: list[Para] = field(default_factory=list)
    attached: Attached | None = None
    """The document a Quyết định issues, printed after it ("Ban hành kèm theo Quyết định …")."""


def find_layout(doc: Doc, doctype: DocType = PLAN) -> Layout:
    """Locate every component of ``doc``, a document of type ``doctype``."""
    if doctype is APPENDIX:
        return _appendix_layout(doc)
    header = find_header(doc, doctype.title if doctype.has("title") else None)
    kinh_gui = find_kinh_gui(doc, _after_title(header))
    after_title = kinh_gui[-1].index + 1 if kinh_gui else _after_title(header)
    bases = _bases(doc, after_title)
    body_start = bases[-1].index + 1 if bases else after_title
    closing = find_closing(doc, body_start)
    attached = find_attached(doc, closing.after) if closing.body_end else None
    appendices = find_appendices(doc, attached.body_start if attached else closing.after)
    body_end = closing.body_end or (appendices[0].label.index if appendices else len(doc.paras) + 1)
    headings, body = _classify(doc, body_start, body_end)
    if attached is not None:
        end = appendices[0].label.index if appendices else len(doc.paras) + 1
        more_headings, more_body = _classify(doc, attached.body_start, end)
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
        doctype=doctype,
        kinh_gui=kinh_gui,
        attached=attached,
    )


def _appendix_layout(doc: Doc) -> Layout:
    """An appendix in a file of its own: its head, then its content checked as body."""
    appendices = find_appendices(doc, 1)
    first = appendices[0] if appendices else None
    start = reference_end(doc, first.reference) if first and first.reference else 1
    end = appendices[1].label.index if len(appendices) > 1 else len(doc.paras) + 1
    headings, body = _classify(doc, start, end)
    return Layout(
        header=Header(end=1),
        bases=[],
        body_start=start,
        body_end=end,
        closing=None,
        recipients_title=None,
        recipients=[],
        signer_title=[],
        signer_name=None,
        appendices=appendices,
        headings=headings,
        body=body,
        doctype=APPENDIX,
    )


def _after_title(header: Header) -> int:
    last = header.subject[-1] if header.subject else header.title or header.other_title
    return last.para.index + 1 if last is not None else header.end


def _bases(doc: Doc, start: int) -> list[Para]:
    found: list[Para] = []
    for para in doc.paras[start - 1 :]:
        if para.blank or is_rule_text(para.text):
            continue
        if para.cell is not None or not _low(para).startswith("căn cứ"):
            break
        found.append(para)
    return found


def _low(para: Para) -> str:
    return " ".join(nfc(para.text).casefold().split())


def _classify(doc: Doc, start: int, end: int) -> tuple[list[Para], list[Para]]:
    headings: list[Para] = []
    body: list[Para] = []
    part_title_next = False
    for para in doc.outside_tables(start, end):
        if para.blank or not segments(para) or is_instruction(para):
            continue
        if part_title_next or is_heading(para) or _is_display(para):
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


def _is_display(para: Para) -> bool:
    """A short centred line (a sub-title, a formula's name): set apart on purpose, not body."""
    text = nfc(para.text).strip()
    return para.props.align == "center" and len(text) <= 120 and not text.endswith((".", ";"))


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
