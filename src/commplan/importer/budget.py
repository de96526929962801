"""KINH PHÍ in words and the budget table (Phụ lục III as commplan writes it, or an office's)."""

from __future__ import annotations

import re
from typing import Any

from commplan.importer.draft import Draft, clean, fold, make_id
from commplan.model.codes import LABELS

_TOTAL = re.compile(r"Tổng kinh phí\s*:\s*([\d.]+)\s*đồng", re.IGNORECASE)
_SOURCE = re.compile(r"^(?:\d+\.\s*)?Nguồn kinh phí\s*:\s*(.+?)\.?$", re.IGNORECASE)
_CATEGORIES = {fold(label): code for code, label in LABELS["budget_category"].items()}
_SOURCE_KINDS = (
    ("trung uong", "ngan_sach_trung_uong"),
    ("ngan sach nha nuoc", "ngan_sach_trung_uong"),
    ("xa hoi hoa", "xa_hoi_hoa"),
    ("tai tro", "tai_tro_quoc_te"),
    ("long ghep", "long_ghep"),
    ("ngan sach", "ngan_sach_dia_phuong"),
)


def money(text: str) -> int | None:
    """An amount written with dot thousands ('3.000.000 đồng') as an int."""
    digits = re.sub(r"[.\s]", "", text.replace("đồng", ""))
    return int(digits) if digits.isdigit() else None


def read_budget_text(draft: Draft, texts: list[str]) -> None:
    """KINH PHÍ in words: total, sources, and the rest as the statement."""
    budget: dict[str, Any] = draft.data.setdefault("budget", {})
    for text in texts:
        if match := _TOTAL.search(text):
            budget["total"] = money(match.group(1))
        elif match := _SOURCE.match(text):
            for name in match.group(1).split("; "):
                _source(draft, budget, name)
        elif not fold(text).startswith("du toan chi tiet tai phu luc"):
            budget.setdefault("statement", []).append(re.sub(r"^\d+\.\s+", "", text))
    draft.read.append("budget")


def _source(draft: Draft, budget: dict[str, Any], name: str) -> str:
    sources: list[dict[str, Any]] = budget.setdefault("sources", [])
    for source in sources:
        if fold(source["name"]) == fold(clean(name)):
            return str(source["id"])
    folded = fold(name)
    kind = next((k for words, k in _SOURCE_KINDS if words in folded), "nguon_hop_phap_khac")
    taken = {s["id"] for s in sources}
    source = {"id": make_id(name, taken, "nguon"), "kind": kind, "name": clean(name)}
    sources.append(source)
    draft.note(("budget", "sources", len(sources) - 1, "kind"), "loại nguồn suy ra từ tên")
    return str(source["id"])


def is_budget_table(rows: tuple[tuple[str, ...], ...]) -> bool:
    """True for a budget table (Nội dung chi, or Đơn giá and Thành tiền)."""
    head = fold(" ".join(rows[0])) if rows else ""
    return "noi dung chi" in head or ("thanh tien" in head and "don gia" in head)


def read_budget_table(draft: Draft, rows: tuple[tuple[str, ...], ...]) -> list[dict[str, Any]]:
    """Line items: a Roman row names a source, a numbered row a category, other rows are lines."""
    budget: dict[str, Any] = draft.data.setdefault("budget", {})
    head = [fold(c) for c in rows[0]]
    col = {name: _find(head, words) for name, words in _COLUMNS.items()}
    source, category = None, "khac"
    lines: list[dict[str, Any]] = []
    for row in rows[1:]:
        cells = list(row) + [""] * (len(head) - len(row))
        mark = cells[0].strip()
        if re.fullmatch(r"[IVX]+", mark):
            source = _source(draft, budget, cells[1])
        elif re.fullmatch(r"\d+", mark) and not _priced(cells, col["price"]):
            # A numbered row with a unit price is itself a line, as offices number them.
            category = _CATEGORIES.get(fold(cells[1]), "khac")
        elif _priced(cells, col["price"]) and (price := money(cells[col["price"]])) is not None:
            # Vietnamese numbers: "5.000" is five thousand, "1,5" one and a half.
            qty = cells[col["qty"]].replace(".", "").replace(",", ".").strip()
            lines.append(
                {
                    "id": f"b{len(lines) + 1}",
                    "activity": "",
                    "category": category,
                    "description": clean(cells[col["desc"]]),
                    "quantity": float(qty) if "." in qty else int(qty or 0),
                    "unit": clean(cells[col["unit"]]) or "lần",
                    "unit_price": price,
                    "source": source or _source(draft, budget, "Ngân sách nhà nước"),
                }
            )
    budget["lines"] = lines
    return lines


_COLUMNS = {
    "desc": ("noi dung",),
    "unit": ("don vi tinh", "dvt"),
    "qty": ("so luong",),
    "price": ("don gia",),
}


def _find(head: list[str], words: tuple[str, ...]) -> int:
    return next((i for i, h in enumerate(head) if any(w in h for w in words)), -1)


def _priced(cells: list[str], price: int) -> bool:
    return price > 0 and money(cells[price]) is not None
