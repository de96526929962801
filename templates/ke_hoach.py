"""Source of the built-in template ``ke-hoach``: a Kế hoạch in the format of ND30 (§13).

Run it to regenerate the packaged template (a test fails when the two differ):

    python templates/ke_hoach.py [OUT.docx]   # default: src/commplan/templates/ke-hoach.docx

The output is byte-stable: the zip is normalised like a rendered document. The Jinja variables
the template uses are documented in docs/template-context.md.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from builder import ParaFormat, el, lean_document, mm, paragraph, replace_child
from builder_tables import fixed_table
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.section import Section
from ke_hoach_appendices import activity_appendix, budget_appendix, gantt_appendix
from ke_hoach_styles import define_styles

from commplan.render.zipnorm import normalise_zip

OUT = Path(__file__).resolve().parents[1] / "src" / "commplan" / "templates" / "ke-hoach.docx"
A4 = (11906, 16838)
MARGINS = {"top": mm(20), "bottom": mm(20), "left": mm(30), "right": mm(15)}
TEXT_WIDTH = A4[0] - MARGINS["left"] - MARGINS["right"]
HEADER_COLUMNS = (mm(64), TEXT_WIDTH - mm(64))
CLOSING_COLUMNS = (mm(75), TEXT_WIDTH - mm(75))
SIGNING_SPACE_LINES = 5


def page_setup(section: Section, *, landscape: bool = False, restart: bool = False) -> None:
    """A4 with the ND30 §13 margins, header 10 mm from the edge, page 1 without a number."""
    sectpr = section._sectPr
    width, height = (A4[1], A4[0]) if landscape else A4
    page = el("w:pgSz", w=width, h=height)
    if landscape:
        page.set(qn("w:orient"), "landscape")
    replace_child(sectpr, page)
    margins = {**MARGINS, "header": mm(10), "footer": mm(10), "gutter": 0}
    replace_child(sectpr, el("w:pgMar", **margins))
    section.start_type = WD_SECTION.NEW_PAGE
    if restart:
        # Each appendix numbers its pages from 1 (ND30 A6).
        replace_child(sectpr, el("w:pgNumType", start=1))
    section.different_first_page_header_footer = True


def page_headers(doc: DocumentObject) -> None:
    """The centred PAGE field in the default header; an empty first-page header (ND30 P4)."""
    first = doc.sections[0]
    first.first_page_header.is_linked_to_previous = False
    header = first.header
    header.is_linked_to_previous = False
    par = header.paragraphs[0]
    replace_child(par._p.get_or_add_pPr(), el("w:pStyle", val="Header"))
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        run = el("w:r")
        if kind:
            run.append(el("w:fldChar", fldCharType=kind))
        else:
            tag = "w:instrText" if text == " PAGE " else "w:t"
            child = el(tag)
            child.text = text
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(child)
        par._p.append(run)
    end = el("w:r")
    end.append(el("w:fldChar", fldCharType="end"))
    par._p.append(end)


def share_headers(doc: DocumentObject) -> None:
    """Point every section at the first section's header parts, explicitly."""
    refs = doc.sections[0]._sectPr.findall(qn("w:headerReference"))
    for section in doc.sections[1:]:
        for ref in refs:
            section._sectPr.add_headerReference(ref.type_, ref.rId)


def header_block(doc: DocumentObject, *, numbered: bool = True) -> None:
    """ô 1-4 and 10: the borderless two-row table of ND30 §13.

    A plan attached to a Quyết định has the first row only: no number, place or date
    (Phụ lục III, "Mẫu văn bản được ban hành kèm theo quyết định").
    """
    table = fixed_table(doc, HEADER_COLUMNS, borders=False)
    left, right = (c for c in table.rows[0].cells)
    left._tc.remove(left.paragraphs[0]._p)
    paragraph(left, "{%p if document.parent_agency %}")
    paragraph(left, "{{ document.parent_agency }}", "CpBlock")
    paragraph(left, "{%p endif %}")
    paragraph(left, "{{ document.issuer }}", "CpBlockBold")
    paragraph(left, "", "CpRuleShort")
    right._tc.remove(right.paragraphs[0]._p)
    paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CpBlockBold")
    paragraph(right, "Độc lập - Tự do - Hạnh phúc", "CpMotto")
    paragraph(right, "", "CpRuleFull")
    if not numbered:
        return
    row = table.add_row()  # type: ignore[no-untyped-call]
    number, date = row.cells
    number._tc.remove(number.paragraphs[0]._p)
    paragraph(number, "Số: {{ document.number }}/{{ document.symbol }}", "CpNumber")
    for mark in ("confidentiality", "urgency"):  # ô 10a above ô 10b
        paragraph(number, f"{{%p if document.{mark} %}}")
        paragraph(number, f"{{{{ document.{mark} }}}}", "CpStamp")
        paragraph(number, "{%p endif %}")
    date._tc.remove(date.paragraphs[0]._p)
    paragraph(date, "{{ document.place }}, {{ document.date }}", "CpPlaceDate")


def opening(doc: DocumentObject) -> None:
    """Thực hiện, căn cứ, theo đề nghị and the issuing clause, punctuated by the context."""
    paragraph(doc, "{%p for p in opening %}")
    paragraph(doc, '{%p if p.kind == "basis" %}')
    paragraph(doc, "{{ p.text }}", "CpCanCu")
    paragraph(doc, "{%p else %}")
    paragraph(doc, "{{ p.text }}")
    paragraph(doc, "{%p endif %}")
    paragraph(doc, "{%p endfor %}")


def decision(doc: DocumentObject) -> None:
    """Mẫu 1.3 of Phụ lục III: the Quyết định that issues the plan, up to its signature."""
    paragraph(doc, "QUYẾT ĐỊNH", "CpTitle")
    paragraph(doc, "{{ decision.subject }}", "CpSubject")
    paragraph(doc, "", "CpRuleShort", ParaFormat(after=240))
    paragraph(doc, "{{ decision.authority }}", "CpAuthority")
    opening(doc)
    paragraph(doc, "QUYẾT ĐỊNH:", "CpAuthority")
    paragraph(doc, "{%p for a in decision.articles %}")
    article = paragraph(doc, "{{ a.label }}")
    article.runs[0].bold = True
    article.add_run(" {{ a.text }}")
    paragraph(doc, "{%p endfor %}")
    closing_block(doc)


def title_and_opening(doc: DocumentObject) -> None:
    """The Quyết định and the attached plan's head, or the Kế hoạch's title and opening."""
    paragraph(doc, "{%p if document.is_decision %}")
    decision(doc)
    # The attached plan starts on a new page, numbered from 1 like a document of its own.
    page_setup(doc.add_section(WD_SECTION.NEW_PAGE), restart=True)
    header_block(doc, numbered=False)
    paragraph(doc, "{%p endif %}")
    paragraph(doc, "KẾ HOẠCH", "CpTitle")
    paragraph(doc, "{{ document.title }}", "CpSubject")
    paragraph(doc, "{%p if document.is_decision %}")
    paragraph(doc, "{{ decision.attached }}", "CpAttached")
    paragraph(doc, "{%p endif %}")
    paragraph(doc, "", "CpRuleShort", ParaFormat(after=240))
    paragraph(doc, "{%p for p in situation %}")
    paragraph(doc, "{{ p }}")
    paragraph(doc, "{%p endfor %}")
    paragraph(doc, "{%p if not document.is_decision %}")
    opening(doc)
    paragraph(doc, "{%p endif %}")


def body(doc: DocumentObject) -> None:
    """Mục I-V from ``sections``; labels are literal text (ND30 §5), then the closing line."""
    paragraph(doc, "{%p for s in sections %}")
    paragraph(doc, "{{ s.number }}. {{ s.title }}", "CpMuc")
    paragraph(doc, "{%p for b in s.blocks %}")
    paragraph(doc, '{%p if b.kind == "heading" %}')
    paragraph(doc, "{{ b.label }} {{ b.text }}", "CpKhoan")
    paragraph(doc, "{%p else %}")
    paragraph(doc, "{% if b.label %}{{ b.label }} {% endif %}{{ b.text }}")
    paragraph(doc, "{%p endif %}")
    paragraph(doc, "{%p endfor %}")
    paragraph(doc, "{%p endfor %}")
    paragraph(doc, "{{ closing }}", fmt=ParaFormat(keep_next=True))


def closing_block(doc: DocumentObject) -> None:
    """ô 9b (Nơi nhận) beside ô 7a-7c (the signer), in one row that never splits."""
    table = fixed_table(doc, CLOSING_COLUMNS, borders=False)
    table.rows[0]._tr.get_or_add_trPr().append(el("w:cantSplit"))
    # 12 pt above both columns, so "Nơi nhận:" and the first authority line stay level.
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    margins.insert(0, el("w:top", w=240, type="dxa"))
    left, right = table.rows[0].cells
    left._tc.remove(left.paragraphs[0]._p)
    paragraph(left, "Nơi nhận:", "CpRecipientsHead")
    paragraph(left, "{%p for r in recipients %}")
    paragraph(left, "- {{ r }};", "CpRecipients")
    paragraph(left, "{%p endfor %}")
    paragraph(left, "- Lưu: {{ document.archive }}.", "CpRecipients")
    right._tc.remove(right.paragraphs[0]._p)
    paragraph(right, "{%p if signer %}")
    paragraph(right, "{%p for line in signer.authority %}")
    paragraph(right, "{{ line }}", "CpSigner")
    paragraph(right, "{%p endfor %}")
    paragraph(right, "{{ signer.title }}", "CpSigner")
    for _ in range(SIGNING_SPACE_LINES):
        paragraph(right, "", "CpSigner")
    paragraph(right, "{{ signer.name }}", "CpSigner")
    paragraph(right, "{%p endif %}")
    # A cell must keep a paragraph even when there is no signer.
    paragraph(right, "", "CpSigner")


def appendices(doc: DocumentObject) -> None:
    """Phụ lục I-III, each in its own section, each written only when the context has it.

    A section's properties sit in the paragraph that ends it, which python-docx adds with the
    next section; so each ``{%p if %}`` opens at the start of an appendix and its ``{%p endif %}``
    closes after that section break, and a left-out appendix leaves no empty page behind.
    """
    sections = (("activities", activity_appendix, False), ("gantt", gantt_appendix, True))
    for i, (key, add, landscape) in enumerate(sections):
        page_setup(doc.add_section(WD_SECTION.NEW_PAGE), landscape=landscape, restart=True)
        if i:
            paragraph(doc, "{%p endif %}")
        paragraph(doc, f"{{%p if appendices.{key} %}}")
        add(doc)
    page_setup(doc.add_section(WD_SECTION.NEW_PAGE), restart=True)
    paragraph(doc, "{%p endif %}")
    budget_appendix(doc)


def build() -> bytes:
    """The template as normalised .docx bytes."""
    doc = lean_document()
    define_styles(doc)
    page_setup(doc.sections[0])
    header_block(doc)
    title_and_opening(doc)
    body(doc)
    paragraph(doc, "{%p if not document.is_decision %}")
    closing_block(doc)
    paragraph(doc, "{%p endif %}")
    appendices(doc)
    return finish(doc)


def finish(doc: DocumentObject) -> bytes:
    """Page headers shared by every section, then the normalised .docx bytes (every template)."""
    page_headers(doc)
    share_headers(doc)
    out = io.BytesIO()
    doc.save(out)
    return normalise_zip(out.getvalue(), epoch=0)


def write(data: bytes, packaged: Path) -> None:
    """Write a built template to the path given on the command line, or to ``packaged``."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else packaged
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def main() -> None:
    """Write the template to the path given, or to the packaged location."""
    write(build(), OUT)


if __name__ == "__main__":
    main()
