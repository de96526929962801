"""What officers type instead of a field name or a code, and the name or code they meant.

Officers think in Vietnamese: they write ``ngân sách:`` or ``kinh_phi:`` for ``budget:`` and
``type: Họp báo`` for ``type: hop_bao``. :data:`FIELD_WORDS` lists the Vietnamese words for the
fields (the codes' words are their labels in :mod:`commplan.model.codes`); both are compared
after :func:`normal`, which drops diacritics, case and separators, so ``thời_gian``,
``Thời gian`` and ``thoi-gian`` are one word.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

from commplan.model.codes import CODE_SETS, LABELS, codes

FIELD_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "activities": ("hoạt động", "các hoạt động", "nhiệm vụ", "công việc", "nội dung hoạt động"),
    "archive": ("lưu", "lưu trữ"),
    "audiences": ("đối tượng", "nhóm đối tượng", "công chúng"),
    "authority": ("quyền hạn", "thẩm quyền ký"),
    "budget": ("ngân sách", "kinh phí", "dự toán", "dự toán kinh phí"),
    "calendar": ("lịch", "lịch làm việc"),
    "cap": ("mức trần", "hạn mức"),
    "category": ("nhóm chi", "danh mục", "loại chi"),
    "channels": ("kênh", "kênh truyền thông"),
    "content": ("nội dung",),
    "crisis": ("khủng hoảng", "xử lý khủng hoảng", "khủng hoảng truyền thông"),
    "date": ("ngày", "ngày ban hành"),
    "dedicated": ("chuyên trách",),
    "depends_on": ("phụ thuộc", "sau hoạt động"),
    "description": ("mô tả",),
    "document": ("văn bản", "thể thức"),
    "due": ("hạn", "thời hạn", "hạn nộp"),
    "duties": ("nhiệm vụ", "chức năng nhiệm vụ"),
    "email": ("thư điện tử",),
    "end": ("kết thúc", "ngày kết thúc", "đến ngày"),
    "evaluation": ("đánh giá", "đánh giá kết quả"),
    "experience_years": ("số năm kinh nghiệm", "kinh nghiệm"),
    "fiscal_year": ("năm ngân sách",),
    "focal_point": ("đầu mối", "đầu mối liên hệ"),
    "governance": ("cơ chế phối hợp", "quản lý"),
    "intro": ("mở đầu", "lời mở đầu"),
    "issuer": ("cơ quan ban hành",),
    "issuer_level": ("cấp ban hành", "cấp cơ quan"),
    "kpis": ("chỉ số", "chỉ tiêu đánh giá"),
    "legal_bases": ("căn cứ", "căn cứ pháp lý", "cơ sở pháp lý"),
    "legal_basis": ("căn cứ pháp lý", "cơ sở pháp lý"),
    "lines": ("khoản chi", "hạng mục", "dòng chi"),
    "messages": ("thông điệp", "thông điệp chính"),
    "method": ("phương pháp",),
    "metric": ("thước đo",),
    "milestones": ("mốc", "mốc thời gian", "cột mốc"),
    "name": ("tên", "họ tên", "họ và tên"),
    "number": ("số", "số văn bản"),
    "objectives": ("mục tiêu",),
    "owner": ("chủ trì", "đơn vị chủ trì", "cơ quan chủ trì"),
    "parent_agency": ("cơ quan chủ quản",),
    "partners": ("phối hợp", "đơn vị phối hợp", "cơ quan phối hợp"),
    "period": ("thời gian", "thời gian thực hiện", "thời kỳ", "kỳ kế hoạch"),
    "phase": ("giai đoạn",),
    "phases": ("giai đoạn", "các giai đoạn", "lộ trình"),
    "phone": ("điện thoại", "số điện thoại"),
    "place": ("địa danh", "nơi ban hành"),
    "policies": ("chính sách", "các chính sách"),
    "policy": ("chính sách",),
    "position": ("chức vụ",),
    "profiles": ("bộ quy tắc",),
    "purposes": ("mục đích",),
    "quantity": ("số lượng",),
    "recipient": ("nơi nhận", "cơ quan nhận"),
    "recipients": ("nơi nhận",),
    "reporting": ("báo cáo", "chế độ báo cáo"),
    "reports": ("báo cáo", "các báo cáo"),
    "requirements": ("yêu cầu",),
    "role": ("vai trò",),
    "roles": ("vai trò",),
    "scenarios": ("tình huống", "kịch bản"),
    "short_name": ("tên viết tắt", "viết tắt"),
    "signer": ("người ký",),
    "source": ("nguồn", "nguồn kinh phí"),
    "sources": ("nguồn", "nguồn kinh phí", "các nguồn"),
    "sponsor": ("nhà tài trợ",),
    "staff": ("cán bộ", "nhân sự", "người thực hiện"),
    "start": ("bắt đầu", "ngày bắt đầu", "từ ngày"),
    "symbol": ("ký hiệu",),
    "target": ("chỉ tiêu", "mức cần đạt"),
    "team": ("tổ", "nhóm", "tổ xử lý"),
    "title": ("tiêu đề", "trích yếu", "tên kế hoạch"),
    "total": ("tổng", "tổng cộng", "thành tiền", "tổng kinh phí"),
    "trainings": ("tập huấn", "đào tạo", "bồi dưỡng"),
    "type": ("loại", "hình thức", "loại hoạt động"),
    "unit": ("đơn vị",),
    "unit_price": ("đơn giá",),
    "units": ("đơn vị", "các đơn vị", "cơ quan"),
}
"""Vietnamese words (with diacritics; matched also without) for the plan's field names."""

_SEPARATORS: Final = re.compile(r"[^0-9a-z]+")


def normal(text: str) -> str:
    """``Thời gian`` and ``thoi-gian`` → ``thoi_gian``: no diacritics, lower case, ``_``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return _SEPARATORS.sub("_", bare).strip("_")


def _lookup(typed: str, names: dict[str, str]) -> str | None:
    key = normal(typed)
    if key in names:
        return names[key]
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def field_for(typed: str, allowed: Iterable[str]) -> str | None:
    """The allowed field whose Vietnamese words match ``typed`` (``kinh_phi`` → ``budget``)."""
    names: dict[str, str] = {}
    for field in allowed:
        for word in FIELD_WORDS.get(field, ()):
            names.setdefault(normal(word), field)
    return _lookup(typed, names)


def code_for(typed: str, valid: Iterable[str]) -> str | None:
    """The valid code whose label or code matches ``typed`` (``Họp báo`` → ``hop_bao``)."""
    valid = tuple(valid)
    names = {normal(code): code for code in valid}
    for name in CODE_SETS:
        if set(codes(name)) == set(valid):
            names |= {normal(label): code for code, label in LABELS[name].items()}
    return _lookup(typed, names)
