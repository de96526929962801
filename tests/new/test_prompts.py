"""On a terminal `new` asks what it needs, checks each answer and asks again when it is wrong.

CliRunner's streams are not terminals, so these tests force `--interactive` and type the answers.
"""

from __future__ import annotations

from pathlib import Path

from commplan.source.loader import load_text
from tests.new.conftest import Cli, findings


def test_wrong_answers_are_asked_again_with_the_reason(cli: Cli, plan: Path) -> None:
    answers = "\n".join(
        [
            "huyen",  # not a kind: asked again
            "Bộ",  # accents and case do not matter
            "",  # the default agency
            "1999",  # outside 2020-2100: asked again
            "hai nghìn",  # not a number: asked again
            "2024",
            "ct-07",  # unknown profile: asked again
            "",  # the default profile
        ]
    )
    result = cli("new", str(plan), "--interactive", input=answers + "\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("Not accepted:") == 4
    assert "'huyen'" in out and "tinh, bo, chinh-sach, bo-qd, xa" in out
    assert "1999" in out and "2020-2100" in out
    assert "'hai nghìn'" in out
    assert "'ct-07'" in out
    assert "[Bộ [Tên Bộ]]" in out  # the default is shown
    assert "commplan validate " + str(plan) in out
    data = load_text(plan.read_text(encoding="utf-8"), "-").data
    assert data["document"]["issuer_level"] == "bo"
    assert data["period"] == "năm 2024"
    assert data["profiles"] == ["ct-07-2023"]
    assert findings(cli, plan) == []


def test_a_profile_outside_the_year_is_asked_again(cli: Cli, plan: Path) -> None:
    answers = [
        "Chính sách",
        "bộ lao động - thương binh và xã hội",
        "2030",
        "qd-407-2022",  # ends in 2027: asked again
        "",  # the default offered: the profile that applies in 2030
        "Dự án Luật Việc làm (sửa đổi)",
    ]
    result = cli("new", str(plan), "--interactive", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Not accepted:") == 1
    assert "qd-407-2022" in result.stdout and "2027" in result.stdout
    assert "[ct-07-2023]" in result.stdout
    data = load_text(plan.read_text(encoding="utf-8"), "-").data
    assert data["profiles"] == ["ct-07-2023"]
    assert data["document"]["issuer"] == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert data["document"]["symbol"] == "KH-BLĐTBXH"
    assert data["policies"][0]["name"] == "Dự án Luật Việc làm (sửa đổi)"
    assert data["document"]["title"] == "Truyền thông dự án Luật Việc làm (sửa đổi) năm 2030"
    assert findings(cli, plan) == []


def test_a_year_no_profile_serves_is_asked_again(cli: Cli, plan: Path) -> None:
    answers = ["bo", "Bộ Y tế", "2021", "2023", ""]
    result = cli("new", str(plan), "--interactive", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Not accepted:") == 1 and "2021" in result.stdout
    assert "profiles: [ct-07-2023]" in plan.read_text(encoding="utf-8")


def test_a_bad_agency_name_is_asked_again(cli: Cli, plan: Path) -> None:
    answers = ["tinh", "#Nam Định: x", "Nam Định", "2023", ""]
    result = cli("new", str(plan), "--interactive", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Not accepted:") == 1
    assert "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH" in plan.read_text(encoding="utf-8")


def test_options_given_are_not_asked(cli: Cli, plan: Path) -> None:
    # Only the agency and the profiles are left to ask.
    args = ("--interactive", "--kind", "tinh", "--year", "2022")
    result = cli("new", str(plan), *args, input="Hà Nội\n\n")
    assert result.exit_code == 0, result.output
    assert "Kinds of plan" not in result.stdout
    text = plan.read_text(encoding="utf-8")
    assert "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" in text
    assert "profiles: [cv-btttt-2022]" in text
    assert findings(cli, plan) == []


def test_yes_asks_nothing_even_on_a_terminal(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), "--interactive", "--yes", "--year", "2024", input="")
    assert result.exit_code == 0, result.output
    assert "Error" not in result.stdout
    assert "issuer_level: ubnd_tinh" in plan.read_text(encoding="utf-8")


def test_without_a_terminal_it_never_waits_and_names_the_option(cli: Cli, plan: Path) -> None:
    # No input at all: a prompt would hit end of file and abort with exit code 1.
    result = cli("new", str(plan), "--year", "2024")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "--kind" in result.stderr and "--yes" in result.stderr
    assert not plan.exists()


def test_no_interactive_overrides_a_terminal(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), "--no-interactive", "--kind", "bo", "--year", "2024")
    assert result.exit_code == 0
    assert "Error" not in result.stdout


def test_a_given_year_no_profile_serves_ends_the_job_instead_of_looping(
    cli: Cli, plan: Path
) -> None:
    result = cli("new", str(plan), "--interactive", "--kind", "bo", "--year", "2021", input="\n")
    assert result.exit_code == 2 and "--year" in result.stderr
    assert not plan.exists()


def test_a_given_profile_makes_a_year_outside_it_a_wrong_answer(cli: Cli, plan: Path) -> None:
    args = ("--interactive", "--kind", "tinh", "--profile", "cv-btttt-2022")
    result = cli("new", str(plan), *args, input="\n2024\n2022\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Not accepted:") == 1 and "cv-btttt-2022" in result.stdout
    assert "profiles: [cv-btttt-2022]" in plan.read_text(encoding="utf-8")
