"""Tables in the text (ND30.md §9, warnings): T2 text of 11 pt or more, T3 fixed, in the margins.

The header and closing tables are laid out by the template (Mẫu 1.4 itself makes the header
table wider than the text), so they are not checked here.
"""

from __future__ import annotations

from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, pt
from commplan.audit.metrics import mm
from commplan.audit.model import Table
from commplan.i18n import _
from commplan.source.diagnostics import Severity

_MIN_SIZE = 22
_WIDTH_SLACK = 57  # 1 mm


def _content_tables(ctx: Context) -> Iterator[Table]:
    header = ctx.layout.header
    skip: set[int] = set()
    for seg in (header.national, header.number, header.date):
        if seg is not None and seg.para.cell is not None:
            skip.add(seg.para.cell.top[0])
    if ctx.layout.closing is not None:
        skip.add(ctx.layout.closing.index)
    attached = ctx.layout.attached
    if attached is not None and attached.header.national is not None:
        cell = attached.header.national.para.cell
        if cell is not None:
            skip.add(cell.top[0])
    for table in ctx.doc.tables:
        in_specimen = any(a <= table.first_para <= b for a, b in ctx.layout.specimens)
        if table.depth == 0 and table.index not in skip and not in_specimen:
            yield table


def check_table_text(ctx: Context) -> Iterator[Finding]:
    """T2: text in tables is at least 11 pt."""
    for table in _content_tables(ctx):
        paras = ctx.doc.paras[table.first_para - 1 : table.last_para]
        small = sorted(
            {s.props.size for p in paras for s in p.spans_in() if s.props.size < _MIN_SIZE}
        )
        if small:
            message = _("table text at {found}; expected 12–13 pt, never below 11 pt")
            found = ", ".join(pt(s) for s in small)
            yield Finding("T2", table.first_para, message.format(found=found), Severity.WARNING)


def check_table_layout(ctx: Context) -> Iterator[Finding]:
    """T3: fixed layout, and no wider than the text."""
    for table in _content_tables(ctx):
        room = ctx.doc.section(table.section).text_width
        found: list[str] = []
        if not table.fixed:
            found.append(_("autofit layout, expected fixed column widths"))
        if room is not None and table.width is not None and table.width > room + _WIDTH_SLACK:
            found.append(
                _("{w} wide, expected at most the text width {room}").format(
                    w=mm(table.width), room=mm(room)
                )
            )
        if found:
            message = _("table: {found}").format(found="; ".join(found))
            yield Finding("T3", table.first_para, message, Severity.WARNING)
