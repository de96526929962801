"""Plans typed the way offices type them in Word: python-docx, no commplan styles.

Direct formatting (Times New Roman, bold runs), a header table or a header typed with tabs,
headings numbered by hand, tasks that name their owner and time in the sentence, a budget table
with merged cells, and a Quyết định with its attached plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.shared import Pt


def para(doc: Document, text: str, *, bold: bool = False, size: int = 14) -> None:
    """A paragraph in Times New Roman set by hand, as offices type it (no commplan style)."""
    run = doc.add_paragraph().add_run(text)
    run.bold = bold
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)


def header_table(doc: Document, agency: list[str], number: str, date: str) -> None:
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "\n".join(agency)
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = number
    table.cell(1, 1).text = date


def _signature(doc: Document, recipients: list[str], sign: list[str]) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n" + "\n".join(f"- {r};" for r in recipients)
    table.cell(0, 1).text = "\n".join(sign)


_BUDGET = [
    ("STT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"),
    ("I", "Ngân sách tỉnh", None, None, None, "150.000.000"),
    ("1", "Hội nghị, hội thảo, họp báo", None, None, None, "60.000.000"),
    ("-", "Tổ chức hội nghị tập huấn", "cuộc", "2", "30.000.000", "60.000.000"),
    ("2", "Đặt hàng cơ quan báo chí", None, None, None, "90.000.000"),
    ("-", "Tin, bài trên báo in và báo điện tử", "tin, bài", "30", "3.000.000", "90.000.000"),
]


def budget_table(doc: Document, rows: Sequence[Sequence[str | None]]) -> None:
    """A six-column budget table; a row without a unit (a group) spans the middle columns."""
    table = doc.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        if row[2] is None:  # a heading row spans the description columns, as offices merge them
            table.cell(r, 1).merge(table.cell(r, 4))
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value


def _body(doc: Document) -> None:
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Mục đích", bold=True)
    para(doc, "- Nâng cao nhận thức của cán bộ, người dân về chính sách mới của tỉnh;")
    para(doc, "2. Yêu cầu", bold=True)
    para(doc, "- Bảo đảm thông tin chính xác, kịp thời, đúng thẩm quyền.")
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(doc, "1. Truyền thông trên báo chí", bold=True)
    para(doc, "Các cơ quan báo chí của tỉnh dành thời lượng thích đáng cho chính sách mới.")
    para(
        doc,
        "1.1. Đặt hàng tin, bài về chính sách mới trên Báo tỉnh; Sở Thông tin và Truyền "
        "thông chủ trì, phối hợp với Báo tỉnh. Thời gian thực hiện: Quý II/2024.",
    )
    para(doc, "1.2. Tổ chức họp báo định kỳ; Văn phòng Ủy ban nhân dân tỉnh chủ trì. Thường xuyên.")
    para(doc, "2. Tập huấn, bồi dưỡng", bold=True)
    para(
        doc,
        "2.1. Tổ chức hội nghị tập huấn kỹ năng truyền thông chính sách cho cán bộ đầu "
        "mối; Sở Nội vụ chủ trì; hoàn thành trước ngày 15/12/2024.",
    )
    para(doc, "Nội dung tập huấn gồm kỹ năng viết tin, trả lời phỏng vấn và xử lý tình huống.")
    para(doc, "III. KINH PHÍ", bold=True)
    para(doc, "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh theo phân cấp hiện hành.")
    budget_table(doc, _BUDGET)
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Sở Thông tin và Truyền thông", bold=True)
    para(doc, "Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả.")
    para(doc, "2. Sở Tài chính", bold=True)
    para(doc, "Tham mưu bố trí kinh phí thực hiện Kế hoạch.")


def typed_plan(path: Path) -> Path:
    """A province's Kế hoạch: header table, number with a leading zero, hand-numbered body."""
    doc = docx.Document()
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"],
        "Số: 0155/KH-UBND",
        "Ninh Bình, ngày 05 tháng 3 năm 2024",
    )
    para(doc, "KẾ HOẠCH", bold=True)
    para(doc, "Truyền thông chính sách năm 2024", bold=True)
    para(
        doc,
        "Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng "
        "cường công tác truyền thông chính sách;",
    )
    para(doc, "Thời gian qua, công tác truyền thông chính sách của tỉnh đạt nhiều kết quả.")
    para(doc, "Ủy ban nhân dân tỉnh ban hành Kế hoạch truyền thông chính sách năm 2024 như sau:")
    _body(doc)
    _signature(
        doc,
        ["Bộ Thông tin và Truyền thông (để b/c)", "Các sở, ban, ngành tỉnh", "Lưu: VT, VX"],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn An"],
    )
    doc.save(str(path))
    return path


def typed_decision(path: Path) -> Path:
    """A Quyết định with its attached plan; the header typed as paragraphs with tabs."""
    doc = docx.Document()
    para(doc, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    para(doc, "\tĐộc lập - Tự do - Hạnh phúc")
    para(doc, "Số: 12/QĐ-STTTT\tHà Nam, ngày 10 tháng 01 năm 2024")
    para(doc, "QUYẾT ĐỊNH", bold=True)
    para(doc, "Ban hành Kế hoạch truyền thông chính sách năm 2024", bold=True)
    para(doc, "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG", bold=True)
    para(doc, "Căn cứ Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ;")
    para(doc, "Theo đề nghị của Trưởng phòng Thông tin - Báo chí - Xuất bản.")
    para(doc, "QUYẾT ĐỊNH:", bold=True)
    para(doc, "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông chính sách năm 2024.")
    para(doc, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    para(
        doc,
        "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.",
    )
    _signature(doc, ["Như Điều 3", "Lưu: VT, TTBCXB"], ["GIÁM ĐỐC", "", "Trần Thị Bình"])
    doc.add_page_break()
    para(doc, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    para(doc, "KẾ HOẠCH", bold=True)
    para(doc, "Truyền thông chính sách năm 2024", bold=True)
    para(doc, "(Kèm theo Quyết định số 12/QĐ-STTTT ngày 10/01/2024 của Giám đốc Sở)")
    _body(doc)
    doc.save(str(path))
    return path
