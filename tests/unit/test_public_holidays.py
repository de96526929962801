from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from commplan.vn import public_holidays
from commplan.vn.public_holidays import (
    COVERED_YEARS,
    PLAN_DAY_OFF,
    holiday_name,
    is_working_day,
    non_working_reason,
)

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "gen_holidays.py"
REGENERATE = "stale table: run `python scripts/gen_holidays.py` and commit the result"


def _shipped_text() -> str:
    return (files("commplan") / "data" / "holidays_vn.json").read_text(encoding="utf-8")


def _load_generator() -> ModuleType:
    pytest.importorskip(
        "holidays", reason="`holidays` (a test extra) is needed to regenerate the table"
    )
    spec = importlib.util.spec_from_file_location("gen_holidays", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def generated(generator: ModuleType) -> dict[str, Any]:
    table: dict[str, Any] = generator.build_table()
    return table


def _all_days() -> list[date]:
    first, last = date(COVERED_YEARS[0], 1, 1), date(COVERED_YEARS[-1], 12, 31)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# (a) the shipped table agrees with the installed `holidays` package


def test_shipped_data_equals_generated(generated: dict[str, Any]) -> None:
    # The version string alone may differ (an unpinned newer `holidays` in CI); the data may not.
    shipped = json.loads(_shipped_text())
    assert shipped.pop("holidays_version")
    expected = dict(generated)
    expected.pop("holidays_version")
    assert shipped == expected, REGENERATE


def test_shipped_text_is_byte_identical_when_versions_match(
    generator: ModuleType, generated: dict[str, Any]
) -> None:
    if json.loads(_shipped_text())["holidays_version"] != generated["holidays_version"]:
        pytest.skip("table generated with another `holidays` version; data compared above")
    assert _shipped_text() == generator.render(generated), REGENERATE


def test_shipped_text_uses_the_stable_layout(generator: ModuleType) -> None:
    text = _shipped_text()
    assert text == generator.render(json.loads(text))
    assert text.endswith("}\n")


def test_covered_years_match_the_generator(generator: ModuleType) -> None:
    assert range(generator.FIRST_YEAR, generator.LAST_YEAR + 1) == COVERED_YEARS


def test_every_covered_day_agrees_with_the_package(generator: ModuleType) -> None:
    import holidays

    package = holidays.country_holidays("VN", years=COVERED_YEARS, language=generator.LANGUAGE)
    mismatches = [
        day
        for day in _all_days()
        if is_working_day(day) != package.is_working_day(day)
        or holiday_name(day) != package.get(day)
    ]
    assert mismatches == [], REGENERATE


# (b) known facts

TET_2022 = [
    (date(2022, 1, 31), "Giao thừa Tết Nguyên Đán"),
    (date(2022, 2, 1), "Tết Nguyên Đán"),
    (date(2022, 2, 2), "Mùng hai Tết Nguyên Đán"),
    (date(2022, 2, 3), "Mùng ba Tết Nguyên Đán"),
    (date(2022, 2, 4), "Mùng bốn Tết Nguyên Đán"),
]


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2022, 1, 1), "Tết Dương lịch"),  # a Saturday: the holiday is still named
        *TET_2022,
        (date(2022, 4, 10), "Ngày Giỗ Tổ Hùng Vương"),  # a Sunday
        (date(2022, 4, 11), "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"),
        (date(2022, 9, 1), "Quốc khánh"),
        (date(2022, 9, 2), "Quốc khánh"),
        (date(2026, 8, 31), "Ngày nghỉ (thay cho ngày 22/08/2026)"),
        (date(2026, 11, 24), "Ngày Văn hóa Việt Nam"),
    ],
)
def test_national_days_off(day: date, name: str) -> None:
    assert holiday_name(day) == name
    assert non_working_reason(day) == name
    assert not is_working_day(day)


@pytest.mark.parametrize("day", [date(2024, 5, 4), date(2025, 4, 26), date(2026, 8, 22)])
def test_decreed_weekend_working_days(day: date) -> None:
    assert day.weekday() >= 5
    assert holiday_name(day) is None
    assert non_working_reason(day) is None
    assert is_working_day(day)


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2022, 3, 15), None),  # a plain Tuesday
        (date(2022, 3, 19), "Thứ Bảy"),
        (date(2022, 3, 20), "Chủ nhật"),
    ],
)
def test_ordinary_week(day: date, reason: str | None) -> None:
    assert holiday_name(day) is None
    assert non_working_reason(day) == reason
    assert is_working_day(day) is (reason is None)


def test_names_are_nfc() -> None:
    import unicodedata

    names = json.loads(_shipped_text())["days_off"].values()
    assert all(unicodedata.is_normalized("NFC", name) for group in names for name in group)


# plan adjustments win


def test_plan_day_off_wins_over_a_working_day() -> None:
    tuesday = date(2022, 3, 15)
    assert non_working_reason(tuesday, days_off=[tuesday]) == PLAN_DAY_OFF
    assert not is_working_day(tuesday, days_off=[tuesday])


def test_plan_working_day_wins_over_holiday_and_weekend() -> None:
    tet, sunday = date(2022, 2, 1), date(2022, 3, 20)
    assert is_working_day(tet, working_days=[tet])
    assert non_working_reason(sunday, working_days=(sunday,)) is None


def test_plan_day_off_wins_over_a_decreed_working_day() -> None:
    saturday = date(2026, 8, 22)
    assert non_working_reason(saturday, days_off={saturday}) == PLAN_DAY_OFF


def test_date_in_both_plan_lists_counts_as_day_off() -> None:
    tuesday = date(2022, 3, 15)
    assert not is_working_day(tuesday, days_off=[tuesday], working_days=[tuesday])


def test_adjustments_accept_one_shot_iterables() -> None:
    tuesday = date(2022, 3, 15)
    assert not is_working_day(tuesday, days_off=iter([date(2022, 3, 14), tuesday]))


# outside the covered years holidays are unknown


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2019, 9, 2), None),  # Quốc khánh, a Monday, but not covered
        (date(2041, 1, 1), None),  # Tết Dương lịch, a Tuesday, but not covered
        (date(2041, 1, 5), "Thứ Bảy"),
        (date(2019, 9, 1), "Chủ nhật"),
    ],
)
def test_outside_covered_years_only_weekends_count(day: date, reason: str | None) -> None:
    assert day.year not in COVERED_YEARS
    assert holiday_name(day) is None
    assert non_working_reason(day) == reason


def test_plan_day_off_outside_covered_years() -> None:
    day = date(2041, 1, 1)
    assert non_working_reason(day, days_off=[day]) == PLAN_DAY_OFF


def test_holidays_version_is_recorded() -> None:
    assert public_holidays.holidays_version() == json.loads(_shipped_text())["holidays_version"]


# (c) no `holidays` at run time

PROBE = """
import sys
import commplan.vn.public_holidays as h
assert h._calendar.cache_info().currsize == 0, "table read at import time"
from datetime import date
assert h.holiday_name(date(2022, 9, 2)) == "Quốc khánh"
assert h.is_working_day(date(2026, 8, 22))
loaded = sorted(m for m in sys.modules if m == "holidays" or m.startswith("holidays."))
assert not loaded, loaded
"""


def test_runtime_does_not_import_holidays() -> None:
    pythonpath = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, "PYTHONPATH": pythonpath},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
