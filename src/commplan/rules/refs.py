"""References between the sections of a plan: REF-001 to REF-004 (always on)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Final

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext, items
from commplan.source.diagnostics import Severity
from commplan.source.positions import Path

E, W = Severity.ERROR, Severity.WARNING

TARGETS: Final[dict[str, tuple[str, ...]]] = {
    "unit": ("units",),
    "activity": ("activities",),
    "phase": ("phases",),
    "source": ("budget", "sources"),
    "staff": ("staff",),
    "audience": ("audiences",),
    "message": ("messages",),
    "objective": ("objectives",),
    "policy": ("policies",),
    "scenario": ("crisis", "scenarios"),
}
"""Where the items that each kind of reference points to live."""

REFERENCES: Final[tuple[tuple[tuple[str, ...], str, str], ...]] = (
    (("activities",), "owner", "unit"),
    (("activities",), "partners", "unit"),
    (("staff",), "unit", "unit"),
    (("focal_point",), "liaison_with", "unit"),
    (("milestones",), "recipient", "unit"),
    (("policies",), "drafting_unit", "unit"),
    (("reporting", "reports"), "recipient", "unit"),
    (("activities",), "phase", "phase"),
    (("activities",), "depends_on", "activity"),
    (("activities",), "audiences", "audience"),
    (("activities",), "messages", "message"),
    (("activities",), "objectives", "objective"),
    (("activities",), "policy", "policy"),
    (("messages",), "audiences", "audience"),
    (("milestones",), "activities", "activity"),
    (("budget", "lines"), "activity", "activity"),
    (("budget", "lines"), "source", "source"),
    (("focal_point",), "staff", "staff"),
    (("crisis", "team"), "staff", "staff"),
    (("crisis", "levels"), "escalate_to", "staff"),
    (("crisis", "holding_statements"), "approved_by", "staff"),
    (("crisis", "holding_statements"), "scenario", "scenario"),
    (("crisis",), "monitoring_activity", "activity"),
)
"""Every field that holds an id: (collection, field, kind of target)."""

ID_COLLECTIONS: Final = (
    *TARGETS.values(),
    ("milestones",),
    ("budget", "lines"),
    ("crisis", "holding_statements"),
    ("reporting", "reports"),
)


def _target_names() -> dict[str, str]:
    return {
        "unit": _("unit"),
        "activity": _("activity"),
        "phase": _("phase"),
        "source": _("budget source"),
        "staff": _("staff member"),
        "audience": _("audience"),
        "message": _("message"),
        "objective": _("objective"),
        "policy": _("policy"),
        "scenario": _("crisis scenario"),
    }


def ids_of(plan: Plan, kind: str) -> set[str]:
    """The ids defined for a kind of target (``"unit"``, ``"activity"`` …)."""
    return {item.id for _path, item in items(plan, TARGETS[kind])}


def references(plan: Plan) -> Iterator[tuple[Path, str, str]]:
    """Every reference in the plan: (path of the referencing value, id, kind of target)."""
    for collection, field, kind in REFERENCES:
        for path, item in items(plan, collection):
            value = getattr(item, field)
            if isinstance(value, list):
                for j, ref in enumerate(value):
                    yield (*path, field, j), ref, kind
            elif value is not None:
                yield (*path, field), value, kind


def check_duplicate_ids(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REF-001: an id is used twice in the same collection.

    Passes::

        units: [{id: stttt, ...}, {id: baont, ...}]

    Fails::

        units: [{id: stttt, ...}, {id: stttt, ...}]
    """
    del ctx
    for collection in ID_COLLECTIONS:
        seen: dict[str, int] = {}
        for path, item in items(plan, collection):
            index = path[-1]
            assert isinstance(index, int)
            if item.id in seen:
                yield Finding(
                    (*path, "id"),
                    _("duplicate id '{id}' in {collection} (also item {first})").format(
                        id=item.id, collection=".".join(collection), first=seen[item.id] + 1
                    ),
                    _("give each item its own id"),
                )
            else:
                seen[item.id] = index


def _dangling(plan: Plan, *, units: bool) -> Iterator[Finding]:
    known = {kind: ids_of(plan, kind) for kind in TARGETS}
    names = _target_names()
    for path, ref, kind in references(plan):
        if (kind == "unit") != units or ref in known[kind]:
            continue
        close = difflib.get_close_matches(ref, sorted(known[kind]), n=1, cutoff=0.6)
        hint = (
            _("did you mean '{id}'?").format(id=close[0])
            if close
            else _("define it in {section} or correct the id").format(
                section=".".join(TARGETS[kind])
            )
        )
        yield Finding(
            path,
            _("there is no {kind} with id '{id}'").format(kind=names[kind], id=ref),
            hint,
        )


def check_unit_references(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REF-002: a reference to a unit that does not exist.

    Checked in ``owner``, ``partners``, ``staff.unit``, ``focal_point.liaison_with``,
    ``milestones.recipient``, ``policies.drafting_unit`` and report recipients.

    Passes::

        units: [{id: stttt, ...}]
        activities: [{id: a1, owner: stttt, ...}]

    Fails::

        activities: [{id: a1, owner: sttt, ...}]
    """
    del ctx
    return _dangling(plan, units=True)


def check_other_references(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REF-003: a reference to a missing activity, phase, source, staff member and so on.

    Also audiences, messages, objectives, policies and crisis scenarios.

    Passes::

        phases: [{id: p1, ...}]
        activities: [{id: a1, phase: p1, ...}]

    Fails::

        activities: [{id: a1, phase: p9, ...}]
    """
    del ctx
    return _dangling(plan, units=False)


def check_unused(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """REF-004: an audience, message, objective or unit that nothing references.

    A unit that nothing references is fine when it has ``duties``.

    Passes::

        audiences: [{id: dn, ...}]
        activities: [{id: a1, audiences: [dn], ...}]

    Fails::

        audiences: [{id: dn, ...}]
        activities: [{id: a1, ...}]    # nothing names dn
    """
    del ctx
    used: dict[str, set[str]] = {}
    for _path, ref, kind in references(plan):
        used.setdefault(kind, set()).add(ref)
    names = _target_names()
    for kind in ("audience", "message", "objective", "unit"):
        for path, item in items(plan, TARGETS[kind]):
            if item.id in used.get(kind, set()) or (kind == "unit" and item.duties):
                continue
            yield Finding(
                (*path, "id"),
                _("the {kind} '{id}' is not used anywhere").format(kind=names[kind], id=item.id),
                _("reference it from an activity, or remove it")
                if kind != "unit"
                else _("reference it, give it duties, or remove it"),
            )


_OTHER_VERBS: Final = (
    ("thực hiện", "implements"),
    ("triển khai", "implements"),
    ("theo đề nghị", "proposed_by"),
)


def check_legal_basis_prefix(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """TEXT-003: a ``legal_bases`` item starts with a verb: "Căn cứ", "Thực hiện", ….

    The document writes "Căn cứ" before each item, so an item that starts with "Căn cứ"
    would print it twice, and one that starts with "Thực hiện", "Triển khai" or "Theo đề
    nghị" would print "Căn cứ Thực hiện …": those belong in ``implements`` or
    ``proposed_by``.

    Passes::

        legal_bases: [Luật Báo chí ngày 05 tháng 4 năm 2016]
        implements: [Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ]

    Fails::

        legal_bases:
          - Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016
          - Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ
    """
    del ctx
    for i, basis in enumerate(plan.legal_bases):
        text = " ".join(basis.casefold().split())
        if text.startswith("căn cứ"):
            yield Finding(
                ("legal_bases", i),
                _("the legal basis starts with 'Căn cứ', which the document adds itself"),
                _("remove the words 'Căn cứ' at the start"),
            )
            continue
        for verb, field in _OTHER_VERBS:
            if text.startswith(verb + " ") or text == verb:
                words = basis.split()[: len(verb.split())]
                yield Finding(
                    ("legal_bases", i),
                    _(
                        "the legal basis starts with '{words}', so the document would print "
                        "'Căn cứ {words} …'"
                    ).format(words=" ".join(words)),
                    _("move it to {field}, without the words '{words}'").format(
                        field=field, words=" ".join(words)
                    )
                    if field == "implements"
                    else _(
                        "move it to proposed_by, with 'by:' (who proposes) and 'submission:' "
                        "(the Tờ trình), without the words 'Theo đề nghị của'"
                    ),
                )
                break


RULES: Final = (
    Rule(
        "TEXT-003",
        W,
        "a legal_bases item starts with 'Căn cứ', 'Thực hiện', 'Triển khai' or 'Theo đề nghị'",
        check_legal_basis_prefix,
    ),
    Rule("REF-001", E, "duplicate id within a collection", check_duplicate_ids),
    Rule("REF-002", E, "a reference to a unit that does not exist", check_unit_references),
    Rule(
        "REF-003",
        E,
        "a reference to a missing activity, phase, source, staff …",
        check_other_references,
    ),
    Rule("REF-004", W, "an audience, message, objective or unit that nothing uses", check_unused),
)
