"""No output replaces one of its command's inputs; an output link is written through."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import one_line_error

Cli = Callable[..., Any]


def _refused(result: Any, victim: Path, before: bytes) -> None:
    assert result.exit_code == 2
    assert "is also an input of this command" in result.stderr
    assert victim.read_bytes() == before


def test_validate_refuses_to_write_its_report_over_the_plan(cli: Cli, plan: Path) -> None:
    before = plan.read_bytes()
    _refused(cli("validate", str(plan), "-o", str(plan)), plan, before)


def test_validate_refuses_a_plan_found_in_a_folder(cli: Cli, plan: Path) -> None:
    before = plan.read_bytes()
    _refused(cli("validate", str(plan.parent), "-o", "./plan.yaml"), plan, before)


def test_validate_refuses_its_configuration(cli: Cli, plan: Path) -> None:
    config = plan.parent / "commplan.toml"
    before = config.read_bytes()
    _refused(cli("validate", str(plan), "--config", str(config), "-o", str(config)), config, before)


def test_audit_refuses_to_write_over_the_document(cli: Cli, plan: Path) -> None:
    assert cli("render", str(plan), "-o", "d.docx").exit_code == 0
    docx = plan.parent / "d.docx"
    before = docx.read_bytes()
    _refused(cli("audit", str(docx), "-o", str(docx)), docx, before)


def test_render_refuses_to_write_over_its_template(cli: Cli, plan: Path) -> None:
    assert cli("template", "export", "ke-hoach", "-o", "mine.docx").exit_code == 0
    mine = plan.parent / "mine.docx"
    before = mine.read_bytes()
    result = cli("render", str(plan), "--template", str(mine), "-o", str(mine))
    _refused(result, mine, before)


def test_a_link_to_the_input_is_the_input(cli: Cli, plan: Path) -> None:
    link = plan.parent / "link.yaml"
    link.symlink_to(plan)
    before = plan.read_bytes()
    _refused(cli("validate", str(plan), "-o", str(link)), plan, before)
    assert link.is_symlink()


def test_output_onto_a_link_writes_the_target_and_keeps_the_link(cli: Cli, plan: Path) -> None:
    target = plan.parent / "reports" / "latest.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = plan.parent / "report.json"
    link.symlink_to(target)
    result = cli("validate", str(plan), "--format", "json", "-o", str(link))
    assert result.exit_code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "[]\n"


@pytest.mark.parametrize("command", ["validate", "render", "schema"])
def test_a_name_over_255_bytes_is_one_line_exit_2(cli: Cli, plan: Path, command: str) -> None:
    name = "kế-hoạch-" * 30 + ".out"  # about 400 bytes in UTF-8
    args = {"validate": [str(plan)], "render": [str(plan)], "schema": []}[command]
    result = cli(command, *args, "-o", name)
    assert result.exit_code == 2
    assert "the file name is too long" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(plan.parent.glob("*.tmp")) and not list(plan.parent.glob(".*.tmp"))


def test_a_name_of_exactly_255_bytes_is_written(cli: Cli, plan: Path) -> None:
    name = "k" * 250 + ".json"
    assert cli("validate", str(plan), "--format", "json", "-o", name).exit_code == 0
    assert (plan.parent / name).read_text(encoding="utf-8") == "[]\n"


@pytest.mark.parametrize(
    "args",
    [
        ["new", "{long}.yaml", "--yes"],
        ["template", "export", "ke-hoach", "-o", "{long}.docx"],
        ["template", "check", "{long}.docx"],
        ["audit", "{long}.docx"],
        ["render", "{long}.yaml"],
        ["validate", "{long}.yaml"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
@pytest.mark.usefixtures("plan")
def test_any_command_given_a_name_over_255_bytes_says_so(cli: Cli, args: list[str]) -> None:
    long = "đ" * 130  # 260 bytes
    result = cli(*(a.format(long=long) for a in args))
    one_line_error(result, "too long")
