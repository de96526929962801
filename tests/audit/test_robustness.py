"""Odd but well-formed documents are audited without a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from commplan.audit.engine import audit_file
from tests.audit.rawdocx import SECT, para, write_docx

TABLE = "<w:tbl><w:tblGrid><w:gridCol w:w='abc'/></w:tblGrid><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>"
NUMBERING = '<w:num w:numId="3"><w:abstractNumId w:val="99"/></w:num>'

ODD = {
    "empty body": "",
    "one empty paragraph, no section": "<w:p/>",
    "garbage numbers": para(
        "x",
        '<w:spacing w:before="x" w:line="1.5e3"/><w:ind w:firstLine="?"/>',
        '<w:sz w:val="big"/>',
    )
    + SECT,
    "nested tables": TABLE.format(TABLE.format(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))) + SECT,
    "section break inside a table": TABLE.format(f"<w:p><w:pPr>{SECT}</w:pPr></w:p>") + SECT,
    "section without page setup": para("x")
    + "<w:p><w:pPr><w:sectPr/></w:pPr></w:p>"
    + "<w:sectPr/>",
    "list with a missing definition": para(
        "a) x", '<w:numPr><w:ilvl w:val="12"/><w:numId w:val="3"/></w:numPr>'
    )
    + SECT,
    "header reference to nothing": para("x")
    + '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:titlePg/></w:sectPr>',
    "content controls and custom XML": "<w:sdt><w:sdtContent><w:customXml>"
    + para("KẾ HOẠCH")
    + "</w:customXml></w:sdtContent></w:sdt>"
    + SECT,
    "only a closing table": TABLE.format(para("Nơi nhận:") + para("- Lưu: VT.")) + SECT,
    "appendix without anything": para("Phụ lục") + SECT,
}


@pytest.mark.parametrize("body", ODD.values(), ids=ODD.keys())
def test_odd_documents_do_not_crash(tmp_path: Path, body: str) -> None:
    path = write_docx(tmp_path / "t.docx", body, numbering=NUMBERING)
    found = audit_file(path, "t.docx")
    assert all(d.line >= 1 and d.column is None for d in found)
    assert "X-FILE" not in {d.rule for d in found}
