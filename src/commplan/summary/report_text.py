"""The sentences and appendix rows of the BÁO CÁO, written from the figures."""

from __future__ import annotations

from collections.abc import Callable

from commplan.model.codes import label
from commplan.render.blocks import Khoan, para
from commplan.summary.consolidate import Summary
from commplan.summary.figures import CATEGORY_COLUMNS, SOURCE_COLUMNS, PlanFigures
from commplan.summary.frame import Frame
from commplan.summary.tables import SOURCE_LABELS
from commplan.vn.formats import short_date
from commplan.vn.money import format_money


def _both(summary: Summary, test: Callable[[PlanFigures], bool | None]) -> str:
    bo = summary.ratio(test, ministries=True)
    tinh = summary.ratio(test, ministries=False)
    return f"{bo} bộ, cơ quan và {tinh} tỉnh, thành phố"


def _sum(summary: Summary, kind: str, key: str, *, ministries: bool | None = None) -> int:
    """The total of one budget category (``kind`` "c") or kind of source ("s")."""

    def value(f: PlanFigures) -> int:
        return (f.by_category if kind == "c" else f.by_source)[key]

    return summary.total(value, ministries=ministries)


def body_khoans(summary: Summary, frame: Frame) -> list[Khoan]:
    """Khoản 1-4 of mục I (one per item of the dispatch), then the frame's assessment."""
    as_of = f"Đến ngày {short_date(summary.as_of)}" if summary.as_of else "Đến nay"
    total = summary.total
    staff = (
        f"{as_of}, Bộ đã nhận kế hoạch của {_both(summary, lambda _f: True)}. "
        f"Đã cử đầu mối liên hệ: {_both(summary, lambda f: f.focal_point)}, trong đó cử đúng "
        f"thời hạn: {_both(summary, lambda f: f.focal_point_on_time)}. Có bộ phận chuyên "
        f"trách: {_both(summary, lambda f: f.dedicated_unit)}. Tổng số "
        f"{total(lambda f: f.staff_total)} cán bộ làm công tác truyền thông "
        f"({total(lambda f: f.staff_full_time)} chuyên trách, "
        f"{total(lambda f: f.staff_part_time)} kiêm nhiệm); "
        f"{total(lambda f: f.trained_policy)} người được đào tạo về truyền thông chính sách, "
        f"{total(lambda f: f.trained_crisis)} người về xử lý khủng hoảng truyền thông."
    )
    review = (
        f"Đã sửa đổi quy chế làm việc: {_both(summary, lambda f: f.working_rules_amended)}. "
        "Giao đơn vị truyền thông phản biện dự thảo chính sách: "
        f"{_both(summary, lambda f: f.reviews_drafts)}, với "
        f"{total(lambda f: f.draft_review_activities)} nhiệm vụ phản biện. Lộ trình truyền "
        "thông từ xây dựng đến thực thi chính sách: "
        f"{_both(summary, lambda f: f.roadmap_drafting and f.roadmap_implementation)}."
    )
    parts = ", ".join(
        f"{label('budget_category', c).lower() if c != 'khac' else 'chi khác'} "
        f"{format_money(_sum(summary, 'c', c))} đồng"
        for c in CATEGORY_COLUMNS
    )
    sources = ", ".join(
        f"{SOURCE_LABELS[s].lower()} {format_money(_sum(summary, 's', s))} đồng"
        for s in SOURCE_COLUMNS
    )
    money = (
        f"Tổng kinh phí dự kiến {format_money(total(lambda f: f.budget_total))} đồng (bộ, ngành "
        f"{format_money(total(lambda f: f.budget_total, ministries=True))} đồng; địa phương "
        f"{format_money(total(lambda f: f.budget_total, ministries=False))} đồng), gồm: "
        f"{parts}; theo nguồn: {sources} (chi tiết tại Phụ lục II)."
    )
    report = (
        f"Có kế hoạch báo cáo Bộ đúng hạn: {_both(summary, lambda f: f.report_on_time)}. "
        f"Còn {len(summary.missing)} cơ quan chưa gửi kế hoạch (Phụ lục III); "
        f"{len(summary.unreadable)} tài liệu không tổng hợp được."
    )
    khoans = [
        Khoan("Kiện toàn đội ngũ, cử đầu mối", [para(staff)]),
        Khoan("Sửa đổi quy chế, phản biện chính sách, lộ trình truyền thông", [para(review)]),
        Khoan("Kinh phí", [para(money)]),
        Khoan("Thông tin, báo cáo", [para(report)]),
    ]
    if frame.assessment:
        khoans.append(Khoan("Đánh giá chung", [para(t) for t in frame.assessment]))
    return khoans


def agency_rows(summary: Summary) -> tuple[list[dict[str, str]], int, int]:
    """Phụ lục I rows, the staff total and the budget total."""
    rows = []
    for i, row in enumerate(summary.rows, start=1):
        f = row.figures
        focal = (
            short_date(f.focal_point_date)
            if f.focal_point_date
            else ("Có" if f.focal_point else "Chưa")
        )
        report = {True: "Đúng hạn", False: "Chậm", None: "Chưa có"}[f.report_on_time]
        rows.append(
            {
                "number": str(i),
                "name": row.name,
                "focal": focal,
                "staff": f"{f.staff_total} ({f.staff_full_time} CT)",
                "budget": format_money(f.budget_total),
                "report": report,
            }
        )
    staff = summary.total(lambda f: f.staff_total)
    return rows, staff, summary.total(lambda f: f.budget_total)


def budget_rows(summary: Summary) -> list[dict[str, str]]:
    """Phụ lục II rows: each category, each kind of source, and the total."""
    rows = []
    keyed = [
        (c, label("budget_category", c) if c != "khac" else "Chi khác", "c")
        for c in CATEGORY_COLUMNS
    ]
    keyed += [(s, SOURCE_LABELS[s], "s") for s in SOURCE_COLUMNS]
    for i, (key, text, kind) in enumerate(keyed, start=1):
        bo = _sum(summary, kind, key, ministries=True)
        tinh = _sum(summary, kind, key, ministries=False)
        rows.append(
            {
                "number": str(i),
                "label": ("Nguồn: " if kind == "s" else "") + text,
                "ministries": format_money(bo),
                "provinces": format_money(tinh),
                "total": format_money(bo + tinh),
            }
        )
    return rows


def missing_rows(summary: Summary) -> list[dict[str, str]]:
    """Phụ lục III rows."""
    return [
        {"number": str(i), "name": a.name, "level": label("issuer_level", a.level)}
        for i, a in enumerate(summary.missing, start=1)
    ]
