"""Which type of document this is (ND30 Phụ lục III), read from the document itself.

In order of trust: an appendix in a file of its own (it opens with "Phụ lục …" and "(Kèm
theo …)"), the tên loại line ("QUYẾT ĐỊNH"), the ký hiệu ("Số: 12/TTr-UBND" gives Tờ trình),
and a "V/v …" trích yếu (a Công văn). A document with a header block, a number or a signature
whose type none of these tells is :data:`~commplan.audit.doctypes.UNKNOWN`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commplan.audit.doctypes import APPENDIX, BY_ABBR, BY_CODE, BY_TITLE, DocType
from commplan.audit.model import Doc
from commplan.audit.normalize import canon, is_upper, nfc
from commplan.audit.segments import Segment, segments

_SCAN = 40
_APPENDIX_LABEL = re.compile(r"^phụ\s*lục(\s+([ivxlcdm]+|\d+))?\s*$")
_REFERENCE = re.compile(r"^\(\s*(ban hành\s+)?kèm\s+theo\b")
_SYMBOL = re.compile(r"^số\s*:[\s\d._…]*/\s*(?P<abbr>[^-\s/]+)\s*-")
_VV = re.compile(r"^v/v\b")


@dataclass(frozen=True, slots=True)
class Detected:
    """The type and the evidence, as shown to the user ("the tên loại line", …)."""

    doctype: DocType | None
    evidence: str


def head_segments(doc: Doc, limit: int = _SCAN) -> list[Segment]:
    """The segments of the first ``limit`` non-blank paragraphs."""
    out: list[Segment] = []
    seen = 0
    for para in doc.paras:
        parts = segments(para)
        if not parts:
            continue
        out.extend(parts)
        seen += 1
        if seen >= limit:
            break
    return out


def detect(doc: Doc) -> Detected:
    """The type of ``doc``, or a None type when nothing names it."""
    head = head_segments(doc)
    if _is_appendix_file(head):
        return Detected(APPENDIX, "phu-luc")
    for seg in head:
        if seg.low.startswith("căn cứ"):
            break
        found = BY_TITLE.get(canon(seg.text))
        # The tên loại is a line of its own, in capitals.
        if found is not None and is_upper(seg.text) and seg.whole:
            return Detected(found, "title")
    for seg in head:
        match = _SYMBOL.match(seg.low)
        if match is not None:
            found = _by_abbr(nfc(seg.text))
            if found is not None:
                return Detected(found, "number")
    if any(_VV.match(seg.low) for seg in head):
        return Detected(BY_CODE["cong-van"], "vv")
    return Detected(None, "")


def _by_abbr(text: str) -> DocType | None:
    # The abbreviation's case matters (QĐ, QyĐ, TTr): take it from the original text.
    abbr = text[text.find("/") + 1 :].split("-", 1)[0].strip()
    return BY_ABBR.get(abbr)


def _is_appendix_file(head: list[Segment]) -> bool:
    """Opens with "Phụ lục …", then within a few lines "(Kèm theo …)", before any Quốc hiệu."""
    if not head or not _APPENDIX_LABEL.match(head[0].low):
        return False
    return any(_REFERENCE.match(seg.low) for seg in head[1:6])
