"""A task's time as the text writes it → start, end, recurrence or time_text.

The inverse of ``render.text.timeframe``: "Quý II - IV/2024" → quý II/2024 … quý IV/2024;
"Hằng quý (năm 2024)" → quarterly over 2024; what no date reading accepts ("Thường xuyên",
"Theo tiến độ soạn thảo") stays as ``time_text`` with the bounds of the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commplan.model.codes import LABELS
from commplan.vn.dates import DateError, parse_date_expr

_RECURRENCE = {label.lower(): code for code, label in LABELS["recurrence"].items()}
_BEFORE = re.compile(r"^trước ngày\s+(\d{1,2}/\d{1,2}(?:/\d{4})?)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class When:
    """A task's time: dates, a recurrence, or only the words of the text."""

    start: str | None = None
    end: str | None = None
    recurrence: str | None = None
    time_text: str | None = None


def read_time(text: str, year: int | None) -> When:
    """The dates of ``text``; ``start``/``end`` are None when only ``time_text`` could be kept."""
    text = text.strip().rstrip(".;")
    if match := re.match(r"^(.+?)\s*\((.+)\)$", text):
        code = _RECURRENCE.get(match.group(1).strip().lower())
        inner = _range(match.group(2))
        if code and inner:
            return When(inner[0], inner[1], recurrence=code)
    if match := _BEFORE.match(text):
        day = _with_year(match.group(1), year)
        if day and _ok(day):
            return When(day, day, time_text=text[0].upper() + text[1:])
    found = _range(text)
    if found:
        return When(found[0], found[1])
    return When(time_text=text[0].upper() + text[1:] if text else text)


def _range(text: str) -> tuple[str, str] | None:
    text = text.strip()
    if _ok(text):
        return text, text
    parts = [p.strip() for p in text.split(" - ")]
    if len(parts) != 2:
        return None
    first, last = parts
    tail = re.search(r"/(\d{4})$", last)
    words = re.match(r"^(tháng|quý|quí)\s", first, re.IGNORECASE)
    if (tail and "/" not in first) or (tail and first.count("/") == 1 and not words):
        first = f"{first}/{tail.group(1)}"
    if words and not re.match(r"^(tháng|quý|quí)\s", last, re.IGNORECASE):
        last = f"{words.group(1).lower()} {last}"
    first = first[0].lower() + first[1:]
    return (first, last) if _ok(first) and _ok(last) else None


def _with_year(day: str, year: int | None) -> str | None:
    if day.count("/") == 2:
        return day
    return f"{day}/{year}" if year else None


def _ok(text: str) -> bool:
    try:
        parse_date_expr(text)
    except (DateError, ValueError):
        return False
    return True
