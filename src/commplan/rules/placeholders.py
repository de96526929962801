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
from typing import Any, Final

from pydantic import BaseModel

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path

PLACEHOLDER: Final = re.compile(r"\[([^\W\d_][^\[\]\n]*)\]")
"""A bracketed phrase that starts with a letter, as the scaffold writes them."""
LEFT_BLANK_ON_PURPOSE: Final = (("crisis", "holding_statements"),)
"""Collections whose placeholders are meant to stay until the text is used."""


def placeholder_in(text: str) -> str | None:
    """The first scaffold placeholder in ``text`` (``[số điện thoại]``, ``[Tên tỉnh]``), or None.

    A bracketed phrase that starts with a letter counts; a footnote mark such as "[1]" does not.
    """
    match = PLACEHOLDER.search(text)
    return match[0] if match else None


def _texts(value: Any, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        if any(path[: len(skip)] == skip for skip in LEFT_BLANK_ON_PURPOSE):
            return
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*path, name))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i))


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
    for path, text in _texts(plan, ()):
        if found := placeholder_in(text):
            yield Finding(
                path,
                _("the text still holds the placeholder {placeholder}").format(placeholder=found),
                _("replace {placeholder} with the real value, or delete it").format(
                    placeholder=found
                ),
            )


RULES: tuple[Rule, ...] = (
    Rule(
        "TEXT-004",
        Severity.WARNING,
        "a text still holds a placeholder written by commplan new, such as [số điện thoại]",
        check_placeholders,
    ),
)
