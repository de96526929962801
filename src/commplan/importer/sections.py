"""Sections I–V by their Roman headings, each read into the fields it writes."""

from __future__ import annotations

import re
from typing import Any

from commplan.importer import organisation
from commplan.importer.budget import read_budget_text
from commplan.importer.draft import Draft, clean, fold
from commplan.importer.opening import ROMAN
from commplan.importer.tasks import ITEM, KHOAN, TaskReader
from commplan.importer.units import Units

_LISTS = (
    ("muc dich", "purposes"),
    ("muc tieu tong quat", "purposes"),
    ("yeu cau", "requirements"),
    ("muc tieu", "objectives"),
)


def split_sections(texts: list[str]) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) for each Roman-numbered section."""
    sections: list[tuple[str, list[str]]] = []
    for text in texts:
        if match := ROMAN.match(text):
            sections.append((match.group(2), []))
        elif sections:
            sections[-1][1].append(text)
    return sections


def read_sections(draft: Draft, units: Units, texts: list[str], year: int | None) -> TaskReader:
    """Read sections I–V into the draft; returns the tasks read."""
    tasks = TaskReader(draft, units, by_topic=False, year=year)
    for heading, body in split_sections(texts):
        folded = fold(heading)
        if folded.startswith(("muc dich", "muc tieu")):
            _purposes(draft, folded, body)
        elif "kinh phi" in folded:
            read_budget_text(draft, body)
        elif "to chuc thuc hien" in folded:
            _organisation(draft, units, body)
        elif "nhiem vu" in folded or "noi dung" in folded or "giai phap" in folded:
            tasks.by_topic = "giai phap" in folded
            tasks.read(body)
        else:
            _keep(draft, [heading, *body])
    return tasks


def _purposes(draft: Draft, heading: str, body: list[str]) -> None:
    if heading.startswith("muc tieu"):
        draft.data["outline"] = "muc_tieu"
    field = "purposes"
    for text in body:
        if (match := KHOAN.match(text)) and len(text) < 60:
            name = fold(match.group(2)).rstrip(":. ")
            field = next((f for words, f in _LISTS if name.startswith(words)), field)
            continue
        item = ITEM.match(text)
        if item and item.group(1) and field != "objectives":  # objectives are always lettered
            draft.data["list_style"] = "letters"
        value = clean(item.group(2) if item else text).rstrip(";")
        if field == "objectives":
            objectives = draft.data.setdefault("objectives", [])
            objectives.append(
                {"id": f"muc_tieu_{len(objectives) + 1}", "statement": value, "level": "outcome"}
            )
            draft.note(("objectives", len(objectives) - 1, "level"), "cấp độ mục tiêu")
        else:
            draft.data.setdefault(field, []).append(value)
    draft.read.append("purposes, requirements, objectives")


def _organisation(draft: Draft, units: Units, body: list[str]) -> None:
    current: dict[str, Any] | None = None
    other: tuple[str, list[str]] | None = None
    kept: list[str] = []
    for text in body:
        if fold(text).startswith("trong qua trinh to chuc"):
            continue  # the closing sentence commplan writes itself
        match = KHOAN.match(text)
        if match and not fold(match.group(2)).startswith(organisation.KINDS):
            kept += _other(draft, units, other)
            current, other = units.unit(match.group(2).rstrip(":")), None
            units.listed.append(current["id"])
        elif match:
            kept += _other(draft, units, other)
            current, other = None, (match.group(2), [])
        elif other is not None:
            other[1].append(text)
        elif current is not None:
            item = ITEM.match(text)
            current.setdefault("duties", []).append(clean(item.group(2) if item else text))
        else:
            kept.append(text)
    kept += _other(draft, units, other)
    _keep(draft, kept)
    draft.read.append("units (Tổ chức thực hiện)")


def _other(draft: Draft, units: Units, other: tuple[str, list[str]] | None) -> list[str]:
    if other is None:
        return []
    left = organisation.read_khoan(draft, units, other[0], other[1])
    return [other[0], *left] if left else []


def _keep(draft: Draft, texts: list[str]) -> None:
    # Text that maps to no field is kept in the situation, never dropped, and listed.
    for text in texts:
        draft.data.setdefault("situation", []).append(text)
        draft.kept.append(re.sub(r"\s+", " ", text)[:60])
