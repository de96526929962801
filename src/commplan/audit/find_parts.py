"""Finding the parts only some types have: "Kính gửi" (ô 9a) and an issued document.

A Quyết định may be followed by the document it issues, printed after its signature ("Ban
hành kèm theo Quyết định số …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commplan.audit.classify import low
from commplan.audit.doctypes import BY_TITLE
from commplan.audit.find_closing import reference_end
from commplan.audit.find_header import Header, find_header
from commplan.audit.model import Doc, Para
from commplan.audit.normalize import canon, nfc
from commplan.audit.segments import Segment, is_rule_text, segments

_KINH_GUI = re.compile(r"^kính\s*gửi\b")
_ENTRY = re.compile(r"^[-–+•]\s*\S")
_ISSUED_WITH = re.compile(r"^\(\s*(ban hành\s+)?kèm\s+theo\b")
_SCAN = 12


def find_kinh_gui(doc: Doc, start: int) -> list[Para]:
    """The "Kính gửi:" line and the "- …;" lines of its addressees.

    It is looked for within a few lines of ``start`` (after the title, or after the header
    block of a Công văn).
    """
    seen = 0
    for para in doc.paras[start - 1 :]:
        if para.blank or is_rule_text(para.text):
            continue
        seen += 1
        if seen > 3 or low(para).startswith("căn cứ"):
            return []
        if _KINH_GUI.match(low(para)):
            return [para, *_entries(doc, para)]
    return []


def _entries(doc: Doc, first: Para) -> list[Para]:
    out: list[Para] = []
    for para in doc.paras[first.index :]:
        if para.blank:
            if out:
                break
            continue
        if not _ENTRY.match(nfc(para.text).strip()):
            break
        out.append(para)
    return out


@dataclass(slots=True)
class Attached:
    """The issued document: its header block, tên loại, "(Kèm theo …)" line and body start."""

    header: Header
    title: Segment
    reference: Para
    body_start: int


def find_attached(doc: Doc, start: int) -> Attached | None:
    """The document a Quyết định issues, when one follows it from paragraph ``start``.

    Its Mẫu (Phụ lục III, after Mẫu 1.3) has the agency and the Quốc hiệu but no number,
    place or date; then the tên loại, the trích yếu, "(Kèm theo Quyết định số …)" and the body,
    and no signature of its own.
    """
    if start > len(doc.paras):
        return None
    header = find_header(doc, None, start)
    if header.national is None or header.number is not None:
        return None
    title: Segment | None = None
    seen = 0
    for para in doc.paras[header.end - 1 :]:
        parts = segments(para)
        if not parts:
            continue
        seen += 1
        if seen > _SCAN:
            return None
        if title is None and canon(parts[0].text) in BY_TITLE:
            title = parts[0]
        elif title is not None and _ISSUED_WITH.match(low(para)):
            return Attached(header, title, para, reference_end(doc, para))
    return None
