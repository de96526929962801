"""Enum codes of the plan file and their Vietnamese labels (PLAN-MODEL.md).

Each code set is a ``Literal`` (so pydantic and the JSON Schema list the codes) and a label
table (so documents and messages show the Vietnamese words). ``LABELS`` is the registry.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

IssuerLevel = Literal[
    "bo", "co_quan_ngang_bo", "co_quan_thuoc_cp", "ubnd_tinh", "so_nganh", "ubnd_huyen", "ubnd_xa"
]
DocumentForm = Literal["ke_hoach", "quyet_dinh"]
AttachedWording = Literal["kem_theo", "ban_hanh"]
Confidentiality = Literal["mat", "toi_mat", "tuyet_mat"]
Urgency = Literal["khan", "thuong_khan", "hoa_toc"]
ObjectiveLevel = Literal["output", "outtake", "outcome", "impact"]
KpiMethod = Literal[
    "thong_ke_bao_chi", "khao_sat", "lang_nghe_mxh", "so_lieu_hanh_chinh", "phan_hoi_gop_y"
]
UnitKind = Literal[
    "co_quan_chu_tri",
    "don_vi_truyen_thong",
    "co_quan_bao_chi",
    "co_quan_phoi_hop",
    "to_chuc_xa_hoi",
    "doanh_nghiep",
    "co_quan_nhan_bao_cao",
]
Role = Literal[
    "lanh_dao_phu_trach",
    "nguoi_phat_ngon",
    "dau_moi",
    "can_bo_truyen_thong",
    "theo_doi_thong_tin",
    "xu_ly_khung_hoang",
]
Employment = Literal["chuyen_trach", "kiem_nhiem"]
TrainingTopic = Literal[
    "truyen_thong_chinh_sach",
    "xu_ly_khung_hoang",
    "phat_ngon",
    "truyen_thong_so",
    "danh_gia_tac_dong",
]
AudienceKind = Literal[
    "nguoi_dan",
    "doanh_nghiep",
    "can_bo_cong_chuc",
    "bao_chi",
    "chuyen_gia",
    "to_chuc_xa_hoi",
    "dong_bao_dtts",
    "nhom_yeu_the",
    "quoc_te",
]
PhaseKind = Literal[
    "hoach_dinh",
    "lap_de_xuat",
    "lay_y_kien",
    "soan_thao",
    "trinh_thong_qua",
    "ban_hanh",
    "thuc_thi",
    "danh_gia",
]
ActivityType = Literal[
    "hop_bao",
    "thong_cao_bao_chi",
    "dang_tai_cong_ttdt",
    "phong_van",
    "toa_dam_hoi_thao",
    "doi_thoai",
    "dat_hang_bao_chi",
    "san_pham_truyen_thong",
    "mang_xa_hoi",
    "tap_huan",
    "theo_doi_thong_tin",
    "khao_sat_du_luan",
    "danh_gia_tac_dong",
    "tiep_nhan_phan_hoi",
    "phan_bien_du_thao",
    "xu_ly_khung_hoang",
    "bao_cao",
    "kien_toan_doi_ngu",
    "khac",
]
Channel = Literal[
    "cong_ttdt",
    "bao_in",
    "bao_dien_tu",
    "phat_thanh",
    "truyen_hinh",
    "mang_xa_hoi",
    "truyen_thanh_co_so",
    "truc_tiep",
]
Recurrence = Literal["monthly", "quarterly", "yearly"]
MilestoneKind = Literal["bao_cao", "han_chot", "su_kien"]
SourceKind = Literal[
    "ngan_sach_trung_uong",
    "ngan_sach_dia_phuong",
    "xa_hoi_hoa",
    "tai_tro_quoc_te",
    "long_ghep",
    "nguon_hop_phap_khac",
]
BudgetCategory = Literal[
    "dat_hang_bao_chi",
    "dao_tao_boi_duong",
    "dich_vu_cntt_theo_doi",
    "khao_sat_tham_do",
    "danh_gia_tac_dong",
    "hoi_nghi_hoi_thao",
    "san_xuat_san_pham",
    "nhuan_but",
    "cong_tac_phi",
    "khac",
]
CrisisRole = Literal["truong_nhom", "nguoi_phat_ngon", "theo_doi", "phap_che", "noi_bo", "thu_ky"]
Rating = Literal["thap", "trung_binh", "cao"]
Covers = Literal["known_facts", "actions", "empathy", "next_update", "contact"]
RehearsalKind = Literal["dien_tap", "ban_giay"]
EvaluationFramework = Literal["amec", "gcs", "khac"]
Scope = Literal["toan_quoc", "toan_tinh", "khac"]
# The body as published plans write it (PLAN-MODEL.md, "Forms that published plans use").
Outline = Literal["muc_dich_yeu_cau", "muc_tieu"]
ListStyle = Literal["dash", "letters"]
Stage = Literal["xay_dung", "thuc_thi", "ca_hai"]
AppendixKind = Literal["nhiem_vu", "tien_do", "kinh_phi"]

DRAFTING_PHASES: Final = frozenset(
    {"hoach_dinh", "lap_de_xuat", "lay_y_kien", "soan_thao", "trinh_thong_qua"}
)
IMPLEMENTATION_PHASES: Final = frozenset({"ban_hanh", "thuc_thi", "danh_gia"})
MINISTRY_LEVELS: Final = frozenset({"bo", "co_quan_ngang_bo", "co_quan_thuoc_cp"})
LOCAL_LEVELS: Final = frozenset({"ubnd_tinh", "so_nganh", "ubnd_huyen", "ubnd_xa"})
COMMITTEE_LEVELS: Final = frozenset({"ubnd_tinh", "ubnd_huyen", "ubnd_xa"})
"""People's Committees: their header names no superior body (PUBLISHED-PLANS.md §2)."""
COST_BEARING_TYPES: Final = frozenset(
    {
        "hop_bao",
        "toa_dam_hoi_thao",
        "dat_hang_bao_chi",
        "tap_huan",
        "khao_sat_du_luan",
        "san_pham_truyen_thong",
        "theo_doi_thong_tin",
        "danh_gia_tac_dong",
    }
)

_ACTIVITY_TYPE: Final = {
    "hop_bao": "Họp báo",
    "thong_cao_bao_chi": "Thông cáo báo chí",
    "dang_tai_cong_ttdt": "Đăng tải trên Cổng TTĐT",
    "phong_van": "Trả lời phỏng vấn",
    "toa_dam_hoi_thao": "Tọa đàm, hội thảo",
    "doi_thoai": "Đối thoại",
    "dat_hang_bao_chi": "Đặt hàng cơ quan báo chí",
    "san_pham_truyen_thong": "Sản xuất sản phẩm truyền thông",
    "mang_xa_hoi": "Truyền thông trên mạng xã hội",
    "tap_huan": "Đào tạo, tập huấn",
    "theo_doi_thong_tin": "Rà quét, phân tích xu hướng thông tin",
    "khao_sat_du_luan": "Khảo sát, thăm dò dư luận",
    "danh_gia_tac_dong": "Đánh giá tác động truyền thông",
    "tiep_nhan_phan_hoi": "Tiếp nhận, giải trình ý kiến",
    "phan_bien_du_thao": "Góp ý, phản biện dự thảo chính sách",
    "xu_ly_khung_hoang": "Xử lý khủng hoảng truyền thông",
    "bao_cao": "Báo cáo",
    "kien_toan_doi_ngu": "Kiện toàn, bố trí đội ngũ làm công tác truyền thông",
    "khac": "Khác",
}

LABELS: Final[dict[str, dict[str, str]]] = {
    "issuer_level": {
        "bo": "Bộ",
        "co_quan_ngang_bo": "Cơ quan ngang bộ",
        "co_quan_thuoc_cp": "Cơ quan thuộc Chính phủ",
        "ubnd_tinh": "Ủy ban nhân dân tỉnh, thành phố",
        "so_nganh": "Sở, ngành",
        "ubnd_huyen": "Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh",
        "ubnd_xa": "Ủy ban nhân dân xã, phường",
    },
    "confidentiality": {"mat": "MẬT", "toi_mat": "TỐI MẬT", "tuyet_mat": "TUYỆT MẬT"},
    "urgency": {"khan": "KHẨN", "thuong_khan": "THƯỢNG KHẨN", "hoa_toc": "HỎA TỐC"},
    "objective_level": {
        "output": "Đầu ra",
        "outtake": "Nhận thức",
        "outcome": "Kết quả",
        "impact": "Tác động",
    },
    "kpi_method": {
        "thong_ke_bao_chi": "Thống kê tin, bài",
        "khao_sat": "Khảo sát",
        "lang_nghe_mxh": "Theo dõi mạng xã hội",
        "so_lieu_hanh_chinh": "Số liệu hành chính",
        "phan_hoi_gop_y": "Ý kiến góp ý, phản hồi",
    },
    "unit_kind": {
        "co_quan_chu_tri": "Cơ quan chủ trì",
        "don_vi_truyen_thong": "Đơn vị truyền thông",
        "co_quan_bao_chi": "Cơ quan báo chí",
        "co_quan_phoi_hop": "Cơ quan phối hợp",
        "to_chuc_xa_hoi": "Tổ chức chính trị - xã hội",
        "doanh_nghiep": "Doanh nghiệp, nhà tài trợ",
        "co_quan_nhan_bao_cao": "Cơ quan nhận báo cáo",
    },
    "role": {
        "lanh_dao_phu_trach": "Lãnh đạo phụ trách",
        "nguoi_phat_ngon": "Người phát ngôn",
        "dau_moi": "Đầu mối liên hệ",
        "can_bo_truyen_thong": "Cán bộ truyền thông",
        "theo_doi_thong_tin": "Theo dõi, phân tích thông tin",
        "xu_ly_khung_hoang": "Xử lý khủng hoảng truyền thông",
    },
    "employment": {"chuyen_trach": "Chuyên trách", "kiem_nhiem": "Kiêm nhiệm"},
    "training_topic": {
        "truyen_thong_chinh_sach": "Truyền thông chính sách",
        "xu_ly_khung_hoang": "Xử lý khủng hoảng truyền thông",
        "phat_ngon": "Phát ngôn, cung cấp thông tin cho báo chí",
        "truyen_thong_so": "Truyền thông số",
        "danh_gia_tac_dong": "Đo lường, đánh giá tác động",
    },
    "audience_kind": {
        "nguoi_dan": "Người dân",
        "doanh_nghiep": "Doanh nghiệp",
        "can_bo_cong_chuc": "Cán bộ, công chức",
        "bao_chi": "Báo chí",
        "chuyen_gia": "Chuyên gia, nhà khoa học",
        "to_chuc_xa_hoi": "Tổ chức xã hội",
        "dong_bao_dtts": "Đồng bào dân tộc thiểu số",
        "nhom_yeu_the": "Nhóm yếu thế",
        "quoc_te": "Đối tượng nước ngoài",
    },
    "phase_kind": {
        "hoach_dinh": "Hoạch định chủ trương",
        "lap_de_xuat": "Lập đề nghị xây dựng chính sách",
        "lay_y_kien": "Lấy ý kiến, tham vấn chính sách",
        "soan_thao": "Soạn thảo",
        "trinh_thong_qua": "Trình, thông qua",
        "ban_hanh": "Ban hành",
        "thuc_thi": "Tổ chức thực thi",
        "danh_gia": "Đánh giá, tổng kết",
    },
    "activity_type": _ACTIVITY_TYPE,
    "channel": {
        "cong_ttdt": "Cổng thông tin điện tử",
        "bao_in": "Báo in",
        "bao_dien_tu": "Báo điện tử",
        "phat_thanh": "Phát thanh",
        "truyen_hinh": "Truyền hình",
        "mang_xa_hoi": "Mạng xã hội",
        "truyen_thanh_co_so": "Truyền thanh cơ sở",
        "truc_tiep": "Trực tiếp",
    },
    "milestone_kind": {"bao_cao": "Báo cáo", "han_chot": "Hạn hoàn thành", "su_kien": "Sự kiện"},
    "source_kind": {
        "ngan_sach_trung_uong": "Ngân sách trung ương",
        "ngan_sach_dia_phuong": "Ngân sách địa phương",
        "xa_hoi_hoa": "Xã hội hóa",
        "tai_tro_quoc_te": "Tài trợ quốc tế",
        "long_ghep": "Lồng ghép chương trình, đề án",
        "nguon_hop_phap_khac": "Nguồn hợp pháp khác",
    },
    "budget_category": {
        "dat_hang_bao_chi": "Đặt hàng cơ quan báo chí",
        "dao_tao_boi_duong": "Đào tạo, bồi dưỡng",
        "dich_vu_cntt_theo_doi": "Dịch vụ công nghệ thông tin rà quét, phân tích thông tin",
        "khao_sat_tham_do": "Khảo sát, thăm dò dư luận",
        "danh_gia_tac_dong": "Đánh giá tác động truyền thông",
        "hoi_nghi_hoi_thao": "Hội nghị, hội thảo, họp báo",
        "san_xuat_san_pham": "Sản xuất sản phẩm truyền thông",
        "nhuan_but": "Nhuận bút, thù lao",
        "cong_tac_phi": "Công tác phí",
        "khac": "Chi khác",
    },
    "crisis_role": {
        "truong_nhom": "Trưởng nhóm",
        "nguoi_phat_ngon": "Người phát ngôn",
        "theo_doi": "Theo dõi thông tin",
        "phap_che": "Pháp chế",
        "noi_bo": "Thông tin nội bộ",
        "thu_ky": "Thư ký",
    },
    "rating": {"thap": "Thấp", "trung_binh": "Trung bình", "cao": "Cao"},
    "rehearsal_kind": {"dien_tap": "Diễn tập", "ban_giay": "Diễn tập trên giấy"},
    "evaluation_framework": {
        "amec": "Khung đánh giá AMEC",
        "gcs": "Chu trình đánh giá GCS",
        "khac": "Khác",
    },
    "scope": {"toan_quoc": "Toàn quốc", "toan_tinh": "Toàn tỉnh", "khac": "Khác"},
    "recurrence": {"monthly": "Hằng tháng", "quarterly": "Hằng quý", "yearly": "Hằng năm"},
    "document_form": {"ke_hoach": "Kế hoạch", "quyet_dinh": "Quyết định ban hành kèm theo"},
    "attached_wording": {"kem_theo": "Kèm theo", "ban_hanh": "Ban hành kèm theo"},
    "outline": {"muc_dich_yeu_cau": "Mục đích, yêu cầu", "muc_tieu": "Mục tiêu"},
    "list_style": {"dash": "Gạch đầu dòng", "letters": "Chữ cái a), b)"},
    "stage": {"xay_dung": "Xây dựng chính sách", "thuc_thi": "Thực thi", "ca_hai": "Cả hai"},
    "appendix": {"nhiem_vu": "Nhiệm vụ", "tien_do": "Lộ trình", "kinh_phi": "Kinh phí"},
    "covers": {
        "known_facts": "Thông tin đã xác minh",
        "actions": "Hành động đang thực hiện",
        "empathy": "Chia sẻ, đồng cảm",
        "next_update": "Thời điểm cập nhật tiếp theo",
        "contact": "Đầu mối liên hệ",
    },
}

CODE_SETS: Final[dict[str, object]] = {
    "issuer_level": IssuerLevel,
    "confidentiality": Confidentiality,
    "urgency": Urgency,
    "objective_level": ObjectiveLevel,
    "kpi_method": KpiMethod,
    "unit_kind": UnitKind,
    "role": Role,
    "employment": Employment,
    "training_topic": TrainingTopic,
    "audience_kind": AudienceKind,
    "phase_kind": PhaseKind,
    "activity_type": ActivityType,
    "channel": Channel,
    "milestone_kind": MilestoneKind,
    "source_kind": SourceKind,
    "budget_category": BudgetCategory,
    "crisis_role": CrisisRole,
    "rating": Rating,
    "rehearsal_kind": RehearsalKind,
    "evaluation_framework": EvaluationFramework,
    "scope": Scope,
    "recurrence": Recurrence,
    "covers": Covers,
    "document_form": DocumentForm,
    "attached_wording": AttachedWording,
    "outline": Outline,
    "list_style": ListStyle,
    "stage": Stage,
    "appendix": AppendixKind,
}


def codes(name: str) -> tuple[str, ...]:
    """The codes of the code set ``name`` (a key of ``CODE_SETS``)."""
    return tuple(get_args(CODE_SETS[name]))


def label(name: str, code: str) -> str:
    """The Vietnamese label of ``code`` in the code set ``name``."""
    return LABELS[name][code]


# -- the report file (REPORTING.md) ----------------------------------------------------------
# Kept here, not in model.report, so that the checks of plans (which only ask whether a file
# is a report) and the report rules' constants do not build the report models.

ActivityStatus = Literal["chua_thuc_hien", "dang_thuc_hien", "hoan_thanh", "tam_hoan", "huy"]

STATUS_LABELS: Final[dict[str, str]] = {
    "chua_thuc_hien": "Chưa thực hiện",
    "dang_thuc_hien": "Đang thực hiện",
    "hoan_thanh": "Hoàn thành",
    "tam_hoan": "Tạm hoãn",
    "huy": "Hủy",
}
"""The Vietnamese words of each status, in the order a report lists them."""

SETTLED: Final = frozenset({"hoan_thanh", "huy", "tam_hoan"})
"""Statuses that answer for an activity past its end: done, cancelled or postponed."""


def is_report(data: object) -> bool:
    """True for loaded YAML data that says ``kind: bao_cao`` (anything else is a plan)."""
    return isinstance(data, dict) and data.get("kind") == "bao_cao"
