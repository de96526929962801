"""The terminal summary: totals per theme, then who sent nothing and what could not be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from commplan.i18n import _
from commplan.summary.consolidate import Summary
from commplan.summary.figures import PlanFigures
from commplan.summary.tables import percent
from commplan.vn.formats import short_date
from commplan.vn.money import format_money


def render_text(summary: Summary) -> str:
    """The text the officer reads in the terminal."""
    out: list[str] = []
    edition = summary.registry.edition
    out.append(
        _("Summary of {n} agencies (agency list {edition}: {title})").format(
            n=len(summary.rows), edition=edition.id, title=edition.title
        )
    )
    if summary.as_of is not None:
        out.append(_("Latest plan dated {date}").format(date=short_date(summary.as_of)))
    out += _ratios(summary, ministries=False, level=_("provinces and cities"))
    out += _ratios(summary, ministries=True, level=_("ministries and agencies"))
    out.append(
        _("Staff: {total} in all, {full} full-time, {part} part-time").format(
            total=summary.total(lambda f: f.staff_total),
            full=summary.total(lambda f: f.staff_full_time),
            part=summary.total(lambda f: f.staff_part_time),
        )
    )
    out.append(
        _("Budget: {total} đồng (ministries {bo}, provinces {tinh})").format(
            total=format_money(summary.total(lambda f: f.budget_total)),
            bo=format_money(summary.total(lambda f: f.budget_total, ministries=True)),
            tinh=format_money(summary.total(lambda f: f.budget_total, ministries=False)),
        )
    )
    out += _execution(summary)
    out += _failing(summary)
    out += _lists(summary)
    return "\n".join(out) + "\n"


def _ratios(summary: Summary, *, ministries: bool, level: str) -> list[str]:
    def line(message: str, test: Callable[[PlanFigures], bool | None]) -> str:
        return message.format(ratio=summary.ratio(test, ministries=ministries), level=level)

    return [
        line(_("{ratio} {level} sent a plan"), lambda _f: True),
        line(_("{ratio} {level} have named a focal point"), lambda f: f.focal_point),
        line(_("{ratio} {level} named it on time"), lambda f: f.focal_point_on_time),
        line(_("{ratio} {level} have a dedicated unit"), lambda f: f.dedicated_unit),
        line(
            _("{ratio} {level} let the communication unit review drafts"),
            lambda f: f.reviews_drafts,
        ),
        line(_("{ratio} {level} report to the Ministry on time"), lambda f: f.report_on_time),
    ]


def _failing(summary: Summary) -> list[str]:
    out = []
    for rule in summary.rules:
        rows = summary.failing(rule)
        if rows:
            out.append(
                _("{rule}: {n} agencies fail it: {names}").format(
                    rule=rule, n=len(rows), names="; ".join(r.name for r in rows)
                )
            )
    return out


def _execution(summary: Summary) -> list[str]:
    """Each agency's latest report: done, overdue, spent (the shares of rules/execution.py)."""
    reported = [r for r in summary.rows if r.execution is not None]
    if not reported:
        return []
    out = [_("Execution, from the latest reports ({n}):").format(n=len(reported))]
    for row in reported:
        figures = row.execution
        assert figures is not None
        rate = figures.spending_rate
        out.append(
            "  - "
            + _("{name}: {done} done, {overdue} overdue, {spent} spent (as of {date})").format(
                name=row.name,
                done=percent(figures.done_share),
                overdue=percent(figures.overdue_share),
                spent="-" if rate is None else percent(rate),
                date=short_date(dt.date.fromisoformat(figures.as_of)),
            )
        )
    return out


def _lists(summary: Summary) -> list[str]:
    out = []
    if summary.missing:
        out.append(_("Sent nothing ({n}):").format(n=len(summary.missing)))
        out += [f"  - {a.name}" for a in summary.missing]
    unmatched = [r for r in summary.rows if r.agency is None]
    if unmatched:
        out.append(_("Not in the agency list ({n}):").format(n=len(unmatched)))
        out += [f"  - {r.name} ({r.record.file})" for r in unmatched]
    imported = [r for r in summary.rows if r.record.imported]
    if imported:
        out.append(_("Imported from Word, figures to check ({n}):").format(n=len(imported)))
        out += [f"  - {r.name} ({r.record.file})" for r in imported]
    if summary.unreadable:
        out.append(_("Could not be summarised ({n}):").format(n=len(summary.unreadable)))
        for record in summary.unreadable:
            first = record.first_problem
            where = f"{record.file}:{first.line}:{first.column or 1}" if first else record.file
            out.append(f"  - {where}: {first.message if first else ''}")
    if summary.superseded:
        out.append(_("Superseded ({n}):").format(n=len(summary.superseded)))
        out += [
            "  - " + _("{old} (replaced by {new})").format(old=s.record.file, new=s.by.file)
            for s in summary.superseded
        ]
    return out
