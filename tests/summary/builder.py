"""A small builder of agencies' plans for the summary tests and the benchmark.

``example_plan`` copies the Nam Định example with another agency's name; ``compact_plan``
writes a short plan whose every figure can be counted by eye from its arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ke-hoach-ubnd-tinh-2022.yaml"


def example_plan(issuer: str, place: str, number: int, date: str) -> str:
    """The Nam Định example plan, issued by another People's Committee."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("issuer: ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", f"issuer: {issuer}", 1)
    text = text.replace("  number: 31\n", f"  number: {number}\n", 1)
    text = text.replace("  place: Nam Định\n", f"  place: {place}\n", 1)
    return text.replace("  date: 07/3/2022\n", f"  date: {date}\n", 1)


@dataclass(frozen=True)
class Compact:
    """What a compact plan holds; each field says one figure of the summary."""

    issuer: str
    level: str = "ubnd_tinh"
    parent: str | None = None
    number: int = 1
    date: str = "10/3/2022"
    full_time: int = 1  # chuyên trách staff, each trained in policy communication
    part_time: int = 1  # kiêm nhiệm staff, each trained in crisis handling
    spokesperson: bool = True
    focal_on: str | None = "15/4/2022"  # None: no focal point at all
    dedicated: bool = True
    rules_amended: bool = True
    reviews_drafts: bool = True
    crisis: bool = True
    report_due: str | None = "25/3/2022"
    budget: dict[str, int] = field(default_factory=dict)  # category -> amount (state budget)
    sponsored: int = 0  # a xã hội hóa line (category khac)


def compact_plan(spec: Compact) -> str:
    """The YAML text of a plan with exactly the figures ``spec`` names."""
    parts = [_head(spec), _units(spec), _staff(spec), _phases_and_activities(spec)]
    parts += [_budget(spec), _crisis(spec), _governance(spec), _reporting(spec)]
    return "".join(parts)


def _head(spec: Compact) -> str:
    parent = f"  parent_agency: {spec.parent}\n" if spec.parent else ""
    return (
        "schema_version: 1\nprofiles: [cv-btttt-2022]\ndocument:\n"
        f"{parent}  issuer: {spec.issuer}\n  issuer_level: {spec.level}\n"
        f"  number: {spec.number}\n  symbol: KH-UBND\n  place: Hà Nội\n  date: {spec.date}\n"
        "  title: Truyền thông chính sách năm 2022\n"
        "  signer: {authority: [KT. CHỦ TỊCH], title: PHÓ CHỦ TỊCH, name: Nguyễn Văn A}\n"
        "period: năm 2022\n"
    )


def _units(spec: Compact) -> str:
    dedicated = "true" if spec.dedicated else "false"
    return (
        "units:\n"
        "  - {id: cq, name: Cơ quan chủ trì, kind: co_quan_chu_tri}\n"
        f"  - {{id: tt, name: Phòng Truyền thông, kind: don_vi_truyen_thong, dedicated: {dedicated}}}\n"
        "  - {id: btttt, name: Bộ Thông tin và Truyền thông, short_name: Bộ TT&TT, kind: co_quan_nhan_bao_cao}\n"
    )


def _staff(spec: Compact) -> str:
    lines = ["staff:\n", "  - {id: ld, name: Lãnh đạo, unit: cq, roles: [lanh_dao_phu_trach]}\n"]
    for i in range(spec.full_time):
        roles = "[dau_moi, nguoi_phat_ngon]" if i == 0 and spec.spokesperson else "[dau_moi]"
        lines.append(
            f"  - {{id: ct{i}, name: Chuyên trách {i}, unit: tt, roles: {roles},"
            " employment: chuyen_trach, trainings: [{topic: truyen_thong_chinh_sach}],"
            ' contact: {phone: "0912345678"}}\n'
        )
    lines += [
        f"  - {{id: kn{i}, name: Kiêm nhiệm {i}, unit: tt, roles: [xu_ly_khung_hoang],"
        " employment: kiem_nhiem, trainings: [{topic: xu_ly_khung_hoang}]}\n"
        for i in range(spec.part_time)
    ]
    if spec.focal_on is not None:
        lines.append(
            f"focal_point: {{staff: ct0, liaison_with: btttt, designated_on: {spec.focal_on}}}\n"
        )
    return "".join(lines)


def _phases_and_activities(spec: Compact) -> str:
    del spec
    return (
        "phases:\n"
        "  - {id: p1, kind: soan_thao, start: tháng 1/2022, end: tháng 6/2022}\n"
        "  - {id: p2, kind: thuc_thi, start: tháng 7/2022, end: tháng 12/2022}\n"
        "activities:\n"
        "  - {id: a1, title: Phản biện dự thảo, type: phan_bien_du_thao, phase: p1, owner: tt, start: tháng 3/2022, end: tháng 4/2022}\n"
        "  - {id: a2, title: Đặt hàng báo chí, type: dat_hang_bao_chi, phase: p2, owner: tt, start: tháng 8/2022, end: tháng 9/2022}\n"
        "  - {id: a3, title: Theo dõi thông tin, type: theo_doi_thong_tin, phase: p2, owner: tt, start: tháng 8/2022, end: tháng 11/2022}\n"
    )


def _budget(spec: Compact) -> str:
    if not spec.budget and not spec.sponsored:
        return ""
    lines = [
        "budget:\n  sources:\n",
        f"    - {{id: ns, kind: {_state_budget(spec)}, name: Ngân sách nhà nước}}\n",
        "    - {id: xhh, kind: xa_hoi_hoa, name: Xã hội hóa, sponsor: Doanh nghiệp X, legal_basis: Nghị định 16/2015/NĐ-CP}\n",
        "  lines:\n",
    ]
    for i, (category, amount) in enumerate(spec.budget.items()):
        lines.append(
            f"    - {{id: b{i}, activity: a2, category: {category}, description: Chi {category},"
            f" quantity: 1, unit: gói, unit_price: {amount}, source: ns}}\n"
        )
    if spec.sponsored:
        lines.append(
            "    - {id: bx, activity: a2, category: khac, description: Tài trợ, quantity: 1,"
            f" unit: gói, unit_price: {spec.sponsored}, source: xhh}}\n"
        )
    return "".join(lines)


def _crisis(spec: Compact) -> str:
    if not spec.crisis:
        return ""
    return (
        "crisis:\n"
        "  team: [{role: truong_nhom, staff: ld}, {role: nguoi_phat_ngon, staff: ct0}]\n"
        "  levels:\n"
        "    - {level: 1, criteria: Tin sai lệch, escalate_to: ct0, first_response_hours: 2}\n"
        "    - {level: 2, criteria: Khủng hoảng, escalate_to: ld, first_response_hours: 1}\n"
        "  scenarios: [{id: k1, description: Tin giả, likelihood: cao, impact: cao}]\n"
        "  holding_statements: [{id: h1, scenario: k1, text: Chúng tôi đang xác minh., covers: [known_facts, actions, empathy, next_update, contact]}]\n"
        "  monitoring_activity: a3\n"
    )


def _governance(spec: Compact) -> str:
    amended = "true" if spec.rules_amended else "false"
    reviews = "true" if spec.reviews_drafts else "false"
    return (
        f"governance: {{working_rules_amended: {amended}, comms_unit_reviews_drafts: {reviews}}}\n"
    )


def _reporting(spec: Compact) -> str:
    if spec.report_due is None:
        return ""
    return (
        "reporting:\n"
        f"  reports: [{{id: r1, recipient: btttt, due: {spec.report_due}, content: Báo cáo Bộ}}]\n"
        "  evaluation: {framework: amec, schedule: tháng 12/2022}\n"
    )


def _state_budget(spec: Compact) -> str:
    local = spec.level in {"ubnd_tinh", "so_nganh", "ubnd_xa"}
    return "ngan_sach_dia_phuong" if local else "ngan_sach_trung_uong"


FULL = {
    "dat_hang_bao_chi": 100_000_000,
    "dao_tao_boi_duong": 20_000_000,
    "dich_vu_cntt_theo_doi": 30_000_000,
    "khao_sat_tham_do": 10_000_000,
}

FIXTURES: dict[str, Compact] = {
    "ha-nam.yaml": Compact("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", number=12, full_time=2, budget=FULL),
    # An older plan of the same province: superseded by ha-nam.yaml (later date).
    "cu/ha-nam-cu.yaml": Compact(
        "UBND TỈNH HÀ NAM", number=3, date="01/02/2022", full_time=5, budget=FULL
    ),
    "thai-binh.yaml": Compact(
        "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
        part_time=0,
        focal_on=None,
        dedicated=False,
        rules_amended=False,
        reviews_drafts=False,
        report_due=None,
    ),
    "ninh-binh.yaml": Compact(
        "Uỷ ban nhân dân tỉnh Ninh Bình",
        focal_on="20/7/2022",
        budget={"dat_hang_bao_chi": 50_000_000},
    ),
    "hung-yen.yaml": Compact(
        "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
        crisis=False,
        budget={"dao_tao_boi_duong": 40_000_000},
        sponsored=25_000_000,
    ),
    "ha-noi.yaml": Compact(
        "UBND THÀNH PHỐ HÀ NỘI",
        full_time=3,
        part_time=2,
        budget={"danh_gia_tac_dong": 60_000_000, "hoi_nghi_hoi_thao": 15_000_000},
    ),
    "quang-ninh.yaml": Compact(
        "UBND TỈNH QUẢNG NINH", part_time=0, budget={"dat_hang_bao_chi": 30_000_000}
    ),
    "bo-tu-phap.yaml": Compact("BỘ TƯ PHÁP", level="bo", budget={"dat_hang_bao_chi": 200_000_000}),
    "bo-y-te.yaml": Compact(
        "BỘ Y TẾ", level="bo", report_due="15/4/2022", budget={"khao_sat_tham_do": 12_000_000}
    ),
    "nhnn.yaml": Compact(
        "VỤ TRUYỀN THÔNG", parent="NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", level="co_quan_ngang_bo"
    ),
    "bql-kkt.yaml": Compact(
        "BAN QUẢN LÝ KHU KINH TẾ TỈNH",
        level="so_nganh",
        budget={"dich_vu_cntt_theo_doi": 5_000_000},
    ),
}
RENDERED = (
    "lao-cai",
    Compact("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", budget={"dat_hang_bao_chi": 80_000_000}),
)
BROKEN = "schema_version: 1\ndocument:\n  issuer: UBND TỈNH CAO BẰNG\n  issuer_level: tinh\n"


def build_folder(folder: Path) -> Path:
    """The plans the Ministry received, minus the rendered .docx (see ``RENDERED``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nam-dinh.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for name, spec in FIXTURES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(compact_plan(spec), encoding="utf-8")
    (folder / "cao-bang.yaml").write_text(BROKEN, encoding="utf-8")
    return folder
