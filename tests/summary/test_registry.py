"""The agency lists: counts from their legal sources, name matching, the user's own list."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.errors import ConfigError
from commplan.summary.registry import load_registry, match_key
from tests.summary.builder import Compact, compact_plan

Cli = Callable[..., Any]


def _levels(edition: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for agency in load_registry(edition).edition.agencies:
        counts[agency.level] = counts.get(agency.level, 0) + 1
    return counts


def test_2022_edition_counts() -> None:
    # NQ 08/2021/QH15: 18 bộ, 4 cơ quan ngang bộ; 9 cơ quan thuộc CP; 63 tỉnh, thành phố.
    assert _levels("vn-2022") == {
        "bo": 18,
        "co_quan_ngang_bo": 4,
        "co_quan_thuoc_cp": 9,
        "ubnd_tinh": 63,
    }


def test_2025_edition_counts_and_predecessors() -> None:
    # NQ 176/2025/QH15: 14 bộ, 3 cơ quan ngang bộ; NQ 202/2025/QH15: 34 tỉnh, thành phố.
    assert _levels("vn-2025") == {
        "bo": 14,
        "co_quan_ngang_bo": 3,
        "co_quan_thuoc_cp": 5,
        "ubnd_tinh": 34,
    }
    registry = load_registry("vn-2025")
    ninh_binh = registry.match("UBND tỉnh Ninh Bình")
    assert ninh_binh is not None
    assert ninh_binh.predecessors == ["tinh-ninh-binh", "tinh-ha-nam", "tinh-nam-dinh"]
    old = {a.id for a in load_registry("vn-2022").edition.agencies}
    assert all(p in old for a in registry.edition.agencies for p in a.predecessors)


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "tinh-nam-dinh"),
        ("UBND tỉnh Nam Định", "tinh-nam-dinh"),
        (unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Thanh Hoá"), "tinh-thanh-hoa"),
        ("UBND TP. Hồ Chí Minh", "tp-ho-chi-minh"),
        ("TP.HCM", "tp-ho-chi-minh"),
        ("Bộ TT&TT", "bo-thong-tin-va-truyen-thong"),
        ("BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN", "bo-nong-nghiep-va-phat-trien-nong-thon"),
        ("Tỉnh Bà Rịa – Vũng Tàu", "tinh-ba-ria-vung-tau"),
    ],
)
def test_names_match_after_normalising(name: str, agency: str) -> None:
    found = load_registry("vn-2022").match(" ".join(name.split()))
    assert found is not None and found.id == agency


def test_no_two_names_of_an_edition_collide() -> None:
    for edition in ("vn-2022", "vn-2025"):
        keys: dict[str, str] = {}
        for agency in load_registry(edition).edition.agencies:
            for name in (agency.name, *agency.aliases):
                assert keys.setdefault(match_key(name), agency.id) == agency.id, name


def test_the_users_own_list(cli: Cli, tmp_path: Path) -> None:
    own = tmp_path / "ds.yaml"
    own.write_text(
        "id: so-nganh\ntitle: Các sở\nlegal_source: Quyết định 1/QĐ-UBND\nagencies:\n"
        "  - {id: stp, level: ubnd_tinh, name: Sở Tư pháp, aliases: [STP]}\n"
        "  - {id: syt, level: ubnd_tinh, name: Sở Y tế}\n",
        encoding="utf-8",
    )
    plan = tmp_path / "stp.yaml"
    plan.write_text(compact_plan(Compact("SỞ TƯ PHÁP", level="so_nganh")), encoding="utf-8")
    result = cli("summary", str(plan), "--agencies", str(own))
    assert result.exit_code == 0, result.output
    assert "1/2 provinces and cities sent a plan" in result.stdout
    assert "Sở Y tế" in result.stdout


def test_a_broken_list_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "ds.yaml"
    own.write_text(
        "id: x\ntitle: X\nlegal_source: Y\nagencies:\n  - {id: a, name: A}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"agencies\.0\.level"):
        load_registry(str(own))
