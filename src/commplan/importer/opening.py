"""From the title to section I: title, the Quyết định around an attached plan, the opening.

Each opening paragraph is read by its first words (Thực hiện, Căn cứ, Theo đề nghị); the issuing
clause ("… ban hành Kế hoạch … như sau:") becomes ``document.intro``; any other paragraph is the
situation the plan starts from.
"""

from __future__ import annotations

import re
from typing import Any

from commplan.importer.draft import Draft, clean, fold
from commplan.importer.frame import header_lines, is_signature, read_signature
from commplan.importer.read import Block

ROMAN = re.compile(r"^([IVXL]+)\s*[.:/-]\s*(.+)$")
_CLAUSE = re.compile(r"^(.*;)\s+(\S[^;]*ban hành[^;]*như sau:?)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]\s*(.+)$", re.IGNORECASE)


def read_title(draft: Draft, blocks: list[Block], start: int) -> int:
    """The title after the KẾ HOẠCH/QUYẾT ĐỊNH line; returns the index after it."""
    doc: dict[str, Any] = draft.data.setdefault("document", {})
    lines: list[str] = []
    i = start + 1
    while i < len(blocks) and not blocks[i].is_table and blocks[i].text.strip():
        text = clean(blocks[i].text)
        if fold(text).startswith(("thuc hien", "can cu", "(kem theo", "(ban hanh kem theo")):
            break
        if lines and text.isupper():  # the authority line of a Quyết định follows its title
            break
        lines.append(text)
        i += 1
        if len(lines) == 3:
            break
    title = " ".join(lines)
    if fold(title).startswith("ban hanh ke hoach "):
        title = title[len("Ban hành Kế hoạch ") :]
        title = title[:1].upper() + title[1:]
    doc["title"] = title or "(chưa đọc được tên kế hoạch)"
    if not title:
        draft.note(("document", "title"), "không đọc được trích yếu")
    return i


def read_decision(draft: Draft, blocks: list[Block], i: int) -> int:
    """The Quyết định: authority, căn cứ, articles, signature; returns the attached plan's start."""
    doc: dict[str, Any] = draft.data["document"]
    doc["form"] = "quyet_dinh"
    decision: dict[str, Any] = {}
    doc["decision"] = decision
    opening: list[str] = []
    articles: dict[int, str] = {}
    while i < len(blocks) and not is_signature(blocks[i]):
        text = clean(blocks[i].text)
        i += 1
        if not text or blocks[i - 1].is_table:
            continue
        if "authority" not in decision and text.isupper() and not text.startswith("QUYẾT"):
            decision["authority"] = text
        elif match := _ARTICLE.match(text):
            articles[int(match.group(1))] = match.group(2)
        elif not text.startswith("QUYẾT ĐỊNH"):
            opening.append(text)
    read_opening(draft, opening)
    if i < len(blocks):
        read_signature(draft, blocks[i].rows or ())
        i += 1
    if "authority" not in decision:
        decision["authority"] = str(doc["issuer"])
        draft.note(("document", "decision", "authority"), "không thấy dòng thẩm quyền ban hành")
    _executors(draft, decision, articles)
    return _attached(draft, blocks, i)


def _executors(draft: Draft, decision: dict[str, Any], articles: dict[int, str]) -> None:
    last = articles.get(max(articles)) if articles else ""
    if match := re.match(r"^(.+?)\s+chịu trách nhiệm thi hành", last or ""):
        decision["executors"] = re.split(r",\s+(?=[A-ZĐÂĂÊÔƠƯ])", match.group(1))
    elif articles:
        decision["articles"] = [articles[k] for k in sorted(articles)]
        draft.kept.append("Điều 1–3 giữ nguyên văn (decision.articles)")


def _attached(draft: Draft, blocks: list[Block], i: int) -> int:
    # The attached plan repeats the header without number or date, KẾ HOẠCH and its title.
    _, _, title_at = header_lines(blocks[i:])
    if title_at < 0:
        return i
    i = read_title(draft, blocks, i + title_at)
    if i < len(blocks) and fold(blocks[i].text).startswith("(ban hanh kem theo"):
        draft.data["document"]["decision"]["attached_wording"] = "ban_hanh"
    return i + 1 if i < len(blocks) and blocks[i].text.strip().startswith("(") else i


def opening_paragraphs(blocks: list[Block], i: int) -> tuple[list[str], int]:
    """Paragraph texts up to the first Roman heading, and that heading's index."""
    texts: list[str] = []
    while i < len(blocks) and not (not blocks[i].is_table and ROMAN.match(clean(blocks[i].text))):
        if not blocks[i].is_table and clean(blocks[i].text):
            texts.append(clean(blocks[i].text))
        i += 1
    return texts, i


def read_opening(draft: Draft, texts: list[str]) -> None:
    """Thực hiện, Căn cứ, Theo đề nghị, the issuing clause and the situation."""
    data = draft.data
    for text in texts:
        if match := _CLAUSE.match(text):
            text, clause = match.group(1), match.group(2)
            data["document"]["intro"] = clause
        folded = fold(text)
        if "ban hanh" in folded and folded.endswith(("nhu sau:", "nhu sau")):
            # The issuing clause, also when it opens with "Thực hiện …, Ủy ban … ban hành …".
            data["document"]["intro"] = text
        elif folded.startswith("thuc hien "):
            data.setdefault("implements", []).append(_item(text, "Thực hiện "))
        elif folded.startswith("can cu "):
            data.setdefault("legal_bases", []).append(_item(text, "Căn cứ "))
        elif folded.startswith("theo de nghi cua "):
            body = _item(text, "Theo đề nghị của ")
            by, _sep, submission = body.partition(" tại ")
            data["proposed_by"] = {"by": by} | ({"submission": submission} if submission else {})
        else:
            data.setdefault("situation", []).append(text)
    if data.get("situation"):
        draft.read.append("situation")


def _item(text: str, lead: str) -> str:
    return text[len(lead) :].strip().rstrip(";.,").strip()
