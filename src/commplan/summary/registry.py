"""Agency registries: who the dispatch went to, one data file per edition.

An edition (``vn-2022``, ``vn-2025``) lists each agency with a stable id, its official name,
aliases, level and validity dates, and cites its legal source in the file. A user's own list
(``--agencies FILE``) has the same format. Names are matched after NFC, case folding, the usual
abbreviations (UBND, TP) and without diacritics or the generic words in front of a place name.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict

from commplan.errors import ConfigError
from commplan.i18n import _
from commplan.model.types import Day, Id, Text
from commplan.source.datafile import parse_data, shipped_data, user_file
from commplan.source.inputs import read_file

SHIPPED: Final = ("vn-2022", "vn-2025")
Level = Literal["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp", "ubnd_tinh"]
MINISTRY_LEVELS: Final = frozenset({"bo", "co_quan_ngang_bo", "co_quan_thuoc_cp"})

# The order matters: longer phrases first, so "ủy ban nhân dân tỉnh" goes before "tỉnh".
_GENERIC: Final = (
    "uy ban nhan dan thanh pho",
    "uy ban nhan dan tinh",
    "uy ban nhan dan",
    "thanh pho",
    "tinh",
)
_ABBREVIATIONS: Final = {"ubnd": "uy ban nhan dan", "tp": "thanh pho"}
_NOT_WORD = re.compile(r"[^a-z0-9]+")


class Agency(BaseModel):
    """One agency of an edition."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    name: Text
    level: Level
    aliases: list[Text] = []
    valid_from: Day | None = None
    valid_to: Day | None = None
    predecessors: list[Id] = []

    @property
    def is_ministry(self) -> bool:
        """A bộ, cơ quan ngang bộ or cơ quan thuộc Chính phủ (not a province)."""
        return self.level in MINISTRY_LEVELS


class Edition(BaseModel):
    """A registry file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Text
    title: Text
    legal_source: Text
    valid_from: Day | None = None
    valid_to: Day | None = None
    agencies: list[Agency]

    def count(self, *, ministries: bool) -> int:
        """How many agencies of the edition are ministries (or provinces)."""
        return sum(1 for a in self.agencies if a.is_ministry == ministries)


def match_key(name: str) -> str:
    """The form in which names are compared: ``UBND TỈNH NAM ĐỊNH`` -> ``nam dinh``."""
    text = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [_ABBREVIATIONS.get(w, w) for w in _NOT_WORD.sub(" ", text).split()]
    text = " ".join(words)
    for generic in _GENERIC:
        if text.startswith(generic + " "):
            return text[len(generic) + 1 :]
    return text


class Registry:
    """An edition with its name index."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self._index: dict[str, Agency] = {}
        for agency in edition.agencies:
            for name in (agency.name, *agency.aliases):
                self._index.setdefault(match_key(name), agency)

    def match(self, name: str) -> Agency | None:
        """The agency a name refers to, or None."""
        return self._index.get(match_key(name))

    def valid_on(self, day: date) -> list[Agency]:
        """The agencies that existed on ``day`` (all of them when their dates are open)."""
        return [
            a
            for a in self.edition.agencies
            if (a.valid_from is None or a.valid_from <= day)
            and (a.valid_to is None or day <= a.valid_to)
        ]


@cache
def shipped_edition(edition_id: str) -> Edition:
    """A registry edition that ships in the package."""
    return parse_edition(*shipped_data("agencies", edition_id))


def load_registry(reference: str) -> Registry:
    """A shipped edition by id, or the user's own file.

    Raises:
        UsageError: neither a shipped id nor an existing file.
        ConfigError: the file is not a valid registry.
    """
    if reference in SHIPPED:
        return Registry(shipped_edition(reference))
    path = user_file(
        reference,
        SHIPPED,
        _("unknown agency list '{ref}'; use one of {ids} or the path of a list file"),
    )
    return Registry(parse_edition(read_file(path), path.as_posix()))


def parse_edition(raw: bytes, name: str) -> Edition:
    """Check a registry file; raises ``ConfigError`` with the file, line and key."""
    invalid = _("{file}: invalid agency list at '{key}': {message}")
    edition = parse_data(raw, name, Edition, invalid)
    ids = [a.id for a in edition.agencies]
    if len(ids) != len(set(ids)):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise ConfigError(
            _("{file}: agency ids must be unique; repeated: {ids}").format(
                file=name, ids=", ".join(twice)
            )
        )
    return edition
