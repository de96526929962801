"""The whole document → a Draft: frame, opening, sections, tables, then the tasks finished."""

from __future__ import annotations

import re
from typing import Any

from commplan.errors import CommplanError
from commplan.i18n import _
from commplan.importer import organisation
from commplan.importer.appendix import is_task_table, read_task_table
from commplan.importer.budget import is_budget_table, read_budget_table
from commplan.importer.draft import Draft, clean, fold
from commplan.importer.frame import (
    header_lines,
    is_signature,
    read_header,
    read_signature,
    starts_signature,
    typed_signature,
)
from commplan.importer.opening import opening_paragraphs, read_decision, read_opening, read_title
from commplan.importer.read import Block, NotImportable
from commplan.importer.sections import read_sections
from commplan.importer.tasks import TaskReader
from commplan.importer.units import Units


class NotAPlan(CommplanError):
    """A readable Word document that is not a Kế hoạch or a Quyết định with one (exit 1)."""

    exit_code = 1


def parse(blocks: list[Block], file: str) -> Draft:
    """Read the blocks of a document into a Draft; raises NotAPlan for other documents."""
    draft = Draft(data={"schema_version": 1})
    left, right, title_at = header_lines(blocks)
    if title_at < 0:
        raise NotAPlan(
            _(
                "{file}: not a plan: no title line KẾ HOẠCH or QUYẾT ĐỊNH was found;"
                " import reads a Kế hoạch, or a Quyết định with its attached Kế hoạch"
            ).format(file=file)
        )
    read_header(draft, left, right)
    i = read_title(draft, blocks, title_at)
    if clean(blocks[title_at].text).upper() == "QUYẾT ĐỊNH":
        i = read_decision(draft, blocks, i)
    texts, i = opening_paragraphs(blocks, i)
    read_opening(draft, texts)
    body, tables = _body(draft, blocks[i:])
    year = _year(draft)
    units = Units(draft)
    tasks = read_sections(draft, units, body, year)
    if not tasks.tasks:
        raise NotAPlan(
            _(
                "{file}: no tasks were found under a heading such as"
                " 'II. NỘI DUNG, NHIỆM VỤ' or 'NHIỆM VỤ, GIẢI PHÁP'; is this a plan?"
            ).format(file=file)
        )
    _finish_tasks(draft, tasks, units, year)
    units.finish()
    _tables(draft, tables, tasks)
    organisation.resolve_staff(draft, units)
    return draft


def _body(draft: Draft, blocks: list[Block]) -> tuple[list[str], list[tuple[tuple[str, ...], ...]]]:
    texts: list[str] = []
    tables = []
    in_appendix = False
    for block in blocks:
        if block.rows is not None:
            if is_signature(block) and "recipients" not in draft.data["document"]:
                read_signature(draft, block.rows)
                in_appendix = True
            elif block.rows:
                tables.append(block.rows)
        elif not in_appendix and clean(block.text):
            texts.append(clean(block.text))
    if "recipients" not in draft.data["document"]:
        texts = _typed_signature(draft, texts)
    return texts, tables


def _typed_signature(draft: Draft, texts: list[str]) -> list[str]:
    # No signature table: the signature and Nơi nhận typed as paragraphs, up to "Lưu: …".
    start = next((i for i, t in enumerate(texts) if starts_signature(t)), None)
    if start is None:
        return texts
    end = next((j + 1 for j in range(start, len(texts)) if _archive(texts[j])), None)
    if end is None or not (row := typed_signature(texts[start:end])):
        return texts
    read_signature(draft, row)
    return texts[:start] + texts[end:]


def _archive(text: str) -> bool:
    return fold(text).lstrip("-– ").startswith("luu")


def _year(draft: Draft) -> int | None:
    doc = draft.data["document"]
    match = re.search(r"năm (\d{4})", doc.get("title", "")) or re.search(
        r"(\d{4})$", doc.get("date", "")
    )
    return int(match.group(1)) if match else None


def _finish_tasks(draft: Draft, reader: TaskReader, units: Units, year: int | None) -> None:
    whole = f"năm {year}" if year else "năm 2025"
    dated = not reader.by_topic and reader.groups and all("start" in g for g in reader.groups)
    if dated:
        draft.data["phases"] = [_phase(g) for g in reader.groups]
        for i in range(len(reader.groups)):
            draft.note(("phases", i, "kind"), "giai đoạn suy ra từ tên")
    elif reader.groups:
        draft.data["task_groups"] = [
            {k: g[k] for k in ("id", "title", "text") if k in g} for g in reader.groups
        ]
    bounds = {g["id"]: (g.get("start", whole), g.get("end", whole)) for g in reader.groups}
    activities = []
    for n, task in enumerate(reader.tasks):
        group = task.pop("_group")
        if group:
            task["phase" if dated else "group"] = group
        if "owner" not in task:
            task["owner"] = units.ref(_issuer_name(draft))
            draft.note(("activities", n, "owner"), "văn bản không nêu đơn vị chủ trì")
        if "start" not in task:
            task["start"], task["end"] = bounds.get(group or "", (whole, whole))
            draft.note(("activities", n, "start"), "văn bản không nêu thời gian cụ thể")
        draft.note(("activities", n, "type"), "loại hoạt động suy ra từ tên")
        task.pop("_full", None)
        if cut := task.pop("_cut", None):
            draft.note(
                ("activities", n, "title"), f"phần sau đã đọc thành chủ trì, thời gian: {cut}"
            )
        activities.append(_ordered(task))
    draft.data["activities"] = activities
    draft.read.append(f"activities ({len(activities)})")


_TASK_KEYS = (
    "id",
    "title",
    "type",
    "phase",
    "group",
    "owner",
    "partners",
    "start",
    "end",
    "time_text",
    "recurrence",
    "outputs",
    "details",
)


def _ordered(task: dict[str, Any]) -> dict[str, Any]:
    return {k: task[k] for k in _TASK_KEYS if k in task}


def _issuer_name(draft: Draft) -> str:
    issuer = str(draft.data["document"]["issuer"])
    return issuer[:1] + issuer[1:].lower()


def _phase(group: dict[str, Any]) -> dict[str, Any]:
    folded = fold(group["title"])
    kind = (
        "soan_thao"
        if any(w in folded for w in ("xay dung", "soan thao", "du thao"))
        else "thuc_thi"
    )
    return {
        "id": group["id"],
        "kind": kind,
        "name": group["title"],
        "start": group["start"],
        "end": group["end"],
    }


def _tables(draft: Draft, tables: list[tuple[tuple[str, ...], ...]], reader: TaskReader) -> None:
    activities = draft.data["activities"]
    for rows in tables:
        if is_task_table(rows):
            read_task_table(rows, activities, draft.data["units"])
        elif is_budget_table(rows):
            lines = read_budget_table(draft, rows)
            words = [(set(fold(a["title"]).split()), str(a["id"])) for a in activities]
            for n, line in enumerate(lines):
                line["activity"] = _best_task(line["description"], words)
                draft.note(("budget", "lines", n, "activity"), "nhiệm vụ gắn với khoản chi")
        elif not any("Năm" in c or c.isdigit() for c in rows[0][3:]):
            draft.kept.append(_("a table not read: {first}").format(first=" | ".join(rows[0])[:50]))
    del reader


def _best_task(description: str, tasks: list[tuple[set[str], str]]) -> str:
    # The task sharing most words with the line; the officer checks it (# kiểm tra).
    words = set(fold(description).split())
    return max(tasks, key=lambda task: len(words & task[0]))[1]


__all__ = ["NotAPlan", "NotImportable", "parse"]
