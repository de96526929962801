"""Sorting the paragraphs of a text into headings and body paragraphs.

Body checks (B1-B7) apply to body paragraphs only. Headings are "Phần", "Mục" (I.) and titled
"Khoản" (1. in bold) lines, Word heading styles, and lines set apart on purpose: short centred
lines and short lines wholly in bold (a caption, "QUYẾT ĐỊNH:"). Signature instructions
("(Ký và ghi rõ họ tên)") are neither. Specimens are skipped: after a heading or caption that
names a "Mẫu" (a form shown as an example, as in the decree's own annexes) up to the next
Phần or Mục, the layout is the specimen's, not the text's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commplan.audit.find_closing import is_instruction
from commplan.audit.model import Doc, Para
from commplan.audit.normalize import is_upper, nfc
from commplan.audit.segments import segments

# "Phần I", "Phần thứ nhất" as a line of its own (optionally with its title after "." or ":").
_PART = re.compile(r"^phần\s+(thứ\s+\S+|[ivxlcdm]+)\s*(?:[.:]\s*(?P<title>.*))?$", re.IGNORECASE)
_SECTION = re.compile(r"^[IVXLCDM]+\.\s")
_CLAUSE = re.compile(r"^\d+(\.\d+)+\.?\s|^\d+\.\s")
_SPECIMEN = re.compile(r"\bmẫu\b")
_SENTENCE_END = re.compile(r"[^.…]\.$|;$")
_SHORT = 120


def low(para: Para) -> str:
    """Case-folded NFC text with whitespace runs as one space."""
    return " ".join(nfc(para.text).casefold().split())


@dataclass(slots=True)
class Text:
    """The paragraphs of a text by kind, and the specimens' extents (first, last paragraph)."""

    headings: list[Para] = field(default_factory=list)
    body: list[Para] = field(default_factory=list)
    specimens: list[tuple[int, int]] = field(default_factory=list)


def classify(doc: Doc, start: int, end: int) -> Text:
    """Headings and body paragraphs outside tables from ``start`` to ``end - 1``."""
    out = Text()
    headings, body = out.headings, out.body
    part_title_next = False
    specimen = False
    for para in doc.outside_tables(start, end):
        if para.blank or not segments(para) or is_instruction(para):
            continue
        heading = part_title_next or is_heading(para) or _is_display(para)
        if heading:
            kind = heading_kind(para)
            if _SPECIMEN.search(low(para)):
                if not specimen:
                    out.specimens.append((para.index, end - 1))
                specimen = True
            elif kind in ("part", "section") and specimen:
                out.specimens[-1] = (out.specimens[-1][0], para.index - 1)
                specimen = False
            part_title_next = kind == "part" and not part_title_next
        if specimen:
            continue
        (headings if heading else body).append(para)
    return out


def is_heading(para: Para) -> bool:
    """A "Phần", "Mục" (I.), titled "Khoản" (1. in bold) line, or a Word heading style."""
    text = nfc(para.text).strip()
    if para.heading_style or _is_part(para) or _SECTION.match(text):
        return True
    spans = para.spans_in()
    return bool(_CLAUSE.match(text)) and bool(spans) and all(s.props.bold for s in spans)


def _is_part(para: Para) -> bool:
    """A "Phần I" or "Phần thứ nhất" line, alone or followed by its title in capitals."""
    match = _PART.match(" ".join(nfc(para.text).split()))
    return match is not None and (not match.group("title") or is_upper(match.group("title")))


def _is_display(para: Para) -> bool:
    """A short line set apart on purpose (centred, or wholly bold), not a sentence of text."""
    text = nfc(para.text).strip()
    if len(text) > _SHORT or _SENTENCE_END.search(text):
        return False
    spans = para.spans_in()
    return para.props.align == "center" or (bool(spans) and all(s.props.bold for s in spans))


def heading_kind(para: Para) -> str:
    """``part``, ``section`` (Mục), ``clause`` (Khoản) or ``other`` for a heading."""
    if _is_part(para):
        return "part"
    text = nfc(para.text).strip()
    if _SECTION.match(text):
        return "section"
    if _CLAUSE.match(text):
        return "clause"
    return "other"
