"""``commplan new --kind bao-cao --plan PLAN``: a report to fill in that validates at once."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
PLAN = "ke-hoach-ubnd-tinh-2022.yaml"


def _plan(tmp_path: Path) -> Path:
    folder = tmp_path / "ke-hoach"
    folder.mkdir()
    return Path(shutil.copy(EXAMPLES / PLAN, folder / PLAN))


def test_the_report_lists_every_activity_and_line_and_validates(cli: Cli, tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    report = tmp_path / "bao-cao.yaml"
    args = ("--period", "Quý I/2022", "--as-of", "14/3/2022")
    result = cli("new", "--kind", "bao-cao", "--plan", str(plan), *args, str(report))
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(report.read_text(encoding="utf-8"))
    assert data["plan"] == "ke-hoach/" + PLAN  # relative to the report's folder
    assert (data["period"], data["as_of"]) == ("Quý I/2022", "14/3/2022")
    assert data["document"]["symbol"] == "BC-UBND"
    planned = yaml.safe_load(plan.read_text(encoding="utf-8"))
    assert list(data["activities"]) == [a["id"] for a in planned["activities"]]
    assert list(data["budget"]) == [b["id"] for b in planned["budget"]["lines"]]
    assert (tmp_path / "bao-cao.schema.json").is_file()
    checked = cli("validate", "--format", "json", str(report))
    assert (checked.exit_code, json.loads(checked.stdout)) == (0, [])


def test_the_default_period_is_the_plans_first_quarter(cli: Cli, tmp_path: Path) -> None:
    report = tmp_path / "bc.yaml"
    assert (
        cli("new", "--kind", "bao-cao", "--plan", str(_plan(tmp_path)), str(report)).exit_code == 0
    )
    data = yaml.safe_load(report.read_text(encoding="utf-8"))
    assert (data["period"], data["as_of"]) == ("Quý I/2022", "14/3/2022")


def test_overdue_activities_of_a_later_period_are_flagged_until_filled(
    cli: Cli, tmp_path: Path
) -> None:
    report = tmp_path / "bc.yaml"
    plan = str(_plan(tmp_path))
    cli("new", "--kind", "bao-cao", "--plan", plan, "--period", "Quý II/2022", str(report))
    rows = json.loads(cli("validate", "--format", "json", str(report)).stdout)
    assert {r["rule"] for r in rows} == {"RPT-006"} and len(rows) == 3


def test_bad_uses_exit_2_and_write_nothing(cli: Cli, tmp_path: Path) -> None:
    report = tmp_path / "bc.yaml"
    no_plan = cli("new", "--kind", "bao-cao", str(report))
    assert no_plan.exit_code == 2 and "--plan" in no_plan.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\n", encoding="utf-8")
    bad_plan = cli("new", "--kind", "bao-cao", "--plan", str(broken), str(report))
    assert bad_plan.exit_code == 2 and "commplan validate" in bad_plan.stderr
    plan = str(_plan(tmp_path))
    bad_date = cli("new", "--kind", "bao-cao", "--plan", plan, "--as-of", "31/2/2022", str(report))
    assert bad_date.exit_code == 2 and "31/2/2022" in bad_date.stderr
    wrong_kind = cli("new", "--kind", "tinh", "--plan", plan, str(report))
    assert wrong_kind.exit_code == 2
    assert not report.exists()
