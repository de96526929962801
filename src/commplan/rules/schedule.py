"""When activities happen: single runs, recurring occurrences and calendar quarters.

An activity runs from the first day of its ``start`` to the last day of its ``end``. With
``recurrence`` it happens once per calendar month, quarter or year in that range, each
occurrence clipped to the range. All arithmetic is on ``datetime.date`` (whole days).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from commplan.model.codes import Recurrence
from commplan.model.plan import Activity

__all__ = [
    "RECURRENCE_MONTHS",
    "Adjacency",
    "Cycle",
    "calendar_periods",
    "dependency_graph",
    "find_cycles",
    "occurrences",
    "quarters_overlapping",
    "strong_components",
]

RECURRENCE_MONTHS: Final[dict[Recurrence, int]] = {"monthly": 1, "quarterly": 3, "yearly": 12}
"""Length in months of the calendar period each recurrence repeats over."""

_ONE_DAY: Final = timedelta(days=1)


def _period_start(day: date, months: int) -> date:
    # Calendar periods are aligned on January: quarters start in months 1, 4, 7 and 10.
    return date(day.year, (day.month - 1) // months * months + 1, 1)


def _add_months(day: date, months: int) -> date:
    # Only ever called on the first of a month, so the day needs no clamping.
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def calendar_periods(first: date, last: date, months: int) -> list[tuple[date, date]]:
    """The calendar periods of ``months`` months (1, 3 or 12) that overlap a range.

    Args:
        first: The first day of the range.
        last: The last day of the range (inclusive).
        months: 1 for months, 3 for quarters, 12 for years.

    Returns:
        (first day, last day) of each whole period, in order; empty when ``first > last``.
    """
    periods: list[tuple[date, date]] = []
    if first > last:
        return periods
    start = _period_start(first, months)
    while start <= last:
        following = _add_months(start, months)
        periods.append((start, following - _ONE_DAY))
        start = following
    return periods


def quarters_overlapping(first: date, last: date) -> list[tuple[date, date]]:
    """The calendar quarters that overlap a range, each whole (not clipped).

    Args:
        first: The first day of the range.
        last: The last day of the range (inclusive).

    Returns:
        (first day, last day) of each quarter, in order; empty when ``first > last``.
    """
    return calendar_periods(first, last, 3)


def occurrences(activity: Activity) -> list[tuple[date, date]]:
    """The runs of an activity: one, or one per calendar period of its ``recurrence``.

    An activity whose start is after its end has no occurrence (DATE-001 reports it).

    Args:
        activity: The activity.

    Returns:
        (first day, last day) of each occurrence, in order, each within the activity's range.
    """
    first, last = activity.start.first, activity.end.last
    if first > last:
        return []
    if activity.recurrence is None:
        return [(first, last)]
    months = RECURRENCE_MONTHS[activity.recurrence]
    return [
        (max(start, first), min(end, last)) for start, end in calendar_periods(first, last, months)
    ]


# --- Finish-to-start dependencies -----------------------------------------------------------

Adjacency = list[list[tuple[int, int]]]
"""For each activity (by index), its dependencies as (position in ``depends_on``, index)."""

_NEW, _ON_PATH, _DONE = 0, 1, 2  # depth-first search states of an activity

CYCLE_HEAD: Final = 4
CYCLE_TAIL: Final = 2
"""How many activities a long cycle's description keeps at its start and at its end."""


@dataclass(frozen=True, slots=True)
class Cycle:
    """A dependency cycle, found through the ``depends_on`` entry that closes it.

    ``source`` is the activity whose ``depends_on`` entry number ``position`` closes the cycle.
    ``head`` holds the first activities of the cycle in order, starting at that entry's target;
    ``tail`` the last ones when the cycle is longer than both together (else it is empty), so
    that describing a cycle never costs more than a few names.
    """

    source: int
    position: int
    length: int
    head: tuple[int, ...]
    tail: tuple[int, ...]


def dependency_graph(activities: Sequence[Activity]) -> Adjacency:
    """The ``depends_on`` edges between activities, by index.

    An id names the first activity that has it; a dangling id (REF-003) and a repeated entry
    are left out, so that rules never follow them.

    Args:
        activities: The plan's activities.

    Returns:
        One list of (position in ``depends_on``, index of the dependency) per activity.
    """
    first_index: dict[str, int] = {}
    for i, activity in enumerate(activities):
        first_index.setdefault(activity.id, i)
    return [_edges(activity.depends_on, first_index) for activity in activities]


def _edges(depends_on: Sequence[str], first_index: dict[str, int]) -> list[tuple[int, int]]:
    edges: list[tuple[int, int]] = []
    seen: set[str] = set()
    for position, ref in enumerate(depends_on):
        if ref in first_index and ref not in seen:
            seen.add(ref)
            edges.append((position, first_index[ref]))
    return edges


def find_cycles(graph: Adjacency) -> Iterator[Cycle]:
    """The cycles a depth-first search closes, one per closing edge, in file order.

    The search is iterative (no recursion limit) and linear in activities plus edges. Every
    cycle the plan holds shares at least one edge with a reported one, so breaking the reported
    cycles leaves an acyclic plan or reveals the rest.

    Args:
        graph: The dependency graph from :func:`dependency_graph`.

    Yields:
        Each cycle once, through the edge that closes it.
    """
    state = [_NEW] * len(graph)
    depth = [0] * len(graph)
    for root in range(len(graph)):
        if state[root] == _NEW:
            yield from _search(graph, root, state, depth)


def _search(graph: Adjacency, root: int, state: list[int], depth: list[int]) -> Iterator[Cycle]:
    path, cursor = [root], [0]
    state[root] = _ON_PATH
    while path:
        node, k = path[-1], cursor[-1]
        if k == len(graph[node]):
            state[node] = _DONE
            path.pop()
            cursor.pop()
            continue
        cursor[-1] = k + 1
        position, target = graph[node][k]
        if state[target] == _ON_PATH:
            yield _cycle(path, depth[target], position)
        elif state[target] == _NEW:
            state[target], depth[target] = _ON_PATH, len(path)
            path.append(target)
            cursor.append(0)


def _cycle(path: list[int], start: int, position: int) -> Cycle:
    # Slices of bounded size keep a long chain of cycles linear overall.
    length = len(path) - start
    if length <= CYCLE_HEAD + CYCLE_TAIL:
        return Cycle(path[-1], position, length, tuple(path[start:]), ())
    head = tuple(path[start : start + CYCLE_HEAD])
    return Cycle(path[-1], position, length, head, tuple(path[-CYCLE_TAIL:]))


def strong_components(graph: Adjacency) -> list[int]:
    """Tarjan's strongly connected components, computed without recursion.

    Two activities are in the same component exactly when each depends, directly or not, on
    the other; an edge inside a component therefore lies on a cycle.

    Args:
        graph: The dependency graph from :func:`dependency_graph`.

    Returns:
        The component number of each activity.
    """
    tarjan = _Tarjan(graph)
    for root in range(len(graph)):
        if tarjan.index[root] < 0:
            tarjan.run(root)
    return tarjan.component


class _Tarjan:
    """State of Tarjan's algorithm, with the call stack made explicit."""

    def __init__(self, graph: Adjacency) -> None:
        self.graph = graph
        self.index = [-1] * len(graph)
        self.low = [0] * len(graph)
        self.component = [-1] * len(graph)
        self.stack: list[int] = []
        self.on_stack = [False] * len(graph)
        self.counter = 0
        self.components = 0

    def visit(self, node: int) -> None:
        """Number ``node`` and push it on the component stack."""
        self.index[node] = self.low[node] = self.counter
        self.counter += 1
        self.stack.append(node)
        self.on_stack[node] = True

    def run(self, root: int) -> None:
        """Search from ``root``, closing each component when its root is left."""
        self.visit(root)
        calls = [(root, 0)]
        while calls:
            node, k = calls[-1]
            if k < len(self.graph[node]):
                calls[-1] = (node, k + 1)
                target = self.graph[node][k][1]
                if self.index[target] < 0:
                    self.visit(target)
                    calls.append((target, 0))
                elif self.on_stack[target]:
                    self.low[node] = min(self.low[node], self.index[target])
                continue
            calls.pop()
            if calls:
                parent = calls[-1][0]
                self.low[parent] = min(self.low[parent], self.low[node])
            if self.low[node] == self.index[node]:
                self.close(node)

    def close(self, root: int) -> None:
        """Pop the component whose root is ``root`` and give it the next number."""
        while True:
            node = self.stack.pop()
            self.on_stack[node] = False
            self.component[node] = self.components
            if node == root:
                break
        self.components += 1
