"""A corpus of administrative documents of many types, laid out the ways real offices do.

Each builder makes one document with python-docx: header tables with tabs, the Quốc hiệu and
the agency in one cell, rules drawn as line shapes, a Công văn with "V/v" and "Kính gửi", a
Quyết định with its Điều and the plan it issues, a Báo cáo, a Giấy mời, …. Some carry defects
on purpose; ``tests/audit/test_corpus.py`` lists by hand the findings each must get.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml

from commplan.audit.metrics import text_width
from tests.audit.builder import (
    AGENCY_COL,
    NATIONAL_COL,
    NOTE_COL,
    SIGN_COL,
    TEXT_WIDTH,
    Fmt,
    _table,
    add_para,
    add_run,
    rule,
    w,
)

MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
C13 = Fmt(size=26, align="center", first_line=0, before=0)
C13B = Fmt(size=26, bold=True, align="center", first_line=0, before=0)
C14B = Fmt(size=28, bold=True, align="center", first_line=0, before=0)
C14I = Fmt(size=28, italic=True, align="center", first_line=0, before=0)
LEFT11 = Fmt(size=22, align="left", first_line=0, before=0)
_VML = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:line from="0,0" to="{pt}pt,0"/>'
    "</w:pict></w:r>"
)

Run = tuple[str, Fmt]


def runs(container: object, parts: Sequence[Run], para: Fmt, tab: int | None = None) -> object:
    """A paragraph of several runs, each with its own format, and a centre tab stop."""
    p = add_para(container, "", para)
    if tab is not None:
        tabs = w("tabs")
        tabs.append(w("tab", val="center", pos=tab))  # type: ignore[attr-defined]
        p._p.get_or_add_pPr().append(tabs)  # type: ignore[attr-defined]
    for text, fmt in parts:
        add_run(p, text, fmt)
    return p


def line_shape(container: object, *lengths: int) -> None:
    """An empty centred paragraph holding drawn lines (VML) of ``lengths`` twips."""
    p = add_para(container, "", Fmt(size=6, align="center", first_line=0, before=0))
    for length in lengths:
        p._p.append(parse_xml(_VML.format(pt=round(length / 20))))  # type: ignore[attr-defined]


def _agency_rule(cell: object, agency: str) -> None:
    rule(cell, AGENCY_COL, round(0.4 * min(text_width(agency, 26, bold=True), AGENCY_COL)))


def header_table(
    doc: DocumentObject,
    agency: str,
    number: str,
    date: str | None,
    *,
    parent: str | None = "UBND TỈNH NAM ĐỊNH",
    vv: str | None = None,
    shapes: bool = False,
) -> None:
    """The usual two-column borderless header table (Mẫu 1.4)."""
    table = _table(doc, (AGENCY_COL, NATIONAL_COL), 2)
    left, right = table.rows[0].cells  # type: ignore[attr-defined]
    if parent:
        add_para(left, parent, C13)
    add_para(left, agency, C13B)
    add_para(right, NATIONAL, Fmt(size=24, bold=True, align="center", first_line=0, before=0))
    add_para(right, MOTTO, C14B)
    if shapes:
        line_shape(left, round(0.4 * text_width(agency, 26, bold=True)))
        line_shape(right, text_width(MOTTO, 28, bold=True))
    else:
        _agency_rule(left, agency)
        rule(right, NATIONAL_COL, text_width(MOTTO, 28, bold=True))
    left, right = table.rows[1].cells  # type: ignore[attr-defined]
    add_para(left, number, C13)
    if vv:
        add_para(left, vv, Fmt(size=24, align="center", first_line=0, before=120))
    if date:
        add_para(right, date, C14I)


def tabbed_header(doc: DocumentObject, lines: Sequence[tuple[Run, Run]]) -> None:
    """A one-cell table whose lines put the agency and the Quốc hiệu side by side with tabs."""
    table = _table(doc, (TEXT_WIDTH, 1), 1)
    cell = table.rows[0].cells[0]  # type: ignore[attr-defined]
    for left, right in lines:
        runs(cell, [left, ("\t", left[1]), right], Fmt(align="left", first_line=0, before=0), 6800)


def title(doc: DocumentObject, name: str, subject: str | None) -> None:
    """The tên loại, the trích yếu and the rule under them."""
    add_para(doc, "", Fmt(align="center", first_line=0, before=0))
    add_para(doc, name, C14B)
    last = name
    if subject:
        add_para(doc, subject, C14B)
        last = subject
    rule(doc, TEXT_WIDTH, round(0.4 * text_width(last, 28, bold=True)))


def body(doc: DocumentObject, texts: Sequence[str]) -> None:
    """Body paragraphs; a text starting "#" is a bold heading."""
    for text in texts:
        if text.startswith("#"):
            add_para(doc, text[1:], Fmt(bold=True))
        else:
            add_para(doc, text)


def closing(
    doc: DocumentObject,
    recipients: Sequence[str],
    authority: Sequence[str] = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    name: str = "Trần Văn Bình",
) -> None:
    """The closing table: Nơi nhận on the left, the signature on the right."""
    table = _table(doc, (NOTE_COL, SIGN_COL), 1)
    left, right = table.rows[0].cells  # type: ignore[attr-defined]
    add_para(left, "Nơi nhận:", Fmt(size=24, bold=True, italic=True, align="left", first_line=0))
    for entry in recipients:
        add_para(left, entry, LEFT11)
    for line in authority:
        add_para(right, line, C14B)
    for _ in range(3):
        add_para(right, "", C14B)
    add_para(right, name, C14B)


@dataclass(frozen=True)
class Case:
    """One document of the corpus and the findings expected on it: (rule, start of text)."""

    name: str
    build: Callable[[], DocumentObject]
    expected: frozenset[tuple[str, str]] = frozenset()
    doc_type: str | None = None


BUILDERS: dict[str, Callable[[], DocumentObject]] = {}


def builder(func: Callable[[], DocumentObject]) -> Callable[[], DocumentObject]:
    """Register a document builder under its function name."""
    BUILDERS[func.__name__] = func
    return func


def new_section(doc: DocumentObject) -> None:
    """A new page and section, page numbers continuing."""
    doc.add_section(WD_SECTION.NEW_PAGE)
