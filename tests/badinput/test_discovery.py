"""Folder discovery never drops what might be a plan, and says what it skipped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import MINIMAL_PLAN

Cli = Callable[..., Any]

BROKEN = {
    # Notepad's "ANSI" on a Western Windows.
    "ansi.yaml": "schema_version: 1\nissuer: Société Générale\n".encode("cp1252"),
    "utf16.yaml": "schema_version: 1\ndocument: {}\n".encode("utf-16-le"),
    "empty.yaml": b"",
    "cut.yml": "schema_version: 1\ntitle: Việt".encode()[:-2],
    "misspelt.yaml": b"schema-version: 1\ndocument:\n  issuer: X\n",
    "no-mark.yaml": b"document:\n  issuer: X\nactivities: []\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    (plans / "sub").mkdir(parents=True)
    (plans / "good.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    for name, raw in BROKEN.items():
        (plans / "sub" / name).write_bytes(raw)
    (plans / "workflow.yml").write_text("name: ci\non: push\njobs: {}\n", encoding="utf-8")
    (plans / ".hidden").mkdir()
    (plans / ".hidden" / "x.yaml").write_bytes(b"")
    return plans


def test_every_file_that_might_be_a_plan_is_checked(cli: Cli, folder: Path) -> None:
    result = cli("validate", "--format", "json", str(folder))
    rows = json.loads(result.stdout)
    checked = {Path(r["file"]).name for r in rows}
    assert result.exit_code == 1
    assert checked == set(BROKEN)
    rules = {Path(r["file"]).name: r["rule"] for r in rows if r["line"] == 1}
    assert rules["empty.yaml"] == "SCHEMA" and rules["utf16.yaml"] == "SYNTAX"


def test_a_located_reason_for_each_undecodable_file(cli: Cli, folder: Path) -> None:
    result = cli("validate", "--format", "concise", str(folder / "sub"))
    out = result.stdout
    assert "ansi.yaml:2:" in out and "not valid UTF-8" in out
    assert (
        "utf16.yaml:1:1: error [SYNTAX] the file is UTF-16-LE text without a byte-order mark" in out
    )
    assert "cut.yml:2:10: error [SYNTAX] the file ends in the middle of a character" in out
    assert "misspelt.yaml:1:1: error [SCHEMA] unknown field 'schema-version'" in out
    assert "no-mark.yaml:1:1: error [SCHEMA] missing required field 'schema_version'" in out


def test_the_summary_counts_the_skipped_files_and_v_lists_them(cli: Cli, folder: Path) -> None:
    (folder / "sub").rename(folder.parent / "elsewhere")
    quiet = cli("validate", str(folder))
    assert quiet.exit_code == 0
    last = quiet.stdout.splitlines()[-1]
    assert last == "No problems in 1 file (1 YAML file skipped: not a plan; -v lists it)"
    assert "workflow.yml" not in quiet.stdout
    verbose = cli("validate", "-v", str(folder))
    assert "workflow.yml: note: skipped: not a plan" in verbose.stdout
    assert ".hidden" not in verbose.stdout


def test_a_folder_with_only_other_yaml_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "ci.yml").write_text("jobs: {}\n", encoding="utf-8")
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "no plan found" in result.stderr
