"""Two more plans typed in Word, shaped unlike those in office.py.

A ward's plan typed with paragraphs only (header lines split by tabs, signature as paragraphs),
and a province's plan with a 2x2 header table, hand-numbered "Nhóm giải pháp" headings with
"a)" items, and a budget table whose source rows are merged across the columns.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document

from tests.importer.office import budget_table, header_table, para


def _para(doc: Document, text: str, *, bold: bool = False) -> None:
    para(doc, text, bold=bold, size=13)


def ward_plan(path: Path) -> Path:
    """Phường La Khê: every line a paragraph, the two header columns separated by a tab."""
    doc = docx.Document()
    _para(doc, "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(doc, "PHƯỜNG LA KHÊ\tĐộc lập - Tự do - Hạnh phúc", bold=True)
    _para(doc, "Số: 192/KH-UBND\tLa Khê, ngày 30 tháng 12 năm 2023")
    _para(doc, "KẾ HOẠCH", bold=True)
    _para(doc, "Tuyên truyền phổ biến chính sách, pháp luật năm 2024", bold=True)
    _para(
        doc,
        "Thực hiện Kế hoạch số 215/KH-UBND ngày 20/12/2023 của UBND quận Hà Đông về "
        "tuyên truyền phổ biến chính sách, pháp luật năm 2024, UBND phường La Khê xây dựng "
        "Kế hoạch như sau:",
    )
    _para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    _para(doc, "1. Mục đích:", bold=True)
    _para(doc, "- Nâng cao nhận thức của cán bộ, nhân dân trên địa bàn phường;")
    _para(doc, "- Tạo đồng thuận xã hội trong thực hiện chính sách mới.")
    _para(doc, "2. Yêu cầu:", bold=True)
    _para(doc, "- Tuyên truyền kịp thời, đúng nội dung, phù hợp với từng đối tượng.")
    _para(doc, "II. NỘI DUNG", bold=True)
    _para(
        doc,
        "1. Tuyên truyền trên hệ thống loa truyền thanh phường. Văn phòng HĐND - UBND "
        "phường chủ trì. Thời gian: Quý I/2024.",
    )
    _para(
        doc,
        "2. Treo băng rôn, khẩu hiệu tại các tuyến phố chính. Văn phòng HĐND - UBND "
        "phường chủ trì. Thời gian: Quý I/2024.",
    )
    _para(
        doc,
        "3. Tổ chức hội nghị phổ biến chính sách cho tổ dân phố. Công an phường chủ trì. "
        "Thời gian: Quý II/2024.",
    )
    _para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    _para(doc, "1. Văn phòng HĐND - UBND phường", bold=True)
    _para(doc, "Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND quận.")
    _para(doc, "2. Công an phường", bold=True)
    _para(doc, "Phối hợp tổ chức hội nghị phổ biến chính sách tại các tổ dân phố.")
    _para(doc, "TM. ỦY BAN NHÂN DÂN", bold=True)
    _para(doc, "CHỦ TỊCH", bold=True)
    _para(doc, "")
    _para(doc, "Lê Văn Cường", bold=True)
    _para(doc, "Nơi nhận:", bold=True)
    _para(doc, "- UBND quận Hà Đông (để b/c);")
    _para(doc, "- Các tổ dân phố;")
    _para(doc, "- Lưu: VT.")
    doc.save(str(path))
    return path


BUDGET = [
    ("STT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"),
    ("I", "Ngân sách tỉnh", None, None, None, "70.000.000"),
    ("1", "Sản xuất phóng sự truyền hình", "phóng sự", "4", "10.000.000", "40.000.000"),
    ("2", "In tờ gấp tuyên truyền", "tờ", "3000", "10.000", "30.000.000"),
    ("II", "Nguồn xã hội hóa", None, None, None, "5.000.000"),
    ("1", "Cuộc thi tìm hiểu chính sách trực tuyến", "cuộc", "1", "5.000.000", "5.000.000"),
    ("", "Tổng cộng", None, None, None, "75.000.000"),
]


def province_plan(path: Path) -> Path:
    """Tỉnh Hà Giang: 2x2 header table, solution groups with a) b) items, a budget table."""
    doc = docx.Document()
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"],
        "Số: 88/KH-UBND",
        "Hà Giang, ngày 12 tháng 4 năm 2024",
    )
    _para(doc, "KẾ HOẠCH", bold=True)
    _para(doc, "Truyền thông chính sách chuyển đổi số năm 2024", bold=True)
    _para(
        doc,
        "Thực hiện Quyết định số 1002/QĐ-TTg ngày 18/8/2023 của Thủ tướng Chính phủ; "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    )
    _para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    _para(doc, "- Nâng cao nhận thức của người dân về chuyển đổi số.")
    _para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    _para(doc, "1. Nhóm giải pháp về truyền thông trên báo chí", bold=True)
    _para(
        doc,
        "a) Sản xuất phóng sự truyền hình về chuyển đổi số; Đài Phát thanh và Truyền hình "
        "tỉnh chủ trì. Thời gian: Quý II/2024.",
    )
    _para(
        doc,
        "b) Đăng tải tin, bài trên Cổng thông tin điện tử tỉnh; Sở Thông tin và Truyền "
        "thông chủ trì. Thường xuyên.",
    )
    _para(doc, "2. Nhóm giải pháp về truyền thông cơ sở", bold=True)
    _para(
        doc,
        "a) In, phát hành tờ gấp tuyên truyền tại các xã; Sở Thông tin và Truyền thông "
        "chủ trì; hoàn thành trước ngày 30/9/2024.",
    )
    _para(
        doc,
        "b) Tổ chức cuộc thi tìm hiểu chính sách trực tuyến; Tỉnh đoàn chủ trì. "
        "Thời gian: Quý III/2024.",
    )
    _para(doc, "III. KINH PHÍ", bold=True)
    _para(doc, "Kinh phí thực hiện từ ngân sách tỉnh và nguồn xã hội hóa.")
    budget_table(doc, BUDGET)
    _para(doc, "Bằng chữ: Bảy mươi lăm triệu đồng chẵn.")
    _para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    _para(doc, "1. Sở Thông tin và Truyền thông", bold=True)
    _para(doc, "Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.")
    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ Thông tin và Truyền thông;\n- Lưu: VT, KGVX."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn Sơn"
    doc.save(str(path))
    return path
