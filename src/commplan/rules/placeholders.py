"""TEXT-004: text still holding a placeholder of the scaffold, such as ``[số điện thoại]``.

``commplan new`` writes what the officer must fill in as a lower-case phrase in square
brackets. A plan that still holds one is not finished: ``validate`` warns, and ``render``
refuses it without ``--force`` (the placeholder would be printed in the issued document).
Holding statements are left alone: their blanks ("[giờ, ngày]") are filled when a crisis
happens, not when the plan is issued.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any, Final

from pydantic import BaseModel

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path
from commplan.vn.dates import DateExpr

PLACEHOLDER: Final = re.compile(r"\[([^\W\d_][^\[\]\n]*)\]")
"""A bracketed phrase that starts with a letter, as the scaffold writes them."""
_SEQUENCES: Final = (list, tuple)
_LEAVES: Final = frozenset({type(None), int, bool, float, Decimal, date, DateExpr})
LEFT_BLANK_ON_PURPOSE: Final = (("crisis", "holding_statements"),)
"""Collections whose placeholders are meant to stay until the text is used."""


def _placeholders(value: Any, path: Path, found: list[tuple[Path, str]]) -> None:
    """Append (path, placeholder) for every text under ``value`` that still holds one.

    Only containers are recursed into and a path is built only for them: this walk visits
    every value of every plan, so it is kept to the few operations a leaf needs.
    """
    if path in LEFT_BLANK_ON_PURPOSE:
        return
    # The fields, in order (a model has no extras: extra="forbid").
    children = enumerate(value) if isinstance(value, _SEQUENCES) else value.__dict__.items()
    for key, child in children:
        if isinstance(child, str):
            if "[" in child and (match := PLACEHOLDER.search(child)):
                found.append(((*path, key), match[0]))
        elif isinstance(child, _SEQUENCES) or (
            # isinstance() against BaseModel goes through the ABC machinery: only values that
            # can be a model (not the plain values most fields hold) are asked.
            child.__class__ not in _LEAVES and isinstance(child, BaseModel)
        ):
            _placeholders(child, (*path, key), found)


def check_placeholders(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """TEXT-004: a text still holds a placeholder that ``commplan new`` wrote.

    One finding per text, at its value. ``render`` refuses a plan with this finding unless
    ``--force`` is given. Holding statements are not checked (their blanks are filled when a
    crisis happens).

    Passes::

        contact: {phone: "0226 3852 123"}

    Fails::

        contact: {phone: "[số điện thoại]"}
    """
    del ctx
    found_in: list[tuple[Path, str]] = []
    _placeholders(plan, (), found_in)
    for path, found in found_in:
        yield Finding(
            path,
            _("the text still holds the placeholder {placeholder}").format(placeholder=found),
            _("replace {placeholder} with the real value, or delete it").format(placeholder=found),
        )


RULES: tuple[Rule, ...] = (
    Rule(
        "TEXT-004",
        Severity.WARNING,
        "a text still holds a placeholder written by commplan new, such as [số điện thoại]",
        check_placeholders,
    ),
)
