"""The plan's dates as an iCalendar file (.ics), built with the ``icalendar`` library.

Every event is an all-day event with a UID made of the item's id and a key of the plan (its
issuer, symbol and first year), so importing a new export updates the events instead of
duplicating them: milestones, report due dates, the active profiles' deadlines, and the start
and end of each task. A recurring task's ends are one event with an ``RRULE`` (the last day of
each month, quarter or year it recurs over) and an ``RDATE`` for a last run cut short by the
task's end.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Final

from icalendar import Calendar, Event

from commplan import __version__
from commplan.export.tables import Deadline, PlanTables, Task
from commplan.model.codes import label
from commplan.model.plan import Plan
from commplan.render.text import strip_item
from commplan.render.zipnorm import source_date_epoch
from commplan.rules.schedule import RECURRENCE_MONTHS, calendar_periods, occurrences

_ONE_DAY: Final = timedelta(days=1)


def plan_key(plan: Plan) -> str:
    """A short key of the plan that stays the same when it is edited, numbered or signed."""
    doc = plan.document
    seed = f"{doc.issuer}|{doc.symbol}|{plan.year()}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


def calendar_bytes(tables: PlanTables) -> bytes:
    """The .ics file of a plan."""
    plan = tables.plan
    key = plan_key(plan)
    # DTSTAMP is required; it follows SOURCE_DATE_EPOCH so that two exports are identical.
    stamp = datetime.fromtimestamp(source_date_epoch(), UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//commplan//commplan {__version__}//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", strip_item(plan.document.title))
    for item, event in [*_deadline_events(tables), *_task_events(tables)]:
        event.add("uid", f"{item}.{key}@commplan")
        event.add("dtstamp", stamp)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


Keyed = tuple[str, Event]
"""An event and the key of its item (``milestone-m1``, ``activity-a1-end``): its UID's start."""


def _day_event(day: date, summary: str, description: str) -> Event:
    event = Event()
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + _ONE_DAY)
    if description:
        event.add("description", description)
    return event


def _lines(*pairs: tuple[str, str]) -> str:
    return "\n".join(f"{name}: {value}" for name, value in pairs if value)


def _deadline_events(tables: PlanTables) -> list[Keyed]:
    return [(d.key, _deadline_event(d)) for d in tables.deadlines()]


def _deadline_event(d: Deadline) -> Event:
    description = _lines(
        ("Đơn vị nhận", d.recipient),
        ("Thời hạn", d.written),
        ("Nhiệm vụ liên quan", ", ".join(d.activities)),
        ("Căn cứ", d.note),
    )
    event = _day_event(d.day, f"{d.kind}: {d.title}", description)
    event.add("categories", [d.kind])
    return event


def _task_events(tables: PlanTables) -> list[Keyed]:
    events: list[Keyed] = []
    for task in tables.tasks():
        runs = occurrences(task.activity)
        if runs:
            events += _task_pair(task, runs)
    return events


def _task_description(task: Task) -> str:
    a = task.activity
    return _lines(
        ("Đơn vị chủ trì", task.owner),
        ("Đơn vị phối hợp", ", ".join(task.partners)),
        ("Thời gian", task.time),
        ("Loại hoạt động", label("activity_type", a.type)),
        ("Sản phẩm", "; ".join(strip_item(o) for o in a.outputs)),
        ("Mã nhiệm vụ", a.id),
    )


def _task_pair(task: Task, runs: list[tuple[date, date]]) -> list[Keyed]:
    a = task.activity
    title, description = strip_item(a.title), _task_description(task)
    first, last = a.start.first, runs[-1][1]
    key = f"activity-{a.id}"
    if first == last:
        # A one-day task is one event; it keeps the end's UID, the day that must be kept.
        single = _day_event(first, title, description)
        single.add("categories", ["Nhiệm vụ", task.owner])
        return [(f"{key}-end", single)]
    end = _day_event(runs[0][1], f"Hạn: {title}", description)
    if a.recurrence is not None and len(runs) > 1:
        _recur(end, [e for _, e in runs], RECURRENCE_MONTHS[a.recurrence])
    start = _day_event(first, f"Bắt đầu: {title}", description)
    for event in (start, end):
        event.add("categories", ["Nhiệm vụ", task.owner])
    return [(f"{key}-start", start), (f"{key}-end", end)]


def _recur(event: Event, ends: list[date], months: int) -> None:
    # Every run but the last ends on the last day of its calendar period; the last one may be
    # cut short by the task's end, and then it is an extra date rather than part of the rule.
    last = ends[-1]
    whole = calendar_periods(last, last, months)[0][1] == last
    until = last if whole else ends[-2]
    event.add("rrule", {"freq": "monthly", "interval": months, "bymonthday": -1, "until": until})
    if not whole:
        event.add("rdate", [last])
