"""Helpers for `commplan new` tests: they run without a commplan.toml, so every rule applies."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]


def findings(cli: Cli, path: Path) -> list[tuple[str, int]]:
    """(rule, line) of every finding `commplan validate` reports for the plan at `path`."""
    result = cli("validate", "--format", "json", str(path))
    return [(row["rule"], row["line"]) for row in json.loads(result.stdout)]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """Where a test asks `commplan new` to write (it does not exist yet)."""
    return tmp_path / "ke-hoach.yaml"
