"""Paragraph blocks of the body and the numbering of mục, khoản and điểm.

A block is a plain dict the template turns into one paragraph: ``kind`` is ``"heading"`` (a
khoản title, bold) or ``"paragraph"``; ``label`` is the literal number ("1.", "a)", "-") or
empty; ``text`` is the rest. Labels are literal text, not Word numbering, so that an auditor
can read them (ND30 §5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from commplan.render.text import strip_item
from commplan.vn.formats import POINT_LETTERS

Block = dict[str, str]
Section = dict[str, object]


def heading(label: str, text: str) -> Block:
    """A khoản title in bold, e.g. "1. Mục đích"."""
    return {"kind": "heading", "label": label, "text": text}


def para(text: str, label: str = "") -> Block:
    """A body paragraph, with an optional literal label."""
    return {"kind": "paragraph", "label": label, "text": text}


def _ended(items: Sequence[str]) -> list[str]:
    # Vietnamese lists end each item with ";" and the last with "." (as Nơi nhận does).
    cleaned = [strip_item(item) for item in items]
    return [f"{t};" if i < len(cleaned) - 1 else f"{t}." for i, t in enumerate(cleaned)]


def dashes(items: Sequence[str], *, punctuate: bool = True) -> list[Block]:
    """Paragraphs "- item;", the last ending in "." when ``punctuate``."""
    texts = _ended(items) if punctuate else list(items)
    return [para(t, "-") for t in texts]


def points(items: Sequence[str], *, punctuate: bool = False) -> list[Block]:
    """Điểm "a) … b) …" in the Vietnamese alphabet.

    One item needs no letter. Beyond the 23 letters a) to y) the items become "-" paragraphs,
    since ND30 has no letter after y).
    """
    texts = _ended(items) if punctuate else list(items)
    if len(texts) == 1:
        return [para(texts[0])]
    if len(texts) > len(POINT_LETTERS):
        return [para(t, "-") for t in texts]
    return [para(t, f"{POINT_LETTERS[i]})") for i, t in enumerate(texts)]


def listed(items: Sequence[str], style: str) -> list[Block]:
    """Items in the plan's ``list_style``: "- item;" dashes, or "a) b)" letters."""
    if style == "letters":
        return points(items, punctuate=True)
    return dashes(items)


def lettered(groups: Sequence[tuple[str, list[Block]]]) -> list[Block]:
    """Points that each carry following paragraphs: ``(point text, blocks under it)``."""
    use_letters = 1 < len(groups) <= len(POINT_LETTERS)
    out: list[Block] = []
    for i, (text, under) in enumerate(groups):
        label = f"{POINT_LETTERS[i]})" if use_letters else ("-" if len(groups) > 1 else "")
        out.append(para(text, label))
        out.extend(under)
    return out


@dataclass(slots=True)
class Khoan:
    """A khoản before numbering: a bold title (or a plain first sentence) and what follows."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    titled: bool = True


def number_khoans(khoans: Sequence[Khoan]) -> list[Block]:
    """Number the khoản 1., 2., … in order, so that left-out ones leave no gap."""
    out: list[Block] = []
    for i, khoan in enumerate(khoans, start=1):
        out.append(heading(f"{i}.", khoan.text) if khoan.titled else para(khoan.text, f"{i}."))
        out.extend(khoan.blocks)
    return out


def section(title: str, blocks: list[Block]) -> Section:
    """A mục before numbering; ``number`` is filled in by the caller."""
    return {"number": "", "title": title, "blocks": blocks}
