"""The columns of the three tables (tasks, budget lines, deadlines) and their values per row.

The workbook and the CSV files show the same columns with the same Vietnamese headers; codes
are written as their labels (PLAN-MODEL.md), ids as they are (they are what other rows and
other programs refer to).
"""

from __future__ import annotations

from typing import Final

from commplan.export.tables import Deadline, PlanTables, Task
from commplan.model.codes import label
from commplan.render.budget import Priced
from commplan.render.text import strip_item

Column = tuple[str, float, str]
"""A column: its header, its width in characters and the kind of its cells."""
Value = object

TASK_COLUMNS: Final[list[Column]] = [
    ("STT", 6, "center"),
    ("Mã nhiệm vụ", 18, "text"),
    ("Nội dung nhiệm vụ", 48, "wrap"),
    ("Loại hoạt động", 24, "wrap"),
    ("Giai đoạn", 24, "wrap"),
    ("Đơn vị chủ trì", 28, "wrap"),
    ("Đơn vị phối hợp", 32, "wrap"),
    ("Bắt đầu", 12, "date"),
    ("Kết thúc", 12, "date"),
    ("Thời gian thực hiện", 22, "wrap"),
    ("Lặp lại", 12, "text"),
    ("Kênh truyền thông", 28, "wrap"),
    ("Sản phẩm", 40, "wrap"),
    ("Kinh phí (đồng)", 18, "money"),
]
BUDGET_COLUMNS: Final[list[Column]] = [
    ("STT", 6, "center"),
    ("Mã dòng", 16, "text"),
    ("Mã nhiệm vụ", 18, "text"),
    ("Nhiệm vụ", 40, "wrap"),
    ("Nội dung chi", 40, "wrap"),
    ("Nhóm chi", 28, "wrap"),
    ("Đơn vị tính", 12, "text"),
    ("Số lượng", 10, "number"),
    ("Đơn giá (đồng)", 16, "money"),
    ("Thành tiền (đồng)", 18, "money"),
    ("Nguồn kinh phí", 30, "wrap"),
    ("Năm ngân sách", 10, "center"),
    ("Định mức áp dụng", 36, "wrap"),
]
QUANTITY, UNIT_PRICE, AMOUNT = 7, 8, 9
"""Positions of the budget columns that the amount formula reads and fills."""
DEADLINE_COLUMNS: Final[list[Column]] = [
    ("STT", 6, "center"),
    ("Ngày", 12, "date"),
    ("Loại", 22, "wrap"),
    ("Nội dung", 56, "wrap"),
    ("Đơn vị nhận", 30, "wrap"),
    ("Thời hạn ghi trong kế hoạch", 20, "text"),
    ("Nhiệm vụ liên quan", 24, "wrap"),
    ("Căn cứ", 40, "wrap"),
]


def task_values(task: Task) -> list[Value]:
    """One row of Nhiệm vụ; the cost is None for a task without budget lines."""
    a = task.activity
    return [
        task.number,
        a.id,
        strip_item(a.title),
        label("activity_type", a.type),
        task.phase,
        task.owner,
        ", ".join(task.partners),
        a.start.first,
        a.end.last,
        task.time,
        label("recurrence", a.recurrence) if a.recurrence else "",
        ", ".join(label("channel", c) for c in a.channels),
        "\n".join(strip_item(o) for o in a.outputs),
        task.cost or None,
    ]


def budget_values(number: int, priced: Priced, tables: PlanTables) -> list[Value]:
    """One row of Dự toán; the amount is commplan's (a formula in the workbook)."""
    line = priced.line
    activity = tables.look.activities.get(line.activity)
    quantity = line.quantity
    return [
        number,
        line.id,
        line.activity,
        strip_item(activity.title) if activity else "",
        strip_item(line.description),
        label("budget_category", line.category),
        line.unit,
        int(quantity) if quantity == int(quantity) else float(quantity),
        line.unit_price,
        priced.amount,
        tables.source_name(line.source),
        priced.year,
        line.norm_ref or "",
    ]


def deadline_values(number: int, deadline: Deadline) -> list[Value]:
    """One row of Mốc thời gian."""
    return [
        number,
        deadline.day,
        deadline.kind,
        deadline.title,
        deadline.recipient,
        deadline.written,
        ", ".join(deadline.activities),
        deadline.note,
    ]
