"""Parts only some types have (ND30 Phụ lục I, II.5.b and II.9.a; Mẫu 1.1–1.3, 1.5).

H-VV a Công văn's trích yếu "V/v …" under the number, 12-13 pt upright; H-KG "Kính gửi:"
above the body, 13-14 pt upright, with a colon; B-ART the articles of a Nghị quyết or Quyết
định, "Điều 1.", "Điều 2.", … in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commplan.audit.checks.base import Context, Finding, Want, format_findings, problems
from commplan.audit.normalize import nfc
from commplan.i18n import _

_ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]?")


def check_vv(ctx: Context) -> Iterator[Finding]:
    """H-VV: "V/v <subject>" under the number, 12-13 pt, upright."""
    header = ctx.layout.header
    seg = header.vv
    if seg is None:
        if ctx.requires("vv"):
            at = header.number.para.index if header.number else 1
            message = _(
                "no trích yếu under the number; a {type} states its subject there as “V/v …”"
            )
            yield Finding("H-VV", at, message.format(type=ctx.layout.doctype.name))
        return
    found = problems(seg.spans(), seg.text, Want(sizes=(24, 26), italic=False))
    yield from format_findings("H-VV", seg.para.index, _("trích yếu"), seg.text, found)


def check_kinh_gui(ctx: Context) -> Iterator[Finding]:
    """H-KG: "Kính gửi: <addressee>" above the body, 13-14 pt, upright."""
    lines = ctx.layout.kinh_gui
    if not lines:
        if ctx.requires("kinh_gui"):
            at = min(ctx.layout.body_start, len(ctx.doc.paras)) or 1
            message = _("no “Kính gửi:” line; a {type} names its addressees above the text")
            yield Finding("H-KG", at, message.format(type=ctx.layout.doctype.name))
        return
    first = lines[0]
    text = nfc(first.text).strip()
    found = problems(first.spans_in(), text, Want(sizes=(26, 28), italic=False))
    if not text.startswith("Kính gửi:"):
        found.insert(0, _("expected “Kính gửi:” with a colon"))
    yield from format_findings("H-KG", first.index, _("addressee line"), text, found)


def check_articles(ctx: Context) -> Iterator[Finding]:
    """B-ART: the content is set out in "Điều 1.", "Điều 2.", … numbered in order."""
    layout = ctx.layout
    numbers: list[tuple[int, int]] = []
    for para in ctx.doc.outside_tables(layout.body_start, layout.body_end):
        match = _ARTICLE.match(nfc(para.text).strip())
        if match is not None:
            numbers.append((para.index, int(match.group(1))))
    if not numbers:
        if ctx.requires("articles"):
            message = _("no “Điều 1.”; a {type} sets out what it decides in articles")
            at = min(layout.body_start, len(ctx.doc.paras)) or 1
            yield Finding("B-ART", at, message.format(type=layout.doctype.name))
        return
    expected = 1
    for index, number in numbers:
        if number != expected:
            message = _("article “Điều {n}” where “Điều {want}” was expected (numbered from 1)")
            yield Finding("B-ART", index, message.format(n=number, want=expected))
            return
        expected += 1
