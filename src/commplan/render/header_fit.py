"""Fit a long agency name into the header block without Word wrapping it mid-phrase.

A name broken by convention ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI", see
:mod:`commplan.render.agency`) can have a line wider than the template's 64 mm agency column.
Offices then set the names at 12 pt and give the left column more room; ND30 allows 12-13 pt
for both the agency names (H4, H5) and the Quốc hiệu (H1). So, only when a line does not fit:
the left column widens as far as the Quốc hiệu beside it allows; if that is not enough the
agency lines go to 12 pt, and then the Quốc hiệu too. Names that fit are left untouched.
"""

from __future__ import annotations

from typing import Final

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]

from commplan.render.postprocess import Styles, apply_grid, available_width

NATIONAL: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SMALL: Final = 24
"""12 pt in half-points."""


def _text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def _shrink(paragraphs: list[etree._Element]) -> None:
    for paragraph in paragraphs:
        for run in paragraph.iter(qn("w:r")):
            rpr = run.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                run.insert(0, rpr)
            for tag in ("w:sz", "w:szCs"):
                old = rpr.find(qn(tag))
                if old is not None:
                    rpr.remove(old)
                size = OxmlElement(tag)
                size.set(qn("w:val"), str(SMALL))
                rpr.append(size)


def _fit(body: etree._Element, table: etree._Element, styles: Styles) -> None:
    row = table.find(qn("w:tr"))
    left, right = row.findall(qn("w:tc"))[:2]
    agency = [p for p in left.iter(qn("w:p")) if _text(p).strip()]
    national = [p for p in right.iter(qn("w:p")) if _text(p).strip() == NATIONAL]
    if not agency or not national:
        return
    room = available_width(body, agency[0])
    margins = int(left.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w"))) - room
    total = sum(int(c.get(qn("w:w"))) for c in table.find(qn("w:tblGrid")))

    def widest() -> int:
        return max(styles.measure(p) for p in agency)

    if widest() <= room:
        return
    for step in (None, agency, national):
        if step is not None:
            _shrink(step)
        need = widest() + margins
        if total - need >= styles.measure(national[0]) + margins:
            break
    left_width = min(max(need, room + margins), total - styles.measure(national[0]) - margins)
    columns = len(table.find(qn("w:tblGrid")))
    apply_grid(table, [left_width, total - left_width][:columns])


def fit_header(doc: DocumentObject) -> None:
    """Widen the agency column (and go to 12 pt) where a name's line would wrap."""
    body = doc.element.body
    styles = Styles(doc)
    for table in body.findall(qn("w:tbl")):
        # The table's text as libxml2 joins it. itertext() called python-docx's ``text``
        # property of every paragraph and run on the way: 5 seconds on the task table of a
        # 5,000-activity plan, to find a header that is always a small table.
        if NATIONAL in table.xpath("string()"):
            _fit(body, table, styles)
