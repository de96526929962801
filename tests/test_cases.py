"""Acceptance: every positive case (and example) passes, every negative case fails as it says.

A case file declares extra command-line arguments with ``# args: ...`` and, for negative
cases, every expected finding with ``# expect: RULE LINE:COLUMN``.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

CASES = Path(__file__).parent / "cases"
Cli = Callable[..., Any]


def _header(path: Path, key: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(rf"^# {key}: (.*)$", text, flags=re.MULTILINE)


def _run(cli: Cli, path: Path) -> tuple[int, list[tuple[str, str]]]:
    args = [a for line in _header(path, "args") for a in shlex.split(line)]
    for option in ("--select", "--ignore"):
        if option in args:  # one option per id keeps the case files short: A,B -> A B
            i = args.index(option)
            ids = args.pop(i + 1).split(",")
            args[i : i + 1] = [x for rule in ids for x in (option, rule)]
    result = cli("validate", "--format", "json", *args, str(path))
    rows = json.loads(result.stdout)
    return result.exit_code, [(r["rule"], f"{r['line']}:{r['column']}") for r in rows]


@pytest.mark.parametrize(
    "path",
    [
        *sorted((CASES / "positive").glob("*.yaml")),
        *sorted(EXAMPLES.glob("*.yaml")),
        *sorted(EXAMPLES.glob("bao-cao/*.yaml")),  # the example reports, one per plan
    ],
    ids=lambda p: p.name,
)
def test_positive(cli: Cli, path: Path) -> None:
    assert _run(cli, path) == (0, [])


@pytest.mark.parametrize("path", sorted((CASES / "negative").glob("*.yaml")), ids=lambda p: p.name)
def test_negative(cli: Cli, path: Path) -> None:
    expected = sorted(tuple(e.split()) for e in _header(path, "expect"))
    assert expected, "a negative case must declare what it expects"
    code, found = _run(cli, path)
    assert sorted(found) == expected
    assert code == 1
