"""``commplan render``: defaults, refusals, bad input (exit 2, one line, no file), stability."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from tests.helpers import example_plan, one_line_error
from tests.render.helpers import W
from tests.render.test_templates import edited

Cli = Callable[..., Any]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return example_plan(tmp_path)


def _left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".yaml")


def test_renders_next_to_the_plan(cli: Cli, plan: Path) -> None:
    result = cli("render", str(plan))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "plan.docx" in result.stdout
    assert zipfile.is_zipfile(plan.with_suffix(".docx"))


def test_two_renders_are_byte_identical(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = plan.parent / "a.docx", plan.parent / "b.docx"
    cli("render", str(plan), "-o", str(first))
    cli("render", str(plan), "-o", str(second))
    assert first.read_bytes() == second.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1646611200")  # 2022-03-07
    cli("render", str(plan), "-o", str(second))
    assert first.read_bytes() != second.read_bytes()
    with zipfile.ZipFile(second) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2022, 3, 7, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"


def test_rule_errors_refuse_unless_forced(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: khong_co", 1)
    plan.write_text(text, encoding="utf-8")
    refused = cli("render", str(plan))
    assert refused.exit_code == 1
    assert "REF-002" in refused.stdout and "--force" in refused.stderr
    assert _left_over(plan.parent) == []
    forced = cli("render", str(plan), "--force")
    assert forced.exit_code == 0 and _left_over(plan.parent) == ["plan.docx"]


def test_schema_errors_are_never_forced(cli: Cli, plan: Path) -> None:
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 2"),
        encoding="utf-8",
    )
    result = cli("render", str(plan), "--force")
    assert result.exit_code == 1 and "SCHEMA" in result.stdout
    assert _left_over(plan.parent) == []


def test_warnings_are_printed_and_rendering_goes_on(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8").replace("  date: 07/3/2022\n", "")
    text = text.replace("  number: 31\n", "")
    plan.write_text(text, encoding="utf-8")
    result = cli("render", str(plan))
    assert result.exit_code == 0 and "warning" in result.stdout
    doc = Document(str(plan.with_suffix(".docx")))
    number, date = doc.tables[0].rows[1].cells
    assert number.paragraphs[0].text == "Số:      /KH-UBND"
    assert date.paragraphs[0].text == "Nam Định, ngày      tháng      năm 2022"


def test_autoescape_keeps_ampersands(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8").replace(
        "  title: Truyền thông chính sách", "  title: Truyền thông <Sở TT&TT> chính sách", 1
    )
    plan.write_text(text, encoding="utf-8")
    assert cli("render", str(plan)).exit_code == 0
    doc = Document(str(plan.with_suffix(".docx")))
    assert any(p.text.startswith("Truyền thông <Sở TT&TT> chính sách") for p in doc.paragraphs)


def test_marks_of_secrecy_and_urgency(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8").replace(
        "  symbol: KH-UBND\n", "  symbol: KH-UBND\n  confidentiality: mat\n  urgency: hoa_toc\n"
    )
    plan.write_text(text, encoding="utf-8")
    assert cli("render", str(plan)).exit_code == 0
    cell = Document(str(plan.with_suffix(".docx"))).tables[0].rows[1].cells[0]
    marks = [p for p in cell.paragraphs if p.text in ("MẬT", "HỎA TỐC")]
    assert [p.text for p in marks] == ["MẬT", "HỎA TỐC"]  # ô 10a above ô 10b
    for p in marks:
        assert p.style.font.bold
        assert p.style.element.pPr.find(f"{W}pBdr/{W}left") is not None  # a boxed stamp


def test_missing_template(cli: Cli, plan: Path) -> None:
    result = cli("render", str(plan), "--template", str(plan.parent / "none.docx"))
    one_line_error(result, "none.docx", "template export")
    assert _left_over(plan.parent) == []


def test_template_that_is_not_a_docx(cli: Cli, plan: Path) -> None:
    bad = plan.parent / "bad.docx"
    bad.write_text("hello", encoding="utf-8")
    one_line_error(
        cli("render", str(plan), "--template", str(bad), "-o", str(plan.parent / "o.docx")),
        "bad.docx",
    )
    assert not (plan.parent / "o.docx").exists()


def test_template_with_a_syntax_error_names_the_paragraph(cli: Cli, plan: Path) -> None:
    mine = plan.parent / "mine.docx"
    mine.write_bytes(edited({"{{ p.text }}": "{{ p.text }{{ p.kind }}"}))
    result = cli("render", str(plan), "--template", str(mine), "-o", str(plan.parent / "o.docx"))
    one_line_error(result, "mine.docx", "paragraph", "p.text")
    assert not (plan.parent / "o.docx").exists()


def test_template_with_an_unknown_variable(cli: Cli, plan: Path) -> None:
    mine = plan.parent / "mine.docx"
    mine.write_bytes(edited({"{{ document.title }}": "{{ document.titel }}"}))
    result = cli("render", str(plan), "--template", str(mine), "-o", str(plan.parent / "o.docx"))
    one_line_error(result, "titel", "template check")
    assert not (plan.parent / "o.docx").exists()


def test_template_escaping_the_sandbox(cli: Cli, plan: Path) -> None:
    mine = plan.parent / "mine.docx"
    attack = "{{ document.title.__class__.__mro__[1].__subclasses__() }}"
    mine.write_bytes(edited({"{{ document.title }}": attack}))
    result = cli("render", str(plan), "--template", str(mine), "-o", str(plan.parent / "o.docx"))
    one_line_error(result, "Python internals")
    assert not (plan.parent / "o.docx").exists()


def test_unwritable_output(cli: Cli, plan: Path) -> None:
    one_line_error(
        cli("render", str(plan), "-o", str(plan.parent / "no" / "such" / "x.docx")),
        "does not exist",
    )
    folder = plan.parent / "out"
    folder.mkdir()
    one_line_error(cli("render", str(plan), "-o", str(folder)), "folder")
    assert list(folder.iterdir()) == []
    one_line_error(cli("render", str(plan), "-o", str(plan)), "plan file itself")


def test_existing_output_survives_a_failed_render(cli: Cli, plan: Path) -> None:
    out = plan.with_suffix(".docx")
    out.write_bytes(b"previous")
    result = cli("render", str(plan), "--template", str(plan.parent / "none.docx"))
    assert result.exit_code == 2 and out.read_bytes() == b"previous"


def test_a_folder_or_a_missing_file_as_the_plan(cli: Cli, tmp_path: Path) -> None:
    one_line_error(cli("render", str(tmp_path)), "folder")
    one_line_error(cli("render", str(tmp_path / "none.yaml")), "none.yaml")
    assert list(tmp_path.iterdir()) == []


def test_pdf_without_libreoffice(cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("commplan.render.pdf.find_soffice", lambda: None)
    result = cli("render", str(plan), "--pdf")
    one_line_error(result, "LibreOffice", "plan.docx")
    assert _left_over(plan.parent) == ["plan.docx"]


def test_render_from_stdin_needs_an_output(cli: Cli, plan: Path) -> None:
    one_line_error(cli("render", "-", input=plan.read_bytes()), "-o")
    out = plan.parent / "stdin.docx"
    assert cli("render", "-", "-o", str(out), input=plan.read_bytes()).exit_code == 0
    assert Document(io.BytesIO(out.read_bytes())).tables
