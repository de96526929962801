"""The plan being built: its data, notes on inferred values, text kept for the officer."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

Path_ = tuple[str | int, ...]


@dataclass
class Draft:
    """Plan data in the order of PLAN-MODEL.md, with a ``# kiểm tra`` note per inferred value."""

    data: dict[str, Any] = field(default_factory=dict)
    notes: dict[Path_, str] = field(default_factory=dict)
    read: list[str] = field(default_factory=list)
    """Fields read from the text as written."""
    inferred: list[str] = field(default_factory=list)
    """Fields whose value commplan chose (each also has a note in the YAML)."""
    kept: list[str] = field(default_factory=list)
    """Text that maps to no field: kept in situation, a group's text or a task's details."""

    def note(self, path: Path_, why: str) -> None:
        """Mark the value at ``path`` as inferred: the YAML line gets ``# kiểm tra: why``."""
        self.notes[path] = why
        self.inferred.append(".".join(str(p) for p in path))


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without diacritics, for matching headings however they are typed."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def make_id(name: str, taken: set[str], prefix: str = "") -> str:
    """An ASCII id from a name (initials of its words), unique among ``taken``."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    base = "".join(w[0] for w in words[:8]) or "x"
    if prefix:
        base = f"{prefix}_{base}" if not base[0].isalpha() or prefix else base
    if not base[0].isalpha():
        base = "x_" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


def clean(text: str) -> str:
    """One line: runs of spaces, tabs and breaks as one space."""
    return re.sub(r"\s+", " ", text).strip()
