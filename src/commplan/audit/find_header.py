"""Finding the header block (Quốc hiệu, Tiêu ngữ, agency names, number, date) and the title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commplan.audit.model import Doc, Para
from commplan.audit.normalize import canon
from commplan.audit.segments import Segment, segments

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "KẾ HOẠCH"
DECISION = "QUYẾT ĐỊNH"
"""A Quyết định that issues the plan attached to it (PLAN-MODEL.md, document.form)."""
REPORT = "BÁO CÁO"
"""The agency's report on its plan (``commplan report``): the plan's frame under another title."""
_NATIONAL_KEY = canon(NATIONAL)
_TITLE_KEY = canon(TITLE)
TITLE_KEYS = frozenset({_TITLE_KEY, canon(DECISION), canon(REPORT)})
_MOTTO = re.compile(r"^độc\s*lập\s*\W*\s*tự\s*do\s*\W*\s*hạnh\s*phúc\W*$")
_NUMBER = re.compile(r"^số\s*:")
_DATE = re.compile(r",?\s*ngày\b.*\btháng\b.*\bnăm\b")
_AGENCY_KIND = re.compile(
    r"^(sở|ban|vụ|cục|tổng cục|chi cục|viện|trung tâm|phòng|văn phòng|thanh tra|ủy ban|uỷ ban"
    r"|bộ|hội đồng|trường|bệnh viện|đài|báo|kho bạc|công an|bộ chỉ huy|học viện|đại học)\b"
)
# The header block sits at the top of page 1; a few dozen paragraphs is plenty.
_SCAN = 60
_TITLE_SCAN = 12


@dataclass(slots=True)
class Header:
    """The header block (ô 1-4) and the title (ô 5a)."""

    national: Segment | None = None
    motto: Segment | None = None
    parent: list[Segment] = field(default_factory=list)
    agency: list[Segment] = field(default_factory=list)
    number: Segment | None = None
    date: Segment | None = None
    end: int = 1
    """Number of the first paragraph after the header block."""
    title: Segment | None = None
    other_title: Segment | None = None
    subject: list[Segment] = field(default_factory=list)


def find_header(doc: Doc) -> Header:
    """Locate the components of the header block and the title."""
    found = Header()
    head = _head(doc)
    found.national = next((s for s in head if canon(s.text) == _NATIONAL_KEY), None)
    after = head[head.index(found.national) + 1 :] if found.national else head
    found.motto = next((s for s in after if _MOTTO.match(s.low)), None)
    found.number = next((s for s in head if _NUMBER.match(s.low)), None)
    found.date = next((s for s in head if _DATE.search(s.low) and s is not found.number), None)
    found.end = _header_end(doc, found)
    found.parent, found.agency = _agencies(found, head)
    _title(doc, found)
    return found


def _head(doc: Doc) -> list[Segment]:
    """Segments of the top of page 1, up to the title or the first căn cứ.

    Stopping there keeps a căn cứ ("… ngày 22 tháng 6 năm 2015;") from being taken for the
    date line of a document that has none.
    """
    out: list[Segment] = []
    for para in doc.paras[:_SCAN]:
        parts = segments(para)
        if parts and (canon(parts[0].text) in TITLE_KEYS or parts[0].low.startswith("căn cứ")):
            break
        out.extend(parts)
    return out


def _header_end(doc: Doc, found: Header) -> int:
    anchors = [s for s in (found.national, found.motto, found.number, found.date) if s]
    if not anchors:
        return 1
    last = max(s.para.index for s in anchors)
    cell = doc.para(last).cell
    if cell is not None:
        last = max(last, doc.tables[cell.top[0]].last_para)
    return last + 1


def _agencies(found: Header, head: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    taken = {id(s) for s in (found.national, found.motto, found.number, found.date) if s}
    limit = found.number.para.index if found.number else found.end
    national_cell = found.national.para.cell if found.national else None
    candidates: list[Segment] = []
    for seg in head:
        if id(seg) in taken or seg.para.index >= found.end:
            continue
        if seg.para.index > limit or (
            seg.para.index == limit and found.number and seg.start >= found.number.start
        ):
            continue
        if national_cell is not None and not _left_of(seg.para, national_cell.top):
            continue
        if found.national and seg.para is found.national.para and seg.start > found.national.start:
            continue
        candidates.append(seg)
    return _split_parent(candidates)


def _left_of(para: Para, national: tuple[int, int, int]) -> bool:
    # In a header table the agency names are in another column than the Quốc hiệu.
    cell = para.cell
    return cell is None or cell.top[0] != national[0] or cell.top[2] != national[2]


def _split_parent(candidates: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Split the managing agency (H4) from the issuing agency (H5).

    The issuer's name starts with a kind of agency ("SỞ …", "BAN …"), while a name that wraps
    continues with its place or words ("TỈNH NAM ĐỊNH"); without such a line, leading lines
    that are not bold are taken for the managing agency.
    """
    for i, seg in enumerate(candidates[1:], start=1):
        if _AGENCY_KIND.match(seg.low):
            return candidates[:i], candidates[i:]
    bold = [all(s.props.bold for s in seg.spans()) for seg in candidates]
    if any(bold):
        first_bold = bold.index(True)
        return candidates[:first_bold], candidates[first_bold:]
    if len(candidates) >= 2:
        return candidates[:1], candidates[1:]
    return [], candidates


def _title(doc: Doc, found: Header) -> None:
    seen = 0
    for para in doc.paras[found.end - 1 : found.end - 1 + _TITLE_SCAN * 2]:
        parts = segments(para)
        if not parts:
            continue
        seen += 1
        for i, seg in enumerate(parts):
            if canon(seg.text) in TITLE_KEYS:
                found.title = seg
                found.subject = parts[i + 1 :] + _subject(doc, para.index + 1)
                return
        if found.other_title is None:
            found.other_title = parts[0]
        if seen >= 3:
            return


def _subject(doc: Doc, start: int) -> list[Segment]:
    out: list[Segment] = []
    for para in doc.paras[start - 1 :]:
        parts = segments(para)
        if not parts or para.props.align != "center" or parts[0].low.startswith("căn cứ"):
            break
        out.extend(parts)
    return out
