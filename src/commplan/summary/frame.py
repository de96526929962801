"""The frame of the Ministry's BÁO CÁO: ``--frame FILE`` (scaffolded by ``new --kind tong-hop``).

The file holds the ``document`` block of PLAN-MODEL.md (symbol ``BC-…``), the căn cứ, and free
text the figures cannot give: ``assessment`` (đánh giá chung), ``difficulties`` (tồn tại, hạn
chế) and ``proposals`` (kiến nghị, đề xuất). Without it the report is a draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, ValidationError

from commplan.check.schema_errors import schema_diagnostics
from commplan.errors import UsageError
from commplan.i18n import _
from commplan.model.plan import Document
from commplan.model.types import Text
from commplan.source.inputs import display_name, read_file
from commplan.source.loader import load_bytes

DRAFT: Final = {
    "issuer": "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "issuer_level": "bo",
    "symbol": "BC-BTTTT",
    "place": "Hà Nội",
    "title": "Tổng hợp tình hình triển khai công tác truyền thông chính sách",
}


class Frame(BaseModel):
    """A report frame file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Document
    legal_bases: list[Text] = []
    assessment: list[Text] = []
    difficulties: list[Text] = []
    proposals: list[Text] = []


def draft_frame() -> Frame:
    """The frame of a report rendered without ``--frame``: a draft to complete in Word."""
    return Frame.model_validate({"document": DRAFT})


def load_frame(path: Path | None) -> Frame:
    """The frame at ``path`` (a draft frame when None).

    Raises:
        UsageError: the file is missing, not YAML, or not a frame (the message gives
            file:line:col and the fix).
    """
    if path is None:
        return draft_frame()
    name = display_name(path)
    loaded = load_bytes(read_file(path), name)
    errors = [d for d in loaded.diagnostics if d.severity == "error"]
    if not errors and loaded.data is not None:
        try:
            return Frame.model_validate(loaded.data)
        except ValidationError as exc:
            errors = schema_diagnostics(exc, root=Frame, index=loaded.index, file=name)
    first = errors[0] if errors else None
    where = f"{name}:{first.line}:{first.column or 1}" if first else name
    raise UsageError(
        _(
            "{where}: not a report frame: {message}; start from 'commplan new --kind tong-hop'"
        ).format(where=where, message=first.message if first else _("the file is empty"))
    )


TEMPLATE: Final = """\
# Khung báo cáo tổng hợp của Bộ (commplan summary -o bao-cao.docx --frame {name}).
# document: như khối document của kế hoạch (Nghị định 30/2020/NĐ-CP); ký hiệu BC-…
document:
  issuer: BỘ THÔNG TIN VÀ TRUYỀN THÔNG
  issuer_level: bo
  # number: 12            # để trống khi là dự thảo
  symbol: BC-BTTTT
  place: Hà Nội
  # date: 15/4/{year}
  title: >-
    Tổng hợp tình hình triển khai công tác truyền thông chính sách của các bộ, ngành,
    địa phương năm {year}
  signer:
    authority: [KT. BỘ TRƯỞNG]
    title: THỨ TRƯỞNG
    name: "[Họ và tên]"
  recipients:
    - Thủ tướng Chính phủ (để báo cáo)
    - Các Phó Thủ tướng Chính phủ (để báo cáo)
    - Văn phòng Chính phủ
  archive: VT
legal_bases: []
# Đánh giá chung, tồn tại, kiến nghị: mỗi đoạn một dòng.
assessment: []
difficulties: []
proposals: []
"""


def frame_text(name: str, year: int) -> str:
    """The text ``commplan new --kind tong-hop`` writes."""
    return TEMPLATE.format(name=name, year=year)
