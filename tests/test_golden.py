"""Generated output against reviewed copies kept in tests/golden/, shown as a diff when it changes.

The built-in template is a binary .docx and a rendered plan is one too: a change to either is
unreadable in review. These tests keep readable copies (the template's XML parts, pretty-printed;
each example's rendered paragraphs, one a line) and fail with a unified diff when the output
drifts. After an intended change, rewrite the copies with ``COMMPLAN_UPDATE_GOLDEN=1 python -m
pytest tests/test_golden.py`` and review the diff in the commit like any other change.
"""

from __future__ import annotations

import difflib
import io
import os
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from commplan.render.docx import render_plan
from commplan.render.source import builtin_bytes, load_template
from tests.conftest import ROOT
from tests.render.helpers import EXAMPLE_FILES, all_paragraphs, load_plan

GOLDEN = ROOT / "tests" / "golden"
TEMPLATE_PARTS = ("word/document.xml", "word/styles.xml", "word/header1.xml", "word/settings.xml")


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("COMMPLAN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}", "now", lineterm=""
        )
        pytest.fail(
            "output differs from the reviewed copy (COMMPLAN_UPDATE_GOLDEN=1 to accept):\n"
            + "\n".join(list(diff)[:200]),
            pytrace=False,
        )


def _pretty(xml: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    return etree.tostring(etree.fromstring(xml, parser), pretty_print=True, encoding="unicode")


@pytest.mark.parametrize("part", TEMPLATE_PARTS)
def test_built_in_template_matches_its_reviewed_copy(part: str) -> None:
    with zipfile.ZipFile(io.BytesIO(builtin_bytes("ke-hoach"))) as package:
        names = set(package.namelist())
        if part not in names:
            pytest.fail(f"{part} is not in the template; parts: {sorted(names)}")
        text = _pretty(package.read(part))
    _compare(f"template/{part.replace('/', '_')}.txt", text)


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_rendered_example_matches_its_reviewed_copy(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(render_plan(load_plan(example), load_template(None)))
    lines = [p.text for p in all_paragraphs(Document(str(out)))]
    _compare(f"examples/{example.stem}.txt", "\n".join(lines) + "\n")
