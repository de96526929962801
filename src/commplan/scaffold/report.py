"""``commplan new --kind bao-cao --plan PLAN``: a report listing every activity and line of a plan.

The report is written as text (not dumped from a model) so that each id carries a comment with
what the officer needs beside it: the activity's title and deadline, the line's planned amount,
the KPI's metric and target.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import yaml

from commplan.errors import UsageError
from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.budget import line_amount
from commplan.vn.dates import DateError, DateExpr, parse_date, parse_date_expr
from commplan.vn.formats import quarter_text, short_date
from commplan.vn.money import format_money


def report_period(plan: Plan, period: str | None, as_of: str | None) -> tuple[DateExpr, str]:
    """The period and cut-off date the options give, else the plan's first quarter.

    The default cut-off is the 14th of the period's last month (Nghị định 09/2019/NĐ-CP,
    Điều 12: quarterly figures run to the 14th of the quarter's last month), or its last day
    when the period is shorter than a month.

    Raises:
        UsageError: a period or date that cannot be read.
    """
    try:
        expr = parse_date_expr(period or quarter_text(1, plan.year()))
        day = parse_date(as_of) if as_of else _default_as_of(expr)
    except DateError as exc:
        raise UsageError(str(exc)) from None
    return expr, short_date(day)


def _default_as_of(expr: DateExpr) -> datetime.date:
    fourteenth = expr.last.replace(day=14)
    return fourteenth if fourteenth >= expr.first else expr.last


def report_text(plan: Plan, plan_ref: str, period: DateExpr, as_of: str) -> str:
    """The YAML text of a new report on ``plan``, which the report names as ``plan_ref``."""
    parts = [
        "# yaml-language-server: $schema=bao-cao.schema.json\n",
        "schema_version: 1\n",
        "kind: bao_cao\n",
        _scalar("plan", plan_ref),
        _scalar("period", period.text),
        "# " + _("data cut-off date (ngày chốt số liệu)") + "\n",
        _scalar("as_of", as_of),
        _block({"document": _document(plan, period)}),
        "summary: []   # " + _("overall assessment, one paragraph an item") + "\n",
        *_activities(plan),
        *_budget(plan),
        *_kpis(plan),
        "staffing:\n  dedicated_staff:\n  part_time_staff:\n  trained:\n",
        "consultation:\n  drafts:\n  comments:\n  answered:\n",
        "difficulties: []   # " + _("difficulties and shortcomings, one an item") + "\n",
        "proposals: []   # " + _("proposals, one an item") + "\n",
    ]
    return "".join(parts)


def _document(plan: Plan, period: DateExpr) -> dict[str, Any]:
    doc = plan.document
    tail = doc.symbol.split("-", 1)[1] if "-" in doc.symbol else doc.symbol
    title = doc.title[0].lower() + doc.title[1:]
    frame: dict[str, Any] = {
        "parent_agency": doc.parent_agency,
        "issuer": doc.issuer,
        "issuer_level": doc.issuer_level,
        "symbol": f"BC-{tail}",
        "place": doc.place,
        "title": f"Kết quả thực hiện Kế hoạch {title}, {period.text}",
    }
    if doc.signer is not None:
        frame["signer"] = doc.signer.model_dump(exclude_none=True, exclude_defaults=True)
    # A report goes up: to those the plan was sent "để báo cáo", else to its first recipient.
    upward = [r for r in doc.recipients if "báo cáo" in r or "b/c" in r] or doc.recipients[:1]
    if upward:
        frame["recipients"] = upward
    frame["archive"] = doc.archive or "VT"
    return {k: v for k, v in frame.items() if v is not None}


def _activities(plan: Plan) -> list[str]:
    lines = ["activities:   # " + _("status: {codes}").format(codes=_STATUSES) + "\n"]
    for a in plan.activities:
        note = f"{a.title} — {_('due')} {short_date(a.end.last)}"
        lines.append(f"  {a.id}: {{status: chua_thuc_hien}}   # {_one_line(note)}\n")
    return lines


def _budget(plan: Plan) -> list[str]:
    if plan.budget is None or not plan.budget.lines:
        return ["budget: {}\n"]
    lines = ["budget:   # " + _("amount spent by the cut-off date, in đồng") + "\n"]
    for line in plan.budget.lines:
        note = f"{line.description} — {_('planned')} {format_money(line_amount(line))}"
        lines.append(f"  {line.id}: {{spent: 0}}   # {_one_line(note)}\n")
    return lines


def _kpis(plan: Plan) -> list[str]:
    with_kpis = [o for o in plan.objectives if o.kpis]
    if not with_kpis:
        return ["kpis: {}\n"]
    lines = ["kpis:   # " + _("one result per KPI, in the order of the plan") + "\n"]
    for objective in with_kpis:
        lines.append(f"  {objective.id}:\n")
        for kpi in objective.kpis:
            target = "" if kpi.target is None else f" — {_('target')} {kpi.target} {kpi.unit or ''}"
            lines.append(f"    - actual:   # {_one_line(kpi.metric + target)}\n")
    return lines


_STATUSES = "chua_thuc_hien, dang_thuc_hien, hoan_thanh (+ done_on), tam_hoan, huy"


def _scalar(key: str, value: str) -> str:
    return _block({key: value})


def _block(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def plan_reference(report: Path, plan: Path) -> str:
    """The plan's path as the report writes it: relative to the report's folder when it can."""
    try:
        return Path(os.path.relpath(plan.resolve(), report.resolve().parent)).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return plan.resolve().as_posix()
