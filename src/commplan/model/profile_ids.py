"""The ids of the rule profiles shipped in the package, known without reading the files."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def shipped_profile_ids() -> tuple[str, ...]:
    """Ids of the profiles in ``commplan/data/profiles`` (the file name is the id)."""
    folder = resources.files("commplan") / "data" / "profiles"
    return tuple(
        sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))
    )
