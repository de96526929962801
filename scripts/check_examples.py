"""Sanity-check the example plans in examples/ without the real validator.

A small, independent cross-check of the files that double as acceptance tests: it reads each plan
with PyYAML and checks what is easy to get wrong by hand, namely

* every referenced id exists, and no id is defined twice in its collection;
* every audience, message and objective is used, and every unit is used or has duties;
* dates: Vietnamese date expressions parse, activities lie inside the period and their phase,
  depends_on is acyclic and finish-to-start, phases are in policy-cycle order, exact milestone
  and report dates fall on working days (the validator's national calendar, adjusted by the
  plan's `calendar`);
* budget arithmetic: quantity x unit_price = total, the declared total, source caps, a line for
  every cost-bearing activity, norm_ref where the pricing norm is required;
* at least MIN_ACTIVITIES activities, and a press conference in every quarter when the plan
  names a spokesperson;
* text that a comma silently split inside a YAML flow collection.

It prints one summary per file and exits 1 when any file has an error. `commplan validate` is the
authority; this script only keeps the examples honest while it is being written.

Usage (from the repository root):

    python scripts/check_examples.py [--strict] [FILE ...]   # default: examples/*.yaml

`--strict` also fails on warnings; the shipped examples must pass it.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Final

import yaml

REPO: Final = Path(__file__).resolve().parents[1]
HOLIDAY_TABLE: Final = REPO / "src" / "commplan" / "data" / "holidays_vn.json"
HEADER: Final = "# yaml-language-server: $schema=commplan.schema.json"
MIN_ACTIVITIES: Final = 12
ID_RE: Final = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")

PHASE_ORDER: Final = (
    "hoach_dinh",
    "lap_de_xuat",
    "lay_y_kien",
    "soan_thao",
    "trinh_thong_qua",
    "ban_hanh",
    "thuc_thi",
    "danh_gia",
)
COST_BEARING: Final = frozenset(
    {
        "hop_bao",
        "toa_dam_hoi_thao",
        "dat_hang_bao_chi",
        "tap_huan",
        "khao_sat_du_luan",
        "san_pham_truyen_thong",
        "theo_doi_thong_tin",
        "danh_gia_tac_dong",
    }
)
NORM_REQUIRED: Final = frozenset({"hoi_nghi_hoi_thao", "cong_tac_phi"})
MINISTRY_LEVELS: Final = frozenset({"bo", "co_quan_ngang_bo", "co_quan_thuoc_cp"})
LOCAL_LEVELS: Final = frozenset({"ubnd_tinh", "so_nganh", "ubnd_xa"})

_ROMAN: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DMY: Final = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH: Final = re.compile(r"tháng (\d{1,2})(?:/| năm )(\d{4})")
_QUARTER: Final = re.compile(r"(?:quý|q) ?(iv|iii|ii|i|[1-4])(?:/| năm )(\d{4})")
_HALF: Final = re.compile(r"6 tháng (đầu|cuối) năm (\d{4})")
_YEAR: Final = re.compile(r"năm (\d{4})")
_MONEY_TEXT: Final = re.compile(r"\d{1,3}(?:\.\d{3})*|\d+")


@dataclass(frozen=True)
class Span:
    """A date expression: its first and last day, and whether it names a single day."""

    first: date
    last: date
    exact: bool

    def point(self, *, start: bool) -> date:
        """The day a field means: the first day for `start`, the last day otherwise."""
        return self.first if start else self.last


@dataclass
class Report:
    """Findings and summary figures for one plan file."""

    path: Path
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")


def fmt_money(amount: int) -> str:
    """Format đồng the Vietnamese way: 1500000 -> 1.500.000."""
    return f"{amount:,}".replace(",", ".")


def parse_span(value: object) -> Span | None:
    """Parse a date or date expression as PLAN-MODEL.md accepts it; None when it does not parse."""
    if isinstance(value, date):  # PyYAML turns unquoted ISO dates into date objects
        return Span(value, value, exact=True)
    if not isinstance(value, str):
        return None
    text = " ".join(unicodedata.normalize("NFC", value).casefold().split())
    try:
        if m := _DMY.fullmatch(text):
            day = date(int(m[3]), int(m[2]), int(m[1]))
            return Span(day, day, exact=True)
        if m := _ISO.fullmatch(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Span(day, day, exact=True)
        if m := _MONTH.fullmatch(text):
            year, month = int(m[2]), int(m[1])
            last = calendar.monthrange(year, month)[1]
            return Span(date(year, month, 1), date(year, month, last), exact=False)
        if m := _QUARTER.fullmatch(text):
            year, quarter = int(m[2]), _ROMAN[m[1]]
            return quarter_span(year, quarter)
        if m := _HALF.fullmatch(text):
            year = int(m[2])
            if m[1] == "đầu":
                return Span(date(year, 1, 1), date(year, 6, 30), exact=False)
            return Span(date(year, 7, 1), date(year, 12, 31), exact=False)
        if m := _YEAR.fullmatch(text):
            year = int(m[1])
            return Span(date(year, 1, 1), date(year, 12, 31), exact=False)
    except ValueError:  # 31/02/2022 and the like
        return None
    return None


def quarter_span(year: int, quarter: int) -> Span:
    """The days of a calendar quarter."""
    first = date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    return Span(first, date(year, last_month, calendar.monthrange(year, last_month)[1]), False)


def quarters_between(first: date, last: date) -> Iterator[tuple[int, int]]:
    """Every (year, quarter) that overlaps [first, last]."""
    year, quarter = first.year, (first.month - 1) // 3 + 1
    while quarter_span(year, quarter).first <= last:
        yield year, quarter
        quarter += 1
        if quarter == 5:
            year, quarter = year + 1, 1


def parse_money(value: object) -> int | None:
    """Whole đồng: an integer, or text like "1.500.000"; None for floats and anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and _MONEY_TEXT.fullmatch(value.strip()):
        return int(value.strip().replace(".", ""))
    return None


def parse_quantity(value: object) -> Decimal | None:
    """A number > 0 with at most two decimals; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    amount = Decimal(str(value))
    exponent = amount.as_tuple().exponent
    if amount <= 0 or (isinstance(exponent, int) and exponent < -2):
        return None
    return amount


def load_days_off() -> tuple[dict[date, str], set[date]]:
    """National days off and swapped working days, from the table the validator ships."""
    if not HOLIDAY_TABLE.is_file():
        return {}, set()
    table = json.loads(HOLIDAY_TABLE.read_text(encoding="utf-8"))
    days_off = {date.fromisoformat(d): ", ".join(n) for d, n in table["days_off"].items()}
    working = table.get("working_days", {})
    return days_off, {date.fromisoformat(d) for d in working}


def items(plan: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """A top-level list of mappings, or [] when absent."""
    value = plan.get(key) or []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def mappings(section: object, key: str) -> list[dict[str, Any]]:
    """The mappings in ``section[key]`` (a nested list such as budget.lines), [] when absent."""
    value = section.get(key) if isinstance(section, dict) else None
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def as_list(value: object) -> list[Any]:
    """A list field, [] when absent; a lone scalar counts as a one-item list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def check_flow_splits(text: str, report: Report) -> None:
    """Warn where a comma probably split a text inside `[...]` or `{...}`."""
    root = yaml.compose(text)
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        line = node.start_mark.line + 1
        if isinstance(node, yaml.SequenceNode):
            if node.flow_style:
                for item in node.value:
                    if (
                        isinstance(item, yaml.ScalarNode)
                        and item.style is None
                        and item.value[:1].islower()
                        and not ID_RE.fullmatch(item.value)
                    ):
                        report.error(
                            f"line {line}",
                            f"flow item {item.value!r} looks like a comma split (quote it if not)",
                        )
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if node.flow_style and isinstance(value, yaml.ScalarNode) and value.value == "":
                    report.error(
                        f"line {line}", f"empty key {key.value!r} in {{...}}: comma split?"
                    )
                stack.append(value)


def check_text(value: object, where: str, report: Report) -> None:
    """Every string must already be NFC."""
    if isinstance(value, str):
        if unicodedata.normalize("NFC", value) != value:
            report.error(where, "text is not NFC")
    elif isinstance(value, dict):
        for k, v in value.items():
            check_text(v, f"{where}.{k}", report)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check_text(v, f"{where}[{i}]", report)


def collect_ids(plan: dict[str, Any], report: Report) -> dict[str, dict[str, dict[str, Any]]]:
    """Index every id-bearing collection; report bad and duplicate ids."""
    crisis = plan.get("crisis") or {}
    budget = plan.get("budget") or {}
    reporting = plan.get("reporting") or {}
    collections: dict[str, list[dict[str, Any]]] = {
        name: items(plan, name)
        for name in (
            "objectives",
            "units",
            "staff",
            "audiences",
            "messages",
            "policies",
            "phases",
            "activities",
            "milestones",
        )
    }
    collections["scenarios"] = mappings(crisis, "scenarios")
    collections["holding_statements"] = mappings(crisis, "holding_statements")
    collections["sources"] = mappings(budget, "sources")
    collections["lines"] = mappings(budget, "lines")
    collections["reports"] = mappings(reporting, "reports")
    index: dict[str, dict[str, dict[str, Any]]] = {}
    for name, entries in collections.items():
        seen: dict[str, dict[str, Any]] = {}
        for entry in entries:
            ident = entry.get("id")
            if not isinstance(ident, str) or not ID_RE.fullmatch(ident):
                report.error(name, f"bad id {ident!r}")
                continue
            if ident in seen:
                report.error(name, f"duplicate id {ident!r}")
            seen[ident] = entry
        index[name] = seen
    return index


def check_references(
    plan: dict[str, Any], ids: dict[str, dict[str, dict[str, Any]]], report: Report
) -> None:
    """Every reference resolves; every audience, message and objective is used (REF-002..004)."""
    used: dict[str, set[str]] = {
        "units": set(),
        "audiences": set(),
        "messages": set(),
        "objectives": set(),
    }

    def ref(collection: str, value: object, where: str) -> None:
        for target in as_list(value):
            if target not in ids[collection]:
                report.error(where, f"unknown {collection[:-1]} {target!r}")
            elif collection in used:
                used[collection].add(target)

    for a in items(plan, "activities"):
        where = f"activity {a.get('id')}"
        ref("units", a.get("owner"), where)
        ref("units", a.get("partners"), where)
        ref("activities", a.get("depends_on"), where)
        ref("audiences", a.get("audiences"), where)
        ref("messages", a.get("messages"), where)
        ref("objectives", a.get("objectives"), where)
        if a.get("policy") is not None:
            ref("policies", a.get("policy"), where)
        if plan.get("phases"):
            ref("phases", a.get("phase"), where)
    for s in items(plan, "staff"):
        ref("units", s.get("unit"), f"staff {s.get('id')}")
    for m in items(plan, "messages"):
        ref("audiences", m.get("audiences"), f"message {m.get('id')}")
    for p in items(plan, "policies"):
        ref("units", p.get("drafting_unit"), f"policy {p.get('id')}")
    for m in items(plan, "milestones"):
        where = f"milestone {m.get('id')}"
        if m.get("recipient") is not None:
            ref("units", m.get("recipient"), where)
        ref("activities", m.get("activities"), where)
    focal = plan.get("focal_point")
    if isinstance(focal, dict):
        ref("staff", focal.get("staff"), "focal_point")
        ref("units", focal.get("liaison_with"), "focal_point")
    budget = plan.get("budget") or {}
    for line in mappings(budget, "lines"):
        ref("activities", line.get("activity"), f"budget line {line.get('id')}")
        ref("sources", line.get("source"), f"budget line {line.get('id')}")
    crisis = plan.get("crisis") or {}
    for member in mappings(crisis, "team"):
        ref("staff", member.get("staff"), "crisis.team")
    for level in mappings(crisis, "levels"):
        if level.get("escalate_to") is not None:
            ref("staff", level.get("escalate_to"), f"crisis level {level.get('level')}")
    for hs in mappings(crisis, "holding_statements"):
        ref("scenarios", hs.get("scenario"), f"holding statement {hs.get('id')}")
        if hs.get("approved_by") is not None:
            ref("staff", hs.get("approved_by"), f"holding statement {hs.get('id')}")
    if crisis.get("monitoring_activity") is not None:
        ref("activities", crisis.get("monitoring_activity"), "crisis.monitoring_activity")
    for r in mappings(plan.get("reporting"), "reports"):
        ref("units", r.get("recipient"), f"report {r.get('id')}")

    for collection in ("audiences", "messages", "objectives"):
        for ident in ids[collection].keys() - used[collection]:
            report.warn(collection, f"{ident!r} is referenced by nothing")
    for ident, unit in ids["units"].items():
        if ident not in used["units"] and not unit.get("duties"):
            report.warn("units", f"{ident!r} is referenced by nothing and has no duties")


class PlanDates:
    """Parsed dates of a plan and the date checks (DATE-001..009)."""

    def __init__(self, plan: dict[str, Any], report: Report) -> None:
        self.plan = plan
        self.report = report

    def span(self, value: object, where: str) -> Span | None:
        parsed = parse_span(value)
        if parsed is None:
            self.report.error(where, f"not a date or date expression: {value!r}")
        return parsed

    def range_of(self, entry: dict[str, Any], where: str) -> tuple[date, date] | None:
        first = self.span(entry.get("start"), f"{where}.start")
        last = self.span(entry.get("end"), f"{where}.end")
        if first is None or last is None:
            return None
        lo, hi = first.point(start=True), last.point(start=False)
        if lo > hi:
            self.report.error(where, f"start {lo} after end {hi}")
        return lo, hi

    def run(self, days_off: dict[date, str], swapped: set[date]) -> None:
        plan, report = self.plan, self.report
        own: dict[str, Any] = plan["calendar"] if isinstance(plan.get("calendar"), dict) else {}
        days_off = dict(days_off)
        swapped = set(swapped)
        for value in as_list(own.get("days_off")):
            if extra := parse_span(value):
                days_off[extra.first] = "calendar.days_off"
        for value in as_list(own.get("working_days")):
            if worked := parse_span(value):
                swapped.add(worked.first)
        period_value = plan.get("period")
        if isinstance(period_value, dict):
            period = self.range_of(period_value, "period")
        else:
            whole = self.span(period_value, "period")
            period = (whole.first, whole.last) if whole else None
        if period is None:
            return
        report.facts["period"] = f"{period[0]} .. {period[1]}"

        phases: dict[str, tuple[str, date, date]] = {}
        for p in items(plan, "phases"):
            rng = self.range_of(p, f"phase {p.get('id')}")
            if rng:
                phases[str(p.get("id"))] = (str(p.get("kind")), *rng)
        ordered = sorted(phases.items(), key=lambda kv: kv[1][1])
        ranks = [PHASE_ORDER.index(kind) for _, (kind, _, _) in ordered if kind in PHASE_ORDER]
        if ranks != sorted(ranks):
            report.warn("phases", "sorted by start date, phases are out of policy-cycle order")
        for i, (pid, (_, start, _)) in enumerate(ordered[1:], 1):
            if start == ordered[i - 1][1][1]:
                report.warn("phases", f"{pid!r} starts the same day as {ordered[i - 1][0]!r}")

        ranges: dict[str, tuple[date, date]] = {}
        for a in items(plan, "activities"):
            aid = str(a.get("id"))
            rng = self.range_of(a, f"activity {aid}")
            if rng is None:
                continue
            ranges[aid] = rng
            if rng[0] < period[0] or rng[1] > period[1]:
                report.error(f"activity {aid}", f"{rng[0]}..{rng[1]} outside the period")
            phase = phases.get(str(a.get("phase")))
            if phase and (rng[0] < phase[1] or rng[1] > phase[2]):
                report.warn(f"activity {aid}", f"outside its phase {a.get('phase')!r}")
        self.check_dependencies(ranges)

        def working_day(day: date, where: str) -> None:
            if day in swapped:
                return
            if day.weekday() >= 5:
                report.warn(where, f"{day} is a {day.strftime('%A')}")
            elif day in days_off:
                report.warn(where, f"{day} is a public holiday ({days_off[day]})")

        for m in items(plan, "milestones"):
            where = f"milestone {m.get('id')}"
            when = self.span(m.get("date"), where)
            if when is None:
                continue
            day = when.last
            if not period[0] <= day <= period[1]:
                report.error(where, f"{day} outside the period")
            if when.exact:
                working_day(day, where)
            for aid in as_list(m.get("activities")):
                if aid in ranges and day < ranges[aid][1]:
                    report.warn(where, f"dated before the end of linked activity {aid!r}")
        for r in mappings(plan.get("reporting"), "reports"):
            where = f"report {r.get('id')}"
            when = self.span(r.get("due"), where)
            if when is None:
                continue
            if not period[0] <= when.last <= period[1]:
                report.error(where, f"{when.last} outside the period")
            if when.exact:
                working_day(when.last, where)
        self.check_press_conferences(period)

    def check_dependencies(self, ranges: dict[str, tuple[date, date]]) -> None:
        graph = {
            str(a.get("id")): [str(d) for d in as_list(a.get("depends_on"))]
            for a in items(self.plan, "activities")
        }
        state: dict[str, int] = {}  # 1 = on the stack, 2 = done
        in_cycle: set[str] = set()

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for dep in graph.get(node, []):
                if state.get(dep) == 1:
                    cycle = [*path[path.index(dep) :], dep] if dep in path else [node, dep]
                    in_cycle.update(cycle)
                    self.report.error("depends_on", "cycle " + " -> ".join(cycle))
                elif dep in graph and state.get(dep) is None:
                    visit(dep, [*path, dep])
            state[node] = 2

        for node in graph:
            if state.get(node) is None:
                visit(node, [node])
        for node, deps in graph.items():
            for dep in deps:
                if node in in_cycle and dep in in_cycle:
                    continue  # left to the cycle finding, as DATE-005 does
                if node in ranges and dep in ranges and ranges[node][0] < ranges[dep][1]:
                    self.report.error(
                        f"activity {node}", f"starts before {dep!r} (which it depends on) ends"
                    )

    def check_press_conferences(self, period: tuple[date, date]) -> None:
        has_spokesperson = any(
            "nguoi_phat_ngon" in as_list(s.get("roles")) for s in items(self.plan, "staff")
        )
        if not has_spokesperson:
            return
        covered: set[tuple[int, int]] = set()
        for a in items(self.plan, "activities"):
            if a.get("type") != "hop_bao":
                continue
            first, last = parse_span(a.get("start")), parse_span(a.get("end"))
            if first and last:
                covered.update(quarters_between(first.first, last.last))
        missing = [q for q in quarters_between(*period) if q not in covered]
        if missing:
            names = ", ".join(f"Q{q}/{y}" for y, q in missing)
            self.report.warn("activities", f"no hop_bao in {names} although a spokesperson exists")


def period_years(period: object) -> range:
    """The calendar years `period` touches (empty when it does not parse)."""
    if isinstance(period, dict):
        first, last = parse_span(period.get("start")), parse_span(period.get("end"))
    else:
        first = last = parse_span(period)
    return range(first.first.year, last.last.year + 1) if first and last else range(0)


def check_budget(
    plan: dict[str, Any], ids: dict[str, dict[str, dict[str, Any]]], report: Report
) -> None:
    """BUD-001..008 as far as arithmetic and presence go."""
    budget = plan.get("budget") or {}
    level = (plan.get("document") or {}).get("issuer_level")
    years = period_years(plan.get("period"))

    sum_total = 0
    by_source: dict[str, int] = {}
    by_category: dict[str, int] = {}
    funded: set[str] = set()
    for line in mappings(budget, "lines"):
        where = f"budget line {line.get('id')}"
        funded.add(str(line.get("activity")))
        quantity = parse_quantity(line.get("quantity"))
        price = parse_money(line.get("unit_price"))
        if quantity is None:
            report.error(where, f"bad quantity {line.get('quantity')!r}")
            continue
        if price is None:
            report.error(where, f"bad unit_price {line.get('unit_price')!r} (float money?)")
            continue
        computed = int((quantity * price).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        total = computed
        if line.get("total") is not None:
            declared = parse_money(line.get("total"))
            if declared is None:
                report.error(where, f"bad total {line.get('total')!r}")
                continue
            if declared != computed:
                report.error(
                    where,
                    f"total {fmt_money(declared)} != quantity x unit_price {fmt_money(computed)}",
                )
            total = declared
        sum_total += total
        source_id = str(line.get("source"))
        by_source[source_id] = by_source.get(source_id, 0) + total
        category = str(line.get("category"))
        by_category[category] = by_category.get(category, 0) + total
        if category in NORM_REQUIRED and not line.get("norm_ref"):
            report.warn(where, f"category {category} without norm_ref")
        if line.get("fiscal_year") is not None and line["fiscal_year"] not in years:
            report.warn(where, f"fiscal_year {line['fiscal_year']} outside the period")

    declared_total = budget.get("total")
    if declared_total is not None:
        parsed_total = parse_money(declared_total)
        if parsed_total != sum_total:
            shown = fmt_money(parsed_total) if parsed_total is not None else repr(declared_total)
            report.error("budget.total", f"{shown} != sum of lines {fmt_money(sum_total)}")
    for sid, source in ids["sources"].items():
        spent = by_source.get(sid, 0)
        cap = parse_money(source.get("cap")) if source.get("cap") is not None else None
        if cap is not None and spent > cap:
            report.error(f"source {sid}", f"{fmt_money(spent)} over its cap {fmt_money(cap)}")
        kind = source.get("kind")
        if kind in {"xa_hoi_hoa", "tai_tro_quoc_te"} and not (
            source.get("sponsor") and source.get("legal_basis")
        ):
            report.warn(f"source {sid}", f"{kind} without sponsor or legal_basis")
        if (kind == "ngan_sach_trung_uong" and level in LOCAL_LEVELS) or (
            kind == "ngan_sach_dia_phuong" and level in MINISTRY_LEVELS
        ):
            report.warn(f"source {sid}", f"{kind} does not match issuer_level {level}")
        cap_text = f" / cap {fmt_money(cap)}" if cap is not None else ""
        report.facts[f"source {sid}"] = f"{fmt_money(spent)}{cap_text}"
    for a in items(plan, "activities"):
        if a.get("type") in COST_BEARING and a.get("id") not in funded:
            report.warn(f"activity {a.get('id')}", f"{a.get('type')} without a budget line")
    report.facts["budget total"] = f"{fmt_money(sum_total)} đồng"
    report.facts["categories"] = ", ".join(sorted(by_category))


def check_plan(path: Path, days_off: dict[date, str], swapped: set[date]) -> Report:
    """Run every check on one file."""
    report = Report(path)
    text = path.read_text(encoding="utf-8")
    if text.splitlines()[:1] != [HEADER]:
        report.error("line 1", f"does not start with {HEADER!r}")
    try:
        plan = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        report.error("yaml", str(exc))
        return report
    if not isinstance(plan, dict):
        report.error("yaml", "the top level is not a mapping")
        return report
    if plan.get("schema_version") != 1 or next(iter(plan), None) != "schema_version":
        report.error("schema_version", "must be the first key and the integer 1")
    check_flow_splits(text, report)
    check_text(plan, "plan", report)
    ids = collect_ids(plan, report)
    check_references(plan, ids, report)
    PlanDates(plan, report).run(days_off, swapped)
    check_budget(plan, ids, report)

    activities = items(plan, "activities")
    if len(activities) < MIN_ACTIVITIES:
        report.error("activities", f"{len(activities)} activities, fewer than {MIN_ACTIVITIES}")
    report.facts["profiles"] = ", ".join(as_list(plan.get("profiles"))) or "-"
    report.facts["activities"] = str(len(activities))
    report.facts["phases"] = " > ".join(str(p.get("kind")) for p in items(plan, "phases"))
    return report


def example_files(args: Iterable[str]) -> list[Path]:
    paths = [Path(a) for a in args]
    return paths or sorted((REPO / "examples").glob("*.yaml"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="plan files (default: examples/*.yaml)")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    args = parser.parse_args(argv)
    days_off, swapped = load_days_off()
    if not days_off:
        print(f"note: {HOLIDAY_TABLE} not found, checking weekends only", file=sys.stderr)
    failed = False
    for path in example_files(args.files):
        report = check_plan(path, days_off, swapped)
        status = "FAIL" if report.errors else "ok"
        print(f"{path}: {status} ({len(report.errors)} errors, {len(report.warnings)} warnings)")
        for key, value in report.facts.items():
            print(f"    {key}: {value}")
        for message in report.errors:
            print(f"  error   {message}")
        for message in report.warnings:
            print(f"  warning {message}")
        failed = failed or bool(report.errors) or (args.strict and bool(report.warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
