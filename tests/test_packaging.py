"""The command as users get it: imports kept lean, and a wheel that works in a fresh venv."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

HEAVY = ("docxtpl", "docx", "lxml", "jinja2", "holidays")


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return set(out.stdout.split())


def test_validate_imports_no_rendering_library() -> None:
    example = sorted(EXAMPLES.glob("*.yaml"))[0]
    code = (
        "from commplan.cli import app\n"
        f"try:\n    app(['validate', '-q', {str(example)!r}])\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code)
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}


def test_version_imports_almost_nothing() -> None:
    code = (
        "from commplan.cli import app\ntry:\n    app(['--version'])\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code)
    assert not {m for m in loaded if m.split(".")[0] in (*HEAVY, "pydantic", "yaml")}


@pytest.mark.slow
def test_wheel_installs_and_validates_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("commplan-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    example = sorted(EXAMPLES.glob("*.yaml"))[0]
    result = subprocess.run(
        [str(bin_dir / "commplan"), "validate", str(example)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    schema = subprocess.run(
        [str(bin_dir / "commplan"), "schema"], capture_output=True, text=True, check=True
    )
    assert schema.stdout == (EXAMPLES / "commplan.schema.json").read_text(encoding="utf-8")
    explained = subprocess.run(  # the explanations are data files inside the wheel
        [str(bin_dir / "commplan"), "rules", "--explain", "H5", "--lang", "vi"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Cách sửa" in explained.stdout and "Căn cứ" in explained.stdout
    out = tmp_path / "ke-hoach.docx"
    rendered = subprocess.run(
        [str(bin_dir / "commplan"), "render", str(example), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert rendered.returncode == 0, rendered.stdout + rendered.stderr
    audited = subprocess.run(
        [str(bin_dir / "commplan"), "audit", "--format", "json", str(out)],
        capture_output=True,
        text=True,
    )
    assert (audited.returncode, audited.stdout) == (0, "[]\n")
