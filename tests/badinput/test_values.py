"""Values that broke the document or the process: each is a located finding or exit 2."""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.source.decoding import MAX_FILE_BYTES
from tests.badinput.conftest import edit

Cli = Callable[..., Any]
TITLE = "  title: Truyền thông chính sách trên địa bàn tỉnh Nam Định năm 2022"
ISSUER = "  issuer: ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"


def _json(cli: Cli, *args: str, input: bytes | None = None) -> tuple[int, list[tuple[str, int]]]:
    result = cli("validate", "--format", "json", *args, input=input)
    return result.exit_code, [(r["rule"], r["line"]) for r in json.loads(result.stdout)]


def _core(docx: Path) -> str:
    return zipfile.ZipFile(docx).read("docProps/core.xml").decode("utf-8")


def test_a_long_title_and_issuer_render_with_cut_core_properties(cli: Cli, plan: Path) -> None:
    edit(plan, TITLE, "  title: " + "Truyền thông chính sách " * 12)
    edit(plan, ISSUER, "  issuer: " + "ỦY BAN NHÂN DÂN " * 20)
    result = cli("render", str(plan), "-o", "out.docx", "--force")
    assert result.exit_code == 0, result.output
    core = _core(plan.parent / "out.docx")
    assert "…</dc:title>" in core and "…</dc:creator>" in core
    body = zipfile.ZipFile(plan.parent / "out.docx").read("word/document.xml").decode("utf-8")
    assert "ỦY BAN NHÂN DÂN " * 5 in body  # the document keeps the whole text


@pytest.mark.parametrize("escape", ["\\uFFFE", "\\uFFFF", "\\x01"])
def test_characters_word_cannot_store_are_schema_errors(cli: Cli, plan: Path, escape: str) -> None:
    edit(plan, ISSUER, f'  issuer: "ỦY BAN {escape} NAM ĐỊNH"')
    code, found = _json(cli, str(plan))
    assert (code, found) == (1, [("SCHEMA", 8)])
    rendered = cli("render", str(plan), "-o", "out.docx")
    assert rendered.exit_code == 1 and "Traceback" not in rendered.output


def test_a_raw_noncharacter_is_a_located_syntax_error(cli: Cli, plan: Path) -> None:
    edit(plan, ISSUER, "  issuer: ỦY BAN \ufffe NAM ĐỊNH")
    result = cli("validate", "--format", "concise", str(plan))
    assert result.exit_code == 1
    assert "plan.yaml:8:18: error [SYNTAX] the character U+FFFE is not allowed" in result.stdout


def test_a_29_digit_document_number_is_refused(cli: Cli, plan: Path) -> None:
    text = plan.read_text(encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("  number:"))
    edit(plan, text.splitlines()[line - 1], "  number: 12345678901234567890123456789")
    code, found = _json(cli, str(plan))
    assert (code, found) == (1, [("SCHEMA", line)])
    edit(plan, "12345678901234567890123456789", "999999")
    assert _json(cli, str(plan))[0] == 0


def test_dev_zero_is_too_large_not_a_memory_error(cli: Cli) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert _json(cli, "/dev/zero") == (1, [("SYNTAX", 1)])


def test_stdin_over_the_limit_is_read_only_to_the_limit(cli: Cli) -> None:
    code, found = _json(cli, "-", input=b"a: " + b"x" * (MAX_FILE_BYTES + 10))
    assert (code, found) == (1, [("SYNTAX", 1)])


def test_a_configuration_nested_5000_deep_is_one_line(cli: Cli, plan: Path) -> None:
    config = plan.parent / "deep.toml"
    config.write_text("select = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = cli("validate", str(plan), "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr.startswith("commplan: ") and "nested too deeply" in result.stderr


def test_pdf_of_a_plan_named_like_an_option(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commplan.render import pdf

    seen: list[list[str]] = []

    def fake_run(command: list[str], **kwargs: Any) -> Any:
        del kwargs
        seen.append(command)
        outdir = Path(command[command.index("--outdir") + 1])
        (outdir / (Path(command[-1]).stem + ".pdf")).write_bytes(b"%PDF-1.4\n")

    monkeypatch.setattr(pdf, "find_soffice", lambda: sys.executable)
    monkeypatch.setattr(pdf.subprocess, "run", fake_run)
    monkeypatch.setattr("commplan.render.run._warn_about_fonts", lambda: None)
    dash = plan.rename(plan.parent / "-dash.yaml")
    assert cli("render", "./-dash.yaml", "--pdf").exit_code == 0
    assert not any(arg.startswith("-dash") for arg in seen[0])
    assert Path(seen[0][-1]) == dash.with_suffix(".docx").resolve()
    assert (plan.parent / "-dash.pdf").is_file()
