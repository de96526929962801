"""``report_figures``: the execution figures the BÁO CÁO shows and ``summary`` sums."""

from __future__ import annotations

from commplan.check.validate import check_paths
from commplan.model.plan import Plan
from commplan.model.report import Report
from commplan.rules.budget import line_amount
from commplan.rules.execution import report_figures
from tests.conftest import EXAMPLES

REPORT = EXAMPLES / "bao-cao" / "bao-cao-ubnd-tinh-2022-quy-ii.yaml"


def _figures_of() -> tuple[Report, Plan]:
    result = check_paths([str(REPORT)], keep_plans=True)[0]
    assert result.report is not None and result.plan is not None
    return result.report, result.plan


def test_counts_shares_and_money_of_the_shipped_example() -> None:
    report, plan = _figures_of()
    figures = report_figures(report, plan)
    assert figures.activities == len(plan.activities) == 20
    assert sum(figures.by_status.values()) == 20
    assert figures.done == 3 and figures.done_share == 3 / 20
    assert figures.overdue == [] and figures.overdue_share == 0
    assert plan.budget is not None
    assert figures.planned == sum(line_amount(line) for line in plan.budget.lines)
    assert figures.spent == sum(s.spent for s in report.budget.values())
    assert figures.spending_rate == figures.spent / figures.planned
    assert {c.category for c in figures.categories} == {b.category for b in plan.budget.lines}
    assert figures.kpis[0].target == 176 and figures.kpis[0].actual == 79
    data = figures.as_dict()
    assert data["issuer"] == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH" and data["period"] == "Quý II/2022"


def test_an_activity_left_out_past_its_end_is_overdue_and_unreported() -> None:
    report, plan = _figures_of()
    activities = dict(report.activities)
    del activities["nv_bao_cao_bo"]  # ended 25/3/2022, before the cut-off 14/6/2022
    figures = report_figures(report.model_copy(update={"activities": activities}), plan)
    assert figures.overdue == ["nv_bao_cao_bo"]
    assert figures.by_status["chua_bao_cao"] == 1 and figures.done == 2
