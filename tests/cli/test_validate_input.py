"""Bad input of every kind gets a located diagnostic or a one-line error, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.source import loader
from commplan.source.decoding import MAX_FILE_BYTES
from tests.helpers import MINIMAL_PLAN

Cli = Callable[..., Any]
Write = Callable[[str, "str | bytes"], Path]


def findings(
    cli: Cli, path: Path | str, *extra: str, input: str | bytes | None = None
) -> tuple[int, list[tuple[str, int, int]]]:
    result = cli("validate", "--format", "json", str(path), *extra, input=input)
    rows = json.loads(result.stdout)
    return result.exit_code, [(r["rule"], r["line"], r["column"]) for r in rows]


def test_minimal_plan_is_clean(cli: Cli, write: Write) -> None:
    result = cli("validate", str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("No problems in 1 file")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b"", [("SCHEMA", 1, 1)], id="empty"),
        pytest.param(b"# only a comment\n\n", [("SCHEMA", 1, 1)], id="comments-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00", [("SYNTAX", 1, 1)], id="binary"),
        pytest.param(b"schema_version: 1\nname: B\xf4\xf2\n", [("SYNTAX", 2, 8)], id="cp1258"),
        pytest.param(b"- a\n- b\n", [("SCHEMA", 1, 1)], id="top-is-a-list"),
        pytest.param(b"just text\n", [("SCHEMA", 1, 1)], id="top-is-text"),
        pytest.param(b"a: 1\n---\nb: 2\n", [("SYNTAX", 2, 1)], id="two-documents"),
        pytest.param(b"a:\n\t- x\n", [("SYNTAX", 2, 1)], id="tab-indent"),
        pytest.param(
            b"a: !!python/object/apply:os.system [ls]\n", [("SYNTAX", 1, 4)], id="python-tag"
        ),
        pytest.param(b"a: !custom x\n", [("SYNTAX", 1, 4)], id="unknown-tag"),
        pytest.param(b"a: &x [1, *x]\n", [("SYNTAX", 1, 4)], id="recursive-alias"),
        pytest.param(b"a: *nothing\n", [("SYNTAX", 1, 4)], id="undefined-alias"),
        pytest.param(b"a: {b: 1\n", [("SYNTAX", 2, 1)], id="unclosed-flow"),
    ],
)
def test_bad_files_are_located_diagnostics(
    cli: Cli, write: Write, content: bytes, expected: list[tuple[str, int, int]]
) -> None:
    code, found = findings(cli, write("bad.yaml", content))
    assert code == 1
    assert found == expected


def test_yaml_bomb_stops_after_bounded_work() -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    loaded = loader.load_text("\n".join(lines) + "\n", "bomb.yaml")
    assert [d.rule for d in loaded.diagnostics] == ["SYNTAX"]
    assert loaded.diagnostics[0].line == 6  # a5 expands to over 9**6 values, past the limit
    assert loaded.data is None


@pytest.mark.parametrize(("depth", "line"), [(60, loader.MAX_DEPTH + 1), (10_000, None)])
def test_deep_block_nesting_stops_at_the_depth_limit(depth: int, line: int | None) -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "x\n"
    loaded = loader.load_text(text, "deep.yaml")
    assert [d.rule for d in loaded.diagnostics] == ["SYNTAX"]
    # Past our limit the walk stops; far past it the parser itself stops (libyaml at 1,000).
    assert loaded.diagnostics[0].line == line or (
        line is None and loaded.diagnostics[0].line <= 1_001
    )


def test_deep_flow_nesting_is_a_syntax_error_after_bounded_work() -> None:
    depth = 100_000
    loaded = loader.load_text("a: " + "[" * depth + "]" * depth + "\n", "deep.yaml")
    assert [d.rule for d in loaded.diagnostics] == ["SYNTAX"]
    # The parser itself (libyaml, or our limit with the pure-Python parser) stops early.
    assert (loaded.diagnostics[0].column or 0) < 2_000


def test_huge_file_is_refused_before_parsing(cli: Cli, write: Write) -> None:
    path = write("huge.yaml", b"a: " + b"x" * (MAX_FILE_BYTES + 1) + b"\n")
    code, found = findings(cli, path)
    assert (code, found) == (1, [("SYNTAX", 1, 1)])


def test_utf8_bom_is_not_counted_in_columns(cli: Cli, write: Write) -> None:
    text = MINIMAL_PLAN.replace("issuer_level: so_nganh", "issuer_level: so")
    code, found = findings(cli, write("bom.yaml", b"\xef\xbb\xbf" + text.encode()))
    assert (code, found) == (1, [("SCHEMA", 4, 17)])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded(cli: Cli, write: Write, encoding: str) -> None:
    raw = MINIMAL_PLAN.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    assert findings(cli, write("u.yaml", raw)) == (0, [])


def test_nfd_text_is_normalised_and_reported_once(cli: Cli, write: Write) -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", MINIMAL_PLAN)
    code, found = findings(cli, write("nfd.yaml", text))
    assert (code, found) == (0, [("TEXT-001", 3, 11)])


def test_legacy_tcvn3_text_is_flagged(cli: Cli, write: Write) -> None:
    text = MINIMAL_PLAN.replace("Họp báo định kỳ quý", "Bé Th«ng tin")
    assert findings(cli, write("legacy.yaml", text)) == (0, [("TEXT-002", 12, 21)])


def test_missing_path_is_exit_2_with_one_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "no such file" in result.stderr


def test_folder_without_plan_is_exit_2(cli: Cli, write: Write, tmp_path: Path) -> None:
    write("notes/other.yaml", "name: not a plan\n")
    result = cli("validate", str(tmp_path / "notes"))
    assert result.exit_code == 2
    assert "no plan found" in result.stderr


def test_folder_is_walked_for_plans_only(cli: Cli, write: Write, tmp_path: Path) -> None:
    write("plans/a.yaml", MINIMAL_PLAN)
    write("plans/sub/b.yml", MINIMAL_PLAN.replace("KH-STTTT", "KH-X"))
    write("plans/other.yaml", "name: not a plan\n")
    write("plans/.hidden/c.yaml", "schema_version: 1\n")
    result = cli("validate", str(tmp_path / "plans"))
    assert result.exit_code == 0
    assert "No problems in 2 files" in result.stdout


def test_stdin_is_reported_as_dash(cli: Cli) -> None:
    code, _found = findings(cli, "-", input=MINIMAL_PLAN.replace("hop_bao", "hop"))
    assert code == 1
    result = cli(
        "validate", "--format", "concise", "-", input=MINIMAL_PLAN.replace("hop_bao", "hop")
    )
    assert result.stdout.startswith("-:12:48: error [SCHEMA]")


def test_unwritable_output_is_exit_2(cli: Cli, write: Write, tmp_path: Path) -> None:
    plan = write("p.yaml", MINIMAL_PLAN)
    result = cli("validate", str(plan), "--output", str(tmp_path / "missing" / "r.txt"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
