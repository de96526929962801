"""Reports that a plan's content cannot break: well-formed XML, a terminal left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

Cli = Callable[..., Any]
HOSTILE = 'schema_version: 1\nprofiles: ["\\x01\\x1b[2J\\x1b]0;pwned\\x07\\u202e\\x85"]\n'


def test_junit_is_well_formed_when_a_finding_quotes_control_characters(
    cli: Cli, tmp_path: Path
) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text(HOSTILE, encoding="utf-8")
    result = cli("validate", "--format", "junit", str(plan))
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    messages = [f.get("message") or "" for f in root.iter("failure")]
    assert any("\\x01\\x1b[2J" in m for m in messages)


def test_text_output_shows_escape_sequences_escaped(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text(HOSTILE, encoding="utf-8")
    for format in ("text", "concise"):
        out = cli("validate", "--format", format, "--color", "never", str(plan)).stdout
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "\\x1b[2J\\x1b]0;pwned\\x07\\u202e" in out


def test_the_caret_follows_escaped_characters(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_bytes(b"schema_version: 1\nz: \x01\x02\x03 \x7f\n")
    lines = cli("validate", "--color", "never", str(plan)).stdout.splitlines()
    source, caret = lines[1], lines[2]
    assert source.endswith("z: \\x01\\x02\\x03 \\x7f")
    assert caret.index("^") == source.index("\\x01")
