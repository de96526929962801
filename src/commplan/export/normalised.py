"""The plan as JSON for other programs: dates resolved, totals computed, labels beside codes.

The shape is described by ``data/export.schema.json`` (``FORMAT_VERSION`` 1), which ships with
the package so that a receiving system can validate what it is given. Conventions: a code is
``{"code", "label"}``; a date written in the plan is ``{"date", "text"}`` with the resolved ISO
day (the first day of a period for a start, the last day otherwise) and the canonical text;
money is whole đồng as an integer.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Final

from commplan import __version__
from commplan.export.sections import code, end, narrative, start, unit_ref
from commplan.export.tables import Deadline, PlanTables, Task
from commplan.model.codes import label
from commplan.model.plan import Budget, Milestone, Phase, Plan, Report, Unit
from commplan.render.budget import Priced, source_names
from commplan.rules.schedule import occurrences
from commplan.vn.money import amount_line

FORMAT: Final = "commplan-export"
FORMAT_VERSION: Final = 1
Json = dict[str, Any]


def export_schema() -> Json:
    """The JSON Schema of the export, as shipped in the package."""
    resource = resources.files("commplan") / "data" / "export.schema.json"
    loaded: Json = json.loads(resource.read_text(encoding="utf-8"))
    return loaded


def json_bytes(tables: PlanTables) -> bytes:
    """The .json file of a plan (UTF-8, Vietnamese kept as letters, keys in a fixed order)."""
    text = json.dumps(normalise(tables), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def normalise(tables: PlanTables) -> Json:
    """The export as plain data (see ``export.schema.json``)."""
    plan = tables.plan
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"commplan {__version__}",
        "document": _document(plan),
        "period": (
            {"start": start(plan.period.start), "end": end(plan.period.end)}
            if plan.period is not None
            else None  # published plans often have none (PLAN-MODEL.md)
        ),
        "profiles": [{"id": p.id, "title": p.title} for p in tables.profiles],
        "units": [_unit(u) for u in plan.units],
        "phases": [_phase(p) for p in plan.phases],
        "activities": [_activity(t, tables) for t in tables.tasks()],
        "milestones": [_milestone(m, tables) for m in plan.milestones],
        "reports": [_report(r, tables) for r in plan.reporting.reports] if plan.reporting else [],
        "deadlines": [_deadline(d) for d in tables.deadlines()],
        "budget": _budget(plan.budget, tables) if plan.budget else None,
    } | narrative(plan, tables.look)


def _document(plan: Plan) -> Json:
    doc = plan.document
    return {
        "issuer": doc.issuer,
        "parent_agency": doc.parent_agency,
        "issuer_level": code("issuer_level", doc.issuer_level),
        "number": doc.number,
        "symbol": doc.symbol,
        "place": doc.place,
        "date": doc.date.isoformat() if doc.date else None,
        "title": doc.title,
        "is_draft": doc.number is None or doc.date is None,
        "signer": doc.signer.model_dump(mode="json") if doc.signer else None,
        "recipients": list(doc.recipients),
        "confidentiality": code("confidentiality", doc.confidentiality),
        "urgency": code("urgency", doc.urgency),
    }


def _unit(unit: Unit) -> Json:
    return {
        "id": unit.id,
        "name": unit.name,
        "short_name": unit.short_name,
        "kind": code("unit_kind", unit.kind),
        "dedicated": unit.dedicated,
    }


def _phase(phase: Phase) -> Json:
    return {
        "id": phase.id,
        "kind": code("phase_kind", phase.kind),
        "name": phase.name or label("phase_kind", phase.kind),
        "start": start(phase.start),
        "end": end(phase.end),
    }


def _activity(task: Task, tables: PlanTables) -> Json:
    a = task.activity
    return {
        "number": task.number,
        "id": a.id,
        "title": a.title,
        "type": code("activity_type", a.type),
        "phase": a.phase,
        "phase_name": task.phase or None,
        "owner": unit_ref(a.owner, tables.look),
        "partners": [unit_ref(p, tables.look) for p in a.partners],
        "start": start(a.start),
        "end": end(a.end),
        "time": task.time,
        "time_text": a.time_text,
        "recurrence": code("recurrence", a.recurrence),
        "occurrences": [
            {"start": first.isoformat(), "end": last.isoformat()} for first, last in occurrences(a)
        ],
        "channels": [code("channel", c) for c in a.channels],
        "outputs": list(a.outputs),
        "depends_on": list(a.depends_on),
        "audiences": list(a.audiences),
        "messages": list(a.messages),
        "objectives": list(a.objectives),
        "policy": a.policy,
        "cost": task.cost,
    }


def _milestone(m: Milestone, tables: PlanTables) -> Json:
    return {
        "id": m.id,
        "name": m.name,
        "kind": code("milestone_kind", m.kind),
        "date": end(m.date),
        "recipient": unit_ref(m.recipient, tables.look),
        "activities": list(m.activities),
    }


def _report(r: Report, tables: PlanTables) -> Json:
    recipient = unit_ref(r.recipient, tables.look)
    return {"id": r.id, "recipient": recipient, "due": end(r.due), "content": r.content}


def _deadline(d: Deadline) -> Json:
    return {
        "key": d.key,
        "date": d.day.isoformat(),
        "kind": d.kind,
        "title": d.title,
        "written": d.written,
        "recipient": d.recipient or None,
        "activities": list(d.activities),
        "note": d.note or None,
    }


def _line(p: Priced) -> Json:
    line = p.line
    quantity = line.quantity
    return {
        "id": line.id,
        "activity": line.activity,
        "category": code("budget_category", line.category),
        "description": line.description,
        "quantity": int(quantity) if quantity == int(quantity) else float(quantity),
        "unit": line.unit,
        "unit_price": line.unit_price,
        "total": p.amount,
        "total_declared": line.total is not None,
        "source": line.source,
        "fiscal_year": p.year,
        "norm_ref": line.norm_ref,
    }


def _budget(budget: Budget, tables: PlanTables) -> Json:
    names = source_names(budget)
    by_year: dict[int, int] = {}
    for p in tables.lines:
        by_year[p.year] = by_year.get(p.year, 0) + p.amount
    return {
        "declared_total": budget.total,
        "total": tables.total,
        "total_in_words": amount_line(tables.total),
        "sources": [
            {
                "id": s.id,
                "kind": code("source_kind", s.kind),
                "name": names[s.id],
                "cap": s.cap,
                "total": sum(p.amount for p in tables.lines if p.line.source == s.id),
            }
            for s in budget.sources
        ],
        "lines": [_line(p) for p in tables.lines],
        "by_source_category": [
            {"source": c.source, "category": code("budget_category", c.category)}
            | {"total": c.amount}
            for c in tables.cells()
        ],
        "by_fiscal_year": [{"year": y, "total": t} for y, t in sorted(by_year.items())],
    }
