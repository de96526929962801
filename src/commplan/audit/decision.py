"""The parts a Quyết định and a plan's opening add to the auditor's map (PLAN-MODEL.md).

A plan is issued either directly (a Kế hoạch) or attached to a Quyết định that "ban hành kèm
theo" it (Mẫu 1.3 of Phụ lục III, Nghị định 30/2020): QUYẾT ĐỊNH, its trích yếu, the authority
line ("BỘ TRƯỞNG BỘ Y TẾ"), căn cứ, "Theo đề nghị của … .", "QUYẾT ĐỊNH:", articles "Điều 1. …",
Nơi nhận and signature; then, on a new page, the plan with its own agency and Quốc hiệu block,
"KẾ HOẠCH", its title and "(Kèm theo Quyết định số …)", its body and no signature. This module
finds those parts; :mod:`commplan.audit.layout` puts them on the map.
"""

from __future__ import annotations

import re

from commplan.audit.find_header import DECISION, TITLE, Header
from commplan.audit.model import Doc, Para
from commplan.audit.normalize import canon, nfc
from commplan.audit.segments import is_rule_text

LEAD_WORDS = ("thực hiện", "triển khai")
PROPOSAL_WORDS = ("theo đề nghị", "trên cơ sở đề nghị", "xét đề nghị")
_ARTICLE = re.compile(r"^\s*Điều\s+\d+\.")
_DECIDE = canon("QUYẾT ĐỊNH:")


def low(para: Para) -> str:
    """Case-folded NFC text with whitespace runs as one space."""
    return " ".join(nfc(para.text).casefold().split())


def is_decision(header: Header) -> bool:
    """True when the document's title is QUYẾT ĐỊNH."""
    return header.title is not None and canon(header.title.text) == canon(DECISION)


def _text_paras(doc: Doc, start: int, end: int | None = None) -> list[Para]:
    last = len(doc.paras) if end is None else end - 1
    return [
        p
        for p in doc.paras[start - 1 : last]
        if not p.blank and not is_rule_text(p.text) and p.cell is None
    ]


def authority_line(doc: Doc, start: int) -> Para | None:
    """The centred line naming who decides, between the trích yếu and the căn cứ."""
    first = next(iter(_text_paras(doc, start)), None)
    if first is not None and first.props.align == "center":
        return first
    return None


def decision_lines(doc: Doc, start: int, end: int) -> set[int]:
    """Paragraph numbers of the "QUYẾT ĐỊNH:" line(s) between ``start`` and ``end``."""
    return {p.index for p in _text_paras(doc, start, end) if canon(p.text) == _DECIDE}


def continues_opening(doc: Doc, para: Para) -> bool:
    """True when the paragraph after ``para`` carries the opening's sentence on.

    That is "Theo đề nghị …" or a căn cứ that runs on into the issuing clause; a "Thực hiện
    …" sentence after the căn cứ starts a sentence of its own.
    """
    after = next(iter(_text_paras(doc, para.index + 1)), None)
    return after is not None and low(after).startswith(("căn cứ", *PROPOSAL_WORDS))


def article_label_end(para: Para) -> int:
    """Where a leading "Điều N." label ends (bold by ND30), or 0 when there is none."""
    match = _ARTICLE.match(nfc(para.text))
    return match.end() if match else 0


def attached_plan(doc: Doc, start: int, end: int) -> int | None:
    """The first paragraph of the body of the plan attached after the Quyết định, if any.

    The attached plan's head (its "KẾ HOẠCH" title, trích yếu, "(Kèm theo Quyết định …)" and
    rules) is centred; its body starts at the first paragraph that is not.
    """
    paras = _text_paras(doc, start, end)
    title = next((i for i, p in enumerate(paras) if canon(p.text) == canon(TITLE)), None)
    if title is None:
        return None
    for para in paras[title + 1 :]:
        if para.props.align != "center":
            return para.index
    return None
