"""The GitHub Action (action.yml): its structure, and its scripts run as a runner runs them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import EXAMPLES, ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]


def _step(step_id: str) -> dict[str, Any]:
    return next(s for s in STEPS if s.get("id") == step_id)


def test_it_is_a_composite_action_with_documented_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert ACTION["name"] and ACTION["description"] and ACTION["branding"]
    for name, spec in ACTION["inputs"].items():
        assert spec["description"], name
        assert spec["required"] is False and "default" in spec, name
    used = set(re.findall(r"inputs\.([a-z-]+)", (ROOT / "action.yml").read_text(encoding="utf-8")))
    assert used == set(ACTION["inputs"])
    assert ACTION["outputs"]["version"]["value"] == "${{ steps.install.outputs.version }}"


def test_scripts_run_in_bash_and_never_splice_inputs_into_code() -> None:
    for step in STEPS:
        if "run" in step:
            assert step["shell"] == "bash"
            # Inputs reach scripts through env only: `${{ }}` in a script is an injection.
            assert "${{" not in step["run"]


def test_it_validates_with_github_annotations_and_uploads_sarif_when_asked() -> None:
    uses = [s["uses"] for s in STEPS if "uses" in s]
    assert uses[0].startswith("actions/setup-python@")
    assert "--format github" in _step("validate")["run"]
    assert "--format sarif" in _step("sarif")["run"]
    upload = next(
        s for s in STEPS if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")
    )
    assert upload["if"] == _step("sarif")["if"] == "inputs.sarif == 'true'"
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    # The upload comes before the step that fails the job on findings.
    assert STEPS.index(upload) < STEPS.index(_step("validate"))


def test_the_readme_shows_a_workflow_that_uses_the_action() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: .*?on:.*?)```", readme, re.DOTALL)
    assert block is not None, "a complete workflow in README.md"
    workflow = yaml.safe_load(block.group(1))
    steps = workflow["jobs"]["plans"]["steps"]
    assert any("uses" in s and s["uses"].startswith("actions/checkout@") for s in steps)
    assert any("with" in s and "paths" in s["with"] for s in steps)


def _run(step_id: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    bash = shutil.which("bash")
    assert bash is not None
    scope = (
        os.environ
        | env
        | {"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    )
    return subprocess.run(
        [bash, "-e", "-c", _step(step_id)["run"]],
        env=scope,
        cwd=cwd,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for example in EXAMPLES.glob("*.yaml"):
        shutil.copy(example, folder / example.name)
    return folder


def test_the_validate_step_annotates_and_writes_the_step_summary(
    plans: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    env = {"PATHS": "plans", "ARGS": "--fail-level error", "GITHUB_STEP_SUMMARY": str(summary)}
    clean = _run("validate", env, plans.parent)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    broken = plans / "ke-hoach-ubnd-tinh-2022.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("    owner: stttt", "    owner: khong_co", 1),
        encoding="utf-8",
    )
    failed = _run("validate", env, plans.parent)
    assert failed.returncode == 1
    assert re.search(
        r"^::error file=plans/ke-hoach-ubnd-tinh-2022\.yaml,line=\d+", failed.stdout, re.MULTILINE
    )
    text = summary.read_text(encoding="utf-8")
    assert text.count("### commplan") == 2 and "REF-002" in text


def test_the_sarif_step_writes_sarif_and_tolerates_findings(plans: Path) -> None:
    broken = plans / "ke-hoach-bo-2024.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 3"),
        encoding="utf-8",
    )
    env = {"PATHS": "plans", "ARGS": "", "SARIF_FILE": "out.sarif"}
    done = _run("sarif", env, plans.parent)
    assert done.returncode == 0, done.stderr
    sarif = json.loads((plans.parent / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    missing = _run("sarif", env | {"PATHS": "nope"}, plans.parent)
    assert missing.returncode != 0, "a broken run (exit 2) must fail the step"
