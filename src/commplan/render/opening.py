"""The opening of a plan and the Quyết định that may issue it (PLAN-MODEL.md, last section).

The opening is the run of paragraphs between the title and section I: "Thực hiện …",
"Căn cứ …", "Theo đề nghị của … tại …" and the issuing clause. How they end depends on the
form: in a Kế hoạch they make one sentence, each paragraph ending ";" and the last running on
into the issuing clause ("…; Ủy ban nhân dân tỉnh … ban hành Kế hoạch … như sau:"); in a
Quyết định the căn cứ end ";", "Theo đề nghị …" ends "." and ``QUYẾT ĐỊNH:`` follows.

A plan written before these fields existed (no ``implements`` and no ``proposed_by``) keeps the
layout it always had: its căn cứ end with "." and the issuing clause is a paragraph of its own.
"""

from __future__ import annotations

from typing import Any

from commplan.model.plan import Decision, Document, Plan
from commplan.render.text import strip_item

BASIS = "basis"
"""A paragraph in the căn cứ style (italic, ND30 B8)."""
TEXT = "text"
"""A body paragraph: the issuing clause and what runs on into it."""


def _body(text: str, verb: str) -> str:
    """The item without list marks, end punctuation or its verb repeated at the start."""
    body = strip_item(text)
    if body.casefold().startswith(verb.casefold() + " "):
        body = body[len(verb) + 1 :].lstrip()
    return body


def intro_paragraphs(intro: str | list[str] | None) -> list[str]:
    """``document.intro`` as paragraphs: a list as given, a text split at its line breaks."""
    if intro is None:
        return []
    parts = intro if isinstance(intro, list) else intro.splitlines()
    return [" ".join(p.split()) for p in parts if p.strip()]


def _lead(plan: Plan) -> list[tuple[str, str]]:
    """(text, kind) of Thực hiện …, Căn cứ …, Theo đề nghị …, without their end marks.

    Only the căn cứ are in the căn cứ style (ND30 B8); "Thực hiện …" is body text. A
    Quyết định's "Theo đề nghị …" closes its căn cứ block (Mẫu 1.3) and is styled like them.
    """
    decision = plan.document.form == "quyet_dinh"
    lead = [(f"Thực hiện {_body(t, 'Thực hiện')}", TEXT) for t in plan.implements]
    lead += [(f"Căn cứ {_body(t, 'Căn cứ')}", BASIS) for t in plan.legal_bases]
    if plan.proposed_by is not None:
        proposal = f"Theo đề nghị của {_body(plan.proposed_by.by, 'Theo đề nghị của')}"
        if plan.proposed_by.submission:
            proposal += f" tại {_body(plan.proposed_by.submission, 'tại')}"
        lead.append((proposal, BASIS if decision else TEXT))
    return lead


def _ended(lead: list[tuple[str, str]], last: str) -> list[dict[str, str]]:
    return [
        {"text": t + (last if i == len(lead) - 1 else ";"), "kind": kind}
        for i, (t, kind) in enumerate(lead)
    ]


def opening(plan: Plan, default_intro: str | None) -> list[dict[str, str]]:
    """The paragraphs of the opening, punctuated, each ``{text, kind}`` (kind: basis|text)."""
    lead = _lead(plan)
    if plan.document.form == "quyet_dinh":
        # Mẫu 1.3: every căn cứ ends ";", the last line (usually "Theo đề nghị …") ".".
        return _ended(lead, ".")
    clause = intro_paragraphs(plan.document.intro) or ([default_intro] if default_intro else [])
    if not plan.implements and plan.proposed_by is None:
        # The layout of plans written before `implements` and `proposed_by` (see module doc).
        return _ended(lead, ".") + [{"text": t, "kind": TEXT} for t in clause]
    if not clause:
        return _ended(lead, ";")
    out = _ended(lead[:-1], ";")
    out.append({"text": f"{lead[-1][0]}; {clause[0]}", "kind": TEXT})
    return out + [{"text": t, "kind": TEXT} for t in clause[1:]]


def _article_text(text: str) -> tuple[str | None, str]:
    """An article given by the officer: ("Điều 2.", rest) when it carries its own label."""
    words = text.split(maxsplit=2)
    if len(words) >= 2 and words[0] == "Điều" and words[1].rstrip(".").isdigit():
        return f"Điều {words[1].rstrip('.')}.", words[2] if len(words) > 2 else ""
    return None, text


def articles(decision: Decision, subject: str) -> list[dict[str, str]]:
    """Điều 1-3 of the Quyết định (or the given ones), the last ending "./." (ND30 B7)."""
    given = [" ".join(a.split()) for a in decision.articles]
    if not given:
        executors = ", ".join(strip_item(e) for e in decision.executors) or (
            "Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan"
        )
        given = [
            f"Ban hành kèm theo Quyết định này “Kế hoạch {subject}”.",
            "Quyết định này có hiệu lực kể từ ngày ký.",
            f"{executors} chịu trách nhiệm thi hành Quyết định này.",
        ]
    out = []
    for i, text in enumerate(given, start=1):
        label, body = _article_text(text)
        body = body.rstrip()
        if i == len(given):
            body = body.removesuffix("./.").rstrip(".;") + "./."
        out.append({"label": label or f"Điều {i}.", "text": body})
    return out


def decision_context(doc: Document, subject: str, reference: str) -> dict[str, Any] | None:
    """The ``decision`` variable: what the Quyết định writes around the plan, or None."""
    if doc.form != "quyet_dinh" or doc.decision is None:
        return None
    wording = "Ban hành kèm theo" if doc.decision.attached_wording == "ban_hanh" else "Kèm theo"
    listed = articles(doc.decision, subject)
    return {
        "subject": f"Ban hành Kế hoạch {subject}",
        "authority": doc.decision.authority,
        "articles": listed,
        "attached": f"({wording} {reference})",
        "responsible": f"Như Điều {len(listed)}",
    }


def recipients(doc: Document, decision: dict[str, Any] | None) -> list[str]:
    """Nơi nhận as written; a Quyết định's list starts "Như Điều 3" unless it names it."""
    lines = [strip_item(r) for r in doc.recipients]
    if decision is not None and not any(r.casefold().startswith("như điều") for r in lines):
        lines.insert(0, decision["responsible"])
    return lines
