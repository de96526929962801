"""The document types of Nghị định 30/2020, Phụ lục III, as data: name, ký hiệu, required parts.

Each type lists the parts its Mẫu shows (Mẫu 1.1–1.10, 2.1; Mẫu 1.4 covers every "văn bản có tên
loại" without a Mẫu of its own). A check about a part runs only when the document's type has
that part, so a Công văn is never asked for a tên loại line and an annex never for a signature.
Parts:

* ``header``: Quốc hiệu, Tiêu ngữ and agency names (ô 1, 2); ``number`` (ô 3); ``date`` (ô 4;
  Mẫu 1.9 Biên bản has none);
* ``title``: the tên loại line (ô 5a); ``subject``: the trích yếu under it (Mẫu 1.8 Giấy giới
  thiệu and 1.10 Giấy nghỉ phép have none); ``vv``: a Công văn's "V/v …" under the number (ô 5b);
* ``kinh_gui``: "Kính gửi:" above the body (ô 9a: Công văn, Tờ trình);
* ``bases``: căn cứ lines and ``articles``: Điều 1, Điều 2, … (Nghị quyết, Quyết định);
* ``signature`` (ô 7) and ``recipients`` (ô 9b);
* ``as_above``: "- Như trên;" is allowed among the recipients (the Mẫu uses it: a "Kính gửi"
  or the Giấy giới thiệu's addressee precedes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from commplan.audit.normalize import canon
from commplan.errors import UsageError
from commplan.i18n import _


@dataclass(frozen=True, slots=True)
class DocType:
    """One type: its code for ``--type``, its name, its ký hiệu abbreviation and its parts."""

    code: str
    name: str
    abbr: str | None
    parts: frozenset[str]

    @property
    def title(self) -> str:
        """The tên loại line as printed: the name in capitals."""
        return self.name.upper()

    def has(self, part: str) -> bool:
        """True when the type's Mẫu has ``part``."""
        return part in self.parts


_ADMIN = frozenset({"header", "number", "date", "signature", "recipients"})
_NAMED = _ADMIN | {"title", "subject"}  # Mẫu 1.4 "văn bản có tên loại"


def _t(code: str, name: str, abbr: str | None, parts: frozenset[str]) -> DocType:
    return DocType(code, name, abbr, parts)


# The order of Phụ lục III, Mục I; Công văn and Thư công (no abbreviation) at the end.
TYPES: Final[tuple[DocType, ...]] = (
    _t("nghi-quyet", "Nghị quyết", "NQ", _NAMED | {"bases", "articles"}),
    _t("quyet-dinh", "Quyết định", "QĐ", _NAMED | {"bases", "articles"}),
    _t("chi-thi", "Chỉ thị", "CT", _NAMED),
    _t("quy-che", "Quy chế", "QC", _NAMED),
    _t("quy-dinh", "Quy định", "QyĐ", _NAMED),
    _t("thong-cao", "Thông cáo", "TC", _NAMED),
    _t("thong-bao", "Thông báo", "TB", _NAMED),
    _t("huong-dan", "Hướng dẫn", "HD", _NAMED),
    _t("chuong-trinh", "Chương trình", "CTr", _NAMED),
    _t("ke-hoach", "Kế hoạch", "KH", _NAMED),
    _t("phuong-an", "Phương án", "PA", _NAMED),
    _t("de-an", "Đề án", "ĐA", _NAMED),
    _t("du-an", "Dự án", "DA", _NAMED),
    _t("bao-cao", "Báo cáo", "BC", _NAMED | {"as_above"}),
    _t("bien-ban", "Biên bản", "BB", (_NAMED - {"date"}) | {"as_above"}),
    _t("to-trinh", "Tờ trình", "TTr", _NAMED | {"kinh_gui", "as_above"}),
    _t("hop-dong", "Hợp đồng", "HĐ", _NAMED),
    _t("cong-dien", "Công điện", "CĐ", _NAMED | {"as_above"}),
    _t("ban-ghi-nho", "Bản ghi nhớ", "BGN", _NAMED),
    _t("ban-thoa-thuan", "Bản thỏa thuận", "BTT", _NAMED),
    _t("giay-uy-quyen", "Giấy ủy quyền", "GUQ", _NAMED),
    _t("giay-moi", "Giấy mời", "GM", _NAMED),
    _t("giay-gioi-thieu", "Giấy giới thiệu", "GGT", (_NAMED - {"subject"}) | {"as_above"}),
    _t("giay-nghi-phep", "Giấy nghỉ phép", "GNP", _NAMED - {"subject"}),
    _t("phieu-gui", "Phiếu gửi", "PG", _NAMED),
    _t("phieu-chuyen", "Phiếu chuyển", "PC", _NAMED),
    _t("phieu-bao", "Phiếu báo", "PB", _NAMED),
    _t("cong-van", "Công văn", None, _ADMIN | {"vv", "kinh_gui", "as_above"}),
    _t("thu-cong", "Thư công", None, frozenset({"header", "date", "signature", "as_above"})),
)

APPENDIX: Final = DocType("phu-luc", "Phụ lục", None, frozenset({"appendix"}))
"""An appendix in a file of its own (Mẫu 2.1/2.2): no header block, number or signature."""

UNKNOWN: Final = DocType("khac", "văn bản", None, frozenset())
"""A document with a header block whose type is not recognised: only what is there is checked."""

BY_CODE: Final[dict[str, DocType]] = {t.code: t for t in (*TYPES, APPENDIX)}
BY_TITLE: Final[dict[str, DocType]] = {canon(t.title): t for t in TYPES}
BY_ABBR: Final[dict[str, DocType]] = {t.abbr: t for t in TYPES if t.abbr}

PLAN: Final = BY_CODE["ke-hoach"]


def find_type(name: str) -> DocType:
    """The type ``--type`` names: a code ("cong-van"), an abbreviation ("QĐ") or a name.

    Raises:
        UsageError: no type has that name.
    """
    key = canon(name.strip())
    for doctype in BY_CODE.values():
        if key in (doctype.code, canon(doctype.name), canon(doctype.abbr or "")):
            return doctype
    raise UsageError(
        _("unknown document type “{name}”; expected one of: {codes}").format(
            name=name, codes=", ".join(BY_CODE)
        )
    )
