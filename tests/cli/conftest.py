"""CLI tests look at the input, schema and reference rules; a config file keeps the rest quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

FOCUS = 'select = ["SYNTAX", "SCHEMA", "YAML", "TEXT", "REF", "SUP", "DOC-003"]\n'
"""The minimal plans here are valid but not complete; completeness rules are tested in rules/."""


@pytest.fixture(autouse=True)
def _focus(tmp_path: Path) -> None:
    (tmp_path / "commplan.toml").write_text(FOCUS, encoding="utf-8")
