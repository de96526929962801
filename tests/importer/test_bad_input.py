"""Files that are not a typed Word plan get one clear message each, never a traceback."""

from __future__ import annotations

import base64
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.importer.office import typed_plan

# A 1×1 PNG: the page of a scanner, as small as it gets.
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _odt(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")


def _scan(path: Path) -> None:
    image = path.with_suffix(".png")
    image.write_bytes(_PNG)
    doc = docx.Document()
    doc.add_picture(str(image))
    doc.save(str(path))


def _letter(path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Kính gửi: Các sở, ban, ngành")
    doc.add_paragraph("Đề nghị các cơ quan báo cáo kết quả trước ngày 15/12.")
    doc.save(str(path))


CASES: list[tuple[str, Callable[[Path], None], str, int]] = [
    ("doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100), ".doc", 2),
    ("pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%..."), "PDF", 2),
    ("html", lambda p: p.write_text("<html><body>Kế hoạch</body></html>"), "HTML", 2),
    ("odt", _odt, "ODT", 2),
    ("empty", lambda p: p.write_bytes(b""), "empty", 2),
    ("scan", _scan, "scan", 2),
    ("letter", _letter, "not a plan", 1),
]


@pytest.mark.parametrize(("name", "make", "says", "code"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_one_clear_message(
    cli: Callable[..., Any], tmp_path: Path, name: str, make: Any, says: str, code: int
) -> None:
    source = tmp_path / f"{name}.docx"
    make(source)
    result = cli("import", str(source), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == code
    assert says in result.stderr and str(source) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.yaml").exists()


def test_an_existing_plan_file_is_kept_without_force(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    source = typed_plan(tmp_path / "kh.docx")
    out = tmp_path / "kh.yaml"
    out.write_text("mine", encoding="utf-8")
    refused = cli("import", str(source))
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "mine"
    assert cli("import", str(source), "--force").exit_code == 0
    assert out.read_text(encoding="utf-8").count("schema_version: 1") == 1


def test_a_missing_file(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nowhere.docx"))
    assert result.exit_code == 2 and "no such file" in result.stderr
