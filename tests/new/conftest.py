"""Helpers for `commplan new` tests: they run without a commplan.toml, so every rule applies."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]


PLACEHOLDER_RULE = "TEXT-004"
"""A fresh scaffold holds placeholders on purpose; test_placeholders.py checks them."""


def findings(cli: Cli, path: Path, *, placeholders: bool = False) -> list[tuple[str, int]]:
    """(rule, line) of every finding `commplan validate` reports for the plan at `path`.

    The scaffold's own placeholders (TEXT-004) are left out unless ``placeholders``.
    """
    result = cli("validate", "--format", "json", str(path))
    rows = json.loads(result.stdout)
    return [
        (row["rule"], row["line"])
        for row in rows
        if placeholders or row["rule"] != PLACEHOLDER_RULE
    ]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """Where a test asks `commplan new` to write (it does not exist yet)."""
    return tmp_path / "ke-hoach.yaml"
