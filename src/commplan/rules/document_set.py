"""DOC-003: rules over all the plans of one run (ND30 Điều 15: number and symbol unique a year)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding

DocumentKey = tuple[int, str, int]
"""(number, symbol, year of the date) of an issued plan."""


def document_key(plan: Plan) -> DocumentKey | None:
    """The number, symbol and year that must be unique; None for a draft."""
    doc = plan.document
    if doc.number is None or doc.date is None:
        return None
    # "0155" and 155 are the same number.
    return (int(doc.number), doc.symbol, doc.date.year)


def duplicate_numbers(
    documents: Sequence[tuple[str, DocumentKey | None]],
) -> Iterator[tuple[int, Finding]]:
    """DOC-003: two plans of the run share ``number``, ``symbol`` and the year of ``date``.

    ``documents`` holds (file, key) for each plan of the run; yields (position in
    ``documents``, finding). Drafts (no number or no date) are never duplicates.

    Passes::

        # a.yaml: document: {number: 45, symbol: KH-UBND, date: 05/3/2022, ...}
        # b.yaml: document: {number: 46, symbol: KH-UBND, date: 07/3/2022, ...}

    Fails::

        # a.yaml: document: {number: 45, symbol: KH-UBND, date: 05/3/2022, ...}
        # b.yaml: document: {number: 45, symbol: KH-UBND, date: 20/9/2022, ...}
    """
    seen: dict[tuple[int, str, int], list[int]] = {}
    for i, (_file, key) in enumerate(documents):
        if key is not None:
            number, symbol, year = key
            seen.setdefault((number, symbol.casefold(), year), []).append(i)
    for owners in seen.values():
        for i in owners if len(owners) > 1 else ():
            number, symbol, year = documents[i][1] or (0, "", 0)
            others = ", ".join(documents[j][0] for j in owners if j != i)
            yield (
                i,
                Finding(
                    ("document", "number"),
                    _("number {number}/{symbol} of {year} is also used by {others}").format(
                        number=number, symbol=symbol, year=year, others=others
                    ),
                    _("a number and symbol are unique within a year; give each plan its own"),
                ),
            )
