"""Budget categories the dispatch asks to fund: CAT-001 to CAT-004 (driven by profiles).

The seed dispatch (point 3) asks for more money for ordering from the press, training, IT
services that monitor information, and surveys and impact evaluation. A plan answers it in one
of two ways:

* **Itemised** (``budget.lines``): each rule looks for a line of its category, as before.
* **In words** (a ``statement``, ``sources`` or a ``total`` and no lines), the way published
  plans write their budget (PUBLISHED-PLANS.md §8): a category counts as answered when the
  statement or a task mentions it (by the task's type or by words such as "đặt hàng",
  "tập huấn"). Then the enabled CAT rules say at most **one** thing together: the first of them
  whose category is not mentioned reports every unmentioned category in one finding, at
  ``budget``. Before this re-judgement such a plan got one finding per category.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Final

from commplan.i18n import _
from commplan.model.codes import label
from commplan.model.plan import Plan
from commplan.rules.base import Finding, Rule, RuleContext
from commplan.rules.organisation import absent
from commplan.source.diagnostics import Severity

CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "CAT-001": ("dat_hang_bao_chi",),
    "CAT-002": ("dao_tao_boi_duong",),
    "CAT-003": ("dich_vu_cntt_theo_doi",),
    "CAT-004": ("khao_sat_tham_do", "danh_gia_tac_dong"),
}
"""The budget categories each rule asks for (either one is enough)."""

MENTIONS: Final[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
    "CAT-001": (frozenset({"dat_hang_bao_chi"}), ("đặt hàng",)),
    "CAT-002": (frozenset({"tap_huan"}), ("đào tạo", "tập huấn", "bồi dưỡng")),
    "CAT-003": (
        frozenset({"theo_doi_thong_tin"}),
        ("rà quét", "theo dõi thông tin", "phân tích xu hướng", "dịch vụ công nghệ thông tin"),
    ),
    "CAT-004": (
        frozenset({"khao_sat_du_luan", "danh_gia_tac_dong"}),
        ("khảo sát", "thăm dò", "đánh giá tác động"),
    ),
}
"""What counts as mentioning a category in a budget written in words: task types and words."""


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _written(plan: Plan) -> str:
    """The budget statement and the tasks' titles and details, folded for searching."""
    parts = list(plan.budget.statement) if plan.budget else []
    for activity in plan.activities:
        parts += [activity.title, *activity.details]
    return _fold(" ".join(parts))


def _mentioned(plan: Plan, rule_id: str, written: str) -> bool:
    types, words = MENTIONS[rule_id]
    return any(a.type in types for a in plan.activities) or any(w in written for w in words)


def _names(rule_ids: list[str]) -> str:
    return ", ".join(
        _(" or ").join(f"'{label('budget_category', c)}'" for c in CATEGORIES[r]) for r in rule_ids
    )


def _in_words(plan: Plan, rule_id: str, ctx: RuleContext) -> Iterator[Finding]:
    budget = plan.budget
    stated = budget is not None and bool(budget.statement or budget.sources or budget.total)
    written = _written(plan)
    peers = sorted(r for r in CATEGORIES if r in ctx.enabled or r == rule_id)
    missing = [r for r in peers if not _mentioned(plan, r, written)]
    if not stated:
        missing = peers
    # One finding for the family: the first rule that has something to say says it all.
    if not missing or missing[0] != rule_id:
        return
    if stated:
        yield absent(
            ("budget", "statement"),
            _("the budget does not mention {names}, which the dispatch asks to fund").format(
                names=_names(missing)
            ),
            _("name them in budget.statement, plan a task for them, or itemise budget.lines"),
        )
    else:
        yield absent(
            ("budget",),
            _("the plan states no budget for {names}, which the dispatch asks to fund").format(
                names=_names(missing)
            ),
            _("add budget: with a statement and sources, or with lines"),
        )


def _check(plan: Plan, rule_id: str, ctx: RuleContext) -> Iterator[Finding]:
    lines = plan.budget.lines if plan.budget is not None else []
    if not lines:
        yield from _in_words(plan, rule_id, ctx)
        return
    categories = CATEGORIES[rule_id]
    if any(line.category in categories for line in lines):
        return
    names = _(" or ").join(f"'{label('budget_category', c)}'" for c in categories)
    yield absent(
        ("budget", "lines"),
        _("no budget line of category {names}").format(names=names),
        _("add a line to budget.lines with category: {codes}").format(
            codes=_(" or ").join(categories)
        ),
    )


def check_press_orders(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CAT-001: no budget for ordering from the press (``dat_hang_bao_chi``).

    On an itemised budget: no line of the category, reported at ``budget.lines``. On a budget
    in words: see the module's rule, one finding at ``budget.statement`` for the family.

    Passes::

        budget: {lines: [{id: b1, category: dat_hang_bao_chi, ...}]}
        # or, in words:
        budget: {statement: ["Kinh phí đặt hàng cơ quan báo chí ... theo phân cấp hiện hành"]}

    Fails::

        budget: {lines: [{id: b1, category: khac, ...}]}
    """
    return _check(plan, "CAT-001", ctx)


def check_training_budget(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CAT-002: no budget for training (``dao_tao_boi_duong``).

    In words, a ``tap_huan`` task or "đào tạo", "tập huấn", "bồi dưỡng" answers it.

    Passes::

        budget: {lines: [{id: b1, category: dao_tao_boi_duong, ...}]}

    Fails::

        budget: {lines: [{id: b1, category: khac, ...}]}
    """
    return _check(plan, "CAT-002", ctx)


def check_monitoring_budget(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CAT-003: no budget for IT services that monitor information (``dich_vu_cntt_theo_doi``).

    In words, a ``theo_doi_thong_tin`` task or "rà quét", "phân tích xu hướng" answers it.

    Passes::

        budget: {lines: [{id: b1, category: dich_vu_cntt_theo_doi, ...}]}

    Fails::

        budget: {lines: [{id: b1, category: khac, ...}]}
    """
    return _check(plan, "CAT-003", ctx)


def check_survey_budget(plan: Plan, ctx: RuleContext) -> Iterator[Finding]:
    """CAT-004: no budget for surveys or impact evaluation.

    Either ``khao_sat_tham_do`` or ``danh_gia_tac_dong`` is enough; in words, a
    ``khao_sat_du_luan`` or ``danh_gia_tac_dong`` task or "khảo sát", "thăm dò".

    Passes::

        budget: {lines: [{id: b1, category: danh_gia_tac_dong, ...}]}

    Fails::

        budget: {lines: [{id: b1, category: khac, ...}]}
    """
    return _check(plan, "CAT-004", ctx)


W = Severity.WARNING

RULES: tuple[Rule, ...] = (
    Rule(
        "CAT-001",
        W,
        "no budget for dat_hang_bao_chi: no line, or no mention in a budget in words",
        check_press_orders,
        profile_driven=True,
    ),
    Rule(
        "CAT-002",
        W,
        "no budget for dao_tao_boi_duong: no line, or no mention in a budget in words",
        check_training_budget,
        profile_driven=True,
    ),
    Rule(
        "CAT-003",
        W,
        "no budget for dich_vu_cntt_theo_doi: no line, or no mention in a budget in words",
        check_monitoring_budget,
        profile_driven=True,
    ),
    Rule(
        "CAT-004",
        W,
        "no budget for surveys or impact evaluation: no line, or no mention in words",
        check_survey_budget,
        profile_driven=True,
    ),
)
"""The budget-category rules, in catalogue order."""
