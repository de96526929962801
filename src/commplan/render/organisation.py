"""Mục IV-V of the body: the budget, and who does what (duties, focal point, crisis, reports)."""

from __future__ import annotations

from commplan.model.codes import label
from commplan.model.plan import Budget, Crisis, CrisisLevel, Plan
from commplan.render.blocks import (
    Block,
    Khoan,
    Section,
    dashes,
    lettered,
    listed,
    number_khoans,
    para,
    section,
)
from commplan.render.budget import Priced, ordered, priced_lines, source_names, total_of
from commplan.render.lookup import Lookup
from commplan.render.text import lower_first, strip_item
from commplan.vn.money import amount_in_words, format_money


def _amount(amount: int) -> str:
    return f"{format_money(amount)} đồng"


def _sources_khoan(budget: Budget, lines: list[Priced]) -> Khoan | None:
    names = source_names(budget)
    used = ordered((p.line.source for p in lines), names) if lines else list(names)
    if not used:
        return None
    if len(used) == 1 or not lines:
        return Khoan(f"Nguồn kinh phí: {'; '.join(names.get(s, s) for s in used)}.", titled=False)
    items = [
        f"{names.get(s, s)}: {_amount(total_of(p for p in lines if p.line.source == s))}"
        for s in used
    ]
    return Khoan("Nguồn kinh phí:", dashes(items), titled=False)


def _total_khoan(total: int, lines: list[Priced]) -> Khoan:
    words = lower_first(amount_in_words(total))
    khoan = Khoan(f"Tổng kinh phí: {_amount(total)} (bằng chữ: {words}).", titled=False)
    years = sorted({p.year for p in lines})
    if len(years) > 1:
        khoan.blocks = dashes(
            [f"Năm {y}: {_amount(total_of(p for p in lines if p.year == y))}" for y in years]
        )
    return khoan


def budget_section(plan: Plan, look: Lookup, appendix_ref: str | None) -> Section | None:
    """KINH PHÍ, whenever ``budget`` is present: as far as the plan gives it.

    The statement in words, the total (of the lines, else as declared) in figures and words,
    by year, the sources (with their amounts when itemised), who arranges the money, and the
    appendix of the lines. Published plans state a source and who arranges it, with no figures
    (PUBLISHED-PLANS.md §8), so no part is required.
    """
    budget = plan.budget
    if budget is None:
        return None
    lines = priced_lines(plan)
    total = total_of(lines) if lines else budget.total
    khoans = [_total_khoan(total, lines)] if total is not None else []
    if source := _sources_khoan(budget, lines):
        khoans.append(source)
    if budget.arranged_by:
        arranger = look.unit_name(budget.arranged_by)
        khoans.append(
            Khoan(f"{arranger} tham mưu bố trí kinh phí thực hiện Kế hoạch.", titled=False)
        )
    blocks = [para(t) for t in budget.statement]
    if len(khoans) == 1 and khoans[0].blocks == []:
        blocks.append(para(khoans[0].text))
    else:
        blocks += number_khoans(khoans)
    if appendix_ref and lines:
        blocks.append(para(f"Dự toán chi tiết tại {appendix_ref} kèm theo Kế hoạch này."))
    return section("KINH PHÍ", blocks) if blocks else None


def _crisis_groups(crisis: Crisis, look: Lookup) -> list[tuple[str, list[Block]]]:
    groups: list[tuple[str, list[Block]]] = []
    if crisis.team:
        team = [f"{label('crisis_role', m.role)}: {look.person(m.staff)}" for m in crisis.team]
        groups.append(("Nhóm xử lý khủng hoảng truyền thông gồm:", dashes(team)))
    if crisis.levels:
        groups.append(("Phân cấp xử lý:", dashes([_level(lv, look) for lv in crisis.levels])))
    if crisis.scenarios:
        prepared = {h.scenario for h in crisis.holding_statements}
        items = [
            f"{strip_item(s.description)} (khả năng xảy ra: "
            f"{lower_first(label('rating', s.likelihood))}; mức độ ảnh hưởng: "
            f"{lower_first(label('rating', s.impact))}"
            + ("; đã chuẩn bị thông cáo chờ)" if s.id in prepared else ")")
            for s in crisis.scenarios
        ]
        groups.append(("Tình huống dự kiến:", dashes(items)))
    if crisis.monitoring_activity:
        task = look.activities.get(crisis.monitoring_activity)
        title = strip_item(task.title) if task else crisis.monitoring_activity
        watch = f"Theo dõi, phát hiện sớm thông tin sai lệch: thực hiện nhiệm vụ “{title}”."
        groups.append((watch, []))
    if crisis.rehearsal:
        kind = lower_first(label("rehearsal_kind", crisis.rehearsal.kind))
        when = crisis.rehearsal.date.text
        drill = f"Tổ chức diễn tập xử lý khủng hoảng truyền thông ({kind}) trong {when}."
        groups.append((drill, []))
    return groups


def _level(level: CrisisLevel, look: Lookup) -> str:
    parts = [f"Cấp độ {level.level}: {strip_item(level.criteria)}"]
    if level.escalate_to:
        parts.append(f"báo cáo {look.person(level.escalate_to)}")
    timing = []
    if level.first_response_hours:
        timing.append(f"phản hồi ban đầu trong {level.first_response_hours} giờ")
    if level.update_interval_hours:
        timing.append(f"cập nhật thông tin {level.update_interval_hours} giờ một lần")
    if timing:
        parts.append(", ".join(timing))
    return "; ".join(parts)


def _focal_point(plan: Plan, look: Lookup) -> Khoan | None:
    focal = plan.focal_point
    if focal is None:
        return None
    if focal.staff is None:
        # A focal agency ("cơ quan đầu mối"), as published plans name it.
        text = f"{look.unit_name(focal.unit or '')} là cơ quan đầu mối"
        if focal.liaison_with:
            text += f" liên hệ, phối hợp với {look.unit_name(focal.liaison_with)}"
        return Khoan("Cơ quan đầu mối", [para(text + ".")])
    person = look.staff.get(focal.staff)
    text = look.person(focal.staff)
    if person is not None:
        text += f" ({look.unit_short(person.unit)})"
    text = f"{text[:1].upper()}{text[1:]} là đầu mối liên hệ"
    if focal.liaison_with:
        text += f", phối hợp với {look.unit_name(focal.liaison_with)}"
    contact = person.contact if person else None
    if contact and contact.phone:
        text += f"; điện thoại: {contact.phone}"
    if contact and contact.email:
        text += f"; thư điện tử: {contact.email}"
    return Khoan("Đầu mối liên hệ", [para(text + ".")])


def _reporting(plan: Plan, look: Lookup) -> Khoan | None:
    reporting = plan.reporting
    if reporting is None:
        return None
    items = [
        f"{strip_item(r.content)}: gửi {look.unit_name(r.recipient)}, thời hạn: {r.due.text}"
        for r in reporting.reports
    ]
    if reporting.evaluation:
        framework = label("evaluation_framework", reporting.evaluation.framework)
        items.append(f"Đánh giá theo {framework}: {strip_item(reporting.evaluation.schedule)}")
    return Khoan("Chế độ báo cáo, đánh giá", dashes(items)) if items else None


def organisation_section(plan: Plan, look: Lookup) -> Section | None:
    """V. TỔ CHỨC THỰC HIỆN: units' duties, focal point, crisis, rules, reporting."""
    khoans = [Khoan(u.name, listed(u.duties, plan.list_style)) for u in plan.units if u.duties]
    if focal := _focal_point(plan, look):
        khoans.append(focal)
    if plan.crisis and (groups := _crisis_groups(plan.crisis, look)):
        khoans.append(Khoan("Xử lý khủng hoảng truyền thông", lettered(groups)))
    if plan.governance and plan.governance.document:
        khoans.append(Khoan("Quy chế, quy trình phối hợp", [para(plan.governance.document)]))
    if report := _reporting(plan, look):
        khoans.append(report)
    if not khoans:
        return None
    return section("TỔ CHỨC THỰC HIỆN", number_khoans(khoans))
