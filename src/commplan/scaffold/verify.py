"""The schema check of a plan's text, as ``commplan validate`` makes it, without the rules."""

from __future__ import annotations

from pydantic import ValidationError

from commplan.check.schema_errors import schema_diagnostics
from commplan.check.structure import structure_diagnostics
from commplan.model.plan import Plan
from commplan.source.diagnostics import Diagnostic, Severity, sort_diagnostics
from commplan.source.loader import load_text


def schema_errors(text: str, file: str = "-") -> list[Diagnostic]:
    """The SYNTAX and SCHEMA errors (and duplicate keys) of ``text``, in file order."""
    loaded = load_text(text, file)
    found = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    if not loaded.ok:
        return found
    try:
        plan = Plan.model_validate(loaded.data)
    except ValidationError as exc:
        found += schema_diagnostics(exc, root=Plan, index=loaded.index, file=file)
    else:
        found += structure_diagnostics(plan, index=loaded.index, file=file)
    return sort_diagnostics(found)
