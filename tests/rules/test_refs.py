"""REF-001 to REF-004 and TEXT-003: table-driven over small plans, asserting line and column."""

from __future__ import annotations

import pytest

from tests.helpers import positions

UNITS = """\
units:
  - {id: stttt, name: Sở Thông tin và Truyền thông, kind: don_vi_truyen_thong}
  - {id: baond, name: Báo Nam Định, kind: co_quan_bao_chi}
"""


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS
            + "activities:\n  - {id: a1, title: T, type: khac, owner: stttt, partners: [baond], start: tháng 1/2022, end: tháng 1/2022}\n",
            [],
            id="all-known",
        ),
        pytest.param(
            UNITS
            + "activities:\n  - {id: a1, title: T, type: khac, owner: sttt, start: tháng 1/2022, end: tháng 1/2022}\n",
            [(5, 43)],
            id="owner-typo",
        ),
        pytest.param(
            UNITS
            + "activities:\n  - id: a1\n    title: T\n    type: khac\n    owner: stttt\n    partners: [baond, vtv]\n    start: tháng 1/2022\n    end: tháng 1/2022\n",
            [(9, 23)],
            id="partner-in-flow-list",
        ),
        pytest.param(
            UNITS
            + "activities:\n  - {id: a1, title: T, type: khac, owner: stttt, start: tháng 1/2022, end: tháng 1/2022}\n"
            + "staff:\n  - {id: s1, name: Nguyễn Văn A, unit: so}\n"
            + "focal_point: {staff: s1, liaison_with: btttt}\n",
            [(7, 40), (8, 40)],
            id="staff-unit-and-liaison",
        ),
    ],
)
def test_ref_002_unit_references(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, "REF-002") == expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            UNITS
            + "phases:\n  - {id: p1, kind: thuc_thi, start: năm 2022, end: năm 2022}\n"
            + "activities:\n  - {id: a1, title: T, type: khac, phase: p2, owner: stttt, start: tháng 1/2022, end: tháng 1/2022, depends_on: [a0]}\n",
            [(7, 43), (7, 114)],
            id="phase-and-dependency",
        ),
        pytest.param(
            UNITS
            + "activities:\n  - {id: a1, title: T, type: khac, owner: stttt, start: tháng 1/2022, end: tháng 1/2022}\n"
            + "budget:\n  sources: [{id: ns, kind: ngan_sach_dia_phuong, name: Ngân sách tỉnh}]\n"
            + "  lines:\n    - {id: b1, activity: a2, category: khac, description: x, quantity: 1, unit: gói, unit_price: 1000, source: nsx}\n",
            [(9, 26), (9, 112)],
            id="budget-line-activity-and-source",
        ),
        pytest.param(
            UNITS
            + "activities:\n  - {id: a1, title: T, type: khac, owner: stttt, start: tháng 1/2022, end: tháng 1/2022}\n"
            + "crisis:\n  monitoring_activity: a9\n",
            [(7, 24)],
            id="crisis-monitoring",
        ),
    ],
)
def test_ref_003_other_references(snippet: str, expected: list[tuple[int, int]]) -> None:
    assert positions(snippet, "REF-003") == expected


def test_ref_001_duplicate_ids_point_at_the_second() -> None:
    snippet = (
        UNITS
        + "  - {id: stttt, name: Trùng, kind: co_quan_phoi_hop}\nactivities:\n  - {id: a1, title: T, type: khac, owner: stttt, start: tháng 1/2022, end: tháng 1/2022}\n"
    )
    assert positions(snippet, "REF-001") == [(4, 10)]


def test_ref_004_unused_items() -> None:
    snippet = (
        UNITS
        + "  - {id: thua, name: Không dùng, kind: co_quan_phoi_hop}\n"
        + "  - {id: conviec, name: Có nhiệm vụ, kind: co_quan_phoi_hop, duties: [Phối hợp]}\n"
        + "audiences:\n  - {id: dan, name: Người dân, kind: nguoi_dan}\n"
        + "activities:\n  - {id: a1, title: T, type: khac, owner: stttt, partners: [baond], start: tháng 1/2022, end: tháng 1/2022}\n"
    )
    assert positions(snippet, "REF-004") == [(4, 10), (7, 10)]


def test_text_003_legal_basis_prefix() -> None:
    snippet = (
        UNITS
        + "activities: []\nlegal_bases:\n  - Luật Báo chí năm 2016\n  - Căn cứ Nghị định 09/2017/NĐ-CP\n"
    )
    assert positions(snippet, "TEXT-003") == [(7, 5)]
