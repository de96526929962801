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

from commplan.audit.classify import classify as _classify
from commplan.audit.classify import heading_kind, is_heading
from commplan.audit.doctypes import APPENDIX, PLAN, DocType
from commplan.audit.find_closing import (
    Appendix,
    find_appendices,
    find_closing,
    reference_end,
)
from commplan.audit.find_header import Header, find_header
from commplan.audit.find_parts import Attached, find_attached, find_kinh_gui
from commplan.audit.model import Doc, Para, Table
from commplan.audit.normalize import is_upper, nfc
from commplan.audit.segments import is_rule_text

__all__ = ["Layout", "find_layout", "heading_kind", "is_heading"]

_GROUNDS = re.compile(r"^(căn cứ|theo đề nghị|trên cơ sở đề nghị|xét đề nghị)\b")
_LEAD_WORDS = ("thực hiện", "triển khai")


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
    specimens: list[tuple[int, int]] = field(default_factory=list)
    """Forms shown as examples (first and last paragraph): their layout is not checked."""


def find_layout(doc: Doc, doctype: DocType = PLAN) -> Layout:
    """Locate every component of ``doc``, a document of type ``doctype``."""
    if doctype is APPENDIX:
        return _appendix_layout(doc)
    header = find_header(doc, doctype.title if doctype.has("title") else None)
    kinh_gui = find_kinh_gui(doc, _after_title(header) if header.title else header.end)
    after_title = kinh_gui[-1].index + 1 if kinh_gui else _after_title(header)
    # Căn cứ are set under the title; after "Kính gửi" a "Căn cứ …," opens a sentence of text.
    bases = [] if kinh_gui else _bases(doc, after_title)
    body_start = bases[-1].index + 1 if bases else after_title
    closing = find_closing(doc, body_start)
    attached = find_attached(doc, closing.after) if closing.body_end else None
    appendices = find_appendices(doc, attached.body_start if attached else closing.after)
    body_end = closing.body_end or (appendices[0].label.index if appendices else len(doc.paras) + 1)
    text = _classify(doc, body_start, body_end)
    if bases and bases[0].index > after_title:
        # "Thực hiện …" before the căn cứ is a sentence of the body (and so is an authority
        # line of a Quyết định: a display line, sorted among the headings).
        lead = _classify(doc, after_title, bases[0].index)
        text.headings[:0] = lead.headings
        text.body[:0] = lead.body
    if attached is not None:
        end = appendices[0].label.index if appendices else len(doc.paras) + 1
        more = _classify(doc, attached.body_start, end)
        text.headings += more.headings
        text.body += more.body
        text.specimens += more.specimens
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
        headings=text.headings,
        body=text.body,
        doctype=doctype,
        kinh_gui=kinh_gui,
        attached=attached,
        specimens=text.specimens,
    )


def _appendix_layout(doc: Doc) -> Layout:
    """An appendix in a file of its own: its head, then its content checked as body."""
    appendices = find_appendices(doc, 1)
    first = appendices[0] if appendices else None
    start = reference_end(doc, first.reference) if first and first.reference else 1
    end = appendices[1].label.index if len(appendices) > 1 else len(doc.paras) + 1
    text = _classify(doc, start, end)
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
        headings=text.headings,
        body=text.body,
        doctype=APPENDIX,
        specimens=text.specimens,
    )


def _after_title(header: Header) -> int:
    last = header.subject[-1] if header.subject else header.title or header.other_title
    return last.para.index + 1 if last is not None else header.end


def _bases(doc: Doc, start: int) -> list[Para]:
    """The căn cứ lines, and "Theo đề nghị của …", which closes them in Mẫu 1.2.

    They may follow up to two capital lines naming the authority ("CHỦ TỊCH ỦY BAN …").
    "Thực hiện …" paragraphs before them are body text, and so is a paragraph that runs on
    into the issuing clause ("…; Ủy ban nhân dân tỉnh … ban hành Kế hoạch … như sau:").
    """
    found: list[Para] = []
    authority = 0
    for para in doc.paras[start - 1 :]:
        if para.blank or is_rule_text(para.text):
            continue
        text = _low(para)
        if para.cell is None and _GROUNDS.match(text) and not text.endswith(":"):
            found.append(para)
            continue
        if not found and para.cell is None and text.startswith(_LEAD_WORDS):
            continue
        if found or para.cell is not None or authority >= 2 or not is_upper(para.text):
            break
        authority += 1
    return found


def _low(para: Para) -> str:
    return " ".join(nfc(para.text).casefold().split())


def continues_opening(doc: Doc, para: Para) -> bool:
    """True when the paragraph after the căn cứ ``para`` carries the opening's sentence on.

    That is "Theo đề nghị …" or a căn cứ that runs on into the issuing clause (ending with
    ":"); a "Thực hiện …" sentence after the căn cứ starts a sentence of its own.
    """
    after = next(
        (p for p in doc.paras[para.index :] if not p.blank and not is_rule_text(p.text)), None
    )
    return after is not None and after.cell is None and _GROUNDS.match(_low(after)) is not None
