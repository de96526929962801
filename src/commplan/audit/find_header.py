"""Finding the header block (Quốc hiệu, Tiêu ngữ, agency names, number, date) and the title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commplan.audit.doctypes import BY_TITLE
from commplan.audit.model import Doc
from commplan.audit.normalize import canon, is_upper
from commplan.audit.segments import Segment, segments

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "KẾ HOẠCH"
_NATIONAL_KEY = canon(NATIONAL)
_MOTTO = re.compile(r"^độc\s*lập\s*\W*\s*tự\s*do\s*\W*\s*hạnh\s*phúc\W*$")
# The same, found inside a longer segment ("UBND TỈNH X   CỘNG HÒA … Độc lập - …" typed in one
# paragraph with spaces, or the two lines joined without a break).
_NATIONAL_IN = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.IGNORECASE)
_MOTTO_IN = re.compile(r"Độc\s*lập\s*\W{0,3}\s*Tự\s*do\s*\W{0,3}\s*Hạnh\s*phúc", re.IGNORECASE)
_NUMBER = re.compile(r"^số\s*:")
_VV = re.compile(r"^v/v\b")
_MAX_AGENCY_LINES = 4
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
    vv: Segment | None = None
    """A Công văn's trích yếu "V/v …" under the number (ô 5b)."""


def find_header(doc: Doc, title: str | None = TITLE, start: int = 1) -> Header:
    """Locate the header block from paragraph ``start`` and the tên loại ``title`` after it.

    ``title`` None: the type has no tên loại line (a Công văn).
    """
    found = Header()
    head = _head(doc, start)
    found.national = next((s for s in head if canon(s.text) == _NATIONAL_KEY), None)
    after = head[head.index(found.national) + 1 :] if found.national else head
    found.motto = next((s for s in after if _MOTTO.match(s.low)), None)
    found.number = next((s for s in head if _NUMBER.match(s.low)), None)
    found.date = next((s for s in head if _DATE.search(s.low) and s is not found.number), None)
    found.vv = next((s for s in head if _VV.match(s.low)), None)
    found.end = _header_end(doc, found, start)
    found.parent, found.agency = _agencies(found, head)
    if title is not None:
        _title(doc, found, canon(title))
    return found


def _head(doc: Doc, start: int) -> list[Segment]:
    """Segments of the top of page 1, up to a tên loại line or the first căn cứ.

    Stopping there keeps a căn cứ ("… ngày 22 tháng 6 năm 2015;") from being taken for the
    date line of a document that has none.
    """
    out: list[Segment] = []
    for para in doc.paras[start - 1 : start - 1 + _SCAN]:
        parts = segments(para)
        if parts and (canon(parts[0].text) in BY_TITLE or parts[0].low.startswith("căn cứ")):
            break
        for part in parts:
            out.extend(_split(part))
    return out


def _split(seg: Segment) -> list[Segment]:
    """The Quốc hiệu or Tiêu ngữ cut out of a segment that holds more text."""
    for pattern in (_NATIONAL_IN, _MOTTO_IN):
        match = pattern.search(seg.text)
        if match is None or match.group() == seg.text:
            continue
        start, end = seg.start + match.start(), seg.start + match.end()
        pieces = [
            _trim(Segment(seg.para, seg.start, start)),
            Segment(seg.para, start, end),
            _trim(Segment(seg.para, end, seg.end)),
        ]
        out: list[Segment] = []
        for piece in pieces:
            if piece is not None:
                out.extend(_split(piece) if piece.start != start else [piece])
        return out
    return [seg]


def _trim(seg: Segment) -> Segment | None:
    text = seg.text
    stripped = text.strip(" \u00a0")
    if not stripped:
        return None
    begin = seg.start + text.index(stripped)
    return Segment(seg.para, begin, begin + len(stripped))


def _header_end(doc: Doc, found: Header, start: int) -> int:
    anchors = [s for s in (found.national, found.motto, found.number, found.date, found.vv) if s]
    if not anchors:
        return start
    last = max(s.para.index for s in anchors)
    cell = doc.para(last).cell
    if cell is not None:
        last = max(last, doc.tables[cell.top[0]].last_para)
    return last + 1


def _agencies(found: Header, head: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """The agency lines: left of the Quốc hiệu and above the number.

    They stop at the first line that cannot be an agency's name (not in capitals), so a
    document without one gets one H5 finding instead of one per paragraph.
    """
    anchors = [s for s in (found.national, found.motto, found.number, found.date, found.vv) if s]
    taken = {id(s) for s in anchors}
    limit = found.number.para.index if found.number else found.end
    candidates: list[Segment] = []
    for seg in head:
        if id(seg) in taken or seg.para.index >= found.end or seg.para.index > limit:
            continue
        if found.number and seg.para is found.number.para and seg.start >= found.number.start:
            continue
        if not _in_agency_zone(seg, found, anchors):
            continue
        if not is_upper(seg.text) and not (candidates or found.national):
            break
        if not is_upper(seg.text) and len(seg.text) > 60:
            break
        candidates.append(seg)
        if len(candidates) >= _MAX_AGENCY_LINES:
            break
    return _split_parent(candidates)


def _in_agency_zone(seg: Segment, found: Header, anchors: list[Segment]) -> bool:
    """Left of the Quốc hiệu: another column of its table, before it on a tabbed line, or above."""
    if any(a.para is seg.para and a.start > seg.start for a in anchors if a is not found.number):
        return True  # "UBND TỈNH X<tab>CỘNG HÒA …" or "SỞ Y<tab>Độc lập - …"
    if any(a.para is seg.para for a in anchors):
        return False  # after an anchor on its own line
    national = found.national
    if national is None:
        return True
    cell, home = seg.para.cell, national.para.cell
    above = seg.para.index < national.para.index
    if home is not None:
        same_table = cell is not None and cell.top[0] == home.top[0]
        # Another column of the header table, or stacked above the Quốc hiệu in its own cell.
        return same_table and ((cell is not None and cell.top[2] != home.top[2]) or above)
    return above


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


def _title(doc: Doc, found: Header, key: str) -> None:
    seen = 0
    for para in doc.paras[found.end - 1 : found.end - 1 + _TITLE_SCAN * 2]:
        parts = segments(para)
        if not parts:
            continue
        seen += 1
        for i, seg in enumerate(parts):
            if canon(seg.text) == key:
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
