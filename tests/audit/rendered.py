"""Rendering the examples once per test session, and finding their parts by the auditor's map."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from typer.testing import CliRunner

from commplan.audit.detect import detect
from commplan.audit.doctypes import UNKNOWN
from commplan.audit.layout import Layout, find_layout
from commplan.audit.load import load_doc
from commplan.audit.package import read_package
from commplan.cli import app
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
TXBX = qn("w:txbxContent")


def render(example: Path, folder: Path) -> Path:
    """``commplan render example -o folder/<name>.docx``."""
    out = folder / f"{example.stem}.docx"
    result = CliRunner().invoke(
        app, ["render", str(example), "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return out


def layout_of(path: Path) -> Layout:
    """The auditor's map of ``path``, read as the type it shows (as ``commplan audit`` does)."""
    doc = load_doc(read_package(path))
    return find_layout(doc, detect(doc).doctype or UNKNOWN)


def numbered(doc: DocumentObject) -> list[Any]:
    """The ``w:p`` elements in the auditor's numbering (document order, text boxes excluded)."""
    return [
        p for p in doc.element.body.iter(qn("w:p")) if next(p.iterancestors(TXBX), None) is None
    ]


def open_copy(path: Path) -> tuple[DocumentObject, list[Any], Layout]:
    """A fresh python-docx document of ``path``, its paragraphs, and the auditor's map of it."""
    doc = Document(str(path))
    return doc, numbered(doc), layout_of(path)


def _convert(soffice: str, source: Path, target: str, folder: Path) -> None:
    profile = (folder.parent / "profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--convert-to", target, "--outdir", str(folder), str(source)]
    subprocess.run(command, capture_output=True, timeout=180, check=True)


def round_trip(docx: Path, folder: Path, soffice: str) -> Path:
    """docx → odt → docx with LibreOffice, in a private profile; returns the new .docx."""
    _convert(soffice, docx, "odt", folder / "odt")
    _convert(soffice, folder / "odt" / f"{docx.stem}.odt", "docx:MS Word 2007 XML", folder / "back")
    result = folder / "back" / f"{docx.stem}.docx"
    assert result.is_file(), "LibreOffice wrote no .docx"
    return result
