"""The report file (``kind: bao_cao``): what an agency did against its plan (REPORTING.md).

A report names its plan by a path relative to itself and refers to the plan's activities,
budget lines and objectives by id; the ids are resolved by the RPT rules, not here, so that a
report is readable (and its schema errors located) even while its plan is broken.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from commplan.model.codes import ActivityStatus
from commplan.model.plan import Document, Model
from commplan.model.types import (
    DateExprField,
    Day,
    Integer,
    Money,
    NumberOrText,
    Text,
    empty_dict,
    empty_list,
)


class ActivityProgress(Model):
    """Kết quả thực hiện một nhiệm vụ."""

    status: ActivityStatus | None = Field(
        default=None,
        description="Tình trạng: chua_thuc_hien, dang_thuc_hien, hoan_thanh, tam_hoan, huy",
    )
    done_on: Day | None = Field(default=None, description="Ngày hoàn thành")
    result: Text | None = Field(default=None, description="Kết quả, sản phẩm")


class Spending(Model):
    """Kinh phí đã thực hiện của một dòng dự toán."""

    spent: Money = Field(description="Kinh phí đã thực hiện (đồng)")


class KpiActual(Model):
    """Giá trị đạt được của một chỉ số, theo thứ tự chỉ số của mục tiêu."""

    actual: NumberOrText | None = Field(default=None, description="Kết quả đạt được")
    note: Text | None = Field(default=None, description="Ghi chú")


class Staffing(Model):
    """Đội ngũ làm công tác truyền thông chính sách đến ngày chốt số liệu."""

    dedicated_staff: Integer | None = Field(default=None, description="Số cán bộ chuyên trách")
    part_time_staff: Integer | None = Field(default=None, description="Số cán bộ kiêm nhiệm")
    trained: Integer | None = Field(default=None, description="Số lượt cán bộ được tập huấn")
    focal_point_named_on: Day | None = Field(
        default=None, description="Ngày giao đầu mối truyền thông chính sách"
    )


class Consultation(Model):
    """Lấy ý kiến, phản biện dự thảo chính sách trong kỳ."""

    drafts: Integer | None = Field(default=None, description="Số dự thảo đã lấy ý kiến")
    comments: Integer | None = Field(default=None, description="Số ý kiến nhận được")
    answered: Integer | None = Field(default=None, description="Số ý kiến đã giải trình")


class Report(Model):
    """Báo cáo kết quả thực hiện kế hoạch truyền thông chính sách."""

    schema_version: Literal[1] = Field(description="Phiên bản định dạng tệp; hiện là 1")
    kind: Literal["bao_cao"] = Field(description="Loại tệp: bao_cao (báo cáo kết quả)")
    plan: Text = Field(description="Đường dẫn tệp kế hoạch, tính từ thư mục của báo cáo")
    period: DateExprField = Field(description="Kỳ báo cáo, ví dụ Quý II/2022")
    as_of: Day = Field(description="Ngày chốt số liệu")
    document: Document = Field(description="Thể thức văn bản báo cáo (ký hiệu BC-…)")
    summary: list[Text] = Field(
        default_factory=empty_list, description="Đánh giá chung (mở đầu mục I)"
    )
    activities: dict[str, ActivityProgress] = Field(
        default_factory=empty_dict, description="Kết quả theo mã nhiệm vụ của kế hoạch"
    )
    budget: dict[str, Spending] = Field(
        default_factory=empty_dict, description="Kinh phí đã thực hiện theo mã dòng dự toán"
    )
    kpis: dict[str, list[KpiActual]] = Field(
        default_factory=empty_dict,
        description="Kết quả chỉ số theo mã mục tiêu, theo thứ tự chỉ số",
    )
    staffing: Staffing | None = Field(default=None, description="Đội ngũ")
    consultation: Consultation | None = Field(default=None, description="Phản biện, góp ý")
    difficulties: list[Text] = Field(default_factory=empty_list, description="Tồn tại, hạn chế")
    proposals: list[Text] = Field(default_factory=empty_list, description="Kiến nghị, đề xuất")
