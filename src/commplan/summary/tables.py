"""The summary as tables: one per sheet of the workbook, shared by .xlsx, .csv and .json.

Headers are the Vietnamese of the Ministry's working papers (they are document content, like
the labels of a rendered plan, not messages of the tool). A cell is text, a whole number
(đồng, people, counts), a date, a yes/no, or empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from commplan.model.codes import label
from commplan.summary.consolidate import Row, Summary
from commplan.summary.figures import CATEGORY_COLUMNS, SOURCE_COLUMNS, PlanFigures

Cell = str | int | float | bool | date | None
YES: Final = "Có"
NO: Final = "Không"
PASS: Final = "Đạt"
IMPORTED: Final = "nhập từ Word"
"""The mark of a row read from a Word plan's words (summary/typed.py)."""
SOURCE_LABELS: Final = {
    "ngan_sach_nha_nuoc": "Ngân sách nhà nước",
    "xa_hoi_hoa": "Xã hội hóa",
    "nguon_khac": "Nguồn khác",
}


@dataclass(slots=True)
class Table:
    """A sheet: its name, a stable key per column (for .json), headers and rows.

    ``money`` names the columns in whole đồng; ``total_row`` asks for a SUM line under them.
    """

    name: str
    keys: list[str]
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    money: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()
    total_row: bool = False


def yes_no(value: bool | None) -> str | None:
    """Có / Không, or empty when unknown."""
    return None if value is None else (YES if value else NO)


def percent(share: float) -> str:
    """A share 0 to 1 as the text and the BÁO CÁO write it: ``15,0%`` (decimal comma)."""
    return f"{share * 100:.1f}".replace(".", ",") + "%"


Column = tuple[str, str, Callable[[Row], Cell]]

_OVERVIEW: Final[tuple[Column, ...]] = (
    ("agency", "Cơ quan", lambda r: r.name),
    ("agency_id", "Mã cơ quan", lambda r: r.agency.id if r.agency else None),
    ("level", "Cấp", lambda r: "Bộ, ngành" if r.is_ministry else "Tỉnh, thành phố"),
    ("matched", "Có trong danh sách", lambda r: yes_no(r.agency is not None)),
    ("file", "Tệp", lambda r: r.record.file),
    ("origin", "Nguồn số liệu", lambda r: IMPORTED if r.record.imported else None),
    ("number", "Số, ký hiệu", lambda r: r.figures.number),
    ("date", "Ngày ban hành", lambda r: r.figures.date),
    ("dedicated_unit", "Bộ phận chuyên trách", lambda r: yes_no(r.figures.dedicated_unit)),
    ("staff_total", "Tổng số cán bộ", lambda r: r.figures.staff_total),
    ("staff_full_time", "Chuyên trách", lambda r: r.figures.staff_full_time),
    ("staff_part_time", "Kiêm nhiệm", lambda r: r.figures.staff_part_time),
    ("trained_policy", "Được đào tạo truyền thông chính sách", lambda r: r.figures.trained_policy),
    ("trained_crisis", "Được đào tạo xử lý khủng hoảng", lambda r: r.figures.trained_crisis),
    ("spokesperson", "Có người phát ngôn", lambda r: yes_no(r.figures.spokesperson)),
    ("focal_point", "Đã cử đầu mối", lambda r: yes_no(r.figures.focal_point)),
    ("focal_point_date", "Ngày cử đầu mối", lambda r: r.figures.focal_point_date),
    ("focal_point_on_time", "Cử đầu mối đúng hạn", lambda r: yes_no(r.figures.focal_point_on_time)),
    ("working_rules_amended", "Đã sửa quy chế", lambda r: yes_no(r.figures.working_rules_amended)),
    (
        "reviews_drafts",
        "Đơn vị truyền thông phản biện dự thảo",
        lambda r: yes_no(r.figures.reviews_drafts),
    ),
    (
        "draft_review_activities",
        "Số nhiệm vụ phản biện dự thảo",
        lambda r: r.figures.draft_review_activities,
    ),
    (
        "roadmap_drafting",
        "Lộ trình: xây dựng chính sách",
        lambda r: yes_no(r.figures.roadmap_drafting),
    ),
    (
        "roadmap_implementation",
        "Lộ trình: thực thi",
        lambda r: yes_no(r.figures.roadmap_implementation),
    ),
    (
        "crisis_section",
        "Có phương án xử lý khủng hoảng",
        lambda r: yes_no(r.figures.crisis_section),
    ),
    ("budget_total", "Tổng kinh phí (đồng)", lambda r: r.figures.budget_total),
    ("report_due", "Hạn báo cáo Bộ", lambda r: r.figures.report_due),
    ("report_on_time", "Báo cáo đúng hạn", lambda r: yes_no(r.figures.report_on_time)),
    ("done_share", "Tỷ lệ hoàn thành", lambda r: r.execution.done_share if r.execution else None),
    (
        "overdue_share",
        "Tỷ lệ quá hạn",
        lambda r: r.execution.overdue_share if r.execution else None,
    ),
    (
        "spending_rate",
        "Tỷ lệ giải ngân",
        lambda r: r.execution.spending_rate if r.execution else None,
    ),
    (
        "report_as_of",
        "Số liệu đến ngày",
        lambda r: date.fromisoformat(r.execution.as_of) if r.execution else None,
    ),
    ("errors", "Số lỗi", lambda r: r.record.count_errors),
    ("warnings", "Số cảnh báo", lambda r: r.record.count_warnings),
)
_COUNTS: Final = frozenset(
    {
        "staff_total",
        "staff_full_time",
        "staff_part_time",
        "trained_policy",
        "trained_crisis",
        "draft_review_activities",
        "errors",
        "warnings",
    }
)


def overview(summary: Summary) -> Table:
    """Tổng hợp: one row per agency, one column per figure."""
    table = Table(
        "Tổng hợp",
        [c[0] for c in _OVERVIEW],
        [c[1] for c in _OVERVIEW],
        money=frozenset({"budget_total"}),
        counts=_COUNTS,
        total_row=True,
    )
    table.rows = [[get(row) for _key, _header, get in _OVERVIEW] for row in summary.rows]
    return table


def budget(summary: Summary) -> Table:
    """Kinh phí: agency × the dispatch's categories and the kinds of source."""
    keys = ["agency", "level", *CATEGORY_COLUMNS, *SOURCE_COLUMNS, "budget_total"]
    headers = [
        "Cơ quan",
        "Cấp",
        *(label("budget_category", c) for c in CATEGORY_COLUMNS),
        *(SOURCE_LABELS[s] for s in SOURCE_COLUMNS),
        "Tổng kinh phí (đồng)",
    ]
    table = Table("Kinh phí", keys, headers, money=frozenset(keys[2:]), total_row=True)
    for row in summary.rows:
        f: PlanFigures = row.figures
        table.rows.append(
            [
                row.name,
                "Bộ, ngành" if row.is_ministry else "Tỉnh, thành phố",
                *(f.by_category[c] for c in CATEGORY_COLUMNS),
                *(f.by_source[s] for s in SOURCE_COLUMNS),
                f.budget_total,
            ]
        )
    return table


def compliance(summary: Summary) -> Table:
    """Tuân thủ: agency × each rule the profiles switch on (Đạt, the finding, or empty)."""
    table = Table(
        "Tuân thủ", ["agency", *summary.rules], ["Cơ quan", *summary.rules], counts=frozenset()
    )
    for row in summary.rows:
        cells: list[Cell] = [row.name]
        for rule in summary.rules:
            if rule not in row.record.switched_on:
                cells.append(None)
                continue
            found = row.record.finding(rule)
            cells.append(
                PASS if found is None else f"{found.line}:{found.column or 1}: {found.message}"
            )
        table.rows.append(cells)
    return table


def missing(summary: Summary) -> Table:
    """Chưa gửi: agencies of the registry with nothing received."""
    table = Table("Chưa gửi", ["agency_id", "agency", "level"], ["Mã cơ quan", "Cơ quan", "Cấp"])
    table.rows = [[a.id, a.name, label("issuer_level", a.level)] for a in summary.missing]
    return table


def problems(summary: Summary) -> Table:
    """Lỗi: documents that could not be read, and superseded ones."""
    table = Table(
        "Lỗi",
        ["file", "status", "position", "rule", "message"],
        ["Tệp", "Tình trạng", "Vị trí", "Mã lỗi", "Nội dung"],
    )
    for record in summary.unreadable:
        first = record.first_problem
        where = f"{first.line}:{first.column or 1}" if first else None
        table.rows.append(
            [
                record.file,
                "Không tổng hợp được",
                where,
                first.rule if first else None,
                first.message if first else None,
            ]
        )
    for old in summary.superseded:
        table.rows.append(
            [old.record.file, "Đã được thay thế", None, None, f"Thay bằng {old.by.file}"]
        )
    return table


def all_tables(summary: Summary) -> list[Table]:
    """The sheets in workbook order."""
    return [
        overview(summary),
        budget(summary),
        compliance(summary),
        missing(summary),
        problems(summary),
    ]
