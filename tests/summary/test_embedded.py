"""The plan inside the rendered .docx: validate and summary read it; edits are noticed."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.source.embedded import extract
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
PLAN = EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from commplan.cli import app

    target = tmp_path_factory.mktemp("docx") / "ke-hoach.docx"
    result = CliRunner().invoke(app, ["render", str(PLAN), "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


def _edit(source: Path, target: Path, old: str, new: str) -> None:
    """Change a word of the body, as an officer would in Word."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(old.encode(), new.encode(), 1)
            zout.writestr(item, data)


def test_render_stores_the_plan_text_exactly(rendered: Path) -> None:
    embedded = extract(rendered.read_bytes())
    assert embedded is not None
    assert embedded.text == PLAN.read_text(encoding="utf-8")
    assert embedded.version and not embedded.edited


def test_validate_reads_the_plan_from_the_document(cli: Cli, rendered: Path) -> None:
    from_docx = cli("validate", str(rendered), "--format", "json")
    from_yaml = cli("validate", str(PLAN), "--format", "json")
    assert from_docx.exit_code == from_yaml.exit_code == 0
    assert from_docx.stdout.replace(str(rendered), "F") == from_yaml.stdout.replace(
        "examples/ke-hoach-ubnd-tinh-2022.yaml", "F"
    )


def test_an_edited_body_is_reported(cli: Cli, rendered: Path, tmp_path: Path) -> None:
    edited = tmp_path / "sua.docx"
    _edit(rendered, edited, "Nam Định", "Nam Hà")
    result = cli("validate", str(edited))
    assert result.exit_code == 0
    assert "DOCX-002" in result.stdout and "edited after rendering" in result.stdout


def test_a_body_that_is_not_xml_is_one_clear_finding(
    cli: Cli, rendered: Path, tmp_path: Path
) -> None:
    # The digest is read from a stream; a broken body must not end in a traceback.
    broken = tmp_path / "hong.docx"
    _edit(rendered, broken, "<w:body>", "<w:body><w:p>")
    assert extract(broken.read_bytes()) is None
    result = cli("--lang", "vi", "validate", str(broken))
    assert result.exit_code == 1
    assert "[DOCX-001]" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_the_digest_covers_a_large_body_read_as_a_stream(rendered: Path, tmp_path: Path) -> None:
    # A body edited deep inside (the last paragraph of the last appendix) is still seen.
    with zipfile.ZipFile(rendered) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    last = body.rsplit("<w:t>", 1)[1].split("</w:t>", 1)[0]
    assert last, "the body ends with a text run"
    edited = tmp_path / "cuoi.docx"
    with zipfile.ZipFile(rendered) as zin, zipfile.ZipFile(edited, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                head, tail = data.decode("utf-8").rsplit(f"<w:t>{last}</w:t>", 1)
                data = f"{head}<w:t>{last} (sửa)</w:t>{tail}".encode()
            zout.writestr(item, data)
    found = extract(edited.read_bytes())
    assert found is not None and found.edited


def test_a_document_without_a_plan_is_one_clear_finding(cli: Cli, tmp_path: Path) -> None:
    import docx

    letter = tmp_path / "cong-van.docx"
    document = docx.Document()
    document.add_paragraph("Kính gửi")
    document.save(str(letter))
    result = cli("--lang", "vi", "validate", str(letter))
    assert result.exit_code == 1
    assert "cong-van.docx:1:1: error [DOCX-001] không có dữ liệu kế hoạch" in result.stdout
    assert "gửi kèm tệp .yaml" in result.stdout


def test_a_rendering_beside_its_plan_is_read_once(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "nhan"
    folder.mkdir()
    shutil.copy(PLAN, folder / "nam-dinh.yaml")
    assert cli("render", str(folder / "nam-dinh.yaml")).exit_code == 0
    result = cli("summary", str(folder), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [r["file"][-13:] for r in data["tables"]["agencies"]] == ["nam-dinh.yaml"]
    assert data["tables"]["problems"] == []


@pytest.mark.soffice
def test_what_survives_a_libreoffice_round_trip(rendered: Path, tmp_path: Path) -> None:
    """LibreOffice keeps the custom XML part and the words of the body (docs/summary.md)."""
    soffice = shutil.which("soffice")
    assert soffice is not None
    out = tmp_path / "out"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(rendered),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = (out / rendered.name).read_bytes()
    embedded = extract(saved)
    assert embedded is not None
    assert embedded.text == PLAN.read_text(encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(saved)) as archive:
        assert any(n.startswith("customXml/item") for n in archive.namelist())
    assert embedded.edited is ROUND_TRIP_EDITED


ROUND_TRIP_EDITED = False
