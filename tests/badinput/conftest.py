"""Fixtures of the bad-input tests: a complete example plan in a scratch folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import FOCUS
from tests.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"


@pytest.fixture(autouse=True)
def _focus(tmp_path: Path) -> None:
    """Minimal plans are valid but incomplete: only the input and reference rules run."""
    (tmp_path / "commplan.toml").write_text(FOCUS, encoding="utf-8")


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of an example plan that validates and renders, in the working folder."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, target)
    return target


def edit(path: Path, old: str, new: str) -> Path:
    """Replace ``old`` (which must be there) by ``new`` in the file."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path
