"""Effective run and paragraph properties through styles, defaults, theme and numbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from commplan.audit.load import load_doc
from commplan.audit.model import Doc
from commplan.audit.package import read_package
from tests.audit.rawdocx import SECT, THEME, para, write_docx


def _doc(tmp_path: Path, body: str, **parts: str) -> Doc:
    return load_doc(read_package(write_docx(tmp_path / "t.docx", body + SECT, **parts)))


def _props(doc: Doc, index: int = 1):  # type: ignore[no-untyped-def]
    return doc.paras[index - 1].spans[0].props


STYLES = """
<w:docDefaults><w:rPrDefault><w:rPr>
  <w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/>
</w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>
  <w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Normal"/>
  <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child"/><w:basedOn w:val="Body"/>
  <w:pPr><w:ind w:hanging="360"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/></w:style>
"""


def test_doc_defaults_and_theme_fonts_apply_without_any_style(tmp_path: Path) -> None:
    doc = _doc(tmp_path, para("x"), styles=STYLES, theme=THEME)
    props = _props(doc)
    assert props.font("hAnsi") == "Calibri" and props.size == 22
    assert doc.paras[0].props.align == "both" and doc.paras[0].props.first_line == 567
    assert doc.paras[0].props.after == 160


@pytest.mark.parametrize(("lang", "face"), [("vi-VN", "Arial"), ("en-US", "Calibri")])
def test_a_vietnamese_theme_language_uses_the_themes_viet_face(
    tmp_path: Path, lang: str, face: str
) -> None:
    settings = f'<w:themeFontLang w:val="{lang}"/>'
    doc = _doc(tmp_path, para("x"), styles=STYLES, theme=THEME, settings=settings)
    assert _props(doc).font("ascii") == face


def test_based_on_chain_is_followed_and_the_nearest_value_wins(tmp_path: Path) -> None:
    doc = _doc(tmp_path, para("x", '<w:pStyle w:val="Child"/>'), styles=STYLES, theme=THEME)
    props = _props(doc)
    assert props.font("hAnsi") == "Times New Roman" and props.size == 28
    assert props.bold and props.italic
    assert doc.paras[0].props.first_line == -360 and doc.paras[0].props.align == "both"


def test_a_toggle_property_in_two_style_levels_cancels_out(tmp_path: Path) -> None:
    run = '<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>x</w:t></w:r>'
    body = f'<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr>{run}</w:p>'
    doc = _doc(tmp_path, body, styles=STYLES, theme=THEME)
    assert not _props(doc).bold


def test_direct_formatting_wins_over_every_style(tmp_path: Path) -> None:
    body = para(
        "x", '<w:pStyle w:val="Body"/><w:jc w:val="left"/>', '<w:b w:val="0"/><w:sz w:val="26"/>'
    )
    doc = _doc(tmp_path, body, styles=STYLES, theme=THEME)
    assert not _props(doc).bold and _props(doc).size == 26 and doc.paras[0].props.align == "left"


def test_a_style_cycle_and_a_missing_style_do_not_hang(tmp_path: Path) -> None:
    body = para("x", '<w:pStyle w:val="Loop1"/>') + para("y", '<w:pStyle w:val="Nope"/>')
    doc = _doc(tmp_path, body, styles=STYLES, theme=THEME)
    assert [p.props.align for p in doc.paras] == ["left", "both"]


def test_no_styles_part_gives_word_defaults(tmp_path: Path) -> None:
    doc = _doc(tmp_path, para("x"))
    props = _props(doc)
    assert props.size == 20 and props.font("ascii") is None and not props.bold


def test_hidden_text_deleted_text_and_field_codes_are_not_visible(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>A</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
        "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>B</w:t></w:r></w:ins>"
        "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:hyperlink><w:r><w:t>C</w:t></w:r></w:hyperlink>"
        "<w:r><w:tab/><w:t>D</w:t><w:br/><w:t>E</w:t></w:r></w:p>"
    )
    doc = _doc(tmp_path, body)
    assert doc.paras[0].text == "ABC\tD\nE"


def test_decomposed_text_is_normalised_and_flagged(tmp_path: Path) -> None:
    doc = _doc(tmp_path, para("Vie\u0323\u0302t Nam"))
    assert doc.paras[0].text == "Việt Nam" and not doc.paras[0].nfc


NUMBERING = """
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>
    <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/>
  <w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""


def _listed(text: str, num: int, level: int) -> str:
    return para(text, f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')


def test_word_list_labels_are_computed_like_word(tmp_path: Path) -> None:
    body = (
        _listed("MỤC", 1, 0) + "".join(_listed("x", 1, 1) for _ in range(6)) + _listed("MỤC", 1, 0)
    )
    body += _listed("y", 2, 1)
    doc = _doc(tmp_path, body, numbering=NUMBERING)
    labels = [p.text.split("\t")[0].split(" ")[0] for p in doc.paras]
    assert labels == ["I.", "a)", "b)", "c)", "d)", "e)", "f)", "II.", "a)"]
    assert doc.paras[1].props.left == 720 and doc.paras[1].props.first_line == -360
    assert doc.paras[1].spans[0].label


def test_a_word_list_running_to_f_breaks_the_point_order(tmp_path: Path) -> None:
    from commplan.audit.engine import audit_file

    title = para("KẾ HOẠCH", '<w:jc w:val="center"/>') + para(
        "Truyền thông", '<w:jc w:val="center"/>'
    )
    body = title + para("1. Yêu cầu") + "".join(_listed("nội dung;", 1, 1) for _ in range(6))
    path = write_docx(tmp_path / "t.docx", body + SECT, numbering=NUMBERING)
    points = [d for d in audit_file(path, "t.docx") if d.rule == "B-POINT"]
    assert [(d.line, d.message.split(";")[0]) for d in points] == [
        (8, "point “e)” after “d)”"),
        (9, "point “f)” is not a Vietnamese point letter (no f, j, w, z) after “e)”"),
    ]
