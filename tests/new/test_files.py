"""`new` never replaces a file unless told to, and a failure leaves nothing behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from commplan.errors import OutputError
from commplan.scaffold import files
from tests.new.conftest import Cli

ARGS = ("--kind", "tinh", "--year", "2024")


def test_an_existing_file_is_left_untouched(cli: Cli, plan: Path) -> None:
    plan.write_bytes(b"schema_version: 1\n# my work\n")
    before = plan.stat().st_mtime_ns
    result = cli("new", str(plan), *ARGS)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--force" in result.stderr
    assert plan.read_bytes() == b"schema_version: 1\n# my work\n"
    assert plan.stat().st_mtime_ns == before
    assert not (plan.parent / "commplan.schema.json").exists()


def test_an_existing_file_is_refused_before_any_question(cli: Cli, plan: Path) -> None:
    plan.write_text("x\n", encoding="utf-8")
    result = cli("new", str(plan), "--interactive", input="")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_force_replaces_the_file(cli: Cli, plan: Path) -> None:
    plan.write_text("old\n", encoding="utf-8")
    plan.chmod(0o640)
    result = cli("new", str(plan), *ARGS, "--force")
    assert result.exit_code == 0, result.stderr
    assert plan.read_text(encoding="utf-8").startswith("# yaml-language-server")
    assert plan.stat().st_mode & 0o777 == 0o640  # replaced in place of, not beside, the old one
    assert sorted(p.name for p in plan.parent.iterdir()) == ["commplan.schema.json", plan.name]


def test_an_existing_schema_is_kept(cli: Cli, plan: Path) -> None:
    schema = plan.parent / "commplan.schema.json"
    schema.write_text("{}\n", encoding="utf-8")
    result = cli("new", str(plan), *ARGS)
    assert result.exit_code == 0
    assert schema.read_text(encoding="utf-8") == "{}\n"
    assert "commplan.schema.json" not in result.stdout


def test_a_folder_is_not_a_plan_file(cli: Cli, tmp_path: Path) -> None:
    result = cli("new", str(tmp_path), *ARGS)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "ke-hoach.yaml" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["plan.txt", "plan", "plan.json"])
def test_the_name_must_end_in_yaml(cli: Cli, tmp_path: Path, name: str) -> None:
    result = cli("new", str(tmp_path / name), *ARGS)
    assert result.exit_code == 2 and ".yaml" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_an_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("new", str(tmp_path / "no" / "plan.yaml"), *ARGS)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere"
)
def test_an_unwritable_folder_is_an_error(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = cli("new", str(folder / "plan.yaml"), *ARGS)
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_is_refused_before_any_question(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so the folder's permissions are simulated for this check.
    monkeypatch.setattr(os, "access", lambda *_: False)
    result = cli("new", str(plan), "--interactive", input="")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "not writable" in result.stderr and result.stdout == ""
    assert list(plan.parent.iterdir()) == []


def test_a_failed_write_leaves_nothing(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stands in for a folder that refuses writes even to root.
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == plan:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = cli("new", str(plan), *ARGS)
    assert result.exit_code == 2
    assert result.stderr.startswith("commplan: cannot write ") and result.stderr.count("\n") == 1
    assert result.stderr.endswith(f"{plan.name}: no permission to write there\n")
    assert list(plan.parent.iterdir()) == []


def test_a_write_error_midway_removes_the_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.yaml"
    real_open = Path.open

    class Full:
        def __init__(self, fp: object) -> None:
            self.fp = fp

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fp.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            self.fp.write(data[:10])  # type: ignore[attr-defined]
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "open", lambda self, mode="r": Full(real_open(self, mode)))
    with pytest.raises(OutputError, match="the disk is full"):
        files.create_new(target, b"0123456789" * 100)
    assert not target.exists()


def test_next_steps_quote_a_path_with_spaces(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "kế hoạch 2024.yaml"
    result = cli("new", str(target), *ARGS)
    assert result.exit_code == 0
    assert f'commplan validate "{target}"' in result.stdout
    assert f'commplan render "{target}"' in result.stdout
    assert cli("validate", str(target)).exit_code == 0
