"""Rendered examples, made once per session for the audit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audit.rendered import EXAMPLE_FILES, render


@pytest.fixture(scope="session")
def rendered_examples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example rendered with ``commplan render``, by file stem."""
    folder = tmp_path_factory.mktemp("rendered")
    return {example.stem: render(example, folder) for example in EXAMPLE_FILES}
