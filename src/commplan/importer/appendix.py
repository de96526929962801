"""The tables commplan writes in its appendices, read back to complete the tasks.

Phụ lục I gives each task's time as written (its case), its outputs and the short name of its
owner; Phụ lục III is read by ``budget``. Other tables are listed for the officer.
"""

from __future__ import annotations

from typing import Any

from commplan.importer.draft import clean, fold


def is_task_table(rows: tuple[tuple[str, ...], ...]) -> bool:
    """True for Phụ lục I as commplan writes it (task, owner, time columns)."""
    head = fold(" ".join(rows[0])) if rows else ""
    return "nhiem vu" in head and "chu tri" in head and "thoi gian" in head


def read_task_table(
    rows: tuple[tuple[str, ...], ...], tasks: list[dict[str, Any]], units: list[dict[str, Any]]
) -> None:
    """Complete the tasks from Phụ lục I: time as written, outputs, owners' short names."""
    head = [fold(c) for c in rows[0]]
    col = {
        k: next((i for i, h in enumerate(head) if w in h), -1)
        for k, w in (
            ("title", "nhiem vu"),
            ("owner", "chu tri"),
            ("time", "thoi gian"),
            ("out", "san pham"),
        )
    }
    by_title = {fold(t["title"]): t for t in tasks}
    by_id = {u["id"]: u for u in units}
    for row in rows[1:]:
        if col["title"] < 0 or len(row) <= max(col.values()):
            continue
        task = by_title.get(fold(clean(row[col["title"]]).rstrip(".")))
        if task is None:
            continue
        time = clean(row[col["time"]])
        if task.get("time_text") and fold(time) == fold(task["time_text"]):
            task["time_text"] = time
        if col["out"] >= 0 and (outputs := clean(row[col["out"]])):
            task["outputs"] = [o.strip() for o in outputs.split("; ") if o.strip()]
        owner = by_id.get(task.get("owner", ""))
        short = clean(row[col["owner"]])
        if owner and short and fold(short) != fold(owner["name"]):
            owner["short_name"] = short
