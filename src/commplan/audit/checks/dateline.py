"""Number and date (ND30.md §4): H7 "Số: 05/KH-…", H8 "<Place>, ngày 05 tháng 3 năm 2022".

A draft leaves the number and the day and month blank for the văn thư to fill in after
signature ("Số:      /KH-UBND", "ngày      tháng      năm 2022"): that is accepted, with one
X-DRAFT warning for the document.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, format_findings, problems, quoted
from commplan.audit.decision import is_decision
from commplan.audit.normalize import nfc
from commplan.audit.segments import Segment
from commplan.i18n import _
from commplan.source.diagnostics import Severity

_BLANK = r"[\s._…]*"
_SYMBOL = r"[A-ZĐ0-9][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ0-9]+)*"
_NUMBER = re.compile(rf"^Số:\s*(?P<num>0[1-9]|[1-9]\d+)/(?P<sym>{_SYMBOL})$")
_NUMBER_DRAFT = re.compile(rf"^Số:{_BLANK}/(?P<sym>{_SYMBOL})$")
_NUMBER_LOOSE = re.compile(r"^(?P<so>\S+)\s*:\s*(?P<num>[^/]*?)\s*/\s*(?P<sym>.*)$")
_DATE = re.compile(
    r"^(?P<place>[^,]*?)(?P<comma>,?)\s*(?P<w1>ngày)\s+(?P<d>\S+)\s+(?P<w2>tháng)\s+(?P<m>\S+)"
    r"\s+(?P<w3>năm)\s+(?P<y>\S+?)\s*$",
    re.IGNORECASE,
)
_DATE_DRAFT = re.compile(
    rf"^(?P<place>[^,]+),\s*ngày{_BLANK}tháng{_BLANK}năm\s*(\d{{4}})?{_BLANK}$"
)
_DAY = re.compile(r"^(0[1-9]|[12]\d|3[01])$")
_MONTH = re.compile(r"^(01|02|[3-9]|1[0-2])$")


def _clean(text: str) -> str:
    return nfc(text).replace("\u00a0", " ").strip()


def check_number(ctx: Context) -> Iterator[Finding]:
    """H7: "Số: <number>/KH-<agency>", 13 pt upright; numbers below 10 with a leading zero."""
    seg = ctx.layout.header.number
    if seg is None:
        yield Finding("H7", 1, _("no number line; expected “Số: 05/KH-…” under the agency name"))
        return
    text = _clean(seg.text)
    match = _NUMBER.match(text) or _NUMBER_DRAFT.match(text)
    if match is None:
        yield Finding("H7", seg.para.index, _number_problem(text))
    elif is_decision(ctx.layout.header):
        if not match.group("sym").startswith("QĐ-"):
            message = _(
                "symbol {sym} for a decision; expected “QĐ-<agency>”, e.g. “Số: 05/QĐ-UBND”"
            )
            yield Finding("H7", seg.para.index, message.format(sym=quoted(match.group("sym"))))
    elif _is_report(ctx):
        if not match.group("sym").startswith("BC-"):
            message = _("symbol {sym} for a report; expected “BC-<agency>”, e.g. “Số: 05/BC-UBND”")
            yield Finding("H7", seg.para.index, message.format(sym=quoted(match.group("sym"))))
    elif _is_plan(ctx) and not match.group("sym").startswith("KH-"):
        message = _("symbol {sym} for a plan; expected “KH-<agency>”, e.g. “Số: 05/KH-UBND”")
        yield Finding("H7", seg.para.index, message.format(sym=quoted(match.group("sym"))))
    found = problems(seg.spans(), text, Want(sizes=(26, 26), italic=False))
    yield from format_findings("H7", seg.para.index, _("number line"), text, found)


def _is_plan(ctx: Context) -> bool:
    return ctx.layout.header.title is not None


def _is_report(ctx: Context) -> bool:
    # A BÁO CÁO (commplan report) shares the plan's frame; only its symbol differs (BC-).
    title = ctx.layout.header.title
    return title is not None and _clean(title.text).upper() == "BÁO CÁO"


def _number_problem(text: str) -> str:
    loose = _NUMBER_LOOSE.match(text)
    if loose is None:
        return _(
            "number line {text} does not read “Số: <number>/<symbol>”; expected e.g. “Số: "
            "05/KH-UBND”"
        ).format(text=quoted(text))
    number, symbol = loose.group("num"), loose.group("sym")
    if loose.group("so") != "Số":
        return _("number line starts {found}; expected “Số:”").format(
            found=quoted(loose.group("so"))
        )
    if number.isdigit() and len(number) == 1 and number != "0":
        return _("number {n} has no leading zero; expected “0{n}”").format(n=number)
    if " " in text.partition(":")[2].strip() or " " in symbol:
        return _(
            "spaces inside {text}; expected no spaces around “/” and “-”, e.g. “Số: 05/KH-UBND”"
        ).format(text=quoted(text))
    return _(
        "number line {text}; expected “Số: <number from 01>/<SYMBOL>”, e.g. “Số: 05/KH-UBND”"
    ).format(text=quoted(text))


def check_date(ctx: Context) -> Iterator[Finding]:
    """H8: place and date, italic 13-14 pt, with the leading-zero rule; same line as the number."""
    seg = ctx.layout.header.date
    if seg is None:
        yield Finding(
            "H8", 1, _("no place and date line; expected e.g. “Hà Nội, ngày 05 tháng 3 năm 2022”")
        )
        return
    text = _clean(seg.text)
    if _DATE_DRAFT.match(text) is None:
        for message in _date_problems(text):
            yield Finding("H8", seg.para.index, message)
    found = problems(seg.spans(), text, Want(sizes=(26, 28), italic=True))
    yield from format_findings("H8", seg.para.index, _("place and date"), text, found)
    number = ctx.layout.header.number
    if number is not None and not _same_line(number, seg):
        yield Finding(
            "H8",
            seg.para.index,
            _(
                "the date is not on the same line as the number; expected them side by side (a "
                "two-column table)"
            ),
            Severity.WARNING,
        )


def _same_line(a: Segment, b: Segment) -> bool:
    if a.para is b.para:
        return True
    if a.para.cell is None or b.para.cell is None:
        return False
    return a.para.cell.top[:2] == b.para.cell.top[:2]


def _date_problems(text: str) -> list[str]:
    match = _DATE.match(text)
    if match is None:
        return [
            _("date line {text}; expected “<Place>, ngày DD tháng M năm YYYY”").format(
                text=quoted(text)
            )
        ]
    out: list[str] = []
    place, day, month, year = (
        match.group("place").strip(),
        match.group("d"),
        match.group("m"),
        match.group("y"),
    )
    if _is_blank(place):
        pass  # a draft's place left for the văn thư ("……"): X-DRAFT reports it
    elif not place[0].isupper():
        out.append(_("place name {p} should start with a capital").format(p=quoted(place)))
    if not match.group("comma"):
        out.append(_("no comma after the place name; expected “{p}, ngày …”").format(p=place))
    words = [match.group(k) for k in ("w1", "w2", "w3")]
    if any(w != w.lower() for w in words):
        out.append(_("“ngày”, “tháng”, “năm” are written in lower case"))
    out.extend(_day_month_year(day, month, year))
    return out


def _day_month_year(day: str, month: str, year: str) -> list[str]:
    out: list[str] = []
    if not _DAY.match(day):
        fix = f"0{day}" if day.isdigit() and len(day) == 1 and day != "0" else _("01 to 31")
        out.append(
            _("day “{d}”; expected “{fix}” (days 1–9 take a leading zero)").format(d=day, fix=fix)
        )
    if not _MONTH.match(month):
        out.append(_month_problem(month))
    if not re.fullmatch(r"\d{4}", year):
        out.append(_("year “{y}”; expected four digits").format(y=year))
    if not out:
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            out.append(_("ngày {d} tháng {m} năm {y} is not a date").format(d=day, m=month, y=year))
    return out


def _month_problem(month: str) -> str:
    if month.isdigit() and month.startswith("0") and 3 <= int(month) <= 9:
        return _("month “{m}”; expected “{fix}” (only months 1 and 2 take a leading zero)").format(
            m=month, fix=int(month)
        )
    if month in ("1", "2"):
        return _("month “{m}”; expected “0{m}” (months 1 and 2 take a leading zero)").format(
            m=month
        )
    return _("month “{m}”; expected 01, 02 or 3 to 12").format(m=month)


def _is_blank(text: str) -> bool:
    return re.fullmatch(_BLANK, text) is not None


def _placeholder(text: str) -> bool:
    # What render writes for a signer the plan does not name: "[CHỨC VỤ NGƯỜI KÝ]", "[Họ và tên]".
    text = _clean(text)
    return text.startswith("[") and text.endswith("]")


def check_draft(ctx: Context) -> Iterator[Finding]:
    """X-DRAFT: the number, the date, the place or the signer left blank for the văn thư."""
    header = ctx.layout.header
    blanks: list[int] = []
    if header.number is not None and _NUMBER_DRAFT.match(_clean(header.number.text)):
        blanks.append(header.number.para.index)
    if header.date is not None:
        text = _clean(header.date.text)
        place = _DATE.match(text)
        if _DATE_DRAFT.match(text) or (place is not None and _is_blank(place.group("place"))):
            blanks.append(header.date.para.index)
    signer = [*ctx.layout.signer_title, *filter(None, [ctx.layout.signer_name])]
    blanks += [para.index for para in signer if _placeholder(para.text)]
    if blanks:
        yield Finding(
            "X-DRAFT",
            min(blanks),
            _(
                "draft: the number, date, place or signer is left blank; fill it in when the "
                "document is issued"
            ),
        )
