"""``commplan summary`` over a plan and its periodic report: one agency, the report's shares.

The expected shares are counted by hand from the YAML of the shipped example (statuses and
budget lines), then checked against ``report_figures``, the one place that defines them.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from commplan.check.validate import check_paths
from commplan.rules.execution import report_figures
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
PLAN = EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml"
REPORT = EXAMPLES / "bao-cao" / "bao-cao-ubnd-tinh-2022-quy-ii.yaml"


def _folder(root: Path) -> Path:
    # the report says plan: ../ke-hoach-ubnd-tinh-2022.yaml: keep that layout
    (root / "bao-cao").mkdir(parents=True)
    shutil.copy(PLAN, root / PLAN.name)
    shutil.copy(REPORT, root / "bao-cao" / REPORT.name)
    return root


def _by_hand() -> tuple[float, float]:
    plan = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    report = yaml.safe_load(REPORT.read_text(encoding="utf-8"))
    statuses = [p.get("status") for p in report["activities"].values()]
    done = statuses.count("hoan_thanh") / len(plan["activities"])
    spent = sum(s["spent"] for s in report["budget"].values())
    return done, spent


def test_a_plan_and_its_report_are_one_agency_with_the_reports_shares(
    cli: Cli, tmp_path: Path
) -> None:
    folder = _folder(tmp_path / "nhan")
    result = cli("summary", str(folder), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["tables"]["agencies"]
    assert [r["agency"] for r in rows] == ["Tỉnh Nam Định"]  # once, not plan + report
    row = rows[0]
    assert row["file"].endswith(PLAN.name)
    checked = check_paths([str(REPORT)], keep_plans=True)[0]
    assert checked.report is not None and checked.plan is not None
    expected = report_figures(checked.report, checked.plan)
    done, spent = _by_hand()
    assert row["done_share"] == done == expected.done_share == 3 / 20
    assert row["overdue_share"] == expected.overdue_share == 0  # nothing late on 14/6/2022
    assert expected.spent == spent and expected.planned == row["budget_total"]
    assert row["spending_rate"] == expected.spending_rate == spent / row["budget_total"]
    assert row["report_as_of"] == "2022-06-14"

    text = cli("--lang", "vi", "summary", str(folder)).stdout
    assert "Tỉnh Nam Định: hoàn thành 15,0%, quá hạn 0,0%" in text
    assert "(số liệu đến ngày 14/6/2022)" in text

    target = tmp_path / "tong-hop.csv"
    assert cli("summary", str(folder), "-o", str(target)).exit_code == 0
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(table) == 1
    assert float(table[0]["Tỷ lệ hoàn thành"]) == done
    assert table[0]["Số liệu đến ngày"] == "14/06/2022"
    assert table[0]["Tỷ lệ quá hạn"] != "" and table[0]["Tỷ lệ giải ngân"] != ""


def test_a_report_without_its_plan_is_listed_and_the_run_goes_on(cli: Cli, tmp_path: Path) -> None:
    folder = _folder(tmp_path / "nhan")
    (folder / PLAN.name).rename(folder / "khac.yaml")  # the report's plan: path now misses
    result = cli("--lang", "vi", "summary", str(folder))
    assert result.exit_code == 1, result.output
    assert "Tổng hợp 1 cơ quan" in result.stdout  # the plan still counts
    assert "Không tổng hợp được (1):" in result.stdout
    assert f"bao-cao/{REPORT.name}:4:7: không đọc được kế hoạch" in result.stdout.replace("\\", "/")
    assert "Kết quả thực hiện" not in result.stdout
