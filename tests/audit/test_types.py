"""Document types: detected from the document, forced with --type; files of other formats."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import tests.audit.corpus_docs  # noqa: F401  (registers the builders)
from commplan.audit.doctypes import BY_ABBR, TYPES
from tests.audit.builder import Fmt, add_para, build_plan, new_doc
from tests.audit.corpus import BUILDERS

Cli = Callable[..., Any]


def _save(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.docx"
    BUILDERS[name]().save(str(path))
    return path


def test_every_type_of_phu_luc_iii_is_known_with_its_abbreviation() -> None:
    assert len(TYPES) == 29
    assert BY_ABBR["QyĐ"].name == "Quy định" and BY_ABBR["TTr"].name == "Tờ trình"
    assert BY_ABBR["CTr"].name == "Chương trình" and BY_ABBR["GUQ"].name == "Giấy ủy quyền"
    cong_van = next(t for t in TYPES if t.code == "cong-van")
    assert cong_van.abbr is None and cong_van.has("vv") and not cong_van.has("title")


def test_the_type_is_in_the_text_and_json_output(cli: Cli, tmp_path: Path) -> None:
    path = _save(tmp_path, "bao_cao")
    text = cli("--lang", "en", "audit", str(path)).stdout
    assert "note: audited as: Báo cáo [bao-cao] (from its tên loại line)" in text
    found = json.loads(cli("audit", "--format", "json", str(path)).stdout)
    assert [f["doc_type"] for f in found] == ["bao-cao"]


def test_the_note_is_in_vietnamese_by_default(cli: Cli, tmp_path: Path) -> None:
    text = cli("--lang", "vi", "audit", str(_save(tmp_path, "cong_van"))).stdout
    assert "Công văn [cong-van]" in text and "audited as" not in text


def test_a_cong_van_is_found_by_its_v_v_line_and_needs_no_title(cli: Cli, tmp_path: Path) -> None:
    result = cli("--lang", "en", "audit", str(_save(tmp_path, "cong_van")))
    assert result.exit_code == 0
    assert "Công văn [cong-van] (from its “V/v” line)" in result.stdout


def test_type_forced_with_the_option_runs_that_types_checks(cli: Cli, tmp_path: Path) -> None:
    path = _save(tmp_path, "cong_van")
    result = cli("--lang", "en", "audit", "--type", "to-trinh", "--format", "json", str(path))
    found = json.loads(result.stdout)
    # A Tờ trình has a tên loại line and a ký hiệu "TTr-…": the Công văn has neither.
    assert {f["rule"] for f in found} == {"H7", "H9"}
    assert {f["doc_type"] for f in found} == {"to-trinh"}
    text = cli("--lang", "en", "audit", "--type", "TTr", str(path)).stdout
    assert "Tờ trình [to-trinh] (as --type asked)" in text


def test_an_unknown_type_name_is_exit_2_with_the_list(cli: Cli, tmp_path: Path) -> None:
    result = cli("--lang", "en", "audit", "--type", "memo", str(_save(tmp_path, "cong_van")))
    assert result.exit_code == 2
    assert "unknown document type “memo”" in result.stderr and "cong-van" in result.stderr


def test_a_plan_without_its_title_still_gets_h9_when_forced(cli: Cli, tmp_path: Path) -> None:
    path = _save(tmp_path, "giay_moi")
    found = json.loads(cli("audit", "--type", "ke-hoach", "--format", "json", str(path)).stdout)
    assert {f["rule"] for f in found} == {"H7", "H9"}


def test_something_that_is_no_document_gets_one_finding(cli: Cli, tmp_path: Path) -> None:
    result = cli("--lang", "en", "audit", "--format", "json", str(_save(tmp_path, "tin_nhan")))
    (finding,) = json.loads(result.stdout)
    assert finding["rule"] == "X-KIND" and result.exit_code == 1
    assert "does not look like an administrative document" in finding["message"]


@pytest.mark.parametrize("recipients", [True, False], ids=["with Nơi nhận", "without"])
def test_a_body_table_is_never_a_signature_block(
    cli: Cli, tmp_path: Path, recipients: bool
) -> None:
    doc = build_plan(appendix=False)
    if not recipients:
        closing = doc.tables[-1]._tbl
        closing.getparent().remove(closing)
    table = doc.add_table(rows=8, cols=2)
    for i, row in enumerate(table.rows):
        add_para(row.cells[0], f"TM. ĐƠN VỊ {i}", Fmt(size=22))
        add_para(row.cells[1], f"Dòng {i}", Fmt(size=22))
    path = tmp_path / "t.docx"
    doc.save(str(path))
    found = json.loads(cli("audit", "--format", "json", str(path)).stdout)
    signature = [f["message"] for f in found if f["rule"] in ("S1", "S2")]
    if recipients:
        assert signature == []
    else:  # one finding: the signature is missing, not 8 badly formatted ones
        assert len(signature) == 1 and "no signature block" in signature[0]


def test_one_rule_repeating_is_capped_with_a_tail(cli: Cli, tmp_path: Path) -> None:
    doc = new_doc()
    doc.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    for i in range(9):
        add_para(
            doc,
            f"Đoạn văn số {i} của văn bản này được căn trái và không thụt đầu dòng, "
            "kéo dài hơn một dòng để căn lề có ý nghĩa trên trang giấy khổ A4 này.",
            Fmt(align="left", first_line=0),
        )
    path = tmp_path / "t.docx"
    doc.save(str(path))
    found = json.loads(cli("--lang", "en", "audit", "--format", "json", str(path)).stdout)
    b2 = [f for f in found if f["rule"] == "B2"]
    assert len(b2) == 3 and b2[-1]["message"].endswith("(and 6 more)")


def _odt(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "this is a PDF file"),
        (b"<!DOCTYPE html><html><body>V/v</body></html>", "this is a web page (HTML)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "legacy Word .doc (Word 97-2003)"),
        (b"{\\rtf1\\ansi hello}", "this is an RTF file"),
        (None, "this is an OpenDocument file (text)"),
    ],
    ids=["pdf", "html", "doc", "rtf", "odt"],
)
def test_a_file_of_another_format_is_named_with_the_fix(
    cli: Cli, tmp_path: Path, content: bytes | None, says: str
) -> None:
    path = tmp_path / "renamed.docx"
    if content is None:
        _odt(path)
    else:
        path.write_bytes(content)
    result = cli("--lang", "en", "audit", "--format", "json", str(path))
    (finding,) = json.loads(result.stdout)
    assert finding["rule"] == "X-FILE" and result.exit_code == 1
    assert says in finding["message"]


def _only_body(tmp_path: Path, lines: list[tuple[str, Fmt]]) -> Path:
    doc = build_plan(appendix=False)
    anchor = next(p for p in doc.paragraphs if p.text.startswith("II. TỔ CHỨC"))
    for text, fmt in lines:
        para = add_para(doc, text, fmt)
        anchor._p.addprevious(para._p)  # type: ignore[attr-defined]
    path = tmp_path / "t.docx"
    doc.save(str(path))
    return path


def test_points_run_on_across_unlabelled_paragraphs(cli: Cli, tmp_path: Path) -> None:
    path = _only_body(
        tmp_path,
        [
            ("3. Phạm vi", Fmt(bold=True)),
            ("a) Điểm thứ nhất của khoản này;", Fmt()),
            ("Phần thứ nhất bao gồm các nội dung được nêu tại điểm a.", Fmt()),
            ("b) Điểm thứ hai của khoản này.", Fmt()),
        ],
    )
    found = json.loads(cli("audit", "--format", "json", str(path)).stdout)
    assert not [f for f in found if f["rule"] in ("B-POINT", "B-HEAD")]


def test_quoc_hieu_and_tieu_ngu_typed_in_one_line_are_found(cli: Cli, tmp_path: Path) -> None:
    doc = build_plan(appendix=False)
    cell = doc.tables[0].rows[0].cells[1]
    national, motto = cell.paragraphs[0], cell.paragraphs[1]
    national.runs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   "
    national._p.append(motto.runs[0]._r)
    motto._p.getparent().remove(motto._p)
    path = tmp_path / "t.docx"
    doc.save(str(path))
    found = json.loads(cli("--lang", "en", "audit", "--format", "json", str(path)).stdout)
    messages = " ".join(f["message"] for f in found if f["rule"] in ("H1", "H2"))
    assert "no Quốc hiệu" not in messages and "no Tiêu ngữ" not in messages


def test_a_missing_agency_is_one_finding(cli: Cli, tmp_path: Path) -> None:
    doc = BUILDERS["cong_van"]()
    left = doc.tables[0].rows[0].cells[0]
    for para in list(left.paragraphs)[:2]:
        para._p.getparent().remove(para._p)
    path = tmp_path / "t.docx"
    doc.save(str(path))
    found = json.loads(cli("audit", "--format", "json", str(path)).stdout)
    assert [f["rule"] for f in found if f["rule"] in ("H4", "H5")] == ["H5"]


def test_a_cong_van_without_v_v_is_checked_as_one_when_asked(cli: Cli, tmp_path: Path) -> None:
    doc = BUILDERS["cong_van"]()
    vv = next(p for p in doc.tables[0].rows[1].cells[0].paragraphs if p.text.startswith("V/v"))
    vv._p.getparent().remove(vv._p)
    path = tmp_path / "t.docx"
    doc.save(str(path))
    plain = cli("--lang", "en", "audit", str(path)).stdout
    assert "[khac]" in plain and "No problems" in plain
    found = json.loads(cli("audit", "--type", "cong-van", "--format", "json", str(path)).stdout)
    assert [f["rule"] for f in found] == ["H-VV"]
