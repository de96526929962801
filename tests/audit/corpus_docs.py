"""The documents of the corpus (see ``corpus.py``), one builder per document."""

from __future__ import annotations

from docx.document import Document as DocumentObject

from commplan.audit.metrics import text_width
from tests.audit.builder import TEXT_WIDTH, Fmt, add_para, new_doc, rule
from tests.audit.corpus import (
    C13,
    C13B,
    C14B,
    MOTTO,
    NATIONAL,
    body,
    builder,
    closing,
    header_table,
    line_shape,
    new_section,
    runs,
    tabbed_header,
    title,
)

AGENCY = "SỞ TƯ PHÁP"
PLACE_DATE = "Nam Định, ngày 10 tháng 3 năm 2025"
ARCHIVE = "- Lưu: VT, VP."


@builder
def cong_van() -> DocumentObject:
    """A Công văn: V/v under the number, Kính gửi with two addressees, "- Như trên;"."""
    doc = new_doc()
    header_table(doc, AGENCY, "Số: 215/STP-VP", PLACE_DATE, vv="V/v góp ý dự thảo Kế hoạch")
    add_para(doc, "", Fmt(align="center", first_line=0, before=0))
    add_para(doc, "Kính gửi:", Fmt(align="center", first_line=0))
    add_para(doc, "- Sở Nội vụ;", Fmt(first_line=1701))
    add_para(doc, "- Sở Tài chính.", Fmt(first_line=1701))
    body(
        doc,
        [
            "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Tư pháp đề nghị quý Sở góp ý dự thảo "
            "Kế hoạch truyền thông chính sách năm 2025 theo các nội dung sau:",
            "a) Mục tiêu, yêu cầu của Kế hoạch;",
            "b) Nhiệm vụ và phân công thực hiện.",
            "Văn bản góp ý xin gửi về Sở Tư pháp trước ngày 20 tháng 3 năm 2025./.",
        ],
    )
    closing(doc, ["- Như trên;", "- Giám đốc Sở (để b/c);", ARCHIVE])
    return doc


@builder
def to_trinh() -> DocumentObject:
    """A Tờ trình in a header typed with tabs: agency and Quốc hiệu on one line, in one cell.

    Defect: the month "03" takes no leading zero (H8).
    """
    doc = new_doc()
    b13, b12, b14, r13, i14 = (
        Fmt(size=26, bold=True),
        Fmt(size=24, bold=True),
        Fmt(size=28, bold=True),
        Fmt(size=26),
        Fmt(size=28, italic=True),
    )
    tabbed_header(
        doc,
        [
            (("UBND TỈNH NAM ĐỊNH", r13), (NATIONAL, b12)),
            ((AGENCY, b13), (MOTTO, b14)),
        ],
    )
    cell = doc.tables[0].rows[0].cells[0]
    line_shape(cell, 640, 3420)
    runs(
        cell,
        [("Số: 18/TTr-STP", r13), ("\t", r13), ("Nam Định, ngày 12 tháng 03 năm 2025", i14)],
        Fmt(align="left", first_line=0, before=120),
    )
    title(doc, "TỜ TRÌNH", "Đề nghị phê duyệt Kế hoạch truyền thông chính sách năm 2025")
    add_para(doc, "Kính gửi: Ủy ban nhân dân tỉnh Nam Định.", Fmt(align="center", first_line=0))
    body(
        doc,
        [
            "Căn cứ Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022 của Thủ tướng Chính phủ, "
            "Sở Tư pháp kính trình Ủy ban nhân dân tỉnh phê duyệt Kế hoạch như sau:",
            "#I. SỰ CẦN THIẾT",
            "Truyền thông chính sách giúp người dân hiểu và đồng thuận với chính sách mới.",
            "#II. NỘI DUNG ĐỀ NGHỊ",
            "Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.",
        ],
    )
    closing(doc, ["- Như trên;", ARCHIVE], ("GIÁM ĐỐC",), "Lê Thị Hoa")
    return doc


def _decision_head(doc: DocumentObject) -> None:
    header_table(doc, "ỦY BAN NHÂN DÂN", "Số: 05/QĐ-UBND", PLACE_DATE, parent="TỈNH NAM ĐỊNH")
    title(doc, "QUYẾT ĐỊNH", "Ban hành Kế hoạch truyền thông chính sách năm 2025")
    add_para(doc, "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", C14B)
    italic = Fmt(italic=True)
    add_para(doc, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", italic)
    add_para(doc, "Căn cứ Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022,", italic)
    add_para(doc, "Theo đề nghị của Giám đốc Sở Tư pháp.", italic)
    add_para(doc, "QUYẾT ĐỊNH:", C14B)


@builder
def quyet_dinh() -> DocumentObject:
    """A Quyết định with căn cứ, "Theo đề nghị", "QUYẾT ĐỊNH:" and Điều 1, 2, 3.

    Defect: a căn cứ ends with "," instead of ";" (B8), here and in the next document.
    """
    doc = new_doc()
    _decision_head(doc)
    body(
        doc,
        [
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông chính sách năm 2025.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp và các cơ quan "
            "có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ],
    )
    closing(
        doc,
        ["- Như Điều 3;", "- Lưu: VT, NC."],
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        "Phạm Đình Nghị",
    )
    return doc


@builder
def quyet_dinh_ban_hanh_ke_hoach() -> DocumentObject:
    """A Quyết định followed, after a section break, by the Kế hoạch it issues.

    Defects: the articles skip from Điều 1 to Điều 3 (B-ART); the plan's header block has no
    rule under the agency (H6) nor under the Tiêu ngữ (H3).
    """
    doc = new_doc()
    _decision_head(doc)
    body(
        doc,
        [
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông chính sách năm 2025.",
            "Điều 3. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ],
    )
    closing(doc, ["- Như Điều 3;", "- Lưu: VT, NC."], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"))
    new_section(doc)
    from tests.audit.corpus import _table

    table = _table(doc, (3685, 5670), 1)
    left, right = table.rows[0].cells
    add_para(left, "ỦY BAN NHÂN DÂN", C13B)
    add_para(left, "TỈNH NAM ĐỊNH", C13B)
    add_para(right, NATIONAL, Fmt(size=24, bold=True, align="center", first_line=0, before=0))
    add_para(right, MOTTO, C14B)
    title(doc, "KẾ HOẠCH", "Truyền thông chính sách năm 2025")
    add_para(
        doc,
        "(Ban hành kèm theo Quyết định số 05/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân "
        "dân tỉnh Nam Định)",
        Fmt(italic=True, align="center", first_line=0, before=0),
    )
    body(
        doc,
        [
            "#I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao nhận thức của người dân về chính sách mới của tỉnh.",
            "#II. TỔ CHỨC THỰC HIỆN",
            "Sở Tư pháp chủ trì, phối hợp với các cơ quan triển khai Kế hoạch này./.",
        ],
    )
    return doc


@builder
def bao_cao() -> DocumentObject:
    """A Báo cáo whose rules are drawn line shapes.

    Defect: number 7 without its leading zero (H7).
    """
    doc = new_doc()
    header_table(doc, AGENCY, "Số: 7/BC-STP", PLACE_DATE, shapes=True)
    add_para(doc, "", Fmt(align="center", first_line=0, before=0))
    add_para(doc, "BÁO CÁO", C14B)
    subject = "Kết quả truyền thông chính sách quý I năm 2025"
    add_para(doc, subject, C14B)
    line_shape(doc, round(0.4 * text_width(subject, 28, bold=True)))
    body(
        doc,
        [
            "#I. KẾT QUẢ ĐẠT ĐƯỢC",
            "Trong quý I, Sở đã tổ chức 12 hội nghị và đăng 45 tin, bài trên cổng thông tin.",
            "#II. NHIỆM VỤ QUÝ II",
            "Tiếp tục triển khai Kế hoạch truyền thông chính sách năm 2025./.",
        ],
    )
    closing(doc, ["- UBND tỉnh;", ARCHIVE])
    return doc


@builder
def giay_moi() -> DocumentObject:
    """A Giấy mời with its "Thời gian:", "Địa điểm:" lines."""
    doc = new_doc()
    header_table(doc, AGENCY, "Số: 12/GM-STP", PLACE_DATE)
    title(doc, "GIẤY MỜI", "Dự hội nghị triển khai Kế hoạch truyền thông chính sách")
    body(
        doc,
        [
            "Sở Tư pháp trân trọng kính mời đại diện lãnh đạo các sở, ngành dự hội nghị.",
            "Thời gian: 08 giờ 00, ngày 20 tháng 3 năm 2025.",
            "Địa điểm: Hội trường Sở Tư pháp, số 10 đường Trần Hưng Đạo, thành phố Nam Định.",
            "Rất mong đại biểu tham dự đúng thời gian./.",
        ],
    )
    closing(doc, ["- Các sở, ngành;", ARCHIVE])
    return doc


@builder
def thong_bao() -> DocumentObject:
    """A Thông báo whose signature block has an instruction line under the title."""
    doc = new_doc()
    header_table(doc, AGENCY, "Số: 30/TB-STP", PLACE_DATE)
    title(doc, "THÔNG BÁO", "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3")
    body(doc, ["Giám đốc Sở kết luận các phòng hoàn thành nhiệm vụ trước ngày 31 tháng 3./."])
    closing(doc, ["- Các phòng;", ARCHIVE], ("GIÁM ĐỐC", "(Đã ký)"), "Lê Thị Hoa")
    return doc


@builder
def giay_gioi_thieu() -> DocumentObject:
    """A Giấy giới thiệu: no trích yếu in its Mẫu (1.8), "- Như trên;" allowed."""
    doc = new_doc()
    header_table(doc, AGENCY, "Số: 04/GGT-STP", PLACE_DATE)
    add_para(doc, "", Fmt(align="center", first_line=0, before=0))
    add_para(doc, "GIẤY GIỚI THIỆU", C14B)
    rule(doc, TEXT_WIDTH, round(0.4 * text_width("GIẤY GIỚI THIỆU", 28, bold=True)))
    body(
        doc,
        [
            "Sở Tư pháp trân trọng giới thiệu ông Nguyễn Văn An, chuyên viên Văn phòng Sở.",
            "Được cử đến: Sở Thông tin và Truyền thông tỉnh Nam Định.",
            "Đề nghị Quý cơ quan tạo điều kiện để ông có tên ở trên hoàn thành nhiệm vụ./.",
        ],
    )
    closing(doc, ["- Như trên;", "- Lưu: VT."], ("GIÁM ĐỐC",), "Lê Thị Hoa")
    return doc


@builder
def ke_hoach_mot_o() -> DocumentObject:
    """A Kế hoạch whose agency and Quốc hiệu share one paragraph, separated by spaces.

    Defect: "- Như trên;" without a Kính gửi (N4).
    """
    doc = new_doc()
    from tests.audit.corpus import _table

    table = _table(doc, (TEXT_WIDTH, 1), 1)
    cell = table.rows[0].cells[0]
    r13, b12, b13, b14 = (
        Fmt(size=26),
        Fmt(size=24, bold=True),
        Fmt(size=26, bold=True),
        Fmt(size=28, bold=True),
    )
    left = Fmt(align="left", first_line=0, before=0)
    runs(cell, [("UBND TỈNH NAM ĐỊNH", r13), ("        ", r13), (NATIONAL, b12)], left)
    runs(cell, [("SỞ TƯ PHÁP", b13), ("                 ", b13), (MOTTO, b14)], left)
    line_shape(cell, 640, 3420)
    runs(
        cell,
        [("Số: 09/KH-STP", r13), ("\t", r13), (PLACE_DATE, Fmt(size=28, italic=True))],
        Fmt(align="left", first_line=0, before=120),
        tab=6800,
    )
    title(doc, "KẾ HOẠCH", "Truyền thông chính sách năm 2025")
    body(
        doc,
        [
            "#I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao nhận thức của người dân về chính sách mới của tỉnh.",
            "#II. TỔ CHỨC THỰC HIỆN",
            "Các phòng thuộc Sở triển khai thực hiện Kế hoạch này./.",
        ],
    )
    closing(doc, ["- Như trên;", ARCHIVE])
    return doc


@builder
def don_de_nghi() -> DocumentObject:
    """A citizen's petition: Quốc hiệu, no agency or number, a signature typed as paragraphs."""
    doc = new_doc()
    add_para(doc, NATIONAL, Fmt(size=26, bold=True, align="center", first_line=0, before=0))
    add_para(doc, MOTTO, C14B)
    rule(doc, TEXT_WIDTH, text_width(MOTTO, 28, bold=True))
    add_para(doc, "ĐƠN ĐỀ NGHỊ", Fmt(bold=True, align="center", first_line=0))
    add_para(doc, "Kính gửi: Ủy ban nhân dân phường Trần Hưng Đạo", Fmt(first_line=0))
    body(
        doc,
        [
            "Tôi tên là Nguyễn Văn An, sinh năm 1980, cư trú tại phường Trần Hưng Đạo.",
            "Tôi đề nghị Ủy ban nhân dân phường cấp bản sao giấy khai sinh cho con tôi.",
        ],
    )
    add_para(doc, "NGƯỜI LÀM ĐƠN", C14B)
    add_para(doc, "(Ký và ghi rõ họ tên)", Fmt(italic=True, align="center", first_line=0))
    add_para(doc, "", C13)
    add_para(doc, "Nguyễn Văn An", C14B)
    return doc


@builder
def tin_nhan() -> DocumentObject:
    """Not an administrative document at all: a chat transcript pasted into Word."""
    doc = new_doc()
    for line in (
        "[09:01] An: chào mọi người",
        "[09:02] Bình: hôm nay họp lúc mấy giờ?",
        "[09:05] An: 2 giờ chiều nhé",
        "- ok",
        "1. nhớ mang laptop",
    ):
        add_para(doc, line, Fmt(size=22, align="left", first_line=0, before=0))
    return doc


@builder
def chi_thi_mot_o() -> DocumentObject:
    """A Chỉ thị whose header is one cell: agency lines stacked above the Quốc hiệu."""
    doc = new_doc()
    from tests.audit.corpus import _table

    table = _table(doc, (TEXT_WIDTH, 1), 1)
    cell = table.rows[0].cells[0]
    add_para(cell, "ỦY BAN NHÂN DÂN", C13B)
    add_para(cell, "TỈNH NAM ĐỊNH", C13B)
    line_shape(cell, 1100)
    add_para(cell, NATIONAL, Fmt(size=24, bold=True, align="center", first_line=0, before=0))
    add_para(cell, MOTTO, C14B)
    line_shape(cell, text_width(MOTTO, 28, bold=True))
    add_para(cell, "Số: 02/CT-UBND", C13)
    add_para(cell, PLACE_DATE, Fmt(size=28, italic=True, align="center", first_line=0, before=0))
    title(doc, "CHỈ THỊ", "Về tăng cường công tác truyền thông chính sách")
    body(
        doc,
        [
            "Thời gian qua, công tác truyền thông chính sách trên địa bàn tỉnh đã đạt kết quả.",
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị này./.",
        ],
    )
    closing(doc, ["- Các sở, ngành;", "- Lưu: VT, NC."], ("CHỦ TỊCH",), "Phạm Đình Nghị")
    return doc


@builder
def bien_ban() -> DocumentObject:
    """A Biên bản (Mẫu 1.9): no place and date, two signatures, Nơi nhận under them."""
    doc = new_doc()
    header_table(doc, AGENCY, "Số: 03/BB-STP", None)
    title(doc, "BIÊN BẢN", "Họp góp ý dự thảo Kế hoạch truyền thông chính sách năm 2025")
    body(
        doc,
        [
            "Thời gian bắt đầu: 08 giờ 00, ngày 14 tháng 3 năm 2025.",
            "Địa điểm: Phòng họp Sở Tư pháp.",
            "Nội dung: các đại biểu thống nhất thông qua dự thảo Kế hoạch.",
            "Cuộc họp kết thúc vào 10 giờ 30 cùng ngày./.",
        ],
    )
    from tests.audit.corpus import _table

    table = _table(doc, (4677, 4678), 4)
    rows = table.rows
    add_para(rows[0].cells[0], "THƯ KÝ", C14B)
    add_para(rows[0].cells[1], "CHỦ TỌA", C14B)
    for cell in (*rows[1].cells,):
        add_para(cell, "", C14B)
    add_para(rows[2].cells[0], "Nguyễn Thị Mai", C14B)
    add_para(rows[2].cells[1], "Trần Văn Bình", C14B)
    left = Fmt(size=22, align="left", first_line=0, before=0)
    add_para(
        rows[3].cells[0],
        "Nơi nhận:",
        Fmt(size=24, bold=True, italic=True, align="left", first_line=0, before=0),
    )
    add_para(rows[3].cells[0], "- Các đại biểu dự họp;", left)
    add_para(rows[3].cells[0], "- Lưu: VT, Hồ sơ.", left)
    add_para(rows[3].cells[1], "", C13)
    return doc
