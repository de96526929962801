"""The rule under the Tiêu ngữ, drawn in each of the ways Word and LibreOffice draw it."""

from __future__ import annotations

from pathlib import Path

import pytest

from commplan.audit.engine import audit_file
from commplan.audit.metrics import text_width
from commplan.source.diagnostics import Diagnostic
from tests.audit.rawdocx import SECT, para, write_docx

NATIONAL = para(
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="26"/>'
)
MOTTO_TEXT = "Độc lập - Tự do - Hạnh phúc"
BOLD14 = '<w:b/><w:sz w:val="28"/>'
LENGTH = text_width(MOTTO_TEXT, 28, bold=True)  # twips
EMU = LENGTH * 635


def _motto(ppr: str = "", rpr: str = BOLD14) -> str:
    return para(MOTTO_TEXT, '<w:jc w:val="center"/>' + ppr, rpr)


def _drawing(cx: int, prst: str = "line", cy: int = 0) -> str:
    return (
        f'<w:r><w:drawing><wp:anchor><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="{prst}"/></wps:spPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def _alternate(cx: int) -> str:
    vml = '<w:r><w:pict><v:line from="0,0" to="1pt,0"/></w:pict></w:r>'
    choice = _drawing(cx)
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice[5:-6]}</mc:Choice>'
        f"<mc:Fallback>{vml[5:-6]}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _vml(width_pt: float) -> str:
    return f'<w:r><w:pict><v:line from="0,0" to="{width_pt}pt,0"/></w:pict></w:r>'


def _empty_with(runs: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


BORDER = '<w:pBdr><w:{side} w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
SIDE = (9355 - LENGTH) // 2
INDENTS = f'<w:ind w:left="{SIDE}" w:right="{SIDE}"/>'


def _audit(tmp_path: Path, after_national: str) -> list[Diagnostic]:
    path = write_docx(tmp_path / "t.docx", NATIONAL + after_national + SECT)
    return [d for d in audit_file(path, "t.docx") if d.rule == "H3"]


DRAWN = {
    "DrawingML line after the text": _motto() + _empty_with(_drawing(EMU)),
    "DrawingML connector anchored in the text": _motto().replace(
        "</w:p>", _drawing(EMU, "straightConnector1") + "</w:p>"
    ),
    "thin rectangle": _motto() + _empty_with(_drawing(EMU, "rect", cy=9525)),
    "AlternateContent (Word 2010+)": _motto() + _empty_with(_alternate(EMU)),
    "VML line": _motto() + _empty_with(_vml(LENGTH / 20)),
    "border under an empty paragraph": _motto()
    + _empty_with("", BORDER.format(side="bottom") + INDENTS),
    "border above the next paragraph": _motto()
    + para("KẾ HOẠCH", BORDER.format(side="top") + INDENTS),
    "underlined text": _motto(rpr=BOLD14 + '<w:u w:val="single"/>'),
    "underscores": _motto() + para("_" * 30, '<w:jc w:val="center"/>', '<w:sz w:val="18"/>'),
}


@pytest.mark.parametrize("body", DRAWN.values(), ids=DRAWN.keys())
def test_a_rule_drawn_any_way_is_found(tmp_path: Path, body: str) -> None:
    assert [d for d in _audit(tmp_path, body) if d.severity == "error"] == []


def test_no_rule_is_an_error(tmp_path: Path) -> None:
    found = _audit(tmp_path, _motto() + _empty_with(""))
    assert [(d.severity, d.line) for d in found] == [("error", 2)]


@pytest.mark.parametrize("share", [0.5, 1.5])
def test_a_rule_of_the_wrong_length_is_a_warning(tmp_path: Path, share: float) -> None:
    found = _audit(tmp_path, _motto() + _empty_with(_drawing(round(EMU * share))))
    assert [d.severity for d in found] == ["warning"]
    assert "expected" in found[0].message


def test_a_picture_is_not_a_rule(tmp_path: Path) -> None:
    picture = (
        '<w:r><w:drawing><wp:inline><wp:extent cx="{0}" cy="{0}"/></wp:inline></w:drawing></w:r>'
    )
    found = _audit(tmp_path, _motto() + _empty_with(picture.format(EMU)))
    assert [d.severity for d in found] == ["error"]


def _floating(x: int, relative: str = "page") -> str:
    """A DrawingML line of the Tiêu ngữ's length starting ``x`` twips from ``relative``."""
    return (
        f'<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="{relative}">'
        f"<wp:posOffset>{x * 635}</wp:posOffset></wp:positionH>"
        f'<wp:extent cx="{EMU}" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr>'
        '<a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></w:r>"
    )


def _header_table(after: str, in_left_cell: str = "") -> str:
    cell = '<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{body}</w:tc>'
    left = cell.format(w=3685, body=para("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", rpr=B13) + in_left_cell)
    right = cell.format(w=5670, body=NATIONAL + _motto())
    grid = '<w:tblGrid><w:gridCol w:w="3685"/><w:gridCol w:w="5670"/></w:tblGrid>'
    return f"<w:tbl>{grid}<w:tr>{left}{right}</w:tr></w:tbl>{after}"


B13 = '<w:b/><w:sz w:val="26"/>'
# The right column spans 3685-9355 twips of the text column; the left margin is 1701.
OVER_RIGHT = 1701 + 3685 + (5670 - LENGTH) // 2
OVER_LEFT = 1701 + 200


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        (_header_table(_empty_with(_floating(OVER_RIGHT))), 0),
        (_header_table(_empty_with(_floating(OVER_RIGHT - 1701, "margin"))), 0),
        (_header_table(_empty_with(""), _empty_with(_floating(OVER_RIGHT))), 0),
        (_header_table(_empty_with(_floating(OVER_LEFT))), 1),
    ],
    ids=[
        "after the table, from the page",
        "from the margin",
        "in the other cell",
        "over the wrong column",
    ],
)
def test_a_floating_line_counts_for_the_column_it_is_drawn_over(
    tmp_path: Path, body: str, errors: int
) -> None:
    path = write_docx(tmp_path / "t.docx", body + SECT)
    found = [d for d in audit_file(path, "t.docx") if d.rule == "H3" and d.severity == "error"]
    assert len(found) == errors


def test_a_line_anchored_in_one_cell_but_drawn_over_the_other_counts_for_the_other(
    tmp_path: Path,
) -> None:
    body = _header_table(_empty_with(""), _empty_with(_floating(OVER_RIGHT)))
    path = write_docx(tmp_path / "t.docx", body + SECT)
    errors = {d.rule for d in audit_file(path, "t.docx") if d.severity == "error"}
    assert "H6" in errors and "H3" not in errors
