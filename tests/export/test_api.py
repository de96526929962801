"""The Python API: ``commplan.load/validate/render/export``, lazily imported."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import commplan
from commplan.source.diagnostics import Severity
from tests.export.helpers import EXAMPLE_FILES

EXAMPLE = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")


def test_all_names_the_api() -> None:
    assert set(commplan.__all__) >= {"load", "validate", "render", "export", "PlanError"}
    for name in commplan.__all__:
        assert getattr(commplan, name) is not None


def test_import_commplan_loads_no_engine() -> None:
    code = (
        "import sys, commplan; "
        "heavy = [m for m in sys.modules if m.startswith(('commplan.', 'pydantic', 'typer', 'docx'))]; "
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_load_gives_a_plan_and_validate_its_findings() -> None:
    plan = commplan.load(EXAMPLE)
    assert isinstance(plan, commplan.Plan) and plan.document.symbol == "KH-UBND"
    assert commplan.validate(EXAMPLE) == []
    assert commplan.validate(str(EXAMPLE)) == []


def test_validate_searches_a_folder_and_load_refuses_one(tmp_path: Path) -> None:
    for example in EXAMPLE_FILES:
        (tmp_path / example.name).write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / EXAMPLE.name
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: x", 1),
        encoding="utf-8",
    )
    findings = commplan.validate(tmp_path)
    assert {f.file.rsplit("/", 1)[-1] for f in findings} == {EXAMPLE.name}
    with pytest.raises(commplan.errors.UsageError, match="folder"):
        commplan.load(tmp_path)


def test_validate_reads_yaml_text() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: khong_co", 1)
    findings = commplan.validate(text)
    assert [f.rule for f in findings if f.severity is Severity.ERROR] == ["REF-002"]
    assert findings[0].file == "<text>" and findings[0].line > 1


def test_load_refuses_a_broken_plan_with_its_findings(tmp_path: Path) -> None:
    broken = tmp_path / "plan.yaml"
    broken.write_text("schema_version: 1\nfoo: 1\n", encoding="utf-8")
    with pytest.raises(commplan.PlanError) as caught:
        commplan.load(broken)
    assert caught.value.exit_code == 1
    assert {f.rule for f in caught.value.findings} == {"SCHEMA"}
    assert "plan.yaml:" in str(caught.value)


def test_render_and_export_a_loaded_plan(tmp_path: Path) -> None:
    plan = commplan.load(EXAMPLE)
    docx = commplan.render(plan, tmp_path / "ke-hoach.docx")
    assert zipfile.is_zipfile(docx)
    for suffix in ("xlsx", "csv", "ics", "json"):
        out = commplan.export(plan, tmp_path / f"ke-hoach.{suffix}")
        assert out.stat().st_size > 0
    ics = (tmp_path / "ke-hoach.ics").read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20220331" in ics  # the profile's report deadline
    budget = commplan.export(EXAMPLE, tmp_path / "b.csv", table="du-toan")
    assert budget.read_text(encoding="utf-8-sig").startswith("STT,Mã dòng")


def test_a_plan_file_with_rule_errors_is_refused_unless_forced(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: khong_co", 1),
        encoding="utf-8",
    )
    with pytest.raises(commplan.PlanError, match=r"--force .*khong_co"):
        commplan.export(plan, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
    assert commplan.export(plan, tmp_path / "x.json", force=True).exists()
    with pytest.raises(commplan.PlanError):
        commplan.render(plan, tmp_path / "x.docx")


def test_render_and_export_are_also_the_subpackages(monkeypatch: pytest.MonkeyPatch) -> None:
    import commplan.export.run
    import commplan.render.pdf

    assert callable(commplan.render) and callable(commplan.export)
    assert commplan.export.run.FORMATS == ("xlsx", "csv", "ics", "json")
    monkeypatch.setattr("commplan.render.pdf.find_soffice", lambda: None)
    assert commplan.render.pdf.find_soffice() is None
