"""Our own output: every rendered example passes, and breaking one rule of it gives that error.

The broken documents are made in the tests from a rendered example (never stored): each edit
changes one thing, found through the auditor's own map of the document so that the tests do not
depend on the example's wording.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from commplan.audit.engine import audit_file
from commplan.audit.layout import Layout
from commplan.render.pdf import find_soffice
from commplan.source.diagnostics import Severity
from commplan.vn.formats import POINT_LETTERS
from tests.audit.builder import build_plan, w
from tests.audit.mutate import error_ids, set_para_prop, set_run_prop, set_text, text_of
from tests.audit.rendered import EXAMPLE_FILES, open_copy, round_trip

SUBJECT = "ke-hoach-ubnd-tinh-2022"


@dataclass(frozen=True)
class Target:
    """A rendered document to break: python-docx's tree, its numbered paragraphs, the map."""

    doc: DocumentObject
    paras: list[Any]
    layout: Layout


Edit = Callable[[Target], None]


@pytest.mark.parametrize("example", [p.stem for p in EXAMPLE_FILES])
def test_every_rendered_example_passes_with_no_error(
    rendered_examples: dict[str, Path], example: str
) -> None:
    path = rendered_examples[example]
    found = audit_file(path, path.name)
    assert [f"{d.line} {d.rule} {d.message}" for d in found if d.severity is Severity.ERROR] == []


def _body(layout: Layout, nth: int = 0) -> int:
    return layout.body[nth].index - 1


def _first_section(doc: DocumentObject) -> Any:
    return doc.sections[0]._sectPr


def margins(t: Target) -> None:
    _first_section(t.doc).find(qn("w:pgMar")).set(qn("w:left"), "1417")


def page_number_on_page_1(t: Target) -> None:
    sect = _first_section(t.doc)
    sect.remove(sect.find(qn("w:titlePg")))


def arial(t: Target) -> None:
    set_run_prop(t.paras[_body(t.layout)], "rFonts", ascii="Arial", hAnsi="Arial", cs="Arial")


def month_08(t: Target) -> None:
    assert t.layout.header.date is not None
    p = t.paras[t.layout.header.date.para.index - 1]
    set_text(p, text_of(p).replace("tháng 3 ", "tháng 08 "))


def no_rule_under_motto(t: Target) -> None:
    """The rule is an empty paragraph whose style draws a bottom border: switch it off."""
    assert t.layout.header.motto is not None
    borders = w("pBdr")
    borders.append(w("bottom", val="nil"))
    t.paras[t.layout.header.motto.para.index].get_or_add_pPr().append(borders)


def en_dashes(t: Target) -> None:
    assert t.layout.header.motto is not None
    set_text(t.paras[t.layout.header.motto.para.index - 1], "Độc lập – Tự do – Hạnh phúc")


def f_after_e(t: Target) -> None:
    """Continue the first series of points up to e), then add f)."""
    points = [p for p in t.layout.body if text_of(t.paras[p.index - 1])[1:3] == ") "]
    last = next(p for p, q in pairwise(points) if q.index != p.index + 1)
    element = t.paras[last.index - 1]
    letter = text_of(element)[0]
    for new in [
        *POINT_LETTERS[POINT_LETTERS.index(letter) + 1 : POINT_LETTERS.index("e") + 1],
        "f",
    ]:
        clone = copy.deepcopy(element)
        element.addnext(clone)
        set_text(clone, f"{new}) Nội dung bổ sung;")
        element = clone


def recipient_without_semicolon(t: Target) -> None:
    p = t.paras[t.layout.recipients[0].index - 1]
    set_text(p, text_of(p).rstrip(";"))


def archive_with_semicolon(t: Target) -> None:
    p = t.paras[t.layout.recipients[-1].index - 1]
    set_text(p, text_of(p).rstrip(".") + ";")


def red(t: Target) -> None:
    set_run_prop(t.paras[_body(t.layout)], "color", val="C00000")


def national_not_bold(t: Target) -> None:
    assert t.layout.header.national is not None
    set_run_prop(t.paras[t.layout.header.national.para.index - 1], "b", val="0")


def number_without_zero(t: Target) -> None:
    assert t.layout.header.number is not None
    p = t.paras[t.layout.header.number.para.index - 1]
    set_text(p, "Số: 5/" + text_of(p).split("/", 1)[1])


def body_left(t: Target) -> None:
    set_para_prop(t.paras[_body(t.layout)], "jc", val="left")


def body_no_indent(t: Target) -> None:
    set_para_prop(t.paras[_body(t.layout)], "ind", firstLine=0)


def body_double(t: Target) -> None:
    set_para_prop(
        t.paras[_body(t.layout)], "spacing", before=120, after=0, line=480, lineRule="auto"
    )


def basis_upright(t: Target) -> None:
    set_run_prop(t.paras[t.layout.bases[0].index - 1], "i", val="0")


def signer_in_capitals(t: Target) -> None:
    assert t.layout.signer_name is not None
    p = t.paras[t.layout.signer_name.index - 1]
    set_text(p, text_of(p).upper())


def appendix_in_capitals(t: Target) -> None:
    p = t.paras[t.layout.appendices[0].label.index - 1]
    set_text(p, text_of(p).upper())


def appendix_numbering(t: Target) -> None:
    label = t.layout.appendices[0].label
    sect = t.doc.sections[label.section - 1]._sectPr
    sect.remove(sect.find(qn("w:pgNumType")))


def title_upright_plain(t: Target) -> None:
    assert t.layout.header.title is not None
    set_run_prop(t.paras[t.layout.header.title.para.index - 1], "b", val="0")


EDITS: list[tuple[Edit, str]] = [
    (margins, "P3"),
    (page_number_on_page_1, "P4"),
    (arial, "F1"),
    (red, "F2"),
    (month_08, "H8"),
    (no_rule_under_motto, "H3"),
    (en_dashes, "H2"),
    (national_not_bold, "H1"),
    (number_without_zero, "H7"),
    (title_upright_plain, "H9"),
    (f_after_e, "B-POINT"),
    (body_left, "B2"),
    (body_no_indent, "B3"),
    (body_double, "B5"),
    (basis_upright, "B8"),
    (recipient_without_semicolon, "N2"),
    (archive_with_semicolon, "N3"),
    (signer_in_capitals, "S2"),
    (appendix_in_capitals, "A2"),
    (appendix_numbering, "A6"),
]


@pytest.mark.parametrize(("edit", "rule"), EDITS, ids=[e.__name__ for e, _ in EDITS])
def test_breaking_one_rule_of_our_output_gives_exactly_that_error(
    rendered_examples: dict[str, Path], tmp_path: Path, edit: Edit, rule: str
) -> None:
    doc, paras, layout = open_copy(rendered_examples[SUBJECT])
    edit(Target(doc, paras, layout))
    path = tmp_path / "broken.docx"
    doc.save(str(path))
    found = audit_file(path, path.name)
    assert error_ids(found) == {rule}, [f"{d.line} {d.rule} {d.message}" for d in found]


@pytest.mark.soffice
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLE_FILES])
def test_a_libreoffice_round_trip_is_audited_without_a_crash(
    rendered_examples: dict[str, Path], tmp_path: Path, example: str
) -> None:
    back = round_trip(rendered_examples[example], tmp_path, _soffice())
    found = audit_file(back, back.name)
    # LibreOffice renames the styles and rewrites the headers but keeps every property the
    # checks read, so the round-tripped document still has no error.
    assert "X-FILE" not in {d.rule for d in found}
    assert [f"{d.line} {d.rule} {d.message}" for d in found if d.severity is Severity.ERROR] == []


@pytest.mark.soffice
def test_a_round_trip_of_a_directly_formatted_document_keeps_it_clean(tmp_path: Path) -> None:
    source = tmp_path / "direct.docx"
    build_plan().save(str(source))
    back = round_trip(source, tmp_path, _soffice())
    assert audit_file(back, back.name) == []


def _soffice() -> str:
    soffice = find_soffice()
    assert soffice is not None, "COMMPLAN_REQUIRE_SOFFICE=1 but LibreOffice is not installed"
    return soffice
