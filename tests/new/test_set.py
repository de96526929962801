"""`--set KEY=VALUE` changes one scalar field by its dotted path, or is refused naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from commplan.source.loader import load_text
from tests.new.conftest import Cli, findings

BASE = ("--kind", "bo", "--year", "2024")


def _data(plan: Path) -> dict[str, object]:
    data = load_text(plan.read_text(encoding="utf-8"), "-").data
    assert isinstance(data, dict)
    return data


def test_fields_are_set_and_the_plan_stays_clean(cli: Cli, plan: Path) -> None:
    sets = [
        "document.signer.name=Lê Quang Vinh",
        "activities.0.title=Phân công cán bộ: đầu mối, phụ trách",  # ": " and "," in the value
        "milestones.1.name=Hoàn thành, tổng kết",  # a comma inside {...}
        "document.number=45",  # absent from a draft: added to its mapping
        "document.urgency=khan",
        "crisis.rehearsal.kind=dien_tap",  # inside a flow mapping
        "staff.2.contact.phone='0912 345 678'",  # quoted by the officer: kept as written
        "budget.lines.0.quantity=4",
        "budget.lines.0.total=32_000_000",
        "budget.total=2_384_000_000",
    ]
    result = cli("new", str(plan), *BASE, *[a for s in sets for a in ("--set", s)])
    assert result.exit_code == 0, result.stderr
    data = _data(plan)
    document = data["document"]
    assert isinstance(document, dict)
    assert document["signer"]["name"] == "Lê Quang Vinh"
    assert document["number"] == 45 and document["urgency"] == "khan"
    assert data["activities"][0]["title"] == "Phân công cán bộ: đầu mối, phụ trách"  # type: ignore[index]
    assert data["milestones"][1]["name"] == "Hoàn thành, tổng kết"  # type: ignore[index]
    assert data["crisis"]["rehearsal"]["kind"] == "dien_tap"  # type: ignore[index]
    assert data["staff"][2]["contact"]["phone"] == "0912 345 678"  # type: ignore[index]
    assert findings(cli, plan) == []


def test_setting_a_folded_text_keeps_the_next_line(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), *BASE, "--set", "document.intro=Thực hiện Chỉ thị số 07/CT-TTg.")
    assert result.exit_code == 0, result.stderr
    data = _data(plan)
    assert data["document"]["intro"] == "Thực hiện Chỉ thị số 07/CT-TTg."  # type: ignore[index]
    assert data["document"]["signer"]["title"] == "THỨ TRƯỞNG"  # type: ignore[index]


def test_the_policy_name_feeds_the_title_and_introduction(cli: Cli, plan: Path) -> None:
    name = "Dự án Luật Đất đai (sửa đổi)"
    args = ("--kind", "chinh-sach", "--year", "2024", "--set", f"policies.0.name={name}")
    assert cli("new", str(plan), *args).exit_code == 0
    data = _data(plan)
    assert data["policies"][0]["name"] == name  # type: ignore[index]
    assert data["document"]["title"] == "Truyền thông dự án Luật Đất đai (sửa đổi) năm 2024"  # type: ignore[index]
    assert "dự án Luật Đất đai (sửa đổi)" in data["document"]["intro"]  # type: ignore[index]


@pytest.mark.parametrize(
    "assignment",
    [
        pytest.param("document.titel=x", id="unknown-field"),
        pytest.param("activities.99.title=x", id="past-the-list"),
        pytest.param("activities.x.title=x", id="not-an-index"),
        pytest.param("nothing.here=1", id="unknown-section"),
        pytest.param("document.title.more=x", id="inside-a-value"),
        pytest.param("document.signer=x", id="a-section"),
        pytest.param("activities=x", id="a-list"),
        pytest.param("document.issuer_level=so", id="unknown-code"),
        pytest.param("document.number=abc", id="not-a-number"),
        pytest.param("document.date=31/02/2024", id="impossible-date"),
        pytest.param("budget.lines.0.unit_price=1.500", id="float-money"),
        pytest.param("governance.working_rules_amended=yes", id="yaml11-bool"),
        pytest.param("schema_version=2", id="schema-version"),
        pytest.param("document.title=", id="empty-text"),
    ],
)
def test_a_bad_assignment_names_the_key(cli: Cli, plan: Path, assignment: str) -> None:
    result = cli("new", str(plan), *BASE, "--set", assignment)
    assert result.exit_code == 2, result.stdout
    assert result.stderr.count("\n") == 1
    assert f"--set {assignment.partition('=')[0]}" in result.stderr
    assert not plan.exists()


@pytest.mark.parametrize("assignment", ["novalue", "=x", "a..b=1", ".a=1"])
def test_an_assignment_without_a_key_is_refused(cli: Cli, plan: Path, assignment: str) -> None:
    result = cli("new", str(plan), *BASE, "--set", assignment)
    assert result.exit_code == 2 and "--set" in result.stderr
    assert not plan.exists()


def test_a_value_that_breaks_a_rule_is_written_and_reported(cli: Cli, plan: Path) -> None:
    # Not a schema error: the file is written, and the officer hears about the finding.
    result = cli("new", str(plan), *BASE, "--set", "activities.0.owner=khong_co")
    assert result.exit_code == 0
    assert "1 error" in result.stdout
    assert [rule for rule, _ in findings(cli, plan)] == ["REF-002"]
