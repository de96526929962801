"""``commplan export --to FILE.ics``: read back with icalendar; dates, UIDs and recurrences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Event

from commplan.rules.schedule import occurrences
from tests.export.helpers import EXAMPLE_FILES, tables_of

Cli = Callable[..., Any]


def _export(cli: Cli, plan: Path, target: Path) -> dict[str, Event]:
    result = cli("export", str(plan), "--to", str(target))
    assert result.exit_code == 0, result.stdout + result.stderr
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), "UIDs must be unique"
    return {uid.split(".")[0]: e for uid, e in zip(uids, events, strict=True)}


def _day(event: Event, name: str = "DTSTART") -> date:
    value = event.decoded(name)
    assert type(value) is date, "all-day events carry dates, not times"
    return value


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_deadline_and_task_is_an_all_day_event(
    cli: Cli, example: Path, tmp_path: Path
) -> None:
    events = _export(cli, example, tmp_path / "plan.ics")
    tables = tables_of(example)
    for deadline in tables.deadlines():
        event = events[deadline.key]
        assert _day(event) == deadline.day
        assert _day(event, "DTEND") == deadline.day + timedelta(days=1)
        assert deadline.title in str(event["SUMMARY"])
    for activity in tables.plan.activities:
        end = events[f"activity-{activity.id}-end"]
        assert f"Đơn vị chủ trì: {tables.look.unit_name(activity.owner)}" in str(end["DESCRIPTION"])
        runs = occurrences(activity)
        if activity.start.first == activity.end.last:
            assert f"activity-{activity.id}-start" not in events
        else:
            assert _day(events[f"activity-{activity.id}-start"]) == activity.start.first
        if "RRULE" in end:
            continue
        assert _day(end) == runs[-1][1]


def test_the_profile_report_deadline_is_in_the_calendar(cli: Cli, tmp_path: Path) -> None:
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    events = _export(cli, example, tmp_path / "plan.ics")
    event = events["profile-cv-btttt-2022-rep-001"]
    assert _day(event) == date(2022, 3, 31)
    assert str(event["SUMMARY"]) == (
        "Hạn theo văn bản chỉ đạo: Hạn gửi báo cáo Bộ Thông tin và Truyền thông"
    )


def test_re_exporting_keeps_every_uid(cli: Cli, tmp_path: Path) -> None:
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    before = _export(cli, example, tmp_path / "a.ics")
    edited = tmp_path / "plan.yaml"
    # Renumbering or redating the plan, and retitling it, must update events, not add new ones.
    text = example.read_text(encoding="utf-8").replace("title: Truyền thông", "title: Thông tin", 1)
    text = text.replace("  number: 31\n", "  number: 12\n").replace(
        "date: 07/3/2022", "date: 08/3/2022"
    )
    edited.write_text(text, encoding="utf-8")
    after = _export(cli, edited, tmp_path / "b.ics")
    assert set(before) == set(after)
    assert {str(e["UID"]) for e in before.values()} == {str(e["UID"]) for e in after.values()}


def test_a_recurring_task_is_one_event_whose_rule_gives_each_run(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    plan.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    tables = tables_of(plan)
    recurring = [a for a in tables.plan.activities if a.recurrence]
    assert recurring, "the example has a recurring task"
    events = _export(cli, plan, tmp_path / "plan.ics")
    for activity in recurring:
        event = events[f"activity-{activity.id}-end"]
        first = _day(event)
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=first)
        days = [d.date() for d in rule]
        days += [d.dt for rdate in _list(event.get("RDATE")) for d in rdate.dts]
        assert days == [end for _, end in occurrences(activity)]


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def test_a_last_run_cut_short_is_an_extra_date(cli: Cli, tmp_path: Path) -> None:
    example = next(p for p in EXAMPLE_FILES if p.stem == "ke-hoach-ubnd-tinh-2022")
    text = example.read_text(encoding="utf-8")
    activity = next(a for a in tables_of(example).plan.activities if a.recurrence == "quarterly")
    block = text[text.index(f"id: {activity.id}") :]
    end_line = next(line for line in block.splitlines() if line.strip().startswith("end:"))
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        text.replace(end_line, end_line.split("end:")[0] + "end: 15/11/2022", 1), encoding="utf-8"
    )
    events = _export(cli, plan, tmp_path / "plan.ics")
    event = events[f"activity-{activity.id}-end"]
    assert [d.dt for d in event["RDATE"].dts] == [date(2022, 11, 15)]
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=_day(event))
    assert [d.date() for d in rule][-1] == date(2022, 9, 30)
