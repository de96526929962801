"""A document commplan rendered is imported from the plan stored in it, unless told otherwise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx

from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "ke-hoach-bo-2024.yaml"


def _rendered(cli: Callable[..., Any], tmp_path: Path) -> Path:
    document = tmp_path / "ke-hoach.docx"
    assert cli("render", str(EXAMPLE), "-o", str(document), "--force", "-q").exit_code == 0
    return document


def test_a_rendered_document_gives_back_its_plan(cli: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    result = cli("import", str(_rendered(cli, tmp_path)), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")
    assert "--from-text" in result.stdout
    assert "# kiểm tra" not in out.read_text(encoding="utf-8")


def test_from_text_reads_the_words(cli: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    result = cli("import", str(_rendered(cli, tmp_path)), "-o", str(out), "--from-text")
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Nhập từ ke-hoach.docx")
    assert text != EXAMPLE.read_text(encoding="utf-8")
    assert "--from-text" not in result.stdout
    assert cli("validate", str(out), "-q").exit_code in (0, 1)


def test_an_edited_document_is_read_from_its_words(cli: Callable[..., Any], tmp_path: Path) -> None:
    document = _rendered(cli, tmp_path)
    edited = docx.Document(str(document))
    # A sentence of the body (not a heading import looks for) gains a few words.
    last = [p for p in edited.paragraphs if p.text.strip() and p.runs][-1]
    last.runs[-1].text += " (sửa)"
    edited.save(str(document))
    out = tmp_path / "out.yaml"
    result = cli("import", str(document), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "sau khi kết xuất" in result.stdout or "edited after rendering" in result.stdout
    assert out.read_text(encoding="utf-8").startswith("# Nhập từ ke-hoach.docx")
