"""Occurrences of activities, calendar quarters and the dependency graph."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from commplan.model.plan import Activity
from commplan.rules.schedule import (
    Cycle,
    calendar_periods,
    dependency_graph,
    find_cycles,
    occurrences,
    quarters_overlapping,
    strong_components,
)


def activity(start: str, end: str, **extra: Any) -> Activity:
    fields = {"id": "a1", "title": "T", "type": "hop_bao", "owner": "u", "start": start}
    return Activity.model_validate({**fields, "end": end, **extra})


@pytest.mark.parametrize(
    ("start", "end", "recurrence", "expected"),
    [
        pytest.param(
            "05/3/2022", "tháng 4/2022", None, [(date(2022, 3, 5), date(2022, 4, 30))], id="single"
        ),
        pytest.param(
            "15/1/2022",
            "10/3/2022",
            "monthly",
            [
                (date(2022, 1, 15), date(2022, 1, 31)),
                (date(2022, 2, 1), date(2022, 2, 28)),
                (date(2022, 3, 1), date(2022, 3, 10)),
            ],
            id="monthly-clipped",
        ),
        pytest.param(
            "tháng 2/2024",
            "tháng 2/2024",
            "monthly",
            [(date(2024, 2, 1), date(2024, 2, 29))],
            id="monthly-leap-february",
        ),
        pytest.param(
            "15/11/2022",
            "Quý I/2023",
            "quarterly",
            [(date(2022, 11, 15), date(2022, 12, 31)), (date(2023, 1, 1), date(2023, 3, 31))],
            id="quarterly-across-years",
        ),
        pytest.param(
            "01/7/2022",
            "30/6/2024",
            "yearly",
            [
                (date(2022, 7, 1), date(2022, 12, 31)),
                (date(2023, 1, 1), date(2023, 12, 31)),
                (date(2024, 1, 1), date(2024, 6, 30)),
            ],
            id="yearly",
        ),
        pytest.param("tháng 5/2022", "tháng 4/2022", None, [], id="inverted-single"),
        pytest.param("tháng 5/2022", "tháng 4/2022", "monthly", [], id="inverted-recurring"),
        pytest.param(
            "31/12/2022",
            "31/12/2022",
            "quarterly",
            [(date(2022, 12, 31), date(2022, 12, 31))],
            id="one-day-recurring",
        ),
    ],
)
def test_occurrences(
    start: str, end: str, recurrence: str | None, expected: list[tuple[date, date]]
) -> None:
    assert occurrences(activity(start, end, recurrence=recurrence)) == expected


def test_monthly_occurrences_over_a_year_tile_it() -> None:
    runs = occurrences(activity("năm 2022", "năm 2022", recurrence="monthly"))
    assert len(runs) == 12
    assert runs[0][0] == date(2022, 1, 1)
    assert runs[-1][1] == date(2022, 12, 31)
    assert all((b[0] - a[1]).days == 1 for a, b in itertools.pairwise(runs))


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        pytest.param(
            date(2022, 2, 10),
            date(2022, 4, 1),
            [(date(2022, 1, 1), date(2022, 3, 31)), (date(2022, 4, 1), date(2022, 6, 30))],
            id="whole-quarters-not-clipped",
        ),
        pytest.param(
            date(2022, 12, 31),
            date(2023, 1, 1),
            [(date(2022, 10, 1), date(2022, 12, 31)), (date(2023, 1, 1), date(2023, 3, 31))],
            id="year-boundary",
        ),
        pytest.param(
            date(2022, 7, 1), date(2022, 9, 30), [(date(2022, 7, 1), date(2022, 9, 30))], id="one"
        ),
        pytest.param(date(2022, 7, 2), date(2022, 7, 1), [], id="inverted"),
    ],
)
def test_quarters_overlapping(first: date, last: date, expected: list[tuple[date, date]]) -> None:
    assert quarters_overlapping(first, last) == expected


def test_quarters_of_a_year() -> None:
    quarters = quarters_overlapping(date(2022, 1, 1), date(2022, 12, 31))
    assert [q[0].month for q in quarters] == [1, 4, 7, 10]
    assert [q[1] for q in quarters][-1] == date(2022, 12, 31)


def test_calendar_periods_yearly() -> None:
    assert calendar_periods(date(2021, 12, 31), date(2022, 1, 1), 12) == [
        (date(2021, 1, 1), date(2021, 12, 31)),
        (date(2022, 1, 1), date(2022, 12, 31)),
    ]


def chain(*deps: list[str], ids: list[str] | None = None) -> list[Activity]:
    names = ids or [f"a{i + 1}" for i in range(len(deps))]
    return [
        activity("tháng 1/2022", "tháng 1/2022", id=name, depends_on=dep)
        for name, dep in zip(names, deps, strict=True)
    ]


def test_dependency_graph_skips_dangling_and_repeated_and_keeps_positions() -> None:
    graph = dependency_graph(chain([], ["a9", "a1", "a1", "a3"], ["a2"]))
    assert graph == [[], [(1, 0), (3, 2)], [(0, 1)]]


def test_duplicate_ids_resolve_to_the_first() -> None:
    graph = dependency_graph(chain([], [], ["a1"], ids=["a1", "a1", "a3"]))
    assert graph == [[], [], [(0, 0)]]


def test_find_cycles_names_each_cycle_once() -> None:
    graph = dependency_graph(chain(["a2"], ["a1"], ["a3"], ["a2", "a3"]))
    assert list(find_cycles(graph)) == [
        Cycle(source=1, position=0, length=2, head=(0, 1), tail=()),
        Cycle(source=2, position=0, length=1, head=(2,), tail=()),
    ]


def test_long_cycle_is_shortened() -> None:
    size = 10
    deps = [[f"a{i + 2}"] for i in range(size - 1)] + [["a1"]]
    (cycle,) = find_cycles(dependency_graph(chain(*deps)))
    assert cycle.length == size
    assert cycle.head == (0, 1, 2, 3)
    assert cycle.tail == (8, 9)
    assert (cycle.source, cycle.position) == (9, 0)


def test_strong_components() -> None:
    graph = dependency_graph(chain(["a2"], ["a1"], ["a1"], ["a4"]))
    component = strong_components(graph)
    assert component[0] == component[1]
    assert len({component[0], component[2], component[3]}) == 3


def test_deep_chain_needs_no_recursion() -> None:
    size = 20_000
    graph = [[(0, i - 1)] if i else [] for i in range(size)]
    assert list(find_cycles(graph)) == []
    assert len(set(strong_components(graph))) == size
    graph[0] = [(0, size - 1)]
    (cycle,) = find_cycles(graph)
    assert cycle.length == size
    assert len(set(strong_components(graph))) == 1
