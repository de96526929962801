"""``commplan validate`` on report files (``kind: bao_cao``): schema, plan lookup, RPT rules."""

from __future__ import annotations

import errno
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

Cli = Callable[..., Any]

PLAN = "ke-hoach-ubnd-tinh-2022.yaml"
HEAD = f"""schema_version: 1
kind: bao_cao
plan: {PLAN}
period: Quý II/2022
as_of: 14/6/2022
document: {{issuer: ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH, issuer_level: ubnd_tinh, symbol: BC-UBND,
  title: Kết quả}}
"""


def _folder(tmp_path: Path, body: str) -> Path:
    shutil.copy(EXAMPLES / PLAN, tmp_path / PLAN)
    report = tmp_path / "bao-cao.yaml"
    report.write_text(HEAD + body, encoding="utf-8")
    return report


def _found(cli: Cli, *args: str) -> tuple[int, list[tuple[str, int, int]]]:
    result = cli("validate", "--format", "json", *args)
    rows = json.loads(result.stdout)
    return result.exit_code, [(r["rule"], r["line"], r["column"]) for r in rows]


def test_an_unknown_status_is_a_schema_error_at_its_value(cli: Cli, tmp_path: Path) -> None:
    report = _folder(tmp_path, "activities:\n  nv_quy_che: {status: xong}\n")
    code, found = _found(cli, str(report))
    assert (code, found) == (1, [("SCHEMA", 9, 24)])


def test_a_missing_as_of_is_reported_and_rules_wait(cli: Cli, tmp_path: Path) -> None:
    report = _folder(tmp_path, "")
    report.write_text(report.read_text(encoding="utf-8").replace("as_of: 14/6/2022\n", ""))
    result = cli("validate", str(report))
    assert result.exit_code == 1 and "as_of" in result.stdout and "SCHEMA" in result.stdout


def test_overdue_counts_only_activities_ended_before_as_of(cli: Cli, tmp_path: Path) -> None:
    settled = {
        "nv_kien_toan": "{status: hoan_thanh, done_on: 10/4/2022}",
        "nv_bao_cao_bo": "{status: hoan_thanh, done_on: 25/3/2022}",
        "nv_hop_bao_q1": "{status: huy, result: Gộp vào họp báo Quý II}",
    }
    body = "activities:\n" + "".join(f"  {k}: {v}\n" for k, v in settled.items())
    code, found = _found(cli, str(_folder(tmp_path, body)))
    # Ends 30/6/2022 and later are not yet due on 14/6/2022.
    assert (code, found) == (0, [])


def test_a_folder_with_a_plan_and_its_report_checks_both(cli: Cli, tmp_path: Path) -> None:
    _folder(tmp_path, "budget:\n  kp_hop_bao_q1: {spent: 13_000_000}\n")
    code, found = _found(cli, str(tmp_path))
    assert code == 1
    assert [f for f in found if f[0].startswith("RPT")] == [
        ("RPT-006", 5, 8),  # no activities listed: at the cut-off date that makes them late
        ("RPT-006", 5, 8),
        ("RPT-006", 5, 8),
        ("RPT-007", 9, 26),
    ]


def test_a_report_as_plan_of_a_report_is_refused(cli: Cli, tmp_path: Path) -> None:
    report = _folder(tmp_path, "")
    other = tmp_path / "other.yaml"
    other.write_text(HEAD.replace(PLAN, report.name), encoding="utf-8")
    code, found = _found(cli, str(other))
    assert (code, found) == (1, [("RPT-001", 3, 7)])
    text = cli("validate", str(other)).stdout
    assert "is a report, not a plan" in text


def test_rpt_rules_can_be_ignored_like_any_other(cli: Cli, tmp_path: Path) -> None:
    report = _folder(tmp_path, "budget:\n  kp_hop_bao_q1: {spent: 13_000_000}\n")
    code, found = _found(cli, "--ignore", "RPT", str(report))
    assert (code, found) == (0, [])


def _plan_message(cli: Cli, report: Path, lang: str) -> str:
    result = cli("--lang", lang, "validate", "--format", "json", str(report))
    rows = json.loads(result.stdout)
    assert [(r["rule"], r["line"], r["column"]) for r in rows] == [("RPT-001", 3, 7)]
    message: str = rows[0]["message"]
    return message


def test_a_missing_plan_is_named_in_the_users_language(cli: Cli, tmp_path: Path) -> None:
    report = _folder(tmp_path, "")
    (tmp_path / PLAN).unlink()
    vi = _plan_message(cli, report, "vi")
    assert vi == f"không đọc được kế hoạch '{tmp_path.as_posix()}/{PLAN}': tệp không tồn tại"
    en = _plan_message(cli, report, "en")
    assert en.endswith(": the file does not exist") and "Errno" not in en


def test_a_folder_named_as_the_plan_is_said_to_be_a_folder(cli: Cli, tmp_path: Path) -> None:
    report = _folder(tmp_path, "")
    (tmp_path / PLAN).unlink()
    (tmp_path / PLAN).mkdir()
    assert _plan_message(cli, report, "vi").endswith(": đây là thư mục, không phải tệp")
    assert _plan_message(cli, report, "en").endswith(": it is a folder, not a file")


def test_an_unreadable_plan_says_permission_denied(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod cannot make a file unreadable to root (who runs the tests in containers): faked.
    report = _folder(tmp_path, "")
    plan = (tmp_path / PLAN).resolve()
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.resolve() == plan:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    vi = _plan_message(cli, report, "vi")
    assert vi.endswith(": không có quyền đọc tệp") and "Permission" not in vi
    assert _plan_message(cli, report, "en").endswith(": no permission to read it")

    def fail(self: Path) -> bytes:
        if self.resolve() == plan:
            raise OSError(errno.EIO, "Input/output error", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", fail)
    assert _plan_message(cli, report, "vi").endswith(": hệ thống không đọc được tệp (lỗi EIO)")
