"""Schema checks that need the whole plan, so pydantic field validators cannot make them."""

from __future__ import annotations

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.positions import PositionIndex


def structure_diagnostics(plan: Plan, *, index: PositionIndex, file: str) -> list[Diagnostic]:
    """SCHEMA diagnostics for fields whose need depends on other sections."""

    def error(path: tuple[str | int, ...], message: str, hint: str) -> Diagnostic:
        return Diagnostic.at(
            index.container(path),
            file=file,
            rule="SCHEMA",
            severity=Severity.ERROR,
            message=message,
            hint=hint,
        )

    found: list[Diagnostic] = []
    if plan.phases:
        for i, activity in enumerate(plan.activities):
            if activity.phase is None:
                found.append(
                    error(
                        ("activities", i),
                        _(
                            "missing required field 'phase' in activity '{id}': the plan has phases"
                        ).format(id=activity.id),
                        _("add 'phase: <phase id>' (one of: {ids})").format(
                            ids=", ".join(p.id for p in plan.phases)
                        ),
                    )
                )
    if plan.document.form == "quyet_dinh" and plan.document.decision is None:
        # The Quyết định needs its authority line ("BỘ TRƯỞNG BỘ Y TẾ"), which nothing else says.
        found.append(
            error(
                ("document",),
                _("missing required field 'decision' in document: the form is quyet_dinh"),
                _(
                    "add 'decision:' with its 'authority:' line (e.g. BỘ TRƯỞNG BỘ Y TẾ), "
                    "or remove 'form: quyet_dinh'"
                ),
            )
        )
    return found
