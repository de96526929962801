"""Text rules that look at every text value of the plan, whatever field it is in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from pydantic import BaseModel

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path
from commplan.source.textcheck import first_bidi_control

W = Severity.WARNING


def _texts(value: Any, path: Path) -> Iterator[tuple[Path, str]]:
    """Every text in a model, list or mapping, with its data path (field names are the keys)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*path, name))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, key))


def check_bidi_controls(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    r"""TEXT-004: a text holds an invisible mark that reverses or reorders it (U+202E and kin).

    Such marks make a line read on screen unlike what it holds ("Trojan source"): a reviewer
    could approve words the document does not say. Vietnamese never needs them.

    Passes::

        document: {title: Truyền thông chính sách năm 2025}

    Fails::

        document: {title: "Truyền thông \u202echính sách"}
    """
    del ctx
    for path, text in _texts(plan, ()):
        mark = first_bidi_control(text)
        if mark is not None:
            yield Finding(
                path,
                _(
                    "the text holds the invisible direction mark U+{code:04X}, which can make it "
                    "read on screen unlike what it holds"
                ).format(code=ord(mark)),
                _("delete the mark (retype the text); Vietnamese text never needs it"),
            )


RULES: Final = (
    Rule("TEXT-004", W, "a text holds an invisible direction mark (U+202E …)", check_bidi_controls),
)
