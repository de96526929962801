"""Points of the task section that are not tasks: audiences, messages and milestones."""

from __future__ import annotations

import re
from typing import Any

from commplan.importer.draft import Draft, clean, fold, make_id

_KINDS = (
    ("doanh nghiep", "doanh_nghiep"),
    ("can bo", "can_bo_cong_chuc"),
    ("cong chuc", "can_bo_cong_chuc"),
    ("phong vien", "bao_chi"),
    ("bao chi", "bao_chi"),
    ("chuyen gia", "chuyen_gia"),
    ("dan toc thieu so", "dong_bao_dtts"),
    ("to chuc", "to_chuc_xa_hoi"),
    ("yeu the", "nhom_yeu_the"),
    ("quoc te", "quoc_te"),
)
_FOR = re.compile(r"^[“\"]?(.+?)[”\"]?\s*\(đối tượng:\s*(.+)\)$")


def mode_of(title: str) -> str | None:
    """Which list a khoản of the task section fills, or None for a group of tasks."""
    folded = fold(title)
    if folded.startswith("doi tuong"):
        return "audiences"
    if folded.startswith("thong diep"):
        return "messages"
    if "moc thoi gian" in folded:
        return "milestones"
    if folded.startswith(("chinh sach duoc truyen thong", "danh muc chinh sach")):
        return "kept"  # a policy needs flags the text does not give: kept for the officer
    return None


def add(draft: Draft, mode: str, text: str, taken: set[str]) -> None:
    """Add one point of an audiences, messages, milestones or kept list."""
    text = clean(text).rstrip(";.")
    if mode == "audiences":
        audiences: list[dict[str, Any]] = draft.data.setdefault("audiences", [])
        folded = fold(text)
        kind = next((k for words, k in _KINDS if words in folded), "nguoi_dan")
        audiences.append({"id": make_id(text, taken, "dt"), "name": text, "kind": kind})
        draft.note(("audiences", len(audiences) - 1, "kind"), "loại đối tượng suy ra từ tên")
        return
    if mode == "milestones":
        _milestone(draft, text)
        return
    if mode == "kept":
        draft.data.setdefault("situation", []).append(text)
        draft.kept.append(text[:60])
        return
    messages: list[dict[str, Any]] = draft.data.setdefault("messages", [])
    message: dict[str, Any] = {"id": f"td{len(messages) + 1}", "text": text}
    if match := _FOR.match(text):
        message["text"] = match.group(1)
        names = {fold(a["name"]): a["id"] for a in draft.data.get("audiences", [])}
        refs = [names.get(fold(n.strip())) for n in re.split(r",\s+", match.group(2))]
        if all(refs) and refs:
            message["audiences"] = refs
        else:
            message["text"] = text
    messages.append(message)


def _milestone(draft: Draft, text: str) -> None:
    # "- tháng 6/2024: Hoàn thành …" as commplan writes a milestone; else kept in the situation.
    from commplan.importer.timeframe import read_time

    when, _sep, name = text.partition(": ")
    read = read_time(when, None)
    if not name or read.start is None or read.start != read.end:
        draft.data.setdefault("situation", []).append(text)
        draft.kept.append(text[:60])
        return
    milestones: list[dict[str, Any]] = draft.data.setdefault("milestones", [])
    kind = "bao_cao" if "bao cao" in fold(name) else "han_chot"
    milestones.append(
        {"id": f"moc{len(milestones) + 1}", "name": name, "date": read.start, "kind": kind}
    )
    draft.note(("milestones", len(milestones) - 1, "kind"), "loại mốc suy ra từ tên")
