"""What a rule is: an id, a default severity, and a pure check over the plan model."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from commplan.source.diagnostics import Severity
from commplan.source.positions import Path

if TYPE_CHECKING:
    # Only for annotations: ``audit`` and the reporters use ``Rule`` without loading the model.
    from commplan.model.plan import Plan
    from commplan.model.report import Report

Anchor = Literal["value", "key", "container"]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports: the data path it is about, a message and an optional hint.

    ``at`` says which part of the path the finding points to: the value, its key, or (for
    something missing) the mapping or list that should hold it.
    """

    path: Path
    message: str
    hint: str | None = None
    at: Anchor = "value"


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a check may read besides the plan: the parameters its profile sets.

    ``enabled`` holds the ids of every rule that runs on the file, so that rules of one family
    can agree which of them speaks (CAT-* on a budget written in words: one finding at most).
    """

    params: Mapping[str, Any] = field(default_factory=dict)
    profile: str | None = None
    enabled: frozenset[str] = frozenset()
    report: Report | None = None
    """The report being checked against ``plan``; only report rules (``Rule.report``) read it."""


CheckFn = Callable[["Plan", RuleContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A catalogue entry. ``check`` is None for rules the loader and schema report."""

    id: str
    severity: Severity
    summary: str
    check: CheckFn | None = None
    profile_driven: bool = False
    params: tuple[str, ...] = ()
    """The parameters a profile may set for the rule (besides ``severity``)."""
    report: bool = False
    """True for a rule over a report file and its plan (RPT-*): it runs only on reports."""

    @property
    def family(self) -> str:
        """The id's prefix (``REF`` for ``REF-002``), used by ``select`` and ``ignore``."""
        return self.id.split("-")[0]

    @property
    def doc(self) -> str:
        """The check's docstring: what it finds, with a passing and a failing example."""
        return inspect.getdoc(self.check) or self.summary if self.check else self.summary


def items(plan: Plan, collection: tuple[str, ...]) -> Iterator[tuple[Path, Any]]:
    """The items of a collection (``("budget", "lines")``) with their data paths.

    A singleton section (``("focal_point",)``) yields itself once when present.
    """
    obj: Any = plan
    for name in collection[:-1]:
        obj = getattr(obj, name)
        if obj is None:
            return
    value = getattr(obj, collection[-1])
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield (*collection, i), item
    elif value is not None:
        yield collection, value
