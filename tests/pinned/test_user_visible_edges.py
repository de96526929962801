"""Defects a user would see in other tools or at the edges, each pinned by a test (issue 22).

Every case here was a mutant that survived the rest of the suite: a boundary taken on one side
only, a mapping to another tool's vocabulary, an escape that nobody read back. The expected
values are written out by hand from the design pages, not computed by the code under test.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from commplan.atomic import write_atomic
from commplan.errors import OutputError
from commplan.render.budget import priced_lines
from commplan.render.gantt import MAX_COLUMNS, buckets
from commplan.rules import organisation, reporting
from tests.helpers import BASE, load_plan, plan_text, positions
from tests.rules import test_organisation as org_cases
from tests.rules import test_reporting as rep_cases

Cli = Callable[..., Any]
Write = Callable[[str, str], Path]

# A plan with one error (REF-002: unknown owner) and one warning (YAML-002: `no` as text).
MINIMAL = """\
units:
  - {id: stttt, name: Sở TT&TT, kind: don_vi_truyen_thong}
activities:
  - {id: a1, title: Họp báo, type: hop_bao, owner: stttt, start: 07/3/2022, end: 07/3/2022}
"""
ERROR_AND_WARNING = plan_text(
    """\
    units:
      - {id: stttt, name: no, kind: don_vi_truyen_thong}
    activities:
      - {id: a1, title: Họp báo, type: hop_bao, owner: sttt, start: tháng 1/2022, end: tháng 1/2022}
    """
)


def _json(cli: Cli, *args: str) -> list[dict[str, Any]]:
    result = cli("validate", *args, "--format", "json")
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_sarif_levels_follow_the_severities(cli: Cli, write: Write) -> None:
    plan = write("p.yaml", ERROR_AND_WARNING)
    severities = {(r["rule"], r["line"]): r["severity"] for r in _json(cli, str(plan))}
    assert set(severities.values()) == {"error", "warning"}
    sarif = json.loads(cli("validate", str(plan), "--format", "sarif").stdout)
    levels = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]): r["level"]
        for r in sarif["runs"][0]["results"]
    }
    assert levels == severities  # SARIF's words are "error" and "warning", as ours


def test_github_annotations_escape_colon_and_comma_in_file_names(cli: Cli, write: Write) -> None:
    plan = write("a:b,c.yaml", ERROR_AND_WARNING)
    out = cli("validate", str(plan), "--format", "github").stdout
    assert "a%3Ab%2Cc.yaml," in out
    assert "a:b,c.yaml" not in out.split("::")[1]  # the properties part of the first command


@pytest.mark.parametrize(
    "word", ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
             "on", "On", "ON", "off", "Off", "OFF"],
)  # fmt: skip
def test_yaml_002_fires_for_every_yaml_1_1_boolean_word(cli: Cli, write: Write, word: str) -> None:
    plan = write("p.yaml", BASE + MINIMAL + f"purposes: [{word}]\n")
    assert [r["rule"] for r in _json(cli, str(plan), "--select", "YAML")] == ["YAML-002"]


@pytest.mark.parametrize("word", ["nope", "yess", "true_", "o", "Ông"])
def test_yaml_002_leaves_other_words_alone(cli: Cli, write: Write, word: str) -> None:
    plan = write("p.yaml", BASE + MINIMAL + f"purposes: [{word}]\n")
    assert [r["rule"] for r in _json(cli, str(plan), "--select", "YAML")] == []


def test_ignore_a_family_ignores_all_its_rules(cli: Cli, write: Write) -> None:
    # end before start (DATE-001) and a start on a Sunday (DATE-008): two DATE rules.
    plan = write(
        "p.yaml",
        plan_text(
            """\
            units:
              - {id: stttt, name: Sở TT&TT, kind: don_vi_truyen_thong}
            activities:
              - {id: a1, title: Họp báo, type: hop_bao, owner: stttt, start: 06/3/2022, end: 01/3/2022}
            """
        ),
    )
    found = {r["rule"] for r in _json(cli, str(plan))}
    assert len({r for r in found if r.startswith("DATE-")}) >= 1
    kept = {r["rule"] for r in _json(cli, str(plan), "--ignore", "DATE")}
    assert kept == {r for r in found if not r.startswith("DATE-")}


def test_did_you_mean_for_a_mistyped_code(cli: Cli, write: Write) -> None:
    plan = write(
        "p.yaml",
        plan_text(
            """\
            units:
              - {id: stttt, name: Sở TT&TT, kind: don_vi_truyen_thong}
            activities:
              - {id: a1, title: Họp báo, type: hop_baoo, owner: stttt, start: 07/3/2022, end: 07/3/2022}
            """
        ),
    )
    (row,) = [r for r in _json(cli, str(plan)) if r["rule"] == "SCHEMA"]
    assert "'hop_bao'" in row["hint"]


@pytest.mark.parametrize(
    ("last", "columns", "label"),
    [
        (date(2023, 12, 31), 24, "1"),  # 24 months: one column a month
        (date(2024, 1, 31), 9, "I"),  # 25 months: quarters, never 25 columns
    ],
)
def test_gantt_switches_to_quarters_after_24_months(last: date, columns: int, label: str) -> None:
    found = buckets(date(2022, 1, 1), last)
    assert len(found) == columns <= MAX_COLUMNS
    assert found[0].label == label


@pytest.mark.parametrize(
    ("due", "late"),
    [
        ("31/3/2022", False),
        ("tháng 3/2022", False),  # ends on the deadline
        ("Quý I/2022", False),
        ("01/4/2022", True),
        ("năm 2022", True),  # starts before the deadline, but ends after it
        ("6 tháng đầu năm 2022", True),
    ],
)
def test_rep_001_judges_a_period_by_its_last_day(due: str, late: bool) -> None:
    snippet = rep_cases.PLAN + rep_cases.report(due)
    params, profile = rep_cases.REP_PARAMS, rep_cases.PROFILE
    found = positions(snippet, reporting.check_ministry_report, params=params, profile=profile)
    assert bool(found) is late


@pytest.mark.parametrize(
    ("designated_on", "late"),
    [
        ("30/6/2022", False),
        ("Quý II/2022", False),
        ("6 tháng đầu năm 2022", False),
        ("01/7/2022", True),
        ("năm 2022", True),  # starts before the deadline, ends after it
        ("Quý III/2022", True),
    ],
)
def test_org_006_judges_a_period_by_its_last_day(designated_on: str, late: bool) -> None:
    snippet = org_cases.PLAN + org_cases.FOCAL.format(on=designated_on)
    check = organisation.check_focal_point_deadline
    found = positions(snippet, check, params=org_cases.DEADLINE)
    assert bool(found) is late


def test_a_budget_line_takes_its_activitys_start_year() -> None:
    plan, _ = load_plan(
        """\
        units:
          - {id: stttt, name: Sở TT&TT, kind: don_vi_truyen_thong}
        activities:
          - {id: a1, title: Họp báo, type: hop_bao, owner: stttt, start: 07/3/2023, end: 07/3/2023}
          - {id: a2, title: Hội nghị, type: toa_dam_hoi_thao, owner: stttt, start: 07/3/2022, end: 07/3/2022}
        budget:
          sources: [{id: ns, name: Ngân sách tỉnh, kind: ngan_sach_dia_phuong}]
          lines:
            - {id: b1, activity: a1, category: hoi_nghi_hoi_thao, description: Hội nghị, quantity: 1, unit: cuộc, unit_price: 1_000, source: ns}
            - {id: b2, activity: a2, category: hoi_nghi_hoi_thao, description: Chung, quantity: 1, unit: cuộc, unit_price: 1_000, source: ns}
        """,
        base=BASE.replace("period: năm 2022", "period: {start: 01/01/2022, end: 31/12/2023}"),
    )
    assert [p.year for p in priced_lines(plan)] == [2023, 2022]


def test_the_atomic_writer_leaves_no_temporary_file_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def broken(*_args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken)
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"new")
    assert target.as_posix() in str(caught.value)
    assert str(caught.value).endswith(": the disk is full; free some space or choose another disk")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]
    assert target.read_bytes() == b"old"


def test_the_atomic_writer_gives_new_files_the_usual_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.docx", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.docx").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600


def test_the_atomic_writer_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.stat().st_mode & 0o7777 == 0o640
