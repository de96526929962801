"""Profiles, configuration, suppressions, DOC-003 and the CI output formats, through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from tests.cli.conftest import FOCUS
from tests.conftest import ROOT
from tests.helpers import MINIMAL_PLAN

Cli = Callable[..., Any]
Write = Callable[[str, "str | bytes"], Path]

UNUSED_AUDIENCE = MINIMAL_PLAN + "audiences:\n  - {id: dan, name: Người dân, kind: nguoi_dan}\n"
BAD_PARTNER = MINIMAL_PLAN.replace("owner: stttt,", "owner: stttt, partners: [sttt],")


def rules_found(cli: Cli, *args: str) -> tuple[int, list[tuple[str, str, int]]]:
    result = cli("validate", "--format", "json", *args)
    rows = json.loads(result.stdout) if result.stdout else []
    return result.exit_code, [(r["rule"], r["severity"], r["line"]) for r in rows]


# -- profiles -------------------------------------------------------------------------------


def test_own_profile_file_raises_a_severity(cli: Cli, write: Write) -> None:
    profile = write(
        "strict.yaml", "id: strict\ntitle: Chặt chẽ\nrules:\n  REF-004: {severity: error}\n"
    )
    plan = write("p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, str(plan)) == (0, [("REF-004", "warning", 14)])
    assert rules_found(cli, "--profile", str(profile), str(plan)) == (1, [("REF-004", "error", 14)])


def test_unknown_cli_profile_is_exit_2(cli: Cli, write: Write) -> None:
    result = cli("validate", "--profile", "cv-btttt-2021", str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 2
    assert "unknown profile 'cv-btttt-2021'" in result.stderr


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("id: x\ntitle: X\nrules:\n  NOPE-001: {severity: error}\n", "rules.NOPE-001"),
        ("id: x\ntitle: X\nrules:\n  REF-004: {severity: fatal}\n", "rules.REF-004.severity"),
        ("id: x\ntitle: X\napplies: {from: 31/02/2022}\n", "applies.from"),
        ("id: x\ntitel: X\n", "title"),
        ("id: x\n  bad: [\n", "x.yaml:2"),
    ],
)
def test_bad_profile_file_names_file_and_key(
    cli: Cli, write: Write, content: str, key: str
) -> None:
    profile = write("x.yaml", content)
    result = cli("validate", "--profile", str(profile), str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 2
    assert key in result.stderr
    assert "x.yaml" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "id: x\ntitle: X\nrules:\n  ORG-006: {severity: error, dealine: 2022-06-30}\n",
            "'rules.ORG-006.dealine': unknown key 'dealine'; did you mean 'deadline'?",
        ),
        (
            "id: x\ntitle: X\nrules:\n  REF-004: {severity: error, deadline: 2022-06-30}\n",
            "'rules.REF-004.deadline': unknown key 'deadline'; the keys are: severity",
        ),
        ("id: x\ntitle: X\nrule:\n  REF-004: {}\n", "'rule': unknown key 'rule'; did you mean"),
        ("id: x\ntitle: X\napplies: {form: 2022-01-01}\n", "did you mean 'from'?"),
    ],
)
def test_a_misspelt_profile_key_is_refused_with_a_suggestion(
    cli: Cli, write: Write, content: str, message: str
) -> None:
    # A misspelt parameter used to be accepted, and the rule then checked nothing.
    profile = write("x.yaml", content)
    result = cli("validate", "--profile", str(profile), str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 2
    assert message in result.stderr


# -- configuration --------------------------------------------------------------------------


def test_config_is_found_upwards_and_the_nearest_wins(
    cli: Cli, write: Write, tmp_path: Path
) -> None:
    write("commplan.toml", FOCUS + 'ignore = ["REF-004"]\n')
    write("a/p.yaml", UNUSED_AUDIENCE)
    write("b/.commplan.toml", FOCUS + '[severity]\nREF-004 = "error"\n')
    write("b/p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, str(tmp_path / "a" / "p.yaml")) == (0, [])
    assert rules_found(cli, str(tmp_path / "b" / "p.yaml")) == (1, [("REF-004", "error", 14)])


def test_pyproject_counts_only_with_its_table(cli: Cli, write: Write, tmp_path: Path) -> None:
    (tmp_path / "commplan.toml").unlink()
    write("pyproject.toml", "[tool.commplan]\n" + FOCUS + 'fail-level = "warning"\n')
    write("sub/pyproject.toml", "[project]\nname = 'x'\n")
    plan = write("sub/p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, str(plan)) == (1, [("REF-004", "warning", 14)])


def test_command_line_beats_the_file(cli: Cli, write: Write) -> None:
    write("commplan.toml", 'fail-level = "warning"\nselect = ["REF"]\n')
    plan = write("p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, str(plan))[0] == 1
    assert rules_found(cli, "--fail-level", "error", str(plan))[0] == 0
    assert rules_found(cli, "--select", "TEXT", str(plan)) == (0, [])
    assert rules_found(cli, "--ignore", "REF-004", str(plan)) == (0, [])


def test_explicit_config_replaces_the_search(cli: Cli, write: Write) -> None:
    write("commplan.toml", FOCUS + 'ignore = ["REF-004"]\n')
    other = write("elsewhere/cfg.toml", FOCUS)
    plan = write("p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, "--config", str(other), str(plan)) == (0, [("REF-004", "warning", 14)])


def test_per_file_ignores(cli: Cli, write: Write) -> None:
    write("commplan.toml", FOCUS + '[per-file-ignores]\n"old/*.yaml" = ["REF-004"]\n')
    old = write("old/p.yaml", UNUSED_AUDIENCE)
    new = write("new/p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, str(old)) == (0, [])
    assert rules_found(cli, str(new)) == (0, [("REF-004", "warning", 14)])


def test_config_profiles_apply_only_to_plans_listing_none(cli: Cli, write: Write) -> None:
    write("strict.yaml", "id: strict\ntitle: Chặt chẽ\nrules:\n  REF-004: {severity: error}\n")
    write("commplan.toml", FOCUS + 'profiles = ["strict.yaml"]\n')
    plain = write("p.yaml", UNUSED_AUDIENCE)
    assert rules_found(cli, str(plain))[1] == [("REF-004", "error", 14)]


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("unknown = 1\n", "unknown"),
        ('select = "REF"\n', "select"),
        ('select = ["NOPE"]\n', "select"),
        ('fail-level = "fatal"\n', "fail-level"),
        ('[severity]\nREF-004 = "fatal"\n', "severity.REF-004"),
        ("select = [\n", "commplan.toml"),
    ],
)
def test_bad_config_is_exit_2_naming_file_and_key(
    cli: Cli, write: Write, content: str, key: str
) -> None:
    write("commplan.toml", content)
    result = cli("validate", str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 2
    assert "commplan.toml" in result.stderr and key in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_select_on_the_command_line_is_exit_2(cli: Cli, write: Write) -> None:
    result = cli("validate", "--select", "NOPE-9", str(write("p.yaml", MINIMAL_PLAN)))
    assert result.exit_code == 2


# -- suppressions ---------------------------------------------------------------------------


def test_line_suppression_used_and_unused(cli: Cli, write: Write) -> None:
    text = UNUSED_AUDIENCE.replace(
        "kind: nguoi_dan}", "kind: nguoi_dan}  # commplan: ignore[REF-004, DATE-008]"
    )
    assert rules_found(cli, str(write("p.yaml", text))) == (0, [("SUP-001", "warning", 14)])


def test_file_suppression(cli: Cli, write: Write) -> None:
    text = "# commplan: ignore-file[REF-004]\n" + UNUSED_AUDIENCE
    assert rules_found(cli, str(write("p.yaml", text))) == (0, [])


def test_schema_errors_cannot_be_suppressed(cli: Cli, write: Write) -> None:
    text = (
        MINIMAL_PLAN.replace("type: hop_bao,", "type: hop,") + "# commplan: ignore-file[SCHEMA]\n"
    )
    found = rules_found(cli, str(write("p.yaml", text)))
    assert found == (1, [("SCHEMA", "error", 12), ("SUP-001", "warning", 13)])


def test_suppression_on_another_line_does_not_apply(cli: Cli, write: Write) -> None:
    text = UNUSED_AUDIENCE + "# commplan: ignore[REF-004]\n"
    found = rules_found(cli, str(write("p.yaml", text)))
    assert found == (0, [("REF-004", "warning", 14), ("SUP-001", "warning", 15)])


# -- DOC-003 --------------------------------------------------------------------------------


def test_doc_003_same_number_symbol_and_year(cli: Cli, write: Write) -> None:
    numbered = MINIMAL_PLAN.replace(
        "  place: Nam Định\n", "  place: Nam Định\n  number: 45\n  date: 05/3/2022\n"
    )
    a = write("a.yaml", numbered)
    b = write("b.yaml", numbered.replace("05/3/2022", "20/9/2022"))
    c = write("c.yaml", numbered.replace("05/3/2022", "05/3/2023"))
    code, found = rules_found(cli, str(a), str(b), str(c))
    assert code == 1
    assert found == [("DOC-003", "error", 7), ("DOC-003", "error", 7)]
    assert rules_found(cli, str(a), str(c)) == (0, [])


def test_doc_003_names_five_files_and_counts_the_rest(cli: Cli, write: Write) -> None:
    numbered = MINIMAL_PLAN.replace(
        "  place: Nam Định\n", "  place: Nam Định\n  number: 45\n  date: 05/3/2022\n"
    )
    paths = [str(write(f"p{i}.yaml", numbered)) for i in range(8)]
    result = cli("validate", "--format", "json", *paths)
    messages = [d["message"] for d in json.loads(result.stdout) if d["rule"] == "DOC-003"]
    assert len(messages) == 8
    assert messages[0].endswith("p5.yaml and 2 more") and "p1.yaml" in messages[0]
    assert "p0.yaml" not in messages[0] and "p6.yaml" not in messages[0]


def test_a_checked_file_keeps_only_the_lines_its_findings_show(write: Write) -> None:
    from commplan.check.validate import check_paths

    [result] = check_paths([str(write("p.yaml", BAD_PARTNER))])
    kept = (result.text or "").splitlines()
    original = BAD_PARTNER.splitlines()
    shown = {d.line for d in result.diagnostics}
    assert shown and all(kept[n - 1] == original[n - 1] for n in shown)
    # Besides them, at most the line DOC-003 would point at (here 1:1: the plan has no number).
    assert [n for n, line in enumerate(kept, 1) if line and n not in shown] in ([], [1])


# -- output formats -------------------------------------------------------------------------


def test_sarif_is_valid_against_the_sarif_schema(cli: Cli, write: Write) -> None:
    result = cli("validate", "--format", "sarif", str(write("p.yaml", BAD_PARTNER)))
    log = json.loads(result.stdout)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    [res] = [r for r in run["results"] if r["ruleId"] == "REF-002"]
    rule = run["tool"]["driver"]["rules"][res["ruleIndex"]]
    assert rule["id"] == "REF-002" and "Fails" in rule["help"]["text"]
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 12


def test_junit_parses_and_counts(cli: Cli, write: Write) -> None:
    a = write("a.yaml", BAD_PARTNER)
    b = write("b.yaml", MINIMAL_PLAN)
    result = cli("validate", "--format", "junit", str(a), str(b))
    root = ET.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    failures = root.findall(".//failure")
    assert [f.get("type") for f in failures] == ["error"]


def test_github_workflow_commands_and_step_summary(
    cli: Cli, write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    plan = write("p.yaml", BAD_PARTNER)
    result = cli("validate", "--format", "github", str(plan))
    [line] = result.stdout.splitlines()
    assert line.startswith(f"::error file={plan.as_posix()},line=12,col=")
    assert (
        ",title=commplan REF-002::there is no unit with id 'sttt'%0Ahint: did you mean 'stttt'?"
        in line
    )
    assert "| REF-002 |" in summary.read_text(encoding="utf-8")


# -- profile semantics ----------------------------------------------------------------------

REPORTING = (
    MINIMAL_PLAN.replace(
        "units:\n",
        "units:\n  - {id: bo, name: Bộ Thông tin và Truyền thông, kind: co_quan_nhan_bao_cao, duties: [Nhận báo cáo]}\n",
    )
    + "reporting:\n  reports:\n    - {id: r1, recipient: bo, due: 15/4/2022, content: Báo cáo kết quả}\n"
)


def _profile(write: Write, name: str, rules: str) -> str:
    return str(write(name, f"id: {name[:-5]}\ntitle: {name}\nrules:\n{rules}"))


def test_highest_severity_of_the_active_profiles_wins(cli: Cli, write: Write) -> None:
    low = _profile(write, "low.yaml", "  REF-004: {severity: warning}\n")
    high = _profile(write, "high.yaml", "  REF-004: {severity: error}\n")
    plan = str(write("p.yaml", UNUSED_AUDIENCE))
    assert rules_found(cli, "--profile", low, str(plan))[1] == [("REF-004", "warning", 14)]
    assert rules_found(cli, "--profile", low, "--profile", high, plan)[1] == [
        ("REF-004", "error", 14)
    ]


def test_configured_severity_beats_the_profiles(cli: Cli, write: Write) -> None:
    write("commplan.toml", FOCUS + '[severity]\nREF-004 = "warning"\n')
    high = _profile(write, "high.yaml", "  REF-004: {severity: error}\n")
    plan = str(write("p.yaml", UNUSED_AUDIENCE))
    assert rules_found(cli, "--profile", high, plan)[1] == [("REF-004", "warning", 14)]


def test_a_rule_with_parameters_runs_once_per_profile_and_names_it(cli: Cli, write: Write) -> None:
    early = _profile(
        write,
        "early.yaml",
        "  REP-001: {deadline: 2022-03-31, recipient_names: [Bộ Thông tin và Truyền thông]}\n",
    )
    late = _profile(
        write,
        "late.yaml",
        "  REP-001: {deadline: 2022-06-30, recipient_names: [Bộ Thông tin và Truyền thông]}\n",
    )
    plan = str(write("p.yaml", REPORTING))
    result = cli(
        "validate",
        "--format",
        "json",
        "--select",
        "REP-001",
        "--profile",
        early,
        "--profile",
        late,
        plan,
    )
    rows = json.loads(result.stdout)
    assert [(r["rule"], r["severity"]) for r in rows] == [("REP-001", "error")]
    assert "early" in rows[0]["message"]  # the deadline of 'late' is met; 'early' is not


def test_profile_driven_rules_are_off_without_a_profile(cli: Cli, write: Write) -> None:
    plan = str(write("p.yaml", REPORTING))
    assert rules_found(cli, "--select", "REP-001", plan) == (0, [])
    assert (
        rules_found(
            cli, "--select", "ORG", "--select", "REP-001", "--profile", "cv-btttt-2022", plan
        )[0]
        == 1
    )


def test_a_profile_outside_its_window_is_prof_001(cli: Cli, write: Write) -> None:
    plan = str(write("p.yaml", MINIMAL_PLAN))
    found = rules_found(cli, "--select", "PROF", "--profile", "ct-07-2023", plan)
    assert found == (0, [("PROF-001", "warning", 8)])
