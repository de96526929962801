"""The figures of one plan, per theme of the dispatch (REPORTING.md, ``commplan summary``).

Computed from the checked plan model, right after the validate pipeline built it, so the plan
itself need not be kept: a summary of a thousand plans holds a thousand small records.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Final

from commplan.model.plan import Plan
from commplan.rules.budget import line_amount
from commplan.rules.organisation import param_date
from commplan.settings.profiles import Profile

DISPATCH_CATEGORIES: Final = (
    "dat_hang_bao_chi",
    "dao_tao_boi_duong",
    "dich_vu_cntt_theo_doi",
    "khao_sat_tham_do",
    "danh_gia_tac_dong",
)
"""Budget categories the dispatch (item 3) names; every other category counts as ``khac``."""
CATEGORY_COLUMNS: Final = (*DISPATCH_CATEGORIES, "khac")
STATE_BUDGET: Final = frozenset({"ngan_sach_trung_uong", "ngan_sach_dia_phuong"})
SOURCE_COLUMNS: Final = ("ngan_sach_nha_nuoc", "xa_hoi_hoa", "nguon_khac")
DRAFTING: Final = frozenset(
    {"hoach_dinh", "lap_de_xuat", "lay_y_kien", "soan_thao", "trinh_thong_qua"}
)
IMPLEMENTING: Final = frozenset({"ban_hanh", "thuc_thi", "danh_gia"})


@dataclass(slots=True)
class PlanFigures:
    """What the Ministry counts in one plan."""

    agency_name: str
    issuer_level: str
    number: str
    date: dt.date | None
    # đội ngũ (dispatch item 1)
    dedicated_unit: bool
    staff_total: int
    staff_full_time: int
    staff_part_time: int
    trained_policy: int
    trained_crisis: int
    spokesperson: bool
    focal_point: bool
    focal_point_date: dt.date | None
    focal_point_on_time: bool | None
    # phản biện, lộ trình (item 2)
    working_rules_amended: bool
    reviews_drafts: bool
    draft_review_activities: int
    roadmap_drafting: bool
    roadmap_implementation: bool
    crisis_section: bool
    # kinh phí (item 3)
    budget_total: int
    by_category: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    # báo cáo (item 4)
    report_due: dt.date | None = None
    report_on_time: bool | None = None
    number_value: int = 0


def agency_name(plan: Plan) -> str:
    """The name that identifies the agency: the parent agency when given, else the issuer."""
    return " ".join((plan.document.parent_agency or plan.document.issuer).split())


def plan_figures(plan: Plan, profiles: list[Profile]) -> PlanFigures:
    """Count the figures of ``plan`` under its active ``profiles`` (deadlines, recipient)."""
    doc = plan.document
    staff = plan.staff
    focal = plan.focal_point
    focal_date = focal.designated_on.last if focal and focal.designated_on else None
    deadline = _param(profiles, "ORG-006", "deadline")
    governance = plan.governance
    kinds = {p.kind for p in plan.phases}
    by_category, by_source = _budget(plan)
    report_due = _report_due(plan, profiles)
    report_deadline = _param(profiles, "REP-001", "deadline")
    return PlanFigures(
        agency_name=agency_name(plan),
        issuer_level=doc.issuer_level,
        number=f"{doc.number}/{doc.symbol}" if doc.number is not None else doc.symbol,
        date=doc.date,
        dedicated_unit=any(u.dedicated for u in plan.units),
        staff_total=len(staff),
        staff_full_time=sum(1 for s in staff if s.employment == "chuyen_trach"),
        staff_part_time=sum(1 for s in staff if s.employment == "kiem_nhiem"),
        trained_policy=_trained(plan, "truyen_thong_chinh_sach"),
        trained_crisis=_trained(plan, "xu_ly_khung_hoang"),
        spokesperson=any("nguoi_phat_ngon" in s.roles for s in staff),
        focal_point=focal is not None,
        focal_point_date=focal_date,
        focal_point_on_time=_on_time(focal_date, deadline),
        working_rules_amended=bool(governance and governance.working_rules_amended),
        reviews_drafts=bool(governance and governance.comms_unit_reviews_drafts),
        draft_review_activities=sum(1 for a in plan.activities if a.type == "phan_bien_du_thao"),
        roadmap_drafting=bool(kinds & DRAFTING),
        roadmap_implementation=bool(kinds & IMPLEMENTING),
        crisis_section=plan.crisis is not None,
        budget_total=_budget_total(plan, by_category),
        by_category=by_category,
        by_source=by_source,
        report_due=report_due,
        report_on_time=_on_time(report_due, report_deadline),
        number_value=int(doc.number or 0),  # "0155" (digit text, PLAN-MODEL.md) orders as 155
    )


def _trained(plan: Plan, topic: str) -> int:
    return sum(1 for s in plan.staff if any(t.topic == topic for t in s.trainings))


def _on_time(day: dt.date | None, deadline: dt.date | None) -> bool | None:
    """True or False against the deadline; None when either is unknown."""
    if day is None or deadline is None:
        return None
    return day <= deadline


def _param(profiles: list[Profile], rule: str, name: str) -> dt.date | None:
    """The earliest date any active profile sets for ``rule``'s parameter ``name``."""
    found = [param_date(p.rules[rule].params, name) for p in profiles if rule in p.rules]
    days = [d for d in found if d is not None]
    return min(days) if days else None


def _budget(plan: Plan) -> tuple[dict[str, int], dict[str, int]]:
    by_category = dict.fromkeys(CATEGORY_COLUMNS, 0)
    by_source = dict.fromkeys(SOURCE_COLUMNS, 0)
    if plan.budget is None:
        return by_category, by_source
    kinds = {s.id: s.kind for s in plan.budget.sources}
    for line in plan.budget.lines:
        amount = line_amount(line)
        category = line.category if line.category in DISPATCH_CATEGORIES else "khac"
        by_category[category] += amount
        by_source[_source_column(kinds.get(line.source))] += amount
    return by_category, by_source


def _source_column(kind: str | None) -> str:
    if kind in STATE_BUDGET:
        return "ngan_sach_nha_nuoc"
    return "xa_hoi_hoa" if kind == "xa_hoi_hoa" else "nguon_khac"


def _budget_total(plan: Plan, by_category: dict[str, int]) -> int:
    """The itemised total; the declared ``budget.total`` when nothing is itemised."""
    itemised = sum(by_category.values())
    if itemised == 0 and plan.budget is not None and plan.budget.total is not None:
        return int(plan.budget.total)
    return itemised


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _report_due(plan: Plan, profiles: list[Profile]) -> dt.date | None:
    """The earliest due date of a report to the recipient REP-001's profile names."""
    names: set[str] = set()
    for p in profiles:
        if "REP-001" in p.rules:
            value: Any = p.rules["REP-001"].params.get("recipient_names") or []
            names |= {_clean(v) for v in ([value] if isinstance(value, str) else value)}
    if not names:
        return None
    targets = {
        u.id
        for u in plan.units
        if _clean(u.name) in names or (u.short_name and _clean(u.short_name) in names)
    }
    dues = (
        [r.due.last for r in plan.reporting.reports if r.recipient in targets]
        if plan.reporting
        else []
    )
    dues += [m.date.last for m in plan.milestones if m.kind == "bao_cao" and m.recipient in targets]
    return min(dues) if dues else None
