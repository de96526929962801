"""What officers try first: comma lists, a quiet render, a Vietnamese Windows file, no English."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.i18n import choose_language
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
Write = Callable[[str, str | bytes], Path]
EXAMPLE = EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"


@pytest.fixture
def draft(write: Write) -> Path:
    """The example with the symbol of a report: one DOC-001 warning."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("symbol: KH-UBND", "symbol: BC-UBND", 1)
    return write("plan.yaml", text)


def _rules(result: Any) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)]


def test_select_and_ignore_take_comma_lists(cli: Cli, draft: Path) -> None:
    assert _rules(cli("validate", str(draft), "--format", "json")) == ["DOC-001"]
    ignored = cli("validate", str(draft), "--format", "json", "--ignore", "CRI,doc-001")
    assert _rules(ignored) == []
    selected = cli("validate", str(draft), "--format", "json", "--select", "REF, DOC-001")
    assert _rules(selected) == ["DOC-001"]
    assert _rules(cli("validate", str(draft), "--format", "json", "--select", "REF,CRI")) == []


def test_render_counts_warnings_in_one_line_and_q_silences_it(
    cli: Cli, draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    result = cli("render", str(draft))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"1 cảnh báo, xem 'commplan validate {draft}'"
    assert "DOC-001" not in result.stdout and len(lines) == 2
    quiet = cli("render", str(draft), "-q")
    assert quiet.exit_code == 0 and quiet.stdout == "" and draft.with_suffix(".docx").is_file()


def test_render_q_still_shows_errors(cli: Cli, write: Write) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: khong_co", 1)
    result = cli("render", str(write("plan.yaml", text)), "-q")
    assert result.exit_code == 1 and "REF-002" in result.stdout


def test_a_windows_1258_file_is_named_and_the_fix_given(cli: Cli, write: Write) -> None:
    plan = write("cu.yaml", "schema_version: 1\nname: Đơn Tư\n".encode("cp1258"))
    found = json.loads(cli("validate", str(plan), "--format", "json").stdout)
    assert [(f["rule"], f["line"]) for f in found] == [("SYNTAX", 2)]
    assert "Windows-1258" in found[0]["message"] and "iconv -f CP1258" in found[0]["hint"]
    vi = cli("--lang", "vi", "validate", str(plan), "--format", "json").stdout
    assert "Windows-1258 (tiếng Việt)" in json.loads(vi)[0]["message"]


def test_concise_and_step_summary_speak_vietnamese(
    cli: Cli, draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    concise = cli("validate", str(draft), "--format", "concise").stdout
    assert "  gợi ý: " in concise and "hint:" not in concise
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    cli("validate", str(draft), "--format", "github")
    assert "| tệp | dòng | quy tắc | mức độ | nội dung |" in summary.read_text(encoding="utf-8")


def test_profile_errors_do_not_leak_pydantic_english(cli: Cli, write: Write) -> None:
    profile = write("mine.yaml", "title: Của tôi\nrules: {}\n")
    en = cli("validate", str(EXAMPLE), "--profile", str(profile))
    assert en.exit_code == 2 and "a required field is missing" in en.stderr
    vi = cli("--lang", "vi", "validate", str(EXAMPLE), "--profile", str(profile))
    assert "thiếu trường bắt buộc" in vi.stderr and "Field required" not in vi.stderr
    wrong = write("wrong.yaml", "id: x\ntitle: y\nrules: {ORG-001: {severity: fatal}}\n")
    vi = cli("--lang", "vi", "validate", str(EXAMPLE), "--profile", str(wrong))
    assert vi.exit_code == 2 and "cần một trong các giá trị error, warning" in vi.stderr


def test_audit_names_alignments_in_vietnamese() -> None:
    from commplan.audit.checks.base import aligned

    choose_language("vi")
    assert [aligned(a) for a in ("left", "center", "both", "right")] == [
        "trái",
        "giữa",
        "đều hai bên",
        "phải",
    ]
    choose_language("en")
    assert aligned("both") == "justified"


def test_shell_completion_completes_commands(runner: Any) -> None:
    from commplan.cli import app

    env = {"_COMMPLAN_COMPLETE": "complete_bash", "COMP_WORDS": "commplan val", "COMP_CWORD": "1"}
    result = runner.invoke(app, [], env=env, prog_name="commplan")
    assert result.exit_code == 0 and result.stdout.split() == ["validate"]
