"""``commplan audit`` on the command line: bad input, output formats, exit codes."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.audit.builder import build_plan
from tests.audit.mutate import find, set_text

Cli = Callable[..., Any]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    build_plan().save(str(path))
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    doc = build_plan()
    set_text(find(doc, "Nam Định"), "Nam Định, ngày 05 tháng 08 năm 2022")
    set_text(find(doc, "- UBND tỉnh"), "- Như trên;")
    path = tmp_path / "broken.docx"
    doc.save(str(path))
    return path


def test_a_conforming_document_exits_0(cli: Cli, plan: Path) -> None:
    result = cli("audit", str(plan))
    assert result.exit_code == 0
    note, summary = result.stdout.strip().splitlines()
    assert note.endswith("note: audited as: Kế hoạch [ke-hoach] (from its tên loại line)")
    assert summary == "No problems in 1 file"


def test_text_output_names_paragraph_section_and_excerpt(cli: Cli, broken: Path) -> None:
    result = cli("audit", str(broken), "--color", "never")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith(
        "broken.docx:8: error [H8] month “08”; expected “8” (only months 1 and 2 take a leading zero)"
    )
    assert "section 1" in lines[1] and "Nam Định, ngày 05 tháng 08 năm 2022" in lines[1]
    assert lines[-1] == "1 error, 1 warning in 1 file"


def test_json_output_has_the_audit_keys(cli: Cli, broken: Path) -> None:
    result = cli("audit", str(broken), "--format", "json")
    found = json.loads(result.stdout)
    assert [(d["rule"], d["severity"], d["line"]) for d in found] == [
        ("H8", "error", 8),
        ("N4", "warning", 32),
    ]
    first = found[0]
    assert first["column"] is None and first["section"] == 1
    assert first["excerpt"] == "Nam Định, ngày 05 tháng 08 năm 2022"
    assert first["doc_type"] == "ke-hoach"
    assert set(first) == {
        "file", "line", "column", "end_line", "end_column", "rule", "severity", "message", "hint",
        "section", "excerpt", "doc_type",
    }  # fmt: skip


def test_fail_level_warning_and_output_file(cli: Cli, broken: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = cli(
        "audit", str(broken), "--format", "concise", "--fail-level", "warning", "-o", str(out)
    )
    assert result.exit_code == 1 and result.stdout == ""
    assert out.read_text(encoding="utf-8").count("\n") == 2


def test_quiet_has_no_summary(cli: Cli, plan: Path) -> None:
    assert cli("audit", str(plan), "-q").stdout == ""


def test_a_missing_file_is_exit_2_with_one_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("audit", str(tmp_path / "nope.docx"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr


def test_a_folder_is_exit_2_with_one_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("audit", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "is a folder" in result.stderr


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


BAD: dict[str, Callable[[Path], Path]] = {
    "a text file": lambda d: _write(
        d / "a.docx",
        b"just text\n",
    ),
    "an empty file": lambda d: _write(d / "a.docx", b""),
    "a legacy .doc": lambda d: _write(
        d / "a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100
    ),
    "a truncated zip": lambda d: _write(d / "a.docx", (d / "plan.docx").read_bytes()[:2000]),
    "a zip without a document": lambda d: _zip(d / "a.docx", {"hello.txt": "hi"}),
    "malformed XML": lambda d: _broken_xml(d),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _broken_xml(folder: Path) -> Path:
    source = folder / "plan.docx"
    target = folder / "a.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, data[:-40] if item.filename == "word/document.xml" else data)
    return target


@pytest.mark.parametrize("make", BAD.values(), ids=BAD.keys())
def test_not_a_docx_is_one_finding_and_exit_1(
    cli: Cli, plan: Path, make: Callable[[Path], Path]
) -> None:
    path = make(plan.parent)
    result = cli("audit", str(path), "--format", "json")
    assert result.exit_code == 1, result.stderr
    found = json.loads(result.stdout)
    assert [(d["rule"], d["line"], d["section"], d["excerpt"]) for d in found] == [
        ("X-FILE", 1, None, None)
    ]
    assert found[0]["message"]


def test_several_files_the_worst_wins(cli: Cli, plan: Path, broken: Path) -> None:
    result = cli("audit", str(plan), str(broken), "--format", "concise")
    assert result.exit_code == 1
    assert all(
        line.startswith(str(broken)) or "broken.docx" in line for line in result.stdout.splitlines()
    )


def test_rules_lists_the_audit_rules_as_their_own_group(cli: Cli) -> None:
    listing = cli("rules").stdout
    assert "commplan audit" in listing
    for rule in ("P1", "H8", "B-POINT", "X-DRAFT", "N3"):
        assert f"  {rule} " in listing


def test_sarif_of_an_audit_is_valid_and_names_the_audit_rules(cli: Cli, broken: Path) -> None:
    import jsonschema

    from tests.conftest import ROOT

    log = json.loads(cli("audit", str(broken), "--format", "sarif").stdout)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    [result] = [r for r in run["results"] if r["ruleId"] == "H8"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "H8"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 8
