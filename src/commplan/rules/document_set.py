"""DOC-003: rules over all the plans of one run (ND30 Điều 15: number and symbol unique a year)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding


def duplicate_numbers(plans: Sequence[tuple[str, Plan]]) -> Iterator[tuple[int, Finding]]:
    """DOC-003: two plans of the run share ``number``, ``symbol`` and the year of ``date``.

    Yields (position of the plan in ``plans``, finding). Drafts (no number or no date) are
    never duplicates.

    Passes::

        # a.yaml: document: {number: 45, symbol: KH-UBND, date: 05/3/2022, ...}
        # b.yaml: document: {number: 46, symbol: KH-UBND, date: 07/3/2022, ...}

    Fails::

        # a.yaml: document: {number: 45, symbol: KH-UBND, date: 05/3/2022, ...}
        # b.yaml: document: {number: 45, symbol: KH-UBND, date: 20/9/2022, ...}
    """
    seen: dict[tuple[int, str, int], list[int]] = {}
    for i, (_file, plan) in enumerate(plans):
        doc = plan.document
        if doc.number is not None and doc.date is not None:
            seen.setdefault((doc.number, doc.symbol.casefold(), doc.date.year), []).append(i)
    for (number, _symbol, year), owners in seen.items():
        if len(owners) < 2:
            continue
        for i in owners:
            others = ", ".join(plans[j][0] for j in owners if j != i)
            yield (
                i,
                Finding(
                    ("document", "number"),
                    _("number {number}/{symbol} of {year} is also used by {others}").format(
                        number=number, symbol=plans[i][1].document.symbol, year=year, others=others
                    ),
                    _("a number and symbol are unique within a year; give each plan its own"),
                ),
            )
