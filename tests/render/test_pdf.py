"""Every example converts to PDF with LibreOffice; page 1 carries no page number (ND30 P4)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.render.docx import render_plan
from commplan.render.pdf import convert_to_pdf, find_soffice
from commplan.render.source import load_template
from tests.render.helpers import EXAMPLE_FILES, load_plan

pytestmark = pytest.mark.soffice
Cli = Callable[..., Any]


@pytest.fixture(scope="module", params=EXAMPLE_FILES, ids=lambda p: p.stem)
def pdf(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = find_soffice()
    assert soffice is not None, "COMMPLAN_REQUIRE_SOFFICE=1 but LibreOffice is not installed"
    folder = tmp_path_factory.mktemp("pdf")
    docx = folder / f"{request.param.stem}.docx"
    docx.write_bytes(render_plan(load_plan(request.param), load_template(None)))
    target = docx.with_suffix(".pdf")
    convert_to_pdf(docx, target, soffice)
    return target


def _text(pdf: Path, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_page_count_is_sensible(pdf: Path) -> None:
    pages = _text(pdf).count("\f")
    assert 4 <= pages <= 60  # a ward's short plan: 2 pages, then its two appendices


def test_page_one_has_no_number_and_page_two_starts_with_two(pdf: Path) -> None:
    first = [line.strip() for line in _text(pdf, 1).splitlines() if line.strip()]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first[0]
    assert not any(re.fullmatch(r"\d+", line) for line in first)
    second = [line.strip() for line in _text(pdf, 2).splitlines() if line.strip()]
    if "QUYẾT ĐỊNH" in first:
        # A one-page Quyết định; its attached plan starts page 2 unnumbered, then counts on.
        assert not any(re.fullmatch(r"\d+", line) for line in second) and "KẾ HOẠCH" in second
        second = [line.strip() for line in _text(pdf, 3).splitlines() if line.strip()]
    assert second[0] == "2"


def test_each_appendix_restarts_at_one(pdf: Path) -> None:
    pages = _text(pdf).split("\f")
    starts = [i for i, page in enumerate(pages) if re.search(r"^\s*Phụ lục [IV]+\s*$", page, re.M)]
    assert len(starts) >= 2
    for start in starts:
        assert not re.match(r"\s*\d+\s*\n", pages[start])  # no number on its first page
        if start + 1 < len(pages) and start + 1 not in starts and pages[start + 1].strip():
            assert pages[start + 1].strip().splitlines()[0].strip() == "2"


def test_render_pdf_option_writes_both_files(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(EXAMPLE_FILES[0].read_bytes())
    result = cli("render", str(plan), "--pdf")
    assert result.exit_code == 0, result.stderr
    assert plan.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert "plan.pdf" in result.stdout


def test_only_liberation_serif_faces_are_embedded(pdf: Path) -> None:
    # With fonts-liberation2 every Vietnamese letter is in Liberation Serif; the old 1.07 made
    # LibreOffice borrow DejaVu Serif for ơ, ư, ổ, … (two typefaces on one line).
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    names = {line.split()[0].split("+")[-1] for line in listing.stdout.splitlines()[2:]}
    assert names, listing.stdout
    assert all(name.startswith("LiberationSerif") for name in names), names
