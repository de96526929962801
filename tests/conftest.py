"""Shared fixtures and the LibreOffice marker policy."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commplan.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip `soffice` tests without LibreOffice, unless CI demands them (COMMPLAN_REQUIRE_SOFFICE=1)."""
    del config
    if shutil.which("soffice") or os.environ.get("COMMPLAN_REQUIRE_SOFFICE") == "1":
        return
    skip = pytest.mark.skip(reason="LibreOffice (soffice) is not installed")
    for item in items:
        if "soffice" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutation() -> None:
    """Under mutmut, forget memoised results, or a mutant's code would never run.

    mutmut forks each mutant's test run from a process that has already run the tests, so an
    ``lru_cache`` (date parsing, shipped profiles) would answer with the unmutated results.
    """
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    import gc
    from functools import _lru_cache_wrapper

    for cached in [o for o in gc.get_objects() if isinstance(o, _lru_cache_wrapper)]:
        if getattr(cached, "__module__", "").startswith("commplan"):
            cached.cache_clear()


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English: tests assert ids and positions, some also the English source text."""
    from commplan.i18n import choose_language

    monkeypatch.setenv("COMMPLAN_LANG", "en")
    choose_language("en")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner) -> Callable[..., object]:
    """Run the CLI in-process: cli("validate", "x.yaml") -> Result (exit_code, stdout, stderr)."""

    def run(*args: str, input: str | bytes | None = None) -> object:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path and return its path."""

    def make(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make
