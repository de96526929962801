"""Dates and Vietnamese date expressions (``05/3/2022``, ``tháng 3/2022``, ``Quý II/2022`` …).

A date expression names a day or a period. Fields called ``start`` take its first day, every
other field its last day. All arithmetic is on ``datetime.date`` (whole days).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final, Literal

from commplan.i18n import _
from commplan.vn.formats import quarter_text, short_date

Kind = Literal["day", "month", "quarter", "half", "year"]
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100
_ROMAN_QUARTERS: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Day/month/year with "/", "-" or "." (one separator throughout), and the ND30 words form.
_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_WORDS = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
_MONTH = re.compile(r"tháng (\d{1,2})(?:/| năm )(\d{4})")
_QUARTER = re.compile(r"(?:quý|quí|q) ?(iv|iii|ii|i|[1-4])(?:/| năm )(\d{4})")
_HALF = re.compile(r"6 tháng (đầu|cuối) năm (\d{4})")
_YEAR = re.compile(r"năm (\d{4})")

ACCEPTED_FORMS: Final = (
    "05/3/2022",
    "2022-03-05",
    "tháng 3/2022",
    "Quý II/2022",
    "6 tháng đầu năm 2022",
    "6 tháng cuối năm 2022",
    "năm 2022",
)


class DateError(ValueError):
    """A text that is not a date or date expression; the message says which forms work."""


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A day or a period, with its first and last day."""

    kind: Kind
    first: date
    last: date

    @property
    def exact(self) -> bool:
        """True for a single day (``05/3/2022``), False for a period."""
        return self.kind == "day"

    @property
    def text(self) -> str:
        """The canonical form shown in documents."""
        year = self.first.year
        if self.kind == "day":
            return short_date(self.first)
        if self.kind == "month":
            return f"tháng {self.first.month}/{year}"
        if self.kind == "quarter":
            return quarter_text((self.first.month - 1) // 3 + 1, year)
        if self.kind == "half":
            return f"6 tháng {'đầu' if self.first.month == 1 else 'cuối'} năm {year}"
        return f"năm {year}"

    def __str__(self) -> str:
        return self.text


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@lru_cache(maxsize=4096)
def parse_date(text: str) -> date:
    """Parse an exact day, day first: ``05/3/2022``, ``05-3-2022``, ``05.3.2022``, ``2022-03-05``.

    The words form of Nghị định 30 (``ngày 05 tháng 3 năm 2022``) is accepted too.

    Raises:
        DateError: the text is not a day, or names an impossible one (``31/02/2022``).
    """
    cleaned = _clean(text)
    if m := _ISO.fullmatch(cleaned):
        return _make_day(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _DMY.fullmatch(cleaned):
        return _make_day(int(m[4]), int(m[3]), int(m[1]), text)
    if m := _WORDS.fullmatch(cleaned):
        return _make_day(int(m[3]), int(m[2]), int(m[1]), text)
    raise DateError(
        _("'{text}' is not a date; write it as 05/3/2022 or 2022-03-05").format(text=text)
    )


@lru_cache(maxsize=4096)  # plans repeat the same few periods; the result is immutable
def parse_date_expr(text: str) -> DateExpr:
    """Parse a date or a period (see ``ACCEPTED_FORMS``), case-insensitively.

    Raises:
        DateError: the text is in none of the accepted forms, or names an impossible date.
    """
    cleaned = _clean(text)
    if _ISO.fullmatch(cleaned) or _DMY.fullmatch(cleaned) or _WORDS.fullmatch(cleaned):
        day = parse_date(text)
        return DateExpr("day", day, day)
    if m := _MONTH.fullmatch(cleaned):
        return _month(int(m[1]), _year(m[2], text), text)
    if m := _QUARTER.fullmatch(cleaned):
        quarter = _ROMAN_QUARTERS[m[1]]
        year = _year(m[2], text)
        return DateExpr("quarter", date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter))
    if m := _HALF.fullmatch(cleaned):
        year = _year(m[2], text)
        if m[1] == "đầu":
            return DateExpr("half", date(year, 1, 1), date(year, 6, 30))
        return DateExpr("half", date(year, 7, 1), date(year, 12, 31))
    if m := _YEAR.fullmatch(cleaned):
        year = _year(m[1], text)
        return DateExpr("year", date(year, 1, 1), date(year, 12, 31))
    raise DateError(
        _("'{text}' is not a date or period; accepted forms: {forms}").format(
            text=text, forms=", ".join(ACCEPTED_FORMS)
        )
    )


def _year(digits: str, text: str) -> int:
    year = int(digits)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(
            _("'{text}': the year must be between {low} and {high}").format(
                text=text, low=MIN_YEAR, high=MAX_YEAR
            )
        )
    return year


def _month(month: int, year: int, text: str) -> DateExpr:
    if not 1 <= month <= 12:
        raise DateError(_("'{text}': there is no month {month}").format(text=text, month=month))
    return DateExpr("month", date(year, month, 1), _month_end(year, month))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _make_day(year: int, month: int, day: int, text: str) -> date:
    _year(str(year), text)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            _("'{text}' is not a real date (day {day}, month {month}, year {year})").format(
                text=text, day=day, month=month, year=year
            )
        ) from None
