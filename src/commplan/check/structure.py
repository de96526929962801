"""Schema checks that need the whole plan, so pydantic field validators cannot make them."""

from __future__ import annotations

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.positions import PositionIndex


def structure_diagnostics(plan: Plan, *, index: PositionIndex, file: str) -> list[Diagnostic]:
    """SCHEMA diagnostics for fields whose need depends on other sections."""
    found: list[Diagnostic] = []
    if plan.phases:
        for i, activity in enumerate(plan.activities):
            if activity.phase is None:
                found.append(
                    Diagnostic.at(
                        index.container(("activities", i)),
                        file=file,
                        rule="SCHEMA",
                        severity=Severity.ERROR,
                        message=_(
                            "missing required field 'phase' in activity '{id}': the plan has phases"
                        ).format(id=activity.id),
                        hint=_("add 'phase: <phase id>' (one of: {ids})").format(
                            ids=", ".join(p.id for p in plan.phases)
                        ),
                    )
                )
    return found
