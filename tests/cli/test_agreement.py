"""Every example and every scaffold `new` makes (each kind and style) goes through `validate`,
`render`, `audit` and an editor's schema check (check-jsonschema against `commplan schema`),
and they agree: what validate accepts the editor accepts, renders, and audits clean.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.scaffold.choices import KINDS
from tests.conftest import EXAMPLES, ROOT

Cli = Callable[..., Any]
PLANS = [*sorted(EXAMPLES.glob("*.yaml")), ROOT / "tests" / "data" / "ct-07-tinh-2024.yaml"]
SCAFFOLDS = [(kind, style) for kind in KINDS for style in KINDS[kind].styles]
ISSUERS = {
    "tinh": "Nam Định",
    "bo": "Bộ Tư pháp",
    "bo-qd": "Bộ Tư pháp",
    "chinh-sach": "Bộ Tư pháp",
    "xa": "phường La Khê",
}
"""What an officer types for --issuer (the default holds a placeholder for the name)."""


def _editor(schema: Path, *plans: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema, as an editor's YAML plugin checks a plan against the schema."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, plans)],
        capture_output=True,
        text=True,
        check=False,
    )


def _findings(cli: Cli, plan: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(cli("validate", "--format", "json", str(plan)).stdout)
    return rows


@pytest.fixture(scope="module")
def scaffolds(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from typer.testing import CliRunner

    from commplan.cli import app

    folder = tmp_path_factory.mktemp("new")
    made = []
    for kind, style in SCAFFOLDS:
        path = folder / f"{kind}-{style}.yaml"
        args = ["new", str(path), "--kind", kind, "--style", style, "--year", "2024"]
        args += ["--issuer", ISSUERS[kind]]
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        made.append(path)
    return made


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from commplan.cli import app

    path = tmp_path_factory.mktemp("schema") / "commplan.schema.json"
    assert CliRunner().invoke(app, ["schema", "-o", str(path)]).exit_code == 0
    return path


def test_the_editor_accepts_every_example_and_scaffold(schema: Path, scaffolds: list[Path]) -> None:
    result = _editor(schema, *PLANS, *scaffolds)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("index", range(len(PLANS) + len(SCAFFOLDS)))
def test_validate_render_and_audit_agree(
    cli: Cli, scaffolds: list[Path], tmp_path: Path, index: int
) -> None:
    plan = [*PLANS, *scaffolds][index]
    rules = {row["rule"] for row in _findings(cli, plan)}
    assert not rules & {"SYNTAX", "SCHEMA", "YAML-001"}, rules
    assert not [r for r in rules if r != "REP-002" and r != "TEXT-004"], rules
    # A scaffold's placeholders stop render until filled in; --force renders them anyway.
    force = ["--force"] if "TEXT-004" in rules else []
    if force:
        assert cli("render", str(plan), "-o", str(tmp_path / "refused.docx")).exit_code == 1
    out = tmp_path / "plan.docx"
    result = cli("render", *force, str(plan), "-o", str(out))
    assert result.exit_code == 0, result.stdout + result.stderr
    audited = cli("audit", str(out))
    assert audited.exit_code == 0, audited.stdout


def test_a_quantity_with_two_decimals_passes_both(cli: Cli, schema: Path, tmp_path: Path) -> None:
    # multipleOf: 0.01 made editors reject 0.29 (binary floating point) that validate accepts.
    source = (EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text(source.replace("quantity: 3\n", "quantity: 0.29\n", 1), encoding="utf-8")
    assert "quantity: 0.29\n" in plan.read_text(encoding="utf-8")
    assert "SCHEMA" not in {row["rule"] for row in _findings(cli, plan)}
    assert _editor(schema, plan).returncode == 0


def test_a_misspelt_key_fails_both(cli: Cli, schema: Path, tmp_path: Path) -> None:
    source = (ROOT / "tests" / "data" / "ct-07-tinh-2024.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "p.yaml"
    plan.write_text(source.replace("  arranged_by: stc", "  arranged: stc"), encoding="utf-8")
    assert "SCHEMA" in {row["rule"] for row in _findings(cli, plan)}
    assert _editor(schema, plan).returncode == 1
