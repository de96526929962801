"""The built-in template, its reviewable source, export, --template and template check."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from commplan.render.contextdoc import markdown
from commplan.render.source import builtin_bytes
from tests.conftest import ROOT
from tests.render.helpers import EXAMPLE_FILES

Cli = Callable[..., Any]


def _generator() -> Any:
    folder = ROOT / "templates"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("ke_hoach", folder / "ke_hoach.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(folder))


def test_packaged_template_is_what_its_source_builds() -> None:
    assert _generator().build() == builtin_bytes("ke-hoach"), "run python templates/ke_hoach.py"


def test_template_context_doc_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "template-context.md").read_text(encoding="utf-8")
    assert committed == markdown(), (
        "run python -m commplan.render.contextdoc > docs/template-context.md"
    )


def edited(replace: dict[str, str]) -> bytes:
    """The built-in template with some paragraphs' text replaced (first run, exact match)."""
    doc = Document(io.BytesIO(builtin_bytes("ke-hoach")))
    paragraphs = list(doc.paragraphs) + [
        p for t in doc.tables for c in t._cells for p in c.paragraphs
    ]
    for old, new in replace.items():
        target = next(p for p in paragraphs if p.text == old)
        target.runs[0].text = new
        for run in target.runs[1:]:
            run.text = ""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_export_then_render_with_it(cli: Cli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.docx"
    result = cli("template", "export", "ke-hoach", "-o", str(mine))
    assert result.exit_code == 0 and mine.read_bytes() == builtin_bytes("ke-hoach")
    again = cli("template", "export", "ke-hoach", "-o", str(mine))
    assert again.exit_code == 2 and "--force" in again.stderr
    assert cli("template", "export", "ke-hoach", "-o", str(mine), "--force").exit_code == 0
    plan = EXAMPLE_FILES[0]
    default, custom = tmp_path / "a.docx", tmp_path / "b.docx"
    assert cli("render", str(plan), "-o", str(default)).exit_code == 0
    assert cli("render", str(plan), "-o", str(custom), "--template", str(mine)).exit_code == 0
    assert default.read_bytes() == custom.read_bytes()


def test_export_unknown_name(cli: Cli, tmp_path: Path) -> None:
    result = cli("template", "export", "cong-van", "-o", str(tmp_path / "x.docx"))
    assert result.exit_code == 2 and "ke-hoach" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_check_passes_the_built_in_template(cli: Cli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.docx"
    mine.write_bytes(builtin_bytes("ke-hoach"))
    result = cli("template", "check", str(mine))
    assert result.exit_code == 0, result.stdout
    assert "No problems" in result.stdout


@pytest.mark.parametrize(
    ("old", "new", "rule", "code"),
    [
        ("{{ p.text }}", "{{ p.text }{{ p.kind }}", "TPL-SYNTAX", 1),
        ("{%p endfor %}", "{%p endfo %}", "TPL-SYNTAX", 1),
        ("{{ document.title }}", "{{ document.titel }}", "TPL-VARIABLE", 1),
        ("{{ closing }}", "{{ closing }} {{ ngay_ky }}", "TPL-VARIABLE", 1),
        ("- {{ r }};", "- {{ r.name }};", "TPL-VARIABLE", 1),
        ("{{ closing }}", "{{ closing | tieng_anh }}", "TPL-FILTER", 1),
        ("{{ document.title }}", "{{ document.title or “Kế hoạch” }}", "TPL-QUOTES", 0),
    ],
)
def test_check_finds_the_paragraph(
    cli: Cli, tmp_path: Path, old: str, new: str, rule: str, code: int
) -> None:
    mine = tmp_path / "mine.docx"
    mine.write_bytes(edited({old: new}))
    result = cli("template", "check", str(mine))
    assert f"[{rule}]" in result.stdout
    assert new.split("}")[0] in result.stdout  # the paragraph's text is quoted
    assert result.exit_code == code
    line = next(ln for ln in result.stdout.splitlines() if f"[{rule}]" in ln)
    assert line.startswith(f"{mine.as_posix()}:")


def test_loop_variables_are_typed(cli: Cli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.docx"
    mine.write_bytes(edited({"{{ r.owner }}": "{{ r.onwer }}"}))
    result = cli("template", "check", str(mine))
    assert result.exit_code == 1 and "r.onwer" in result.stdout
    assert "r.owner" not in result.stdout.replace("r.onwer", "")


def test_check_refuses_a_file_that_is_not_a_docx(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip", encoding="utf-8")
    result = cli("template", "check", str(bad))
    assert result.exit_code == 2 and "not a Word .docx" in result.stderr
    missing = cli("template", "check", str(tmp_path / "none.docx"))
    assert missing.exit_code == 2 and "Traceback" not in missing.stderr
