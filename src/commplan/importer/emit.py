"""The plan file as YAML text, written by hand so that each inferred value carries its comment.

PyYAML cannot write comments, and the officer's to-do list is those comments. Every string is
written double-quoted as JSON writes it (a valid YAML double-quoted scalar), so no text can be
read back as another type ("yes", "12/2024", a leading zero); the round trip through commplan's
loader is tested.
"""

from __future__ import annotations

import json
from typing import Any

from commplan.importer.draft import Path_

_ORDER = (
    "schema_version",
    "document",
    "implements",
    "legal_bases",
    "proposed_by",
    "situation",
    "period",
    "outline",
    "list_style",
    "purposes",
    "requirements",
    "objectives",
    "units",
    "staff",
    "focal_point",
    "audiences",
    "messages",
    "phases",
    "task_groups",
    "activities",
    "milestones",
    "budget",
    "governance",
    "reporting",
)
_DOC_ORDER = (
    "form",
    "parent_agency",
    "issuer",
    "issuer_level",
    "number",
    "symbol",
    "place",
    "date",
    "title",
    "intro",
    "decision",
    "signer",
    "recipients",
    "archive",
)


def to_yaml(data: dict[str, Any], notes: dict[Path_, str], header: list[str]) -> str:
    """The plan file's text: ``header`` comments, then the data in the model's order."""
    lines = [f"# {h}" for h in header]
    top = {k: data[k] for k in _ORDER if k in data} | data
    if "document" in top:
        doc = top["document"]
        top["document"] = {k: doc[k] for k in _DOC_ORDER if k in doc} | doc
    _mapping(top, (), 0, notes, lines)
    return "\n".join(lines) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _comment(path: Path_, notes: dict[Path_, str]) -> str:
    return f"  # kiểm tra: {notes[path]}" if path in notes else ""


def _mapping(
    value: dict[str, Any],
    path: Path_,
    depth: int,
    notes: dict[Path_, str],
    out: list[str],
    first_prefix: str | None = None,
) -> None:
    pad = "  " * depth
    for n, (key, item) in enumerate(value.items()):
        lead = first_prefix if (first_prefix is not None and n == 0) else pad
        here = (*path, key)
        if isinstance(item, dict):
            out.append(f"{lead}{key}:{_comment(here, notes)}")
            _mapping(item, here, depth + 1, notes, out)
        elif isinstance(item, list) and item:
            out.append(f"{lead}{key}:{_comment(here, notes)}")
            _sequence(item, here, depth + 1, notes, out)
        elif isinstance(item, list):
            out.append(f"{lead}{key}: []{_comment(here, notes)}")
        else:
            out.append(f"{lead}{key}: {_scalar(item)}{_comment(here, notes)}")


def _sequence(
    items: list[Any], path: Path_, depth: int, notes: dict[Path_, str], out: list[str]
) -> None:
    pad = "  " * depth
    for i, item in enumerate(items):
        here = (*path, i)
        if isinstance(item, dict) and item:
            _mapping(item, here, depth + 1, notes, out, first_prefix=f"{pad}- ")
        else:
            out.append(f"{pad}- {_scalar(item)}{_comment(here, notes)}")
