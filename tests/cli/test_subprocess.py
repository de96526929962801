"""The real command in a real process: stdin, exit codes, stderr, and UTF-8 on any console."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.helpers import MINIMAL_PLAN


def commplan(
    *args: str, input: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **env}
    return subprocess.run(
        [sys.executable, "-m", "commplan", *args], input=input, capture_output=True, env=environment
    )


def test_stdin_and_exit_code_1(tmp_path: Path) -> None:
    del tmp_path
    bad = MINIMAL_PLAN.replace("hop_bao", "hop").encode()
    done = commplan(
        "--lang", "en", "validate", "--format", "concise", "--select", "SCHEMA", "-", input=bad
    )
    assert done.returncode == 1
    assert done.stdout.decode().startswith("-:12:48: error [SCHEMA] unknown code 'hop'")
    assert done.stderr == b""


def test_missing_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    done = commplan("--lang", "en", "validate", str(tmp_path / "none.yaml"))
    assert done.returncode == 2
    assert done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and "no such file" in lines[0]


def test_vietnamese_prints_as_utf8_on_a_legacy_console(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text(
        MINIMAL_PLAN.replace("owner: stttt,", "owner: stttt, partners: [sở],"), encoding="utf-8"
    )
    done = commplan(
        "validate", "--select", "SCHEMA", str(plan), PYTHONIOENCODING="cp1252", COMMPLAN_LANG="vi"
    )
    text = done.stdout.decode("utf-8")  # would raise on mojibake bytes
    assert done.returncode == 1
    assert "sở" in text and "tệp" in text
