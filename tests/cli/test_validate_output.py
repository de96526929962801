"""Output formats, the summary line, colour, exit codes and the fail level."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import MINIMAL_PLAN

Cli = Callable[..., Any]
Write = Callable[[str, "str | bytes"], Path]

WITH_WARNING = MINIMAL_PLAN + "audiences:\n  - {id: dan, name: Người dân, kind: nguoi_dan}\n"
WITH_ERROR = MINIMAL_PLAN.replace("owner: stttt,", "owner: stttt, partners: [sttt],")


def test_json_has_exactly_the_documented_keys(cli: Cli, write: Write) -> None:
    result = cli("validate", "--format", "json", str(write("p.yaml", WITH_ERROR)))
    [row] = json.loads(result.stdout)
    assert list(row) == [
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "severity",
        "message",
        "hint",
    ]
    assert (row["rule"], row["severity"], row["line"]) == ("REF-002", "error", 12)
    assert row["end_column"] == row["column"] + len("sttt")


def test_json_of_a_clean_run_is_an_empty_array(cli: Cli, write: Write) -> None:
    result = cli("validate", "--format", "json", str(write("p.yaml", MINIMAL_PLAN)))
    assert (result.exit_code, result.stdout) == (0, "[]\n")


def test_json_is_sorted_by_file_line_column_rule(cli: Cli, write: Write) -> None:
    a = write("a.yaml", WITH_ERROR + "audiences:\n  - {id: dan, name: Dân, kind: nguoi_dan}\n")
    b = write("b.yaml", WITH_ERROR)
    result = cli("validate", "--format", "json", str(b), str(a))
    rows = json.loads(result.stdout)
    keys = [(r["file"], r["line"], r["column"], r["rule"]) for r in rows]
    assert keys == sorted(keys)
    assert len({r["file"] for r in rows}) == 2


def test_concise_is_one_line_per_finding_plus_hint(cli: Cli, write: Write) -> None:
    path = write("p.yaml", WITH_ERROR)
    result = cli("validate", "--format", "concise", str(path))
    lines = result.stdout.splitlines()
    column = WITH_ERROR.splitlines()[11].index("sttt]") + 1
    assert lines[0].endswith(f":12:{column}: error [REF-002] there is no unit with id 'sttt'")
    assert lines[1] == "  hint: did you mean 'stttt'?"
    assert len(lines) == 2


def test_text_shows_source_line_caret_and_summary(cli: Cli, write: Write) -> None:
    result = cli("validate", "--color", "never", str(write("p.yaml", WITH_ERROR)))
    lines = result.stdout.splitlines()
    assert "  12 | " in lines[1] and "owner: sttt" in lines[1]
    assert lines[2].index("^") == lines[1].index("sttt]")
    assert lines[-1] == "1 error, 0 warnings in 1 file"
    assert "\x1b[" not in result.stdout


def test_summary_counts_in_plural(cli: Cli, write: Write) -> None:
    a = write("a.yaml", WITH_WARNING)
    b = write("b.yaml", WITH_WARNING)
    result = cli("validate", str(a), str(b))
    assert result.stdout.splitlines()[-1] == "0 errors, 2 warnings in 2 files"
    assert result.exit_code == 0


def test_color_always_and_no_color(cli: Cli, write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(write("p.yaml", WITH_ERROR))
    assert "\x1b[31m" in cli("validate", "--color", "always", path).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("validate", path).stdout
    assert "\x1b[" in cli("validate", "--color", "always", path).stdout


def test_quiet_drops_summary(cli: Cli, write: Write) -> None:
    result = cli("validate", "-q", str(write("p.yaml", MINIMAL_PLAN)))
    assert (result.exit_code, result.stdout) == (0, "")


def test_rule_checks_skipped_note_on_schema_errors(cli: Cli, write: Write) -> None:
    result = cli("validate", str(write("p.yaml", MINIMAL_PLAN.replace("hop_bao", "hop"))))
    assert "rule checks were skipped until the schema errors are fixed" in result.stdout


@pytest.mark.parametrize(
    ("texts", "fail_level", "code"),
    [
        ([MINIMAL_PLAN], "error", 0),
        ([WITH_WARNING], "error", 0),
        ([WITH_WARNING], "warning", 1),
        ([WITH_ERROR], "error", 1),
        ([MINIMAL_PLAN, WITH_ERROR, WITH_WARNING], "error", 1),
    ],
)
def test_exit_codes(cli: Cli, write: Write, texts: list[str], fail_level: str, code: int) -> None:
    paths = [str(write(f"p{i}.yaml", t)) for i, t in enumerate(texts)]
    assert cli("validate", "--fail-level", fail_level, *paths).exit_code == code


def test_usage_error_is_exit_2(cli: Cli, write: Write) -> None:
    result = cli("validate", "--format", "xml", str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 2


def test_output_file_is_written(cli: Cli, write: Write, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = cli("validate", "--format", "json", "-o", str(out), str(write("p.yaml", WITH_ERROR)))
    assert (result.exit_code, result.stdout) == (1, "")
    assert json.loads(out.read_text(encoding="utf-8"))[0]["rule"] == "REF-002"


def test_default_path_is_the_working_folder(
    cli: Cli, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("plans/p.yaml", MINIMAL_PLAN)
    monkeypatch.chdir(tmp_path)
    result = cli("validate")
    assert result.exit_code == 0
    assert "No problems in 1 file" in result.stdout


def test_paths_are_shown_relative_with_slashes(
    cli: Cli, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("plans/sub/p.yaml", WITH_ERROR)
    monkeypatch.chdir(tmp_path)
    result = cli("validate", "--format", "concise", "plans")
    assert result.stdout.startswith("plans/sub/p.yaml:12:")


def test_version_and_help(cli: Cli) -> None:
    from commplan import __version__

    assert cli("--version").stdout == f"commplan {__version__}\n"
    help_text = cli("--help").stdout
    for command in ("validate", "schema", "rules"):
        assert command in help_text


def test_long_source_lines_are_cut_around_the_column(cli: Cli, write: Write) -> None:
    long_title = "Họp báo " + "rất dài " * 30
    text = WITH_ERROR.replace("title: Họp báo định kỳ quý", f"title: {long_title}")
    result = cli("validate", "--color", "never", "--select", "REF-002", str(write("p.yaml", text)))
    source, caret = result.stdout.splitlines()[1:3]
    assert len(source) < 120 and source.split("| ", 1)[1].startswith("…")
    assert source[caret.index("^") :].startswith("sttt]")
