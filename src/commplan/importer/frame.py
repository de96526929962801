"""The frame of the document: agency lines, number and symbol, place and date, title, signature.

Rendered plans carry the header and the signature in tables; offices also type the header as
paragraphs with tabs between the two columns. Both are read as lines of a left and right column.
"""

from __future__ import annotations

import re
from typing import Any

from commplan.importer.draft import Draft, clean, fold
from commplan.importer.read import Block

_NUMBER = re.compile(r"Số\s*:\s*(\d*)\s*/\s*([\wĐđ\-]+)", re.IGNORECASE)
_DATE = re.compile(r"^(.*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_HEAD_NOUNS = ("so ", "ban ", "van phong", "cuc ", "vu ", "trung tam", "phong ", "tong cuc")
_AUTHORITY = re.compile(r"^(TM|KT|Q|TL|TUQ|Q\.)\.?\s", re.IGNORECASE)


def header_lines(blocks: list[Block]) -> tuple[list[str], list[str], int]:
    """Left and right column lines before the title, and the index of the title block."""
    left: list[str] = []
    right: list[str] = []
    for i, block in enumerate(blocks):
        if block.rows is not None:
            for row in block.rows:
                if row:
                    left += row[0].split("\n")
                if len(row) > 1:
                    right += row[-1].split("\n")
            continue
        if is_title_word(block.text):
            return _strip(left), _strip(right), i
        for line in block.text.split("\n"):
            columns = [c for c in line.split("\t") if c.strip()]
            if len(columns) >= 2:
                left.append(columns[0])
                right.append(columns[-1])
            elif columns:
                (right if _is_right(columns[0]) else left).append(columns[0])
    return _strip(left), _strip(right), -1


def is_title_word(text: str) -> bool:
    """True for the line that names the kind of document."""
    return clean(text).upper() in ("KẾ HOẠCH", "QUYẾT ĐỊNH")


def _is_right(line: str) -> bool:
    folded = fold(line)
    return "cong hoa" in folded or "doc lap" in folded or bool(_DATE.match(line.strip()))


def _strip(lines: list[str]) -> list[str]:
    return [clean(x) for x in lines if clean(x).strip("-_ ")]


def read_header(draft: Draft, left: list[str], right: list[str]) -> None:
    """Issuer lines, number and symbol from the left column; place and date from the right."""
    doc: dict[str, Any] = draft.data.setdefault("document", {})
    agency = [x for x in left if not _NUMBER.search(x)]
    for line in left:
        if match := _NUMBER.search(line):
            digits, symbol = match.groups()
            if digits:
                doc["number"] = digits if digits.startswith("0") else int(digits)
            doc["symbol"] = symbol
    split = next((i for i, x in enumerate(agency) if i and fold(x).startswith(_HEAD_NOUNS)), 0)
    if split:
        doc["parent_agency"] = " ".join(agency[:split])
    doc["issuer"] = " ".join(agency[split:]) or "CƠ QUAN BAN HÀNH"
    if not agency:
        draft.note(("document", "issuer"), "không đọc được tên cơ quan ban hành")
    doc["issuer_level"] = issuer_level(doc["issuer"])
    draft.note(("document", "issuer_level"), "suy ra từ tên cơ quan")
    for line in right:
        if match := _DATE.match(line):
            place, day, month, year = match.groups()
            doc["place"] = clean(place)
            doc["date"] = f"{int(day):02d}/{int(month):02d}/{year}"
    draft.read.append("document (header)")


def issuer_level(issuer: str) -> str:
    """The issuer_level code a name suggests (the officer checks it)."""
    folded = fold(issuer)
    if folded.startswith(("uy ban nhan dan", "ubnd")):
        if any(w in folded for w in (" xa ", " phuong ", " thi tran ")) or folded.endswith(
            (" xa", " phuong")
        ):
            return "ubnd_xa"
        if any(w in folded for w in (" huyen ", " quan ", " thi xa ")):
            return "ubnd_huyen"
        return "ubnd_tinh"
    if folded.startswith("bo "):
        return "bo"
    if folded.startswith(("so ", "ban ")):
        return "so_nganh"
    return "co_quan_thuoc_cp"


def read_signature(draft: Draft, rows: tuple[tuple[str, ...], ...]) -> None:
    """Nơi nhận (recipients, archive) and the signature block (authority, title, name)."""
    doc: dict[str, Any] = draft.data.setdefault("document", {})
    row = rows[0]
    recipients: list[str] = []
    for line in row[0].split("\n")[1:]:
        item = clean(line).lstrip("-– ").rstrip(";.").strip()
        if not item:
            continue
        if fold(item).startswith("luu:"):
            doc["archive"] = clean(item.split(":", 1)[1]).rstrip(".")
        else:
            recipients.append(item)
    doc["recipients"] = recipients
    if len(row) > 1:
        lines = [clean(x) for x in row[-1].split("\n") if clean(x)]
        authority = [x for x in lines[:-1] if _AUTHORITY.match(x)]
        rest = [x for x in lines[:-1] if x not in authority]
        if lines and rest:
            doc["signer"] = {"authority": authority, "title": " ".join(rest), "name": lines[-1]}
    draft.read.append("document (signature, recipients)")


def is_signature(block: Block) -> bool:
    """True for the table of Nơi nhận and the signature."""
    rows = block.rows or ()
    return bool(rows) and bool(rows[0]) and fold(rows[0][0]).startswith("noi nhan")


def typed_signature(texts: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """The signature and Nơi nhận typed as paragraphs, as one table row; None if absent.

    A ward types "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name / "Nơi nhận:" / "- …" as
    paragraphs after the body; ``texts`` are the paragraphs from the first such line on.
    """
    if not texts or not starts_signature(texts[0]):
        return None
    at = next((i for i, t in enumerate(texts) if fold(t).startswith("noi nhan")), len(texts))
    sign, recipients = texts[:at], texts[at:] or ["Nơi nhận:"]
    if at == 0:  # Nơi nhận first, then the signature from its authority line
        end = next((i for i, t in enumerate(texts) if _AUTHORITY.match(t)), len(texts))
        sign, recipients = texts[end:], texts[:end]
    return (("\n".join(recipients), "\n".join(sign)),)


def starts_signature(text: str) -> bool:
    """True for "Nơi nhận:" or an authority line in capitals ("TM. ỦY BAN NHÂN DÂN")."""
    return fold(text).startswith("noi nhan") or bool(_AUTHORITY.match(text) and text.isupper())
