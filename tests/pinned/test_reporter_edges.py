"""What other tools read from our reporters: levels, counts and structure (survivors of
`scripts/mutation.py reporters`). Expected values are written from each format's contract."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import BASE
from tests.pinned.test_user_visible_edges import ERROR_AND_WARNING, MINIMAL

Cli = Callable[..., Any]
Write = Callable[[str, str], Path]
ONLY = ("--select", "REF", "--select", "YAML")


@pytest.fixture
def plans(write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two plans named relative to the working folder, as CI names them."""
    write("ew.yaml", ERROR_AND_WARNING)
    write("clean.yaml", BASE + MINIMAL)
    monkeypatch.chdir(tmp_path)
    return Path("ew.yaml"), Path("clean.yaml")


def test_github_annotation_commands_follow_the_severities(
    cli: Cli, plans: tuple[Path, Path]
) -> None:
    out = cli("validate", *map(str, plans), "--format", "github", *ONLY).stdout
    commands = [line.split(" ", 1)[0] for line in out.splitlines() if line.startswith("::")]
    rules = [line.split("title=commplan ", 1)[1].split("::")[0] for line in out.splitlines()]
    assert dict(zip(rules, commands, strict=True)) == {
        "REF-004": "::warning",
        "YAML-002": "::warning",
        "REF-002": "::error",
    }


def test_sarif_rules_carry_their_default_level(cli: Cli, plans: tuple[Path, Path]) -> None:
    sarif = json.loads(cli("validate", str(plans[0]), "--format", "sarif").stdout)
    levels = {
        r["id"]: r["defaultConfiguration"]["level"]
        for r in sarif["runs"][0]["tool"]["driver"]["rules"]
    }
    assert levels["SCHEMA"] == "error"
    assert levels["REF-002"] == "error"
    assert levels["YAML-002"] == "warning"
    assert levels["REF-004"] == "warning"


def test_junit_counts_cases_failures_and_passes(cli: Cli, plans: tuple[Path, Path]) -> None:
    out = cli("validate", *map(str, plans), "--format", "junit", *ONLY).stdout
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "3", "0")
    (suite,) = root
    cases = list(suite)
    assert [c.get("name") for c in cases] == [
        "REF-004 ew.yaml:5",
        "YAML-002 ew.yaml:5",
        "REF-002 ew.yaml:7",
        "clean.yaml",
    ]
    assert {c.get("classname") for c in cases} == {"ew.yaml", "clean.yaml"}
    passed = cases[-1]
    assert passed.find("failure") is None
    failure = cases[2].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert failure.text is not None and "[REF-002]" in failure.text
    assert "'stttt'" in failure.text.splitlines()[-1]  # the hint line


def test_text_colours_errors_red_and_warnings_yellow(cli: Cli, plans: tuple[Path, Path]) -> None:
    out = cli("validate", str(plans[0]), "--color", "always", *ONLY).stdout
    error = next(line for line in out.splitlines() if "[REF-002]" in line)
    warning = next(line for line in out.splitlines() if "[YAML-002]" in line)
    assert "\x1b[31m" in error and "\x1b[31m" not in warning
    assert "\x1b[33m" in warning and "\x1b[33m" not in error


def test_text_caret_points_at_the_column_of_a_long_line(cli: Cli, write: Write) -> None:
    owner = "sttt"
    line = (
        "  - {id: a1, title: " + "Hội nghị " * 14 + f", type: hop_bao, owner: {owner},"
        " start: 07/3/2022, end: 07/3/2022}"
    )
    text = (
        BASE
        + MINIMAL.splitlines()[0]
        + "\n"
        + MINIMAL.splitlines()[1]
        + "\nactivities:\n"
        + line
        + "\n"
    )
    plan = write("long.yaml", text)
    out = cli("validate", str(plan), "--select", "REF-002").stdout.splitlines()
    caret_at = next(
        i for i, row in enumerate(out) if row.strip() == "^" * len(row.strip()) and row.strip()
    )
    source, caret = out[caret_at - 1], out[caret_at]
    column = caret.index("^")
    assert source[column : column + len(owner)] == owner
    assert len(source) < len(line)  # the long line was cut around the column
