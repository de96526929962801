"""The narrative sections of the plan for the JSON export, and the conventions of the export.

Aims, people, audiences, policies, crisis handling and evaluation, written as ``normalised``
writes the rest: codes with their labels, dates resolved, references with the name behind them.
"""

from __future__ import annotations

from typing import Any

from commplan.model.codes import label
from commplan.model.plan import Crisis, Objective, Plan, Policy, Staff
from commplan.render.lookup import Lookup
from commplan.vn.dates import DateExpr

Json = dict[str, Any]


def code(name: str, value: str | None) -> Json | None:
    """A code with its Vietnamese label (None stays None)."""
    return None if value is None else {"code": value, "label": label(name, value)}


def codes(name: str, values: list[str]) -> list[Json | None]:
    """Each code with its label."""
    return [code(name, v) for v in values]


def start(expr: DateExpr) -> Json:
    """A start date: the first day of the period, and the period as written."""
    return {"date": expr.first.isoformat(), "text": expr.text}


def end(expr: DateExpr | None) -> Json | None:
    """Any other date: the last day of the period, and the period as written."""
    return None if expr is None else {"date": expr.last.isoformat(), "text": expr.text}


def unit_ref(unit_id: str | None, look: Lookup) -> Json | None:
    """A unit id with the unit's name (the id when it is unknown)."""
    return None if unit_id is None else {"id": unit_id, "name": look.unit_name(unit_id)}


def staff_ref(staff_id: str | None, look: Lookup) -> Json | None:
    """A staff id with the person's name (the id when it is unknown)."""
    if staff_id is None:
        return None
    person = look.staff.get(staff_id)
    return {"id": staff_id, "name": person.name if person else staff_id}


def narrative(plan: Plan, look: Lookup) -> Json:
    """The sections of the plan that are text and people rather than dates and money."""
    focal = plan.focal_point
    return {
        "legal_bases": list(plan.legal_bases),
        "purposes": list(plan.purposes),
        "requirements": list(plan.requirements),
        "objectives": [_objective(o) for o in plan.objectives],
        "staff": [_staff(s, look) for s in plan.staff],
        "focal_point": None
        if focal is None
        else {
            "staff": staff_ref(focal.staff, look),
            "liaison_with": unit_ref(focal.liaison_with, look),
            "designated_on": end(focal.designated_on),
        },
        "audiences": [
            {"id": a.id, "name": a.name, "kind": code("audience_kind", a.kind)}
            | {"directly_affected": a.directly_affected}
            for a in plan.audiences
        ],
        "messages": [
            {"id": m.id, "text": m.text, "audiences": list(m.audiences)} for m in plan.messages
        ],
        "policies": [_policy(p, look) for p in plan.policies],
        "crisis": _crisis(plan.crisis, look) if plan.crisis else None,
        "governance": plan.governance.model_dump(mode="json") if plan.governance else None,
        "evaluation": _evaluation(plan),
    }


def _objective(o: Objective) -> Json:
    return {
        "id": o.id,
        "statement": o.statement,
        "level": code("objective_level", o.level),
        "kpis": [
            {
                "metric": k.metric,
                "target": k.target,
                "unit": k.unit,
                "baseline": k.baseline,
                "due": end(k.due),
                "method": code("kpi_method", k.method),
            }
            for k in o.kpis
        ],
    }


def _staff(s: Staff, look: Lookup) -> Json:
    return {
        "id": s.id,
        "name": s.name,
        "unit": unit_ref(s.unit, look),
        "position": s.position,
        "roles": codes("role", list(s.roles)),
        "employment": code("employment", s.employment),
        "experience_years": s.experience_years,
        "trainings": [
            {"topic": code("training_topic", t.topic), "date": end(t.date), "provider": t.provider}
            for t in s.trainings
        ],
        "phone": s.contact.phone if s.contact else None,
        "email": s.contact.email if s.contact else None,
    }


def _policy(p: Policy, look: Lookup) -> Json:
    impact = p.large_impact
    return {
        "id": p.id,
        "name": p.name,
        "document_type": p.document_type,
        "drafting_unit": unit_ref(p.drafting_unit, look),
        "large_impact": impact.model_dump(mode="json") | {"scope": code("scope", impact.scope)},
        "in_scope_407": p.in_scope_407,
    }


def _crisis(c: Crisis, look: Lookup) -> Json:
    return {
        "team": [
            {"role": code("crisis_role", m.role), "staff": staff_ref(m.staff, look)} for m in c.team
        ],
        "levels": [
            level.model_dump(mode="json") | {"escalate_to": staff_ref(level.escalate_to, look)}
            for level in c.levels
        ],
        "scenarios": [
            {"id": s.id, "description": s.description, "triggers": list(s.triggers)}
            | {"likelihood": code("rating", s.likelihood), "impact": code("rating", s.impact)}
            for s in c.scenarios
        ],
        "holding_statements": [
            {"id": h.id, "scenario": h.scenario, "text": h.text}
            | {"covers": codes("covers", list(h.covers))}
            | {"approved_by": staff_ref(h.approved_by, look), "approved_on": end(h.approved_on)}
            for h in c.holding_statements
        ],
        "monitoring_activity": c.monitoring_activity,
        "rehearsal": None
        if c.rehearsal is None
        else {"date": end(c.rehearsal.date), "kind": code("rehearsal_kind", c.rehearsal.kind)},
    }


def _evaluation(plan: Plan) -> Json | None:
    evaluation = plan.reporting.evaluation if plan.reporting else None
    if evaluation is None:
        return None
    framework = code("evaluation_framework", evaluation.framework)
    return {"framework": framework, "schedule": evaluation.schedule}
