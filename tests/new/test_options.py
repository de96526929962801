"""Bad options end the job with exit code 2 and one line naming the option; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from commplan.source.loader import load_text
from tests.new.conftest import Cli, findings


def _refused(cli: Cli, plan: Path, *args: str) -> str:
    result = cli("new", str(plan), *args)
    assert result.exit_code == 2, result.stdout
    assert result.stderr.count("\n") == 1
    assert not plan.exists() and not (plan.parent / "commplan.schema.json").exists()
    return str(result.stderr)


@pytest.mark.parametrize("year", ["2019", "2101", "1900", "abc", "20a4", "-2024", ""])
def test_a_year_out_of_range_names_the_option(cli: Cli, plan: Path, year: str) -> None:
    assert "--year" in _refused(cli, plan, "--kind", "bo", "--year", year)


@pytest.mark.parametrize(
    ("args", "profile"),
    [
        pytest.param(("--kind", "tinh", "--year", "2021"), "ct-07-2023", id="annual-before-2023"),
        pytest.param(
            ("--kind", "chinh-sach", "--year", "2028"), "qd-407-2022", id="policy-after-2027"
        ),
        pytest.param(
            ("--kind", "bo", "--year", "2024", "--profile", "cv-btttt-2022"),
            "cv-btttt-2022",
            id="given",
        ),
    ],
)
def test_a_profile_whose_window_misses_the_year_names_year(
    cli: Cli, plan: Path, args: tuple[str, ...], profile: str
) -> None:
    message = _refused(cli, plan, *args)
    assert "--year" in message and profile in message


def test_an_unknown_profile_is_refused(cli: Cli, plan: Path) -> None:
    message = _refused(cli, plan, "--kind", "bo", "--year", "2024", "--profile", "ct-07")
    assert "--profile" in message and "ct-07-2023" in message


def test_a_profile_file_cannot_be_named_in_a_plan(cli: Cli, plan: Path, tmp_path: Path) -> None:
    own = tmp_path / "mine.yaml"
    own.write_text("id: mine\ntitle: Mine\n", encoding="utf-8")
    message = _refused(cli, plan, "--kind", "bo", "--year", "2024", "--profile", str(own))
    assert "--profile" in message


def test_an_unknown_kind_is_refused(cli: Cli, plan: Path) -> None:
    message = _refused(cli, plan, "--kind", "so", "--year", "2024")
    assert "--kind" in message and "chinh-sach" in message


@pytest.mark.parametrize("issuer", ["#UBND", "UBND: tỉnh", "- Nam Định", "  ", "Nam Định {x}"])
def test_an_issuer_that_is_not_a_name_is_refused(cli: Cli, plan: Path, issuer: str) -> None:
    assert "--issuer" in _refused(cli, plan, "--kind", "tinh", "--year", "2024", "--issuer", issuer)


def test_yes_takes_every_default(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), "--yes", "--year", "2024")
    assert result.exit_code == 0, result.stderr
    text = plan.read_text(encoding="utf-8")
    assert "issuer_level: ubnd_tinh" in text and "profiles: [ct-07-2023]" in text


def test_the_kind_is_all_that_must_be_given(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), "--kind", "chinh-sach", "--year", "2025")
    assert result.exit_code == 0, result.stderr
    assert "policies:" in plan.read_text(encoding="utf-8")


def test_help_says_new_force_means_overwrite(cli: Cli) -> None:
    result = cli("new", "--help")
    assert result.exit_code == 0
    assert "--force" in result.stdout and "Overwrite" in result.stdout


def test_the_short_style_is_the_shape_of_published_plans(cli: Cli, plan: Path) -> None:
    args = ("--kind", "tinh", "--style", "gon", "--issuer", "Nam Định", "--year", "2024")
    assert cli("new", str(plan), *args).exit_code == 0
    text = plan.read_text(encoding="utf-8")
    assert 90 <= len(text.splitlines()) <= 120
    data = load_text(text, "-").data
    assert [g["id"] for g in data["task_groups"]] == ["g_doi_ngu", "g_thong_tin", "g_quan_ly"]
    assert "lines" not in data["budget"] and data["budget"]["statement"]
    assert data["focal_point"] == {"unit": "so_tt", "liaison_with": "bo_tt"}
    # A comma inside a flow list splits the text: each unit here has one duty.
    assert [len(u.get("duties", [])) for u in data["units"]] == [1, 1, 1, 1, 0]
    assert [r for r, _line in findings(cli, plan, placeholders=True)] == ["TEXT-004"]


def test_a_ward_plan(cli: Cli, plan: Path) -> None:
    args = ("--kind", "xa", "--issuer", "UBND phường La Khê", "--year", "2024")
    assert cli("new", str(plan), *args).exit_code == 0
    data = load_text(plan.read_text(encoding="utf-8"), "-").data
    assert data["document"]["issuer"] == "ỦY BAN NHÂN DÂN PHƯỜNG LA KHÊ"
    assert data["document"]["issuer_level"] == "ubnd_xa"
    assert data["document"]["place"] == "La Khê"
    assert findings(cli, plan) == []


def test_a_style_the_kind_lacks_is_refused(cli: Cli, plan: Path) -> None:
    result = cli("new", str(plan), "--kind", "xa", "--style", "day-du", "--year", "2024")
    assert result.exit_code == 2
    assert "--style: kind xa has no scaffold in style day-du; use gon" in result.stderr
    result = cli("new", str(plan), "--kind", "tinh", "--style", "ngan", "--year", "2024")
    assert result.exit_code == 2
    assert "unknown style 'ngan'" in result.stderr
    assert not plan.exists()


def test_render_refuses_a_fresh_scaffold_until_its_placeholders_are_filled(
    cli: Cli, plan: Path
) -> None:
    args = ("--kind", "tinh", "--style", "gon", "--issuer", "Nam Định", "--year", "2024")
    assert cli("new", str(plan), *args).exit_code == 0
    result = cli("render", str(plan))
    assert result.exit_code == 1
    assert "1 text still holds a placeholder of commplan new (TEXT-004)" in result.stderr
    assert not plan.with_suffix(".docx").exists()
    filled = ("--set", "document.archive=VT, VP3")
    assert cli("new", str(plan), *args, *filled, "--force").exit_code == 0
    assert cli("render", str(plan)).exit_code == 0
