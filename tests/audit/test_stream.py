"""The streamed reading gives the document python-docx's whole tree gives, or steps aside."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from commplan.audit import load
from commplan.audit.load import load_doc, read_doc
from commplan.audit.opc import open_package
from commplan.audit.package import read_package
from tests.audit.rawdocx import SECT, para, write_docx
from tests.audit.test_robustness import NUMBERING, ODD

TABLE = (
    "<w:tbl><w:tblPr><w:tblStyle w:val='TableGrid'/></w:tblPr>"
    "<w:tblGrid><w:gridCol w:w='4000'/><w:gridCol w:w='5000'/></w:tblGrid>"
    "<w:tr><w:tc><w:tcPr><w:tcW w:w='4000' w:type='dxa'/></w:tcPr>{}</w:tc>"
    "<w:tc><w:tcPr><w:gridSpan w:val='1'/><w:tcMar><w:left w:w='50'/></w:tcMar></w:tcPr>"
    "{}</w:tc></w:tr></w:tbl>"
)
LISTED = para("a) x", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>')
MORE = {
    "a table with its properties first": TABLE.format(para("A"), LISTED + para("B")) + SECT,
    "a table in a cell": TABLE.format(TABLE.format(para("A"), para("B")), para("C")) + SECT,
    "a content control in a cell": TABLE.format(
        "<w:sdt><w:sdtContent>" + para("A") + "</w:sdtContent></w:sdt>", para("B")
    )
    + SECT,
    "a content control with two contents": "<w:sdt><w:sdtContent>"
    + LISTED
    + "</w:sdtContent><w:sdtContent>"
    + LISTED
    + "</w:sdtContent></w:sdt>"
    + LISTED
    + SECT,
    "cell properties after the text": "<w:tbl><w:tblPr/><w:tr><w:tc>"
    + para("A")
    + "<w:tcPr><w:tcW w:w='100' w:type='dxa'/></w:tcPr></w:tc></w:tr></w:tbl>"
    + SECT,
    "table properties after a row": "<w:tbl><w:tr><w:tc>"
    + LISTED
    + "</w:tc></w:tr><w:tblPr><w:tblStyle w:val='TableGrid'/></w:tblPr></w:tbl>"
    + LISTED
    + SECT,
    "a section break in a list": LISTED + f"<w:p><w:pPr>{SECT}</w:pPr></w:p>" + LISTED + SECT,
}
STYLES = (
    "<w:style w:type='table' w:styleId='TableGrid'><w:name w:val='Table Grid'/>"
    "<w:rPr><w:b/></w:rPr></w:style>"
)
NUMBERED = (
    "<w:abstractNum w:abstractNumId='1'><w:lvl w:ilvl='0'><w:start w:val='1'/>"
    "<w:numFmt w:val='lowerLetter'/><w:lvlText w:val='%1)'/></w:lvl></w:abstractNum>"
    "<w:num w:numId='3'><w:abstractNumId w:val='1'/></w:num>"
)
BODIES = {**ODD, **MORE}


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_streamed_reading_is_the_tree_reading(tmp_path: Path, body: str) -> None:
    path = write_docx(tmp_path / "t.docx", body, numbering=NUMBERING + NUMBERED, styles=STYLES)
    assert open_package(path) is not None
    assert read_doc(path) == load_doc(read_package(path))


def test_rendered_examples_are_streamed_alike(rendered_examples: dict[str, Path]) -> None:
    for path in rendered_examples.values():
        assert read_doc(path) == load_doc(read_package(path))


def test_large_tables_leave_no_tree_behind(tmp_path: Path) -> None:
    rows = "".join(TABLE.format(para(f"A{n}"), para(f"B{n}")) for n in range(50))
    path = write_docx(tmp_path / "t.docx", rows + SECT, styles=STYLES)
    opened = open_package(path)
    assert opened is not None
    doc = load._streamed(opened)
    assert doc is not None and len(doc.paras) == 100
    assert doc == load_doc(read_package(path))


def _rewritten(source: Path, target: Path, member: str, old: bytes, new: bytes) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, data.replace(old, new) if info.filename == member else data)
    return target


@pytest.mark.parametrize(
    ("member", "old", "new"),
    [
        ("word/document.xml", b"<w:body>", b"<w:body><w:p>"),
        ("word/_rels/document.xml.rels", b"Relationships", b"Relationshipz"),
        ("[Content_Types].xml", b"/word/document.xml", b"/word/other.xml"),
    ],
)
def test_doubtful_packages_are_left_to_python_docx(
    tmp_path: Path, member: str, old: bytes, new: bytes
) -> None:
    good = write_docx(tmp_path / "good.docx", para("x") + SECT)
    bad = _rewritten(good, tmp_path / "bad.docx", member, old, new)
    if member == "word/document.xml":
        opened = open_package(bad)
        assert opened is not None and load._streamed(opened) is None
    else:
        assert open_package(bad) is None
