"""Vietnamese national days off and working days, for DATE-008.

The calendar is a table generated at build time from the `holidays` package by
`scripts/gen_holidays.py` and shipped as `commplan/data/holidays_vn.json`, so that checking a
plan never imports `holidays`. The table is read on first use and kept for the process.

It covers `COVERED_YEARS`. For a date outside them the national holidays are unknown: only
Saturdays, Sundays and the plan's own days off count as non-working, and no holiday is named.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = [
    "COVERED_YEARS",
    "PLAN_DAY_OFF",
    "holiday_name",
    "holidays_version",
    "is_working_day",
    "non_working_reason",
]

COVERED_YEARS = range(2020, 2041)
"""Years the shipped table covers; must match `FIRST_YEAR`/`LAST_YEAR` of the generator."""

PLAN_DAY_OFF = "ngày nghỉ theo kế hoạch"
"""Reason given for a day off that the plan's own `calendar.days_off` declares."""

_WEEKEND_NAMES = {5: "Thứ Bảy", 6: "Chủ nhật"}  # date.weekday() numbers
_NAME_SEPARATOR = "; "  # how `holidays` joins several names on one day


@dataclass(frozen=True, slots=True)
class _Calendar:
    days_off: Mapping[date, str]
    working_days: frozenset[date]
    holidays_version: str


@cache
def _calendar() -> _Calendar:
    resource = files("commplan") / "data" / "holidays_vn.json"
    raw: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    _check_years(raw)
    return _Calendar(
        days_off={
            date.fromisoformat(day): _NAME_SEPARATOR.join(names)
            for day, names in raw["days_off"].items()
        },
        working_days=frozenset(date.fromisoformat(day) for day in raw["working_days"]),
        holidays_version=str(raw["holidays_version"]),
    )


def _check_years(raw: Mapping[str, Any]) -> None:
    # A table regenerated for other years without updating COVERED_YEARS would silently make
    # the out-of-range fallback wrong, so refuse it loudly (a packaging bug, not user input).
    shipped = range(int(raw["first_year"]), int(raw["last_year"]) + 1)
    if shipped != COVERED_YEARS:
        msg = f"holidays_vn.json covers {shipped}, the module expects {COVERED_YEARS}"
        raise RuntimeError(msg)


def holidays_version() -> str:
    """Return the version of the `holidays` package the shipped table was generated with.

    Returns:
        A version string such as ``"0.109"``, for messages that say which calendar was used.
    """
    return _calendar().holidays_version


def holiday_name(day: date) -> str | None:
    """Return the Vietnamese name of a national day off.

    Args:
        day: The date to look up.

    Returns:
        The name (several names joined by ``"; "``), or None if `day` is not a national day
        off or lies outside `COVERED_YEARS`. Weekend holidays are named too.
    """
    return _calendar().days_off.get(day)


def non_working_reason(
    day: date, *, days_off: Iterable[date] = (), working_days: Iterable[date] = ()
) -> str | None:
    """Say why `day` is not a working day, in Vietnamese.

    The plan's adjustments win over the national calendar; a date the plan lists in both
    `days_off` and `working_days` counts as a day off, so DATE-008 errs on the side of warning.
    Outside `COVERED_YEARS` only weekends and the plan's days off are non-working.

    Args:
        day: The date to check.
        days_off: The plan's extra days off (`calendar.days_off`).
        working_days: The plan's extra working days (`calendar.working_days`).

    Returns:
        `PLAN_DAY_OFF` for a plan's day off, the holiday name (e.g. ``"Tết Nguyên Đán"``),
        ``"Thứ Bảy"`` or ``"Chủ nhật"``; None when `day` is a working day.
    """
    if day in days_off:
        return PLAN_DAY_OFF
    if day in working_days:
        return None
    return _national_reason(day)


def _national_reason(day: date) -> str | None:
    # Same order as `holidays.HolidayBase.is_working_day`: a weekend day works only when a
    # decree says so; a weekday rests only when it is a holiday.
    calendar = _calendar()
    weekend = _WEEKEND_NAMES.get(day.weekday())
    if weekend is not None and day in calendar.working_days:
        return None
    return calendar.days_off.get(day, weekend)


def is_working_day(
    day: date, *, days_off: Iterable[date] = (), working_days: Iterable[date] = ()
) -> bool:
    """Tell whether `day` is a working day for a plan.

    Saturdays, Sundays and national holidays are not; Saturdays a decree turned into working
    days are. The plan's `days_off` and `working_days` win, as in `non_working_reason`.

    Args:
        day: The date to check.
        days_off: The plan's extra days off.
        working_days: The plan's extra working days.

    Returns:
        True if `day` is a working day.
    """
    return non_working_reason(day, days_off=days_off, working_days=working_days) is None
