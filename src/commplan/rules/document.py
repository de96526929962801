"""The document frame and the profiles' windows: DOC-001, DOC-002, DOC-004, PROF-001 (always on)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import absent, param_date
from commplan.source.diagnostics import Severity
from commplan.vn.formats import short_date


def check_document_frame(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DOC-001: the document would render as a draft.

    ``document.symbol`` must start with ``KH-`` for a plan issued directly, or ``QĐ-`` for a
    plan issued by a Quyết định (``form: quyet_dinh``, Nghị định 30/2020/NĐ-CP), and
    ``place``, ``date`` and ``signer`` must be present; the missing ones are named in one
    finding at ``document``.

    Passes::

        document: {symbol: KH-UBND, place: Nam Định, date: 07/3/2022, signer: {...}, ...}

    Fails::

        document: {symbol: BC-UBND, ...}     # and no place, date or signer
    """
    del ctx
    doc = plan.document
    if doc.form == "quyet_dinh" and not doc.symbol.startswith("QĐ-"):
        yield Finding(
            ("document", "symbol"),
            _(
                "the symbol '{symbol}' does not start with 'QĐ-', the symbol of a decision "
                "(form: quyet_dinh)"
            ).format(symbol=doc.symbol),
            _("write the symbol as QĐ- followed by the issuer's abbreviation, e.g. QĐ-UBND"),
        )
    elif doc.form == "ke_hoach" and not doc.symbol.startswith("KH-"):
        hint = _("write the symbol as KH- followed by the issuer's abbreviation, e.g. KH-UBND")
        if doc.symbol.startswith("QĐ-"):
            hint = _("a plan issued by a decision needs 'form: quyet_dinh' and 'decision:'")
        yield Finding(
            ("document", "symbol"),
            _("the symbol '{symbol}' does not start with 'KH-', the symbol of a plan").format(
                symbol=doc.symbol
            ),
            hint,
        )
    fields = {"place": doc.place, "date": doc.date, "signer": doc.signer}
    missing = [name for name, value in fields.items() if value is None]
    if missing:
        yield absent(
            ("document",),
            _("the document lacks {fields}, so it renders as a draft").format(
                fields=", ".join(missing)
            ),
            _("add {fields} to document when the plan is signed").format(fields=", ".join(missing)),
        )


def check_legal_bases(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DOC-002: the plan cites no legal basis (căn cứ) and no instrument it implements.

    ``legal_bases`` ("Căn cứ …") or ``implements`` ("Thực hiện …") satisfies it. Reported at
    ``legal_bases``, or 1:1 when the list is absent.

    Passes::

        legal_bases: [Luật Báo chí ngày 05 tháng 4 năm 2016]

    Fails::

        legal_bases: []
    """
    del ctx
    if not plan.legal_bases and not plan.implements:
        yield absent(
            ("legal_bases",),
            _("the plan cites no legal basis"),
            _(
                "add to implements the documents the plan carries out (Thực hiện …), or to "
                "legal_bases the laws it rests on (Căn cứ …)"
            ),
        )


def check_decision_form(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """DOC-004: ``document.decision`` is written, but the plan is issued directly (a Kế hoạch).

    The Quyết định's authority line and articles are written only when ``document.form`` is
    ``quyet_dinh``; on a plan issued directly (``form: ke_hoach``, the default) they would be
    left out of the document without a word. Reported at the ``decision`` key.

    Passes::

        document: {form: quyet_dinh, symbol: QĐ-BYT, decision: {authority: BỘ TRƯỞNG BỘ Y TẾ}}

    Fails::

        document: {symbol: KH-UBND, decision: {authority: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH}}
    """
    del ctx
    doc = plan.document
    if doc.form == "ke_hoach" and doc.decision is not None:
        yield Finding(
            ("document", "decision"),
            _(
                "'decision' is ignored: the plan is issued directly as a Kế hoạch "
                "(form: ke_hoach), not by a Quyết định"
            ),
            _("remove 'decision:', or set 'form: quyet_dinh' to issue the plan by a Quyết định"),
            at="key",
        )


def _window_text(start: date | None, end: date | None) -> str:
    if start is not None and end is not None:
        return f"{short_date(start)}–{short_date(end)}"
    if start is not None:
        return _("from {date}").format(date=short_date(start))
    assert end is not None
    return _("until {date}").format(date=short_date(end))


def check_profile_window(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """PROF-001: the plan's period lies wholly outside the window in which a profile applies.

    Reads the profile's window as the parameters ``applies_from`` and ``applies_to``; a missing
    bound is open. A period that overlaps the window is inside it (``cv-btttt-2022`` applies
    to plans whose period overlaps 2022).

    Passes::

        profiles: [cv-btttt-2022]     # applies 2022-01-01 to 2022-12-31
        period: năm 2022

    Fails::

        profiles: [cv-btttt-2022]
        period: năm 2024
    """
    start = param_date(ctx.params, "applies_from")
    end = param_date(ctx.params, "applies_to")
    if start is None and end is None:
        return
    period = plan.period
    if period is None:
        return
    before = end is not None and period.start.first > end
    after = start is not None and period.end.last < start
    if before or after:
        yield Finding(
            ("period",),
            _(
                "the period lies outside the time in which profile '{profile}' applies ({window})"
            ).format(window=_window_text(start, end), profile=ctx.profile or "-"),
            _("check period, or remove '{profile}' from profiles").format(
                profile=ctx.profile or "-"
            ),
        )


W = Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule(
        "DOC-001",
        W,
        "the symbol does not start with KH- (QĐ- for a decision), or place, date or signer "
        "is missing",
        check_document_frame,
    ),
    Rule("DOC-002", W, "legal_bases and implements are empty", check_legal_bases),
    Rule(
        "DOC-004",
        W,
        "document.decision is written but the form is a Kế hoạch (ke_hoach), so it is ignored",
        check_decision_form,
    ),
    Rule(
        "PROF-001",
        W,
        "the period lies outside the window in which an active profile applies",
        check_profile_window,
    ),
)
