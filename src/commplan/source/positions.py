"""Where each value of a plan file stands in its source text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PathItem = str | int
Path = tuple[PathItem, ...]


@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based start and a one-past-the-end position, counting code points."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None


FILE_START = Span(1, 1)


Marks = Any
"""A node's 0-based (start_mark, end_mark), or the node itself (anything with those two)."""


def span_of(marks: Span | Marks) -> Span:
    """The 1-based span of a node's marks (a Span is returned as it is)."""
    if isinstance(marks, Span):
        return marks
    start, end = marks if isinstance(marks, tuple) else (marks.start_mark, marks.end_mark)
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


@dataclass(slots=True)
class PositionIndex:
    """Positions of values and keys by path, plus facts the diagnostics need.

    ``values[path]`` holds the position of the value at ``path``; ``keys[path]`` that of the
    key that introduced it (mapping entries only); ``first_keys[path]`` the first key inside
    the mapping at ``path``; ``flow`` holds the paths of mappings written as ``{...}``.
    Positions are stored as the parser's marks and turned into spans only when a finding
    needs one: most values never do.
    """

    values: dict[Path, Span | Marks] = field(default_factory=dict)
    keys: dict[Path, Span | Marks] = field(default_factory=dict)
    first_keys: dict[Path, Span | Marks] = field(default_factory=dict)
    flow: set[Path] = field(default_factory=set)
    empty_values: set[Path] = field(default_factory=set)

    def keep_only(self, path: Path) -> None:
        """Forget every position but the value and key at ``path`` (to free memory)."""
        value, key = self.values.get(path), self.keys.get(path)
        self.values = {path: value} if value else {}
        self.keys = {path: key} if key else {}
        self.first_keys, self.flow, self.empty_values = {}, set(), set()

    def known(self, path: Path) -> bool:
        """True when ``path`` names a value written in the file."""
        return path in self.values

    def value(self, path: Path) -> Span:
        """The value at ``path``, or of its nearest written ancestor."""
        return self._nearest(path, self.values)

    def key(self, path: Path) -> Span:
        """The key that introduced ``path``; the value's span for list items."""
        if path in self.keys:
            return span_of(self.keys[path])
        return self.value(path)

    def container(self, path: Path) -> Span:
        """Where a finding about the mapping or list at ``path`` (e.g. a missing field) points.

        The key of the mapping; for a list item, the item's first key; at the top, 1:1.
        """
        while path:
            if isinstance(path[-1], int) and path in self.first_keys:
                return span_of(self.first_keys[path])
            if path in self.keys:
                return span_of(self.keys[path])
            if path in self.values:
                return span_of(self.values[path])
            path = path[:-1]
        return FILE_START

    @staticmethod
    def _nearest(path: Path, table: dict[Path, Span | Marks]) -> Span:
        while path:
            if path in table:
                return span_of(table[path])
            path = path[:-1]
        return FILE_START
