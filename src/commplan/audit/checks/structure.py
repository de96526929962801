"""Structure of the body (ND30.md §5): point letters and headings.

B-POINT: điểm letters follow the Vietnamese alphabet, a) b) c) d) đ) e) g) … y) (no f, j, w,
z); a series starts at a) and restarts after each khoản. Word lists in ``lowerLetter`` format
run a) … f), so their labels are checked the same way. B-HEAD (a warning): Mục headings are in
capitals and bold, khoản headings bold, neither is centred; a Phần label is centred.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, aligned, problems
from commplan.audit.layout import heading_kind
from commplan.audit.model import Para
from commplan.audit.normalize import nfc
from commplan.i18n import _
from commplan.source.diagnostics import Severity
from commplan.vn.formats import POINT_LETTERS

_POINT = re.compile(r"^([a-zđ])\)\s")
_CLAUSE = re.compile(r"^\d+(\.\d+)*\.\s")


def _next(letter: str) -> str | None:
    at = POINT_LETTERS.index(letter)
    return POINT_LETTERS[at + 1] if at + 1 < len(POINT_LETTERS) else None


def check_points(ctx: Context) -> Iterator[Finding]:
    """B-POINT: a) b) c) d) đ) e) g) …, restarting at a) in each khoản."""
    heading_ids = {p.index for p in ctx.layout.headings}
    paras = sorted(ctx.layout.body + ctx.layout.headings, key=lambda p: p.index)
    previous: str | None = None
    for para in paras:
        text = nfc(para.text).lstrip()
        if para.index in heading_ids or _CLAUSE.match(text):
            previous = None
            continue
        match = _POINT.match(text)
        if match is None:
            continue
        letter = match.group(1)
        expected = _next(previous) if previous else "a"
        if letter == expected or letter == "a":
            previous = letter
            continue
        yield Finding("B-POINT", para.index, _point_message(letter, previous, expected))
        previous = letter if letter in POINT_LETTERS else expected


def _point_message(letter: str, previous: str | None, expected: str | None) -> str:
    want = f"“{expected})”" if expected else _("a new khoản (a khoản has at most 23 points)")
    if letter not in POINT_LETTERS:
        message = _(
            "point “{letter})” is not a Vietnamese point letter (no f, j, w, z){after}; expected "
            "{want}"
        )
    else:
        message = _("point “{letter})”{after}; expected {want} (a) b) c) d) đ) e) g) …)")
    after = _(" after “{p})”").format(p=previous) if previous else ""
    return message.format(letter=letter, after=after, want=want)


def _run_in(text: str) -> int:
    colon = text.find(": ")
    return colon + 1 if 0 < colon < len(text) - 2 else len(text)


_SECTION_WANT = Want(bold=True, italic=False, caps=True)
_CLAUSE_WANT = Want(bold=True, italic=False)


def check_headings(ctx: Context) -> Iterator[Finding]:
    """B-HEAD: the format and alignment of Phần, Mục and khoản headings."""
    for para in ctx.layout.headings:
        kind = heading_kind(para)
        found = _heading_problems(para, kind)
        if found:
            yield Finding(
                "B-HEAD",
                para.index,
                _("heading: {found}").format(found="; ".join(found)),
                Severity.WARNING,
            )


def _heading_problems(para: Para, kind: str) -> list[str]:
    align = para.props.align
    if kind == "part":
        found = problems(para.spans_in(), para.text, Want(bold=True, italic=False))
        if align != "center":
            found.append(_("aligned {a}, expected centred").format(a=aligned(align)))
        return found
    if kind not in ("section", "clause"):
        return []
    # "V. MẪU DẤU “ĐẾN”: Được khắc sẵn, …": only the label before the colon is the heading.
    end = _run_in(para.text)
    found = problems(
        para.spans_in(0, end), para.text[:end], _SECTION_WANT if kind == "section" else _CLAUSE_WANT
    )
    if align in ("center", "right"):
        found.append(
            _("aligned {a}, expected flush left or indented like the body").format(a=aligned(align))
        )
    return found
