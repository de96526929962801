"""``commplan summary`` over the fixture folder: every figure counted by hand.

The folder (``builder.build_folder``) holds 15 documents: the Nam Định example, 10 compact
plans, an older Hà Nam plan (superseded), a broken plan (Cao Bằng), a rendered .docx (Lào
Cai) and a .docx without a plan. Hand counts, from the ``Compact`` arguments and the example:

staff (total / chuyên trách / kiêm nhiệm): Nam Định 7/3/2, Hà Nam 4/2/1, Thái Bình 2/1/0,
Ninh Bình 3/1/1, Hưng Yên 3/1/1, Hà Nội 6/3/2, Quảng Ninh 2/1/0, Lào Cai 3/1/1, Tư pháp 3/1/1,
Y tế 3/1/1, NHNN 3/1/1, BQL KKT 3/1/1 -> 42 / 17 / 12.
budget (triệu đồng): Nam Định 1,422 (báo chí 700, đào tạo 90, CNTT 162, khảo sát 105, đánh giá
60, khác 305), Hà Nam 160, Ninh Bình 50, Hưng Yên 65 (25 xã hội hóa), Hà Nội 75, Quảng Ninh 30,
Lào Cai 80, Tư pháp 200, Y tế 12, BQL KKT 5 -> 2,099; bộ 212, tỉnh 1,887.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.summary.builder import RENDERED, build_folder, compact_plan

Cli = Callable[..., Any]
M = 1_000_000


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from commplan.cli import app

    root = build_folder(tmp_path_factory.mktemp("received"))
    plan = tmp_path_factory.mktemp("lao-cai") / f"{RENDERED[0]}.yaml"
    plan.write_text(compact_plan(RENDERED[1]), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(plan), "-o", str(root / "lao-cai.docx")])
    assert result.exit_code == 0, result.output
    letter = docx.Document()
    letter.add_paragraph("Kính gửi: Bộ Thông tin và Truyền thông")
    letter.save(str(root / "cong-van.docx"))
    return root


def _data(cli: Cli, folder: Path) -> dict[str, Any]:
    result = cli("summary", str(folder), "--format", "json")
    assert result.exit_code == 1  # the broken plan and the letter are findings
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["agency_id"] or r["agency"]: r for r in rows}


def test_every_agency_row_and_its_figures(cli: Cli, folder: Path) -> None:
    rows = _by_id(_data(cli, folder)["tables"]["agencies"])
    assert sorted(rows) == sorted(
        [
            "bo-tu-phap",
            "bo-y-te",
            "ngan-hang-nha-nuoc-viet-nam",
            "tp-ha-noi",
            "tinh-ha-nam",
            "tinh-hung-yen",
            "tinh-lao-cai",
            "tinh-nam-dinh",
            "tinh-ninh-binh",
            "tinh-quang-ninh",
            "tinh-thai-binh",
            "BAN QUẢN LÝ KHU KINH TẾ TỈNH",
        ]
    )
    nam_dinh = rows["tinh-nam-dinh"]
    assert (nam_dinh["staff_total"], nam_dinh["staff_full_time"], nam_dinh["staff_part_time"]) == (
        7,
        3,
        2,
    )
    assert (nam_dinh["trained_policy"], nam_dinh["trained_crisis"]) == (2, 3)
    assert nam_dinh["focal_point_date"] == "2022-04-15" and nam_dinh["focal_point_on_time"] == "Có"
    assert nam_dinh["report_due"] == "2022-03-25" and nam_dinh["report_on_time"] == "Có"
    assert nam_dinh["budget_total"] == 1_422 * M and nam_dinh["number"] == "31/KH-UBND"
    # The later Hà Nam plan counts (2 full-time staff), not the older one (5).
    assert (
        rows["tinh-ha-nam"]["staff_full_time"] == 2
        and rows["tinh-ha-nam"]["number"] == "12/KH-UBND"
    )
    thai_binh = rows["tinh-thai-binh"]
    assert thai_binh["focal_point"] == "Không" and thai_binh["focal_point_on_time"] is None
    assert thai_binh["dedicated_unit"] == "Không" and thai_binh["report_due"] is None
    assert rows["tinh-ninh-binh"]["focal_point_on_time"] == "Không"
    assert rows["tinh-hung-yen"]["crisis_section"] == "Không"
    assert rows["bo-y-te"]["report_on_time"] == "Không"
    assert rows["tinh-lao-cai"]["file"].endswith("lao-cai.docx")
    assert rows["BAN QUẢN LÝ KHU KINH TẾ TỈNH"]["matched"] == "Không"
    assert rows["ngan-hang-nha-nuoc-viet-nam"]["level"] == "Bộ, ngành"
    assert all(r["draft_review_activities"] == 1 for k, r in rows.items() if k != "tinh-nam-dinh")


def test_budget_by_category_and_source(cli: Cli, folder: Path) -> None:
    budget = _data(cli, folder)["tables"]["budget"]

    def total(key: str) -> int:
        return sum(r[key] for r in budget)

    assert total("dat_hang_bao_chi") == 1_160 * M
    assert total("dao_tao_boi_duong") == 150 * M
    assert total("dich_vu_cntt_theo_doi") == 197 * M
    assert total("khao_sat_tham_do") == 127 * M
    assert total("danh_gia_tac_dong") == 120 * M
    assert total("khac") == 345 * M
    assert total("xa_hoi_hoa") == 25 * M
    assert total("ngan_sach_nha_nuoc") == 2_074 * M
    assert total("nguon_khac") == 0
    assert total("budget_total") == 2_099 * M


def test_compliance_missing_and_problems(cli: Cli, folder: Path) -> None:
    tables = _data(cli, folder)["tables"]
    failing: dict[str, list[str]] = {}
    for row in tables["compliance"]:
        for rule, cell in row.items():
            if rule != "agency" and cell not in (None, "Đạt"):
                failing.setdefault(rule, []).append(row["agency"])
    assert failing["ORG-001"] == ["Tỉnh Thái Bình"]
    assert failing["ORG-006"] == ["Tỉnh Ninh Bình"]
    assert sorted(failing["ORG-005"]) == ["Tỉnh Hưng Yên", "Tỉnh Quảng Ninh", "Tỉnh Thái Bình"]
    assert failing["CRI-001"] == ["Tỉnh Hưng Yên"]
    assert sorted(failing["REP-001"]) == ["Bộ Y tế", "Tỉnh Thái Bình"]
    assert "ORG-004" not in failing and "ORG-007" not in failing
    assert len(tables["missing"]) == 83  # 31 - 3 ministries, 63 - 8 provinces
    problems = {Path(p["file"]).name: p for p in tables["problems"]}
    assert problems["cao-bang.yaml"]["status"] == "Không tổng hợp được"
    assert (
        problems["cao-bang.yaml"]["rule"] == "SCHEMA"
        and problems["cao-bang.yaml"]["position"] == "1:1"
    )
    assert problems["cong-van.docx"]["rule"] == "DOCX-001"
    assert problems["ha-nam-cu.yaml"]["status"] == "Đã được thay thế"


def test_text_totals(cli: Cli, folder: Path) -> None:
    result = cli("--lang", "vi", "summary", str(folder))
    out = result.stdout
    assert result.exit_code == 1
    assert "8/63 tỉnh, thành phố đã gửi kế hoạch" in out
    assert "7/63 tỉnh, thành phố đã cử đầu mối" in out
    assert "6/63 tỉnh, thành phố đã cử đầu mối đúng hạn" in out
    assert "2/31 bộ, cơ quan đã có báo cáo gửi Bộ đúng hạn" in out
    assert "42" in out and "17" in out and "12" in out
    assert "2.099.000.000" in out and "212.000.000" in out and "1.887.000.000" in out
    assert "cao-bang.yaml:1:1" in out and "cong-van.docx:1:1" in out


def test_csv_has_a_bom_and_one_row_per_agency(cli: Cli, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "tong-hop.csv"
    assert cli("summary", str(folder), "-o", str(target)).exit_code == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Cơ quan" and len(rows) == 13


@pytest.mark.soffice
def test_workbook_opens_in_calc(cli: Cli, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "tong-hop.xlsx"
    assert cli("summary", str(folder), "-o", str(target)).exit_code == 1
    soffice = shutil.which("soffice")
    assert soffice is not None
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    rows = list(csv.reader(io.StringIO((tmp_path / "tong-hop.csv").read_text(encoding="utf-8"))))
    assert rows[0][0] == "Cơ quan" and rows[0][9] == "Tổng số cán bộ"
    # The SUM line carries its value: 42 staff, 2,099 million đồng.
    assert rows[-1][0] == "Tổng cộng" and rows[-1][9] == "42"
    assert rows[-1][24].replace(",", "").replace(".", "") == "2099000000"
    assert len(rows) == 14


def test_nothing_to_read_is_exit_2(cli: Cli, tmp_path: Path) -> None:
    missing = cli("summary", str(tmp_path / "khong-co"))
    assert missing.exit_code == 2 and "khong-co" in missing.stderr
    (tmp_path / "trong").mkdir()
    empty = cli("summary", str(tmp_path / "trong"))
    assert empty.exit_code == 2 and "trong" in empty.stderr


def test_a_folder_of_documents_only(cli: Cli, folder: Path, tmp_path: Path) -> None:
    only = tmp_path / "chi-docx"
    only.mkdir()
    shutil.copy(folder / "lao-cai.docx", only / "lao-cai.docx")
    result = cli("summary", str(only), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["tables"]["agencies"]
    assert [r["agency_id"] for r in rows] == ["tinh-lao-cai"]
    assert rows[0]["budget_total"] == 80 * M


def test_a_checked_plan_keeps_only_the_lines_shown(cli: Cli, tmp_path: Path) -> None:
    """Memory stays flat: clean files drop their text; a duplicate keeps its number's line."""
    from commplan.check.validate import check_paths
    from tests.conftest import EXAMPLES

    folder = tmp_path / "dup"
    folder.mkdir()
    example = (EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml").read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(example, encoding="utf-8")
    (folder / "b.yaml").write_text(example, encoding="utf-8")
    (folder / "c.yaml").write_text(example.replace("number: 31", "number: 32"), encoding="utf-8")
    results = {Path(r.file).name: r for r in check_paths([str(folder)])}
    assert results["c.yaml"].text is None
    kept = (results["a.yaml"].text or "").splitlines()
    assert kept[9] == "  number: 31" and sum(1 for line in kept if line) == 1
    out = cli("validate", str(folder)).stdout
    assert out.count("  10 |   number: 31") == 2
