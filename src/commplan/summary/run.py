"""The ``summary`` command's engine: inputs -> records -> agency rows -> an output."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from commplan.settings.profiles import load_profile
from commplan.settings.selection import Options
from commplan.source.diagnostics import exit_code
from commplan.summary.collect import DocumentRecord, collect
from commplan.summary.consolidate import Summary, consolidate
from commplan.summary.registry import SHIPPED, load_registry, shipped_edition


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """What the command line asked for."""

    inputs: list[str] = field(default_factory=lambda: ["."])
    selection: Options = field(default_factory=Options)
    agencies: str | None = None


def summarise(options: SummaryOptions) -> tuple[Summary, int]:
    """Check the inputs, consolidate them, and return the summary and the exit code.

    Raises:
        UsageError: a missing path, a folder with nothing to read, a bad option or list.
        ConfigError: a broken configuration, profile or agency list.
    """
    # A bad --agencies or --profile stops the job before a thousand plans are read.
    chosen = load_registry(options.agencies) if options.agencies else None
    cli_edition = next(
        (e for e in (load_profile(p).agencies for p in options.selection.profiles) if e), None
    )
    records = collect(options.inputs, options.selection)
    registry = chosen or load_registry(cli_edition or _default_edition(records))
    summary = consolidate(records, registry)
    code = max((exit_code(r.diagnostics, r.fail_level) for r in records), default=0)
    return summary, code


def _default_edition(records: list[DocumentRecord]) -> str:
    """The edition the plans' profiles name most often, else the one valid at their dates."""
    named = Counter(r.agency_edition for r in records if r.agency_edition)
    if named:
        return named.most_common(1)[0][0]
    dates = [r.figures.date for r in records if r.figures and r.figures.date]
    day = max(dates) if dates else date.today()
    for edition_id in reversed(SHIPPED):
        start = shipped_edition(edition_id).valid_from
        if start is None or start <= day:
            return edition_id
    return SHIPPED[0]
