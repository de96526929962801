"""The plan file as pydantic models, exactly as PLAN-MODEL.md names its fields and codes.

Descriptions are Vietnamese: they become the JSON Schema that officers' editors show.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from commplan.i18n import _
from commplan.model import codes as c
from commplan.model.profile_ids import shipped_profile_ids
from commplan.model.types import (
    DateExprField,
    Day,
    DocNumber,
    Flag,
    Id,
    Integer,
    Money,
    NumberOrText,
    Plain,
    PositiveInt,
    Quantity,
    Text,
    empty_list,
    fail,
)


class Model(BaseModel):
    """Base of every section: unknown keys are errors, values are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

    @model_validator(mode="before")
    @classmethod
    def _check_nulls(cls, value: Any) -> Any:
        # PLAN-MODEL.md: `null` is the same as leaving a field out, so an empty `partners:`
        # takes its default and an empty required field is reported as missing. Unknown keys
        # stay, so that `{name: A, B}` (a comma in a flow mapping) is still caught.
        if isinstance(value, dict) and None in value.values():
            return {k: v for k, v in value.items() if v is not None or k not in cls.model_fields}
        return value


def _to_profile_id(value: Any) -> str:
    known = shipped_profile_ids()
    if not isinstance(value, str) or value not in known:
        fail(
            _("unknown profile '{value}'").format(value=value),
            _("the shipped profiles are: {ids}").format(ids=", ".join(known)),
        )
    return value


ProfileId = Annotated[str, Plain(_to_profile_id)]


class Calendar(Model):
    """Days off and working days beyond the national calendar."""

    days_off: list[Day] = Field(
        default_factory=empty_list, description="Ngày nghỉ thêm (ngày lễ địa phương, nghỉ bù)"
    )
    working_days: list[Day] = Field(
        default_factory=empty_list, description="Ngày làm việc bù (thứ Bảy, Chủ nhật đi làm)"
    )


class Signer(Model):
    """Quyền hạn, chức vụ và họ tên người ký."""

    authority: list[Text] = Field(
        default_factory=empty_list, description="Quyền hạn, ví dụ [KT. GIÁM ĐỐC]"
    )
    title: Text = Field(description="Chức vụ người ký, ví dụ PHÓ GIÁM ĐỐC")
    name: Text = Field(description="Họ và tên người ký")


class Decision(Model):
    """Quyết định ban hành kèm theo kế hoạch (document.form: quyet_dinh)."""

    authority: Text = Field(description="Thẩm quyền ban hành, ví dụ BỘ TRƯỞNG BỘ Y TẾ")
    articles: list[Text] = Field(
        default_factory=empty_list, description="Các điều; để trống thì viết Điều 1-3 theo mẫu"
    )
    executors: list[Text] = Field(
        default_factory=empty_list, description="Người chịu trách nhiệm thi hành"
    )
    attached_wording: c.AttachedWording = Field(
        default="kem_theo", description="(Kèm theo …) hoặc (Ban hành kèm theo …)"
    )


class ProposedBy(Model):
    """Người đề nghị ban hành: Theo đề nghị của … tại …."""

    by: Text = Field(description="Người, cơ quan đề nghị, ví dụ Sở Thông tin và Truyền thông")
    submission: Text | None = Field(default=None, description="Tờ trình, ví dụ Tờ trình số …")


class Document(Model):
    """Thể thức văn bản (Nghị định 30/2020/NĐ-CP)."""

    parent_agency: Text | None = Field(default=None, description="Tên cơ quan chủ quản")
    issuer: Text = Field(description="Tên cơ quan ban hành")
    issuer_level: c.IssuerLevel = Field(description="Cấp cơ quan ban hành")
    number: DocNumber | None = Field(
        default=None, description="Số văn bản; để trống khi là dự thảo"
    )
    symbol: Text = Field(description="Ký hiệu, ví dụ KH-UBND")
    place: Text | None = Field(default=None, description="Địa danh")
    date: Day | None = Field(default=None, description="Ngày ban hành; để trống khi là dự thảo")
    title: Text = Field(description="Trích yếu nội dung")
    intro: Text | list[Text] | None = Field(
        default=None, description="Câu ban hành: một đoạn hoặc danh sách đoạn"
    )
    signer: Signer | None = Field(default=None, description="Người ký")
    recipients: list[Text] = Field(
        default_factory=empty_list, description="Nơi nhận, mỗi dòng một nơi"
    )
    archive: Text | None = Field(default=None, description="Dòng Lưu, ví dụ VT, TTBCXB")
    confidentiality: c.Confidentiality | None = Field(default=None, description="Độ mật")
    urgency: c.Urgency | None = Field(default=None, description="Độ khẩn")
    form: c.DocumentForm = Field(
        default="ke_hoach", description="ke_hoach: ban hành trực tiếp; quyet_dinh: kèm theo QĐ"
    )
    decision: Decision | None = Field(default=None, description="Quyết định ban hành")
    appendices: list[c.AppendixKind] | None = Field(
        default=None, description="Phụ lục: nhiem_vu, tien_do, kinh_phi; để trống: theo nội dung"
    )


class Period(Model):
    """Thời gian thực hiện kế hoạch."""

    start: DateExprField = Field(description="Bắt đầu")
    end: DateExprField = Field(description="Kết thúc")

    @model_validator(mode="before")
    @classmethod
    def _check_shorthand(cls, value: Any) -> Any:
        # `period: năm 2022` is shorthand for a period from the first to the last day of 2022.
        if isinstance(value, str):
            return {"start": value, "end": value}
        return value


class Kpi(Model):
    """Chỉ số đo lường."""

    metric: Text = Field(description="Chỉ số")
    target: NumberOrText | None = Field(default=None, description="Chỉ tiêu")
    unit: Text | None = Field(default=None, description="Đơn vị tính")
    baseline: NumberOrText | None = Field(default=None, description="Giá trị ban đầu")
    due: DateExprField | None = Field(default=None, description="Thời hạn đạt")
    method: c.KpiMethod | None = Field(default=None, description="Phương pháp đo")


class Objective(Model):
    """Mục tiêu."""

    id: Id
    statement: Text = Field(description="Nội dung mục tiêu")
    level: c.ObjectiveLevel = Field(description="Cấp độ: output, outtake, outcome, impact")
    kpis: list[Kpi] = Field(default_factory=empty_list, description="Các chỉ số")


class Unit(Model):
    """Đơn vị."""

    id: Id
    name: Text = Field(description="Tên đơn vị")
    short_name: Text | None = Field(default=None, description="Tên viết tắt")
    kind: c.UnitKind = Field(description="Loại đơn vị")
    dedicated: Flag = Field(default=False, description="Bộ phận chuyên trách truyền thông")
    duties: list[Text] = Field(
        default_factory=empty_list, description="Nhiệm vụ của đơn vị trong Tổ chức thực hiện"
    )


class Training(Model):
    """Khóa đào tạo, bồi dưỡng đã tham gia."""

    topic: c.TrainingTopic = Field(description="Chủ đề")
    date: DateExprField | None = Field(default=None, description="Thời gian")
    provider: Text | None = Field(default=None, description="Đơn vị tổ chức")


class Contact(Model):
    """Thông tin liên hệ."""

    phone: Text | None = Field(default=None, description="Điện thoại")
    email: Text | None = Field(default=None, description="Thư điện tử")


class Staff(Model):
    """Cán bộ làm công tác truyền thông."""

    id: Id
    name: Text = Field(description="Họ và tên")
    unit: Id = Field(description="Mã đơn vị công tác")
    position: Text | None = Field(default=None, description="Chức vụ")
    roles: list[c.Role] = Field(default_factory=empty_list, description="Vai trò")
    employment: c.Employment | None = Field(default=None, description="Chuyên trách hay kiêm nhiệm")
    experience_years: Integer | None = Field(default=None, description="Số năm kinh nghiệm")
    trainings: list[Training] = Field(default_factory=empty_list, description="Đào tạo, bồi dưỡng")
    contact: Contact | None = Field(default=None, description="Liên hệ")


class FocalPoint(Model):
    """Đầu mối liên hệ, phối hợp: một cán bộ (staff) hoặc một cơ quan đầu mối (unit)."""

    model_config = ConfigDict(
        json_schema_extra={"anyOf": [{"required": ["staff"]}, {"required": ["unit"]}]}
    )

    staff: Id | None = Field(default=None, description="Mã cán bộ đầu mối")
    unit: Id | None = Field(default=None, description="Mã cơ quan đầu mối")
    liaison_with: Id | None = Field(default=None, description="Mã đơn vị mà đầu mối liên hệ")
    designated_on: DateExprField | None = Field(default=None, description="Ngày cử đầu mối")

    @model_validator(mode="after")
    def _check_who(self) -> FocalPoint:
        # Published plans name a focal agency; the dispatch a person. One of them is needed.
        if self.staff is None and self.unit is None:
            fail(
                _("the focal point names neither a staff member nor a unit"),
                _("write staff: <staff id> or unit: <unit id>"),
            )
        return self


class Audience(Model):
    """Đối tượng truyền thông."""

    id: Id
    name: Text = Field(description="Tên nhóm đối tượng")
    kind: c.AudienceKind = Field(description="Loại đối tượng")
    directly_affected: Flag = Field(
        default=False, description="Chịu tác động trực tiếp của chính sách"
    )


class Message(Model):
    """Thông điệp."""

    id: Id
    text: Text = Field(description="Nội dung thông điệp")
    audiences: list[Id] = Field(default_factory=empty_list, description="Mã các nhóm đối tượng")


class LargeImpact(Model):
    """Tiêu chí chính sách có tác động lớn (Quyết định 407/QĐ-TTg)."""

    requires_proposal: Flag = Field(description="Phải lập đề nghị xây dựng")
    creates_rights_obligations: Flag = Field(description="Làm phát sinh quyền, nghĩa vụ")
    sensitive: Flag = Field(description="Nhạy cảm, được dư luận quan tâm")
    scope: c.Scope = Field(description="Phạm vi tác động")
    state_secret: Flag = Field(description="Có nội dung bí mật nhà nước")


class Policy(Model):
    """Dự thảo chính sách được truyền thông."""

    id: Id
    name: Text = Field(description="Tên chính sách")
    document_type: Text = Field(description="Loại văn bản, ví dụ Luật, Nghị định")
    drafting_unit: Id = Field(description="Mã đơn vị chủ trì soạn thảo")
    large_impact: LargeImpact = Field(description="Tiêu chí tác động lớn")

    @property
    def in_scope_407(self) -> bool:
        """True when Quyết định 407/QĐ-TTg applies to this policy."""
        li = self.large_impact
        return (
            li.requires_proposal
            and li.creates_rights_obligations
            and li.sensitive
            and li.scope != "khac"
            and not li.state_secret
        )


class Phase(Model):
    """Giai đoạn của lộ trình."""

    id: Id
    kind: c.PhaseKind = Field(description="Giai đoạn trong chu trình chính sách")
    name: Text | None = Field(default=None, description="Tên giai đoạn")
    start: DateExprField = Field(description="Bắt đầu")
    end: DateExprField = Field(description="Kết thúc")


class Activity(Model):
    """Nhiệm vụ, hoạt động truyền thông."""

    id: Id
    title: Text = Field(description="Nội dung nhiệm vụ")
    type: c.ActivityType = Field(description="Loại hoạt động")
    phase: Id | None = Field(default=None, description="Mã giai đoạn (bắt buộc khi có lộ trình)")
    owner: Id = Field(description="Mã đơn vị chủ trì")
    partners: list[Id] = Field(default_factory=empty_list, description="Mã các đơn vị phối hợp")
    start: DateExprField = Field(description="Bắt đầu")
    end: DateExprField = Field(description="Kết thúc")
    depends_on: list[Id] = Field(default_factory=empty_list, description="Nhiệm vụ phải xong trước")
    audiences: list[Id] = Field(default_factory=empty_list, description="Mã đối tượng")
    messages: list[Id] = Field(default_factory=empty_list, description="Mã thông điệp")
    objectives: list[Id] = Field(default_factory=empty_list, description="Mã mục tiêu")
    channels: list[c.Channel] = Field(default_factory=empty_list, description="Kênh truyền thông")
    outputs: list[Text] = Field(default_factory=empty_list, description="Sản phẩm")
    policy: Id | None = Field(default=None, description="Mã chính sách")
    time_text: Text | None = Field(
        default=None, description="Thời gian ghi bằng chữ, ví dụ Thường xuyên"
    )
    recurrence: c.Recurrence | None = Field(
        default=None, description="Lặp lại: monthly, quarterly, yearly"
    )
    group: Id | None = Field(default=None, description="Mã nhóm nhiệm vụ (task_groups)")
    details: list[Text] = Field(
        default_factory=empty_list, description="Nội dung cụ thể của nhiệm vụ"
    )
    stage: c.Stage | None = Field(
        default=None, description="Giai đoạn chính sách khi không có lộ trình"
    )


class TaskGroup(Model):
    """Nhóm nhiệm vụ, giải pháp."""

    id: Id
    title: Text = Field(description="Tên nhóm nhiệm vụ, giải pháp")
    text: list[Text] = Field(
        default_factory=empty_list, description="Các đoạn nội dung chung của nhóm"
    )
    stage: c.Stage | None = Field(
        default=None, description="Giai đoạn chính sách khi không có lộ trình"
    )


class Milestone(Model):
    """Mốc thời gian."""

    id: Id
    name: Text = Field(description="Tên mốc")
    date: DateExprField = Field(description="Thời hạn")
    kind: c.MilestoneKind = Field(description="Loại mốc")
    recipient: Id | None = Field(default=None, description="Mã đơn vị nhận")
    activities: list[Id] = Field(default_factory=empty_list, description="Nhiệm vụ gắn với mốc")


class Source(Model):
    """Nguồn kinh phí."""

    id: Id
    kind: c.SourceKind = Field(description="Loại nguồn")
    name: Text = Field(description="Tên nguồn")
    cap: Money | None = Field(default=None, description="Mức tối đa (đồng)")
    sponsor: Text | None = Field(default=None, description="Nhà tài trợ")
    legal_basis: Text | None = Field(default=None, description="Căn cứ pháp lý của nguồn")


class BudgetLine(Model):
    """Dòng dự toán kinh phí."""

    id: Id
    activity: Id = Field(description="Mã nhiệm vụ")
    category: c.BudgetCategory = Field(description="Nhóm chi")
    description: Text = Field(description="Nội dung chi")
    quantity: Quantity = Field(description="Số lượng")
    unit: Text = Field(description="Đơn vị tính")
    unit_price: Money = Field(description="Đơn giá (đồng)")
    total: Money | None = Field(default=None, description="Thành tiền (đồng)")
    source: Id = Field(description="Mã nguồn kinh phí")
    fiscal_year: Integer | None = Field(default=None, description="Năm ngân sách")
    norm_ref: Text | None = Field(default=None, description="Định mức áp dụng")


class Budget(Model):
    """Kinh phí (đồng)."""

    total: Money | None = Field(default=None, description="Tổng kinh phí (đồng)")
    sources: list[Source] = Field(default_factory=empty_list, description="Nguồn kinh phí")
    lines: list[BudgetLine] = Field(default_factory=empty_list, description="Dự toán chi tiết")
    statement: list[Text] = Field(default_factory=empty_list, description="Kinh phí viết thành lời")
    arranged_by: Id | None = Field(default=None, description="Mã đơn vị bố trí kinh phí")


class CrisisMember(Model):
    """Thành viên nhóm xử lý khủng hoảng."""

    role: c.CrisisRole = Field(description="Vai trò")
    staff: Id = Field(description="Mã cán bộ")


class CrisisLevel(Model):
    """Cấp độ khủng hoảng."""

    level: PositiveInt = Field(description="Cấp độ")
    criteria: Text = Field(description="Tiêu chí")
    escalate_to: Id | None = Field(default=None, description="Mã cán bộ được báo cáo")
    first_response_hours: PositiveInt | None = Field(
        default=None, description="Phản hồi đầu tiên trong (giờ)"
    )
    update_interval_hours: PositiveInt | None = Field(
        default=None, description="Cập nhật mỗi (giờ)"
    )


class Scenario(Model):
    """Tình huống khủng hoảng."""

    id: Id
    description: Text = Field(description="Mô tả")
    likelihood: c.Rating = Field(description="Khả năng xảy ra")
    impact: c.Rating = Field(description="Mức độ ảnh hưởng")
    triggers: list[Text] = Field(default_factory=empty_list, description="Dấu hiệu")


class HoldingStatement(Model):
    """Thông cáo chờ (trả lời ban đầu soạn sẵn)."""

    id: Id
    scenario: Id = Field(description="Mã tình huống")
    text: Text = Field(description="Nội dung")
    covers: list[c.Covers] = Field(default_factory=empty_list, description="Nội dung bao quát")
    approved_by: Id | None = Field(default=None, description="Mã cán bộ phê duyệt")
    approved_on: DateExprField | None = Field(default=None, description="Ngày phê duyệt")


class Rehearsal(Model):
    """Diễn tập xử lý khủng hoảng."""

    date: DateExprField = Field(description="Thời gian")
    kind: c.RehearsalKind = Field(description="Hình thức")


class Crisis(Model):
    """Xử lý khủng hoảng truyền thông."""

    team: list[CrisisMember] = Field(default_factory=empty_list, description="Nhóm xử lý")
    levels: list[CrisisLevel] = Field(default_factory=empty_list, description="Cấp độ và báo cáo")
    scenarios: list[Scenario] = Field(default_factory=empty_list, description="Tình huống")
    holding_statements: list[HoldingStatement] = Field(
        default_factory=empty_list, description="Thông cáo chờ"
    )
    monitoring_activity: Id | None = Field(
        default=None, description="Mã nhiệm vụ theo dõi thông tin"
    )
    rehearsal: Rehearsal | None = Field(default=None, description="Diễn tập")


class Governance(Model):
    """Quy chế, quy trình."""

    working_rules_amended: Flag = Field(default=False, description="Đã sửa đổi quy chế làm việc")
    comms_unit_reviews_drafts: Flag = Field(
        default=False, description="Đơn vị truyền thông tham gia phản biện dự thảo"
    )
    document: Text | None = Field(default=None, description="Văn bản quy định")


class Report(Model):
    """Báo cáo."""

    id: Id
    recipient: Id = Field(description="Mã đơn vị nhận báo cáo")
    due: DateExprField = Field(description="Thời hạn")
    content: Text = Field(description="Nội dung")


class Evaluation(Model):
    """Đánh giá."""

    framework: c.EvaluationFramework = Field(description="Khung đánh giá")
    schedule: Text = Field(description="Thời gian đánh giá")


class Reporting(Model):
    """Chế độ báo cáo, đánh giá."""

    reports: list[Report] = Field(default_factory=empty_list, description="Các báo cáo")
    evaluation: Evaluation | None = Field(default=None, description="Đánh giá")


class Plan(Model):
    """Kế hoạch truyền thông chính sách."""

    schema_version: Literal[1] = Field(description="Phiên bản định dạng tệp; hiện là 1")
    profiles: list[ProfileId] = Field(default_factory=empty_list, description="Bộ quy tắc áp dụng")
    calendar: Calendar | None = Field(default=None, description="Điều chỉnh lịch nghỉ")
    document: Document = Field(description="Thể thức văn bản")
    implements: list[Text] = Field(
        default_factory=empty_list, description="Thực hiện … (mỗi văn bản một đoạn)"
    )
    legal_bases: list[Text] = Field(
        default_factory=empty_list, description="Căn cứ (không ghi chữ 'Căn cứ')"
    )
    proposed_by: ProposedBy | None = Field(default=None, description="Theo đề nghị của …")
    situation: list[Text] = Field(default_factory=empty_list, description="Tình hình (trước mục I)")
    period: Period | None = Field(default=None, description="Thời gian thực hiện")
    outline: c.Outline = Field(
        default="muc_dich_yeu_cau", description="Bố cục mục I: muc_dich_yeu_cau hoặc muc_tieu"
    )
    list_style: c.ListStyle = Field(
        default="dash", description="Ký hiệu liệt kê: dash hoặc letters"
    )
    purposes: list[Text] = Field(default_factory=empty_list, description="Mục đích")
    requirements: list[Text] = Field(default_factory=empty_list, description="Yêu cầu")
    objectives: list[Objective] = Field(default_factory=empty_list, description="Mục tiêu")
    units: list[Unit] = Field(description="Đơn vị")
    staff: list[Staff] = Field(default_factory=empty_list, description="Đội ngũ")
    focal_point: FocalPoint | None = Field(default=None, description="Đầu mối")
    audiences: list[Audience] = Field(default_factory=empty_list, description="Đối tượng")
    messages: list[Message] = Field(default_factory=empty_list, description="Thông điệp")
    policies: list[Policy] = Field(default_factory=empty_list, description="Dự thảo chính sách")
    phases: list[Phase] = Field(default_factory=empty_list, description="Lộ trình")
    task_groups: list[TaskGroup] = Field(
        default_factory=empty_list, description="Nhóm nhiệm vụ, giải pháp"
    )
    activities: list[Activity] = Field(description="Nhiệm vụ")
    milestones: list[Milestone] = Field(default_factory=empty_list, description="Mốc thời gian")
    budget: Budget | None = Field(default=None, description="Kinh phí")
    crisis: Crisis | None = Field(default=None, description="Xử lý khủng hoảng truyền thông")
    governance: Governance | None = Field(default=None, description="Quy chế, quy trình")
    reporting: Reporting | None = Field(default=None, description="Báo cáo, đánh giá")

    def bounds(self) -> tuple[date, date]:
        """First and last day of the plan: its period, else the span of its activities."""
        if self.period is not None:
            return self.period.start.first, self.period.end.last
        days = [(a.start.first, a.end.last) for a in self.activities]
        if not days:
            day = self.document.date or date(date.today().year, 1, 1)
            return day, day
        return min(d[0] for d in days), max(d[1] for d in days)

    def year(self) -> int:
        """The plan's year: of its period's start, else of its first activity or its date."""
        return self.bounds()[0].year
