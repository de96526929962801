"""Generate src/commplan/data/holidays_vn.json from the `holidays` package.

`commplan validate` must not import `holidays` at run time (it is slow to import and a test
dependency only), so DATE-008 reads this generated table instead; tests/unit/test_holidays_vn.py
proves that the table still matches the installed package.

Usage (from the repository root, with the `test` extra installed):

    python scripts/gen_holidays.py           # rewrite the table
    python scripts/gen_holidays.py --check   # exit 1 if the table is stale

Year range 2020-2040. The package computes Tết and Giỗ Tổ Hùng Vương from precomputed
Vietnamese-calendar (UTC+7) lunar tables for 1901-2100, with the years where Vietnam differs from
China corrected (e.g. Tết 2030 on 2 Feb), so the lunar dates are reliable over the whole range.
Plans are written under Decree 30/2020 (văn thư), so nothing earlier than 2020 is checked, and
2020 still lets a plan span the Labor Code 2019 change (two Quốc khánh days from 2021). 2040
covers the running and the next five-year programmes with room to spare while keeping the table
small. Government-decreed swaps of working days are known to the package only up to the current
year (2026 in 0.109); later years follow the Labor Code rules alone, and a plan corrects them
through its `calendar` section.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

import holidays

COUNTRY = "VN"
LANGUAGE = "vi"
FIRST_YEAR = 2020
LAST_YEAR = 2040
GENERATOR = "scripts/gen_holidays.py"
# A script, not package code: locating the repository from the script is the point here.
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "commplan" / "data" / "holidays_vn.json"


def build_table() -> dict[str, Any]:
    """Return the table as plain JSON data, built from the installed `holidays` package."""
    calendar = holidays.country_holidays(
        COUNTRY, years=range(FIRST_YEAR, LAST_YEAR + 1), language=LANGUAGE
    )
    return {
        "country": COUNTRY,
        "days_off": _days_off(calendar),
        "first_year": FIRST_YEAR,
        "generator": GENERATOR,
        "holidays_version": version("holidays"),
        "language": LANGUAGE,
        "last_year": LAST_YEAR,
        "working_days": _working_days(calendar),
    }


def _covered(day: date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def _days_off(calendar: holidays.HolidayBase) -> dict[str, list[str]]:
    # NFC so that names compare equal to what users type in YAML (editors emit NFC).
    return {
        day.isoformat(): [unicodedata.normalize("NFC", name) for name in calendar.get_list(day)]
        for day in sorted(calendar)
        if _covered(day)
    }


def _working_days(calendar: holidays.HolidayBase) -> list[str]:
    # `weekend_workdays` holds the Saturdays/Sundays a decree turned into working days; since
    # holidays#2197 it also carries cross-year swaps from outside the requested years.
    return [day.isoformat() for day in sorted(calendar.weekend_workdays) if _covered(day)]


def render(table: dict[str, Any]) -> str:
    """Serialise `table` in a stable layout: one line per scalar key and per day off."""
    lines = ["{"]
    items = sorted(table.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if isinstance(value, dict):
            lines.append(f"{_dump(key)}: {{")
            lines.extend(_dict_lines(value))
            lines.append("}" + comma)
        else:
            lines.append(f"{_dump(key)}: {_dump(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dict_lines(mapping: dict[str, Any]) -> list[str]:
    items = sorted(mapping.items())
    return [
        f"{_dump(key)}: {_dump(value)}{',' if index < len(items) - 1 else ''}"
        for index, (key, value) in enumerate(items)
    ]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT, help="default: %(default)s")
    parser.add_argument("--check", action="store_true", help="only report whether it is stale")
    args = parser.parse_args(argv)
    text = render(build_table())
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} is stale: run {GENERATOR}", file=sys.stderr)
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {output} ({len(text.encode('utf-8'))} bytes, holidays {version('holidays')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
