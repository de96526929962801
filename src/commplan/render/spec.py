"""The template context as a public interface: every variable, its type and meaning.

One definition serves three readers: ``docs/template-context.md`` is generated from it,
``commplan template check`` checks a template's variables against it, and a test checks that
``context.build_context`` builds exactly this shape for every example plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from commplan.render.context import CONTEXT_VERSION

Kind = Literal["text", "number", "flag", "map", "list"]


@dataclass(frozen=True, slots=True)
class Var:
    """A variable: a scalar, a map of fields, or a list of items (scalars or maps)."""

    name: str
    kind: Kind
    doc: str
    fields: tuple[Var, ...] = ()
    item: Kind | None = None
    nullable: bool = False

    def field(self, name: str) -> Var | None:
        """The field ``name`` of a map, or of the items of a list of maps."""
        return next((f for f in self.fields if f.name == name), None)


def text(name: str, doc: str, *, nullable: bool = False) -> Var:
    """A text variable."""
    return Var(name, "text", doc, nullable=nullable)


def mapping(name: str, doc: str, *fields: Var, nullable: bool = False) -> Var:
    """A map of fields."""
    return Var(name, "map", doc, fields, nullable=nullable)


def listing(name: str, doc: str, *fields: Var, item: Kind = "map") -> Var:
    """A list; of maps with these fields, or of scalars of kind ``item``."""
    return Var(name, "list", doc, fields, item=item)


_DOCUMENT = mapping(
    "document",
    "Thể thức văn bản (ND30 ô 1-5, 10).",
    text("form", '"ke_hoach" (issued directly) or "quyet_dinh" (attached to a Quyết định).'),
    Var("is_decision", "flag", "True when a Quyết định issues the plan (Mẫu 1.3, Phụ lục III)."),
    text(
        "parent_agency",
        'Cơ quan chủ quản in capitals, with "\\n" where the header breaks it; none for a '
        "People's Committee (Ủy ban nhân dân), whose header names no superior body.",
        nullable=True,
    ),
    text(
        "issuer",
        'Cơ quan ban hành in capitals, with "\\n" where the header breaks it '
        '("ỦY BAN NHÂN DÂN\\nTỈNH NAM ĐỊNH").',
    ),
    text(
        "issuer_name", "The issuer as in running text, from the unit of that name.", nullable=True
    ),
    text("number", 'Số: "05", "31"; in a draft five spaces, so "Số: " + it reads "Số:      /…".'),
    text("symbol", 'Ký hiệu, e.g. "KH-UBND".'),
    text("place", 'Địa danh; "……" when the plan has none.'),
    text("date", '"ngày 05 tháng 3 năm 2022"; draft: "ngày      tháng      năm 2022".'),
    text("date_iso", '"2022-03-05", for the date filters; none in a draft.', nullable=True),
    Var("year", "number", "Year of the date, or of the period's start in a draft."),
    Var("is_draft", "flag", "True when the number or the date is missing."),
    text("title", "Trích yếu."),
    text("intro", "Issuing clause as one text (the plan's, else a default).", nullable=True),
    text(
        "reference",
        '"(Kèm theo Kế hoạch số … ngày … của …)" for appendices (ND30 A4); '
        '"(Kèm theo Quyết định số …)" when a Quyết định issues the plan.',
    ),
    text("cited", '"Kế hoạch số … ngày … của …" (or "Quyết định số …"), as the reference cites.'),
    text("archive", 'What follows "- Lưu: " (default "VT"), without the final ".".'),
    text("confidentiality", 'Độ mật: "MẬT", "TỐI MẬT", "TUYỆT MẬT".', nullable=True),
    text("urgency", 'Độ khẩn: "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC".', nullable=True),
)

_BLOCK = (
    text("kind", '"heading" (a bold khoản title) or "paragraph".'),
    text("label", 'Literal number: "1.", "a)", "-", or "" for none.'),
    text("text", "The paragraph text without its label."),
)

_TASK_ROW = (
    text("kind", '"phase" (a group row) or "activity".'),
    text("number", 'STT: "I", "II" for phases, "1", "2" for tasks (restarting per phase).'),
    text("title", "Task (or phase) title."),
    text("owner", "Đơn vị chủ trì (short name)."),
    text("partners", "Đơn vị phối hợp, comma-separated short names."),
    text("time", 'time_text when set, else the time frame, e.g. "Tháng 4 - 12/2022".'),
    text("outputs", "Sản phẩm, one per line."),
    text("cost", 'Kinh phí in triệu đồng, "12" or "2,5" (a phase: its subtotal); "" if none.'),
)

_BUDGET_ROW = (
    text("kind", '"group", "line" or "total".'),
    text("label", 'STT: "A", "B" (years), "I", "II" (sources), "1", "2" (categories), "-".'),
    text("text", 'Group title, line description, or "Tổng cộng".'),
    text("unit", "Đơn vị tính (lines only)."),
    text("quantity", 'Số lượng, e.g. "1.000" or "2,5" (lines only).'),
    text("unit_price", "Đơn giá (lines only)."),
    text("amount", "Thành tiền; for a group its subtotal."),
)

CONTEXT: Final[tuple[Var, ...]] = (
    Var("schema_version", "number", f"Version of this context ({CONTEXT_VERSION})."),
    _DOCUMENT,
    mapping("period", "Thời gian thực hiện.", text("text", '"năm 2022" or "<start> - <end>".')),
    mapping(
        "decision",
        "The Quyết định that issues the plan (Mẫu 1.3); none for a Kế hoạch issued directly.",
        text("subject", 'Its trích yếu: "Ban hành Kế hoạch …".'),
        text("authority", 'Thẩm quyền ban hành, e.g. "BỘ TRƯỞNG BỘ Y TẾ".'),
        listing(
            "articles",
            'Điều 1-3 (or the plan\'s own), the last ending "./.".',
            text("label", '"Điều 1.", bold in the built-in template.'),
            text("text", "The article after its label."),
        ),
        text("attached", '"(Kèm theo Quyết định số … ngày … của …)" under the attached plan.'),
        text("responsible", '"Như Điều 3": the first line of Nơi nhận.'),
        nullable=True,
    ),
    listing(
        "opening",
        "Thực hiện, căn cứ, theo đề nghị and the issuing clause, punctuated for the form.",
        text("text", 'The paragraph, with its verb and end mark ("Thực hiện …;").'),
        text("kind", '"basis" (căn cứ style, italic) or "text" (a body paragraph).'),
    ),
    listing("situation", 'Paragraphs on the situation ("Thời gian qua, …").', item="text"),
    listing(
        "legal_bases",
        "Căn cứ, in order (the built-in template writes them through opening).",
        text("text", 'The basis without "Căn cứ" and without the end mark.'),
        text("end", '";" for all but the last, "." for the last (ND30 B8).'),
    ),
    listing(
        "sections",
        "Mục I-IV of the body; empty ones are left out and numbering stays continuous.",
        text("number", 'Roman numeral: "I", "II", …'),
        text("title", 'Title in capitals, e.g. "MỤC ĐÍCH, YÊU CẦU".'),
        listing("blocks", "The paragraphs of the mục.", *_BLOCK),
    ),
    text("closing", 'Last body paragraph, ending "./." (ND30 B7).'),
    mapping(
        "signer",
        "Người ký (ô 7a-7b); placeholders in [brackets] when the plan has no signer.",
        listing("authority", 'Quyền hạn lines, e.g. "TM. ỦY BAN NHÂN DÂN".', item="text"),
        text("title", "Chức vụ."),
        text("name", "Họ tên."),
        nullable=True,
    ),
    listing(
        "recipients",
        'Nơi nhận as written, without "- " and ";"; a Quyết định\'s starts "Như Điều 3".',
        item="text",
    ),
    mapping(
        "appendices",
        "Numbers of the appendices, in order without gaps; each is none when the plan's "
        "document.appendices leaves it out or it has no content (no tasks; no task with dates "
        "of its own; no budget lines).",
        mapping("activities", "Phụ lục of the task table.", text("number", '"I".'), nullable=True),
        mapping("gantt", "Phụ lục of the roadmap.", text("number", '"II".'), nullable=True),
        mapping("budget", "Phụ lục of the budget.", text("number", '"III".'), nullable=True),
    ),
    mapping(
        "activity_table",
        "Phụ lục I.",
        listing("rows", "Rows in order.", *_TASK_ROW),
        text("total", 'Total cost in triệu đồng, "1.422"; "" without budget lines.'),
    ),
    mapping(
        "gantt",
        "Phụ lục II: at most 24 time columns (weeks, months, quarters or years).",
        listing(
            "groups",
            "Header cells above the columns.",
            text("label", '"Năm 2022", "2023", "Tháng 3/2022", …'),
            Var("span", "number", "How many columns the group covers."),
        ),
        listing("columns", "Time columns.", text("label", '"3" (month), "II" (quarter), "07/3".')),
        listing(
            "rows",
            "Phase rows and task rows.",
            text("kind", '"phase" or "activity".'),
            text("number", 'STT ("I" for phases, "1" for tasks).'),
            text("title", "Task or phase title."),
            text("owner", 'Đơn vị chủ trì (short name); "" for phases.'),
            listing("cells", "One per column: true when the task runs then.", item="flag"),
        ),
        Var("width", "number", "Number of grid columns: 3 + the time columns."),
    ),
    mapping(
        "budget",
        "Phụ lục III; none when the plan has no budget lines.",
        Var("total", "number", "Total in đồng (an integer, for the money filters)."),
        text("total_text", 'Total in figures, "1.422.000.000".'),
        text("words", '"Bằng chữ: … đồng." (ND30 V2).'),
        listing("rows", "Rows: groups by [year], source, category; lines; total.", *_BUDGET_ROW),
        nullable=True,
    ),
)
"""Every top-level variable of the template context."""

ROOTS: Final = {v.name: v for v in CONTEXT}
