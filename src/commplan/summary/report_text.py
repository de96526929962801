"""The sentences and appendix rows of the BÁO CÁO, written from the figures.

The execution figures are those of ``rules/execution.py`` (done, overdue, spending rate as
defined there); the rows only lay them out. The mark of an imported row is the workbook's
"nhập từ Word" (``tables.IMPORTED``), shortened to "(*)" in the table and spelt out in the
note under it, as a printed report marks a row it qualifies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from commplan.model.codes import label
from commplan.render.blocks import Khoan, para
from commplan.rules.execution import Figures
from commplan.summary.consolidate import Row, Summary
from commplan.summary.figures import CATEGORY_COLUMNS, SOURCE_COLUMNS, PlanFigures
from commplan.summary.frame import Frame
from commplan.summary.tables import IMPORTED, SOURCE_LABELS, percent
from commplan.vn.formats import roman, short_date
from commplan.vn.money import format_money

IMPORTED_MARK: Final = "(*)"
IMPORTED_NOTE: Final = (
    f"Ghi chú: {IMPORTED_MARK} Số liệu {IMPORTED}: đọc từ văn bản kế hoạch do cơ quan soạn "
    "bằng Word, không kèm tệp dữ liệu kế hoạch; cần đối chiếu với văn bản gốc."
)
NO_RATE: Final = "—"
"""A rate with nothing to divide by (a plan without itemised budget)."""


def reported(summary: Summary) -> list[tuple[Row, Figures]]:
    """The rows that carry a report's figures, with them (the execution appendix's rows)."""
    return [(r, r.execution) for r in summary.rows if r.execution is not None]


def appendix_numbers(summary: Summary) -> dict[str, str]:
    """Phụ lục I, II, …: the execution appendix only when a report was given, so no gap."""
    keys = ["agencies", "budget", *(["execution"] if reported(summary) else []), "missing"]
    return {key: roman(i) for i, key in enumerate(keys, start=1)}


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
    numbers = appendix_numbers(summary)
    report = (
        f"Có kế hoạch báo cáo Bộ đúng hạn: {_both(summary, lambda f: f.report_on_time)}. "
        f"{_execution_sentence(summary, numbers)}"
        f"Còn {len(summary.missing)} cơ quan chưa gửi kế hoạch (Phụ lục {numbers['missing']}); "
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


def _execution_sentence(summary: Summary, numbers: dict[str, str]) -> str:
    """The reports' totals, ending with a space; nothing when no report was given."""
    rows = reported(summary)
    if not rows:
        return ""
    overall = _overall([figures for _row, figures in rows])
    money = (
        f"; kinh phí đã thực hiện {format_money(overall.spent)} đồng trên tổng dự toán "
        f"{format_money(overall.planned)} đồng ({_rate(overall.spending_rate)})"
        if overall.planned
        else ""
    )
    return (
        f"Đã nhận báo cáo kết quả thực hiện kế hoạch của {len(rows)} cơ quan; theo báo cáo mới "
        f"nhất của các cơ quan này, đã hoàn thành {overall.done}/{overall.activities} nhiệm vụ "
        f"({percent(overall.done_share)}), {len(overall.overdue)} nhiệm vụ quá hạn{money} "
        f"(chi tiết tại Phụ lục {numbers['execution']}). "
    )


def _overall(figures: list[Figures]) -> Figures:
    """The reports' figures added up, so the total's rates follow ``Figures``' definitions.

    The total's rates are of the sums (all tasks done over all tasks, all spent over all
    planned), not the mean of the agencies' rates: each agency weighs by its tasks and money.
    """
    statuses = {key for f in figures for key in f.by_status}
    return Figures(
        issuer="",
        period="",
        as_of="",
        activities=sum(f.activities for f in figures),
        by_status={key: sum(f.by_status.get(key, 0) for f in figures) for key in statuses},
        done=sum(f.done for f in figures),
        overdue=[activity for f in figures for activity in f.overdue],
        planned=sum(f.planned for f in figures),
        spent=sum(f.spent for f in figures),
    )


def _rate(share: float | None) -> str:
    return NO_RATE if share is None else percent(share)


def _execution_cells(figures: Figures) -> dict[str, str]:
    return {
        "activities": str(figures.activities),
        "done": str(figures.done),
        "in_progress": str(figures.by_status.get("dang_thuc_hien", 0)),
        "overdue": str(len(figures.overdue)),
        "done_share": percent(figures.done_share),
        "overdue_share": percent(figures.overdue_share),
        "planned": format_money(figures.planned),
        "spent": format_money(figures.spent),
        "spending_rate": _rate(figures.spending_rate),
    }


def execution_rows(summary: Summary) -> tuple[list[dict[str, str]], dict[str, str] | None]:
    """Rows of the execution appendix (each agency's latest report) and its total line."""
    reports = reported(summary)
    rows: list[dict[str, str]] = []
    for i, (row, figures) in enumerate(reports, start=1):
        as_of = short_date(dt.date.fromisoformat(figures.as_of))
        rows.append(
            {
                "number": str(i),
                "name": row.name,
                "period": f"{figures.period} ({as_of})",
                **_execution_cells(figures),
            }
        )
    if not reports:
        return [], None
    return rows, _execution_cells(_overall([figures for _row, figures in reports]))


def imported_note(summary: Summary) -> str | None:
    """The note under Phụ lục I explaining the mark, only when a row carries it."""
    return IMPORTED_NOTE if any(r.record.imported for r in summary.rows) else None


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
                "name": f"{row.name} {IMPORTED_MARK}" if row.record.imported else row.name,
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
