"""Page rules (ND30.md §1): P1 A4, P2 portrait, P3 margins, P4 page numbers, P5 footers."""

from __future__ import annotations

from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, aligned, pt
from commplan.audit.metrics import mm
from commplan.audit.model import HeaderInfo, Section
from commplan.audit.pages import more_than_one_page
from commplan.i18n import N_, _
from commplan.source.diagnostics import Severity

A4 = (11906, 16838)
_TOLERANCE = 2
# The names are shown translated (``_(name)``): N_ keeps them in the catalogue.
MARGINS = {
    N_("top"): (1134, 1417),
    N_("bottom"): (1134, 1417),
    N_("left"): (1701, 1984),
    N_("right"): (850, 1134),
}
_PAGE_SIZES = (26, 28)


def _near(value: int, target: int) -> bool:
    return abs(value - target) <= _TOLERANCE


def check_paper(ctx: Context) -> Iterator[Finding]:
    """P1: every section is A4, portrait or landscape."""
    for s in ctx.doc.sections:
        w, h = s.width, s.height
        if w is None or h is None:
            yield Finding(
                "P1",
                s.first_para,
                _("section {n} sets no page size; expected A4 (210 × 297 mm)").format(n=s.index),
            )
        elif not ((_near(w, A4[0]) and _near(h, A4[1])) or (_near(w, A4[1]) and _near(h, A4[0]))):
            yield Finding(
                "P1",
                s.first_para,
                _("paper is {w} × {h}; expected A4 (210 × 297 mm)").format(w=mm(w), h=mm(h)),
            )


def check_orientation(ctx: Context) -> Iterator[Finding]:
    """P2: a landscape section should hold a (wide) table."""
    for s in ctx.doc.sections:
        if s.landscape and not any(t.section == s.index for t in ctx.doc.tables):
            yield Finding(
                "P2",
                s.first_para,
                _("section {n} is landscape without a table; expected portrait").format(n=s.index),
            )


def check_margins(ctx: Context) -> Iterator[Finding]:
    """P3: margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm (a warning in landscape)."""
    for s in ctx.doc.sections:
        wrong = [_margin_text(name, s) for name in MARGINS if not _margin_ok(name, s)]
        if wrong:
            severity = Severity.WARNING if s.landscape else None
            expected = _("top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm")
            message = _("section {n} margins {found}; expected {expected}").format(
                n=s.index, found=", ".join(wrong), expected=expected
            )
            yield Finding("P3", s.first_para, message, severity)


def _margin_ok(name: str, s: Section) -> bool:
    value = s.margins.get(name)
    if value is None:
        return False
    if name == "left":
        value += s.margins.get("gutter", 0)
    low, high = MARGINS[name]
    return low - _TOLERANCE <= value <= high + _TOLERANCE


def _margin_text(name: str, s: Section) -> str:
    value = s.margins.get(name)
    shown = (
        mm(value + (s.margins.get("gutter", 0) if name == "left" else 0))
        if value is not None
        else _("not set")
    )
    return f"{_(name)} {shown}"


def _numbered_section(sections: list[Section]) -> tuple[Section, HeaderInfo] | None:
    for section in sections:
        header = section.headers.get("default")
        if header is not None and header.page_fields:
            return section, header
    return None


def check_page_numbers(ctx: Context) -> Iterator[Finding]:
    """P4: no number on page 1; a centred upright 13-14 pt PAGE field in the header otherwise."""
    if not ctx.doc.sections:
        return
    first = ctx.doc.sections[0]
    shown = first.headers.get("first") if first.title_page else first.headers.get("default")
    if shown is not None and (shown.page_fields or any(c.isdigit() for c in shown.text)):
        yield Finding(
            "P4",
            1,
            _(
                "page 1 shows a page number; expected none on page 1 (set “different first page” "
                "with an empty first-page header)"
            ),
        )
    default = first.headers.get("default")
    if (default is None or not default.page_fields) and ctx.layout.attached is not None:
        # A one-page Quyết định may carry no numbered header; the document it issues does.
        first, default = _numbered_section(ctx.doc.sections) or (first, default)
    if default is None or not default.page_fields:
        if more_than_one_page(ctx.doc):
            yield Finding(
                "P4",
                1,
                _(
                    "no PAGE field in the header; expected page numbers from page 2, centred in "
                    "the top margin"
                ),
            )
        return
    yield from _number_format(first, default)


def _number_format(first: Section, header: HeaderInfo) -> Iterator[Finding]:
    found: list[str] = []
    for field in header.page_fields[:1]:
        if field.align != "center":
            found.append(_("aligned {align}, expected centred").format(align=aligned(field.align)))
        if not _PAGE_SIZES[0] <= field.props.size <= _PAGE_SIZES[1]:
            found.append(_("size {size}, expected 13–14 pt").format(size=pt(field.props.size)))
        if field.props.italic:
            found.append(_("italic, expected upright"))
    if first.page_start not in (None, 1):
        found.append(_("numbering starts at {n}, expected 1").format(n=first.page_start))
    if first.page_format not in (None, "decimal"):
        found.append(
            _("number format {fmt}, expected Arabic numerals").format(fmt=first.page_format)
        )
    if found:
        yield Finding(
            "P4", 1, _("page number: {found}").format(found="; ".join(found)), Severity.WARNING
        )


def check_footers(ctx: Context) -> Iterator[Finding]:
    """P5: footers are empty."""
    seen: set[int] = set()
    for s in ctx.doc.sections:
        for footer in s.footers.values():
            if id(footer) in seen or footer.empty:
                continue
            seen.add(id(footer))
            text = footer.text.strip() or _("a field")
            yield Finding(
                "P5",
                s.first_para,
                _("footer shows “{text}”; expected an empty footer").format(text=text[:40]),
            )
