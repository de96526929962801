"""Every kind of plan, in several years, validates with no finding and renders."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from commplan.scaffold.build import DEFAULT_POLICY, build_plan
from commplan.scaffold.choices import KINDS
from commplan.scaffold.context import Answers
from commplan.scaffold.issuer import for_level
from commplan.scaffold.template import MODELINE
from commplan.source.loader import load_text
from commplan.vn.dates import parse_date_expr
from commplan.vn.public_holidays import non_working_reason
from tests.new.conftest import Cli, findings

CASES = [
    pytest.param("tinh", 2022, (), "cv-btttt-2022", id="tinh-2022"),
    pytest.param("tinh", 2024, (), "ct-07-2023", id="tinh-2024"),
    pytest.param("tinh", 2030, (), "ct-07-2023", id="tinh-2030"),
    pytest.param("bo", 2022, (), "cv-btttt-2022", id="bo-2022"),
    pytest.param("bo", 2024, (), "ct-07-2023", id="bo-2024"),
    pytest.param("bo", 2030, (), "ct-07-2023", id="bo-2030"),
    pytest.param("chinh-sach", 2022, (), "qd-407-2022", id="chinh-sach-2022"),
    pytest.param("chinh-sach", 2024, (), "qd-407-2022", id="chinh-sach-2024"),
    pytest.param("chinh-sach", 2030, ("ct-07-2023",), "ct-07-2023", id="chinh-sach-2030"),
]


@pytest.mark.parametrize(("kind", "year", "profiles", "expected"), CASES)
def test_new_plan_validates_without_any_finding(
    cli: Cli, plan: Path, kind: str, year: int, profiles: tuple[str, ...], expected: str
) -> None:
    extra = [arg for p in profiles for arg in ("--profile", p)]
    result = cli("new", str(plan), "--kind", kind, "--year", str(year), *extra)
    assert result.exit_code == 0, result.stderr
    text = plan.read_text(encoding="utf-8")
    assert text.splitlines()[0] == MODELINE
    assert f"profiles: [{expected}]" in text
    assert findings(cli, plan) == []
    assert (plan.parent / "commplan.schema.json").is_file()


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_renders(cli: Cli, plan: Path, kind: str) -> None:
    assert cli("new", str(plan), "--kind", kind, "--year", "2024").exit_code == 0
    # A fresh scaffold still holds placeholders (TEXT-004), which render refuses without --force.
    assert cli("render", str(plan)).exit_code == 1
    result = cli("render", "--force", str(plan))
    assert result.exit_code == 0, result.stderr
    assert plan.with_suffix(".docx").stat().st_size > 10_000


def test_kind_combined_with_another_profile_stays_clean(cli: Cli, plan: Path) -> None:
    args = ("--kind", "bo", "--year", "2024", "--profile", "ct-07-2023", "--profile", "qd-407-2022")
    assert cli("new", str(plan), *args).exit_code == 0
    assert "profiles: [ct-07-2023, qd-407-2022]" in plan.read_text(encoding="utf-8")
    assert findings(cli, plan) == []


def test_a_real_agency_name_flows_through_the_plan(cli: Cli, plan: Path) -> None:
    result = cli(
        "new", str(plan), "--kind", "tinh", "--issuer", "UBND TỈNH NAM ĐỊNH", "--year", "2024"
    )
    assert result.exit_code == 0
    data = load_text(plan.read_text(encoding="utf-8"), "-").data
    assert data["document"]["issuer"] == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"
    assert data["document"]["place"] == "Nam Định"
    assert data["units"][0]["name"] == "Ủy ban nhân dân tỉnh Nam Định"
    assert "Báo Nam Định" in [u["name"] for u in data["units"]]
    assert findings(cli, plan) == []


# Years from the first a default profile covers to beyond the shipped holiday table (2040).
SWEEP = [(k, y) for k in KINDS for y in (*range(2022, 2042), 2060, 2100)]


@pytest.mark.parametrize(("kind", "year"), SWEEP, ids=[f"{k}-{y}" for k, y in SWEEP])
def test_dates_lie_in_the_year_and_exact_report_dates_are_working_days(
    kind: str, year: int
) -> None:
    text = _scaffold(kind, year)
    data = load_text(text, "-").data
    for label, value in _dated(data):
        period = parse_date_expr(value)
        assert period.first.year == year and period.last.year == year, (label, value)
    exact = [m["date"] for m in data.get("milestones", [])] + [
        r["due"] for r in data["reporting"]["reports"]
    ]
    for value in exact:
        day = parse_date_expr(value)
        if day.exact:
            assert non_working_reason(day.first) is None, (value, non_working_reason(day.first))


def test_the_budget_adds_up_in_every_kind() -> None:
    for kind in (k for k in KINDS if KINDS[k].template):
        budget = load_text(_scaffold(kind, 2024), "-").data["budget"]
        totals = [line["quantity"] * line["unit_price"] for line in budget["lines"]]
        assert totals == [line["total"] for line in budget["lines"]]
        assert sum(totals) == budget["total"] <= sum(s["cap"] for s in budget["sources"])


def test_comments_list_the_codes_from_the_model() -> None:
    text = _scaffold("tinh", 2024)
    assert "co_quan_chu_tri (Cơ quan chủ trì)" in text
    assert "dat_hang_bao_chi (Đặt hàng cơ quan báo chí)" in text
    assert "$" not in text.replace("$schema", "")
    assert all(len(line) <= 100 for line in text.splitlines() if line.lstrip().startswith("#"))


def _scaffold(kind: str, year: int) -> str:
    spec = KINDS[kind]
    profiles = spec.default_profiles(year)
    if kind == "chinh-sach" and year > 2027:
        profiles = ("ct-07-2023",)
    issuer = for_level(spec.issuer_level, spec.default_issuer)
    answers = Answers(spec, issuer, year, profiles, "p.yaml", DEFAULT_POLICY, spec.styles[0])
    return build_plan(answers)


_DATE_KEYS = re.compile(r"^(start|end|date|due|designated_on|approved_on)$")


def _dated(node: object, label: str = "") -> list[tuple[str, str]]:
    # Every date or period in the plan except trainings (held before or during the plan).
    if isinstance(node, dict):
        return [
            pair
            for key, value in node.items()
            if key != "trainings"
            for pair in (
                [(f"{label}.{key}", value)]
                if _DATE_KEYS.match(key) and isinstance(value, str)
                else _dated(value, f"{label}.{key}")
            )
        ]
    if isinstance(node, list):
        return [pair for i, item in enumerate(node) for pair in _dated(item, f"{label}.{i}")]
    return []


def test_the_default_year_is_this_year(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), "--kind", "bo", "--yes")
    assert result.exit_code == 0, result.stderr
    assert f"period: năm {date.today().year}" in plan.read_text(encoding="utf-8")
