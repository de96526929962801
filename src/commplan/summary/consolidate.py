"""Documents to one row per agency: registry matching, the latest document, totals.

An agency is named by ``document.parent_agency``, else ``document.issuer``; the name is matched
against the registry edition. Of several documents of one agency the latest by ``date`` (then
number) counts and the others are listed as superseded. A document whose agency is not in the
registry still gets a row, marked unmatched; it counts in the sums but not in the "x/63"
ratios, whose denominators are the registry's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from commplan.rules.execution import Figures
from commplan.summary.collect import DocumentRecord
from commplan.summary.figures import PlanFigures
from commplan.summary.registry import MINISTRY_LEVELS, Agency, Registry

LOCAL_ISSUERS = frozenset({"ubnd_tinh", "so_nganh", "ubnd_xa", "ubnd_huyen"})


@dataclass(slots=True)
class Row:
    """One agency: the document that counts and its agency (None when unmatched)."""

    record: DocumentRecord
    agency: Agency | None
    execution: Figures | None = None
    """The figures of the agency's latest report (by ``as_of``), when a report was given."""

    @property
    def figures(self) -> PlanFigures:
        """The counted document's figures (rows hold readable documents only)."""
        assert self.record.figures is not None
        return self.record.figures

    @property
    def name(self) -> str:
        """The registry's official name, else the name the document gives."""
        return self.agency.name if self.agency else self.figures.agency_name

    @property
    def is_ministry(self) -> bool:
        """Ministry level (bộ, ngang bộ, thuộc Chính phủ) rather than a province."""
        if self.agency is not None:
            return self.agency.is_ministry
        return self.figures.issuer_level in MINISTRY_LEVELS


@dataclass(slots=True)
class Superseded:
    """A document replaced by a later one of the same agency."""

    record: DocumentRecord
    by: DocumentRecord


@dataclass(slots=True)
class Summary:
    """Everything the outputs show."""

    registry: Registry
    rows: list[Row] = field(default_factory=list)
    superseded: list[Superseded] = field(default_factory=list)
    unreadable: list[DocumentRecord] = field(default_factory=list)
    missing: list[Agency] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    as_of: date | None = None

    def level_rows(self, *, ministries: bool) -> list[Row]:
        """Rows of matched agencies at one level (the numerators of the ratios)."""
        return [r for r in self.rows if r.agency and r.agency.is_ministry == ministries]

    def ratio(self, test: Callable[[PlanFigures], bool | None], *, ministries: bool) -> str:
        """``45/63``: matched agencies of the level that pass ``test``, over the registry's."""
        hits = sum(1 for r in self.level_rows(ministries=ministries) if test(r.figures))
        return f"{hits}/{self.registry.edition.count(ministries=ministries)}"

    def total(self, value: Callable[[PlanFigures], int], *, ministries: bool | None = None) -> int:
        """The sum of a figure over the rows (of one level when ``ministries`` is given)."""
        return sum(
            value(r.figures) for r in self.rows if ministries is None or r.is_ministry == ministries
        )

    def failing(self, rule: str) -> list[Row]:
        """Rows whose counted document has a finding of ``rule``."""
        return [r for r in self.rows if r.record.finding(rule) is not None]


def consolidate(records: list[DocumentRecord], registry: Registry) -> Summary:
    """Group the readable documents by agency and list what is missing or unreadable."""
    summary = Summary(registry)
    groups: dict[str, list[tuple[DocumentRecord, Agency | None]]] = {}
    reports: list[DocumentRecord] = []
    for record in records:
        if record.figures is None:
            summary.unreadable.append(record)  # a report without its plan too (RPT-001)
            continue
        if record.execution is not None:
            reports.append(record)
            continue
        agency = registry.match(record.figures.agency_name)
        groups.setdefault(_key(record, agency), []).append((record, agency))
    rows: dict[str, Row] = {}
    for key, members in groups.items():
        members.sort(key=lambda m: _recency(m[0].figures), reverse=True)
        latest, agency = members[0]
        rows[key] = Row(latest, agency)
        summary.superseded += [Superseded(m[0], latest) for m in members[1:]]
    _attach_reports(rows, reports, registry)
    summary.rows = list(rows.values())
    order = {a.id: i for i, a in enumerate(registry.edition.agencies)}
    summary.rows.sort(
        key=lambda r: (order.get(r.agency.id, len(order)) if r.agency else len(order), r.name)
    )
    received = {r.agency.id for r in summary.rows if r.agency}
    summary.missing = [a for a in registry.edition.agencies if a.id not in received]
    summary.rules = sorted({rule for r in summary.rows for rule in r.record.switched_on})
    dates = [r.figures.date for r in summary.rows if r.figures.date]
    summary.as_of = max(dates) if dates else None
    return summary


def _key(record: DocumentRecord, agency: Agency | None) -> str:
    assert record.figures is not None
    return agency.id if agency else "?" + record.figures.agency_name.casefold()


def _attach_reports(
    rows: dict[str, Row], reports: list[DocumentRecord], registry: Registry
) -> None:
    """Give each agency's row the figures of its latest report.

    A report belongs to the row of its plan when the plan is among the inputs, else to the row
    of its plan's agency; a report with neither makes its own row, counted from its plan.
    """
    by_plan = {_resolved(r.record.file): key for key, r in rows.items()}
    for report in sorted(reports, key=lambda r: _as_of(r.execution)):
        assert report.figures is not None and report.execution is not None
        agency = registry.match(report.figures.agency_name)
        key = by_plan.get(report.report_plan) or _key(report, agency)
        row = rows.setdefault(key, Row(report, agency))
        row.execution = report.execution  # sorted by as_of: the latest is set last


def _resolved(file: str) -> Path | None:
    return None if file == "-" else Path(file).resolve()


def _as_of(execution: Figures | None) -> str:
    return execution.as_of if execution else ""


def _recency(figures: PlanFigures | None) -> tuple[date, int]:
    assert figures is not None
    return (figures.date or date.min, figures.number_value)
