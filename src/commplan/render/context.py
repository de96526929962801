"""Plan -> template context: plain dicts, lists, strings, numbers and booleans only.

Templates never see pydantic objects or call methods, so an officer's template depends only
on the names documented in docs/template-context.md (``spec.CONTEXT``), which a test keeps in
step with what this module builds.
"""

from __future__ import annotations

from typing import Any, Final

from commplan.model.codes import COMMITTEE_LEVELS, label
from commplan.model.plan import Document, Plan
from commplan.render.agency import agency_lines
from commplan.render.appendices import appendix_numbers, appendix_refs
from commplan.render.blocks import Section
from commplan.render.budget import budget_context
from commplan.render.gantt import gantt_context
from commplan.render.lookup import Lookup
from commplan.render.opening import decision_context, intro_paragraphs, opening, recipients
from commplan.render.organisation import budget_section, organisation_section
from commplan.render.sections import content_section, purposes_section
from commplan.render.tables import activity_table
from commplan.render.text import lower_first, strip_item
from commplan.vn.formats import nd30_date, roman

CONTEXT_VERSION: Final = 1
"""``schema_version`` of the template context; raised when a variable changes or goes."""
BLANK: Final = " " * 6
"""What a draft shows for the number and the day and month it does not have yet."""
NUMBER_BLANK: Final = BLANK[1:]
"""The draft's number: the template writes "Số: " before it, so the line has six spaces."""
NO_PLACE: Final = "……"
NO_SIGNER_TITLE: Final = "[CHỨC VỤ NGƯỜI KÝ]"
NO_SIGNER_NAME: Final = "[Họ và tên]"


def build_context(plan: Plan) -> dict[str, Any]:
    """The template context of a plan (see docs/template-context.md)."""
    look = Lookup.of(plan)
    budget = budget_context(plan)
    appendices = appendix_numbers(plan, has_budget_lines=budget is not None)
    document = document_context(plan, look)
    decision = decision_context(plan.document, subject(plan.document.title), document["cited"])
    return {
        "schema_version": CONTEXT_VERSION,
        "document": document,
        "decision": decision,
        "period": {"text": _period_text(plan)},
        "legal_bases": legal_bases(plan.legal_bases),
        "opening": opening(plan, _default_intro(plan.document, document["issuer_name"])),
        "situation": [" ".join(t.split()) for t in plan.situation],
        "sections": body_sections(plan, look, appendices),
        "closing": closing(plan, document["issuer_name"]),
        "signer": _signer(plan.document),
        "recipients": recipients(plan.document, decision),
        "appendices": appendices,
        "activity_table": activity_table(plan, look),
        "gantt": gantt_context(plan, look),
        "budget": budget,
    }


def _period_text(plan: Plan) -> str:
    if plan.period is None:
        return ""
    start, end = plan.period.start, plan.period.end
    return start.text if start.text == end.text else f"{start.text} - {end.text}"


def document_context(plan: Plan, look: Lookup) -> dict[str, Any]:
    """The ``document`` variable: the frame of the official document (ND30 ô 1-5, 10)."""
    doc = plan.document
    year = plan.year()
    number = _number(doc.number)
    date = nd30_date(doc.date) if doc.date else f"ngày{BLANK}tháng{BLANK}năm {year}"
    issuer_name = look.issuer_name(doc.issuer)
    kind = "Quyết định" if doc.form == "quyet_dinh" else "Kế hoạch"
    reference = f"{kind} số {number}/{doc.symbol} {date}"
    if issuer_name:
        reference += f" của {issuer_name}"
    return {
        "form": doc.form,
        "is_decision": doc.form == "quyet_dinh",
        "parent_agency": _parent_line(doc),
        "issuer": agency_lines(doc.issuer),
        "issuer_name": issuer_name,
        "number": number,
        "symbol": doc.symbol,
        "place": doc.place or NO_PLACE,
        "date": date,
        "date_iso": doc.date.isoformat() if doc.date else None,
        "year": doc.date.year if doc.date else year,
        "is_draft": doc.number is None or doc.date is None,
        "title": doc.title,
        "intro": " ".join(intro_paragraphs(doc.intro)) or _default_intro(doc, issuer_name),
        "reference": f"(Kèm theo {reference})",
        "cited": reference,
        "archive": strip_item(doc.archive.removeprefix("Lưu:")) if doc.archive else "VT",
        "confidentiality": label("confidentiality", doc.confidentiality)
        if doc.confidentiality
        else None,
        "urgency": label("urgency", doc.urgency) if doc.urgency else None,
    }


def _parent_line(doc: Document) -> str | None:
    """ND30 ô 1's superior body, which a People's Committee at any level never writes.

    A UBND is not placed "under" the district or province in its header (PUBLISHED-PLANS.md
    §2); ``parent_agency`` still names the agency in ``summary``, so it is kept in the file.
    """
    if doc.parent_agency is None or doc.issuer_level in COMMITTEE_LEVELS:
        return None
    return agency_lines(doc.parent_agency, bold=False)


def _number(number: int | str | None) -> str:
    """ND30 ô 3: a number below 10 gets a zero; a number written as text stays as written."""
    if number is None:
        return NUMBER_BLANK
    return number if isinstance(number, str) else f"{number:02d}"


def _default_intro(doc: Document, issuer_name: str | None) -> str | None:
    if issuer_name is None:
        return None
    return f"{issuer_name} ban hành Kế hoạch {subject(doc.title)} như sau:"


def subject(title: str) -> str:
    """The trích yếu as it follows "Kế hoạch" in a sentence (without a repeated "Kế hoạch")."""
    text = lower_first(strip_item(title))
    if text.casefold().startswith("kế hoạch "):
        text = text[len("kế hoạch ") :].lstrip()
    return text


def legal_bases(bases: list[str]) -> list[dict[str, str]]:
    """Each căn cứ without its "Căn cứ" and end mark; the template writes both (ND30 B8)."""
    out = []
    for i, text in enumerate(bases):
        body = strip_item(text)
        if body.casefold().startswith("căn cứ "):
            body = body[len("căn cứ ") :].lstrip()
        out.append({"text": body, "end": "." if i == len(bases) - 1 else ";"})
    return out


def _signer(doc: Document) -> dict[str, Any]:
    if doc.signer is None:
        # A draft still shows where the signature goes, with what to fill in; DOC-001 warns.
        return {"authority": [], "title": NO_SIGNER_TITLE, "name": NO_SIGNER_NAME}
    return {
        "authority": list(doc.signer.authority),
        "title": doc.signer.title,
        "name": doc.signer.name,
    }


def body_sections(
    plan: Plan, look: Lookup, appendices: dict[str, dict[str, str] | None]
) -> list[Section]:
    """Mục I-IV with the empty ones left out and Roman numbers given in order."""
    budget = appendices.get("budget")
    candidates = [
        purposes_section(plan),
        content_section(plan, look, appendix_refs(appendices)),
        budget_section(plan, look, f"Phụ lục {budget['number']}" if budget else None),
        organisation_section(plan, look),
    ]
    sections = [s for s in candidates if s is not None]
    for i, s in enumerate(sections, start=1):
        s["number"] = roman(i)
    return sections


def closing(plan: Plan, issuer_name: str | None) -> str:
    """The last body paragraph, ending "./." (ND30 B7): where to raise problems."""
    boss = issuer_name or "cơ quan ban hành Kế hoạch"
    comms = next((u.name for u in plan.units if u.kind == "don_vi_truyen_thong"), None)
    if comms is None or comms == issuer_name:
        to = f"phản ánh về {boss} để xem xét, giải quyết"
    else:
        to = f"phản ánh về {comms} để tổng hợp, báo cáo {boss} xem xét, giải quyết"
    return (
        "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị "
        f"kịp thời {to}./."
    )
