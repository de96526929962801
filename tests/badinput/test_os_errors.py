"""What the file system refuses is said in the user's language, never in the C library's English.

``exc.strerror`` ("No such file or directory", "Read-only file system") does not belong in a
Vietnamese sentence. Each command names the file, says why in words, exits 2 on one line and
leaves nothing half-written. The tests run as root, which reads and writes anywhere: a refusal
the system cannot produce is faked at the call that would meet it.
"""

from __future__ import annotations

import errno
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.atomic import os_error_message, read_failure, write_failure
from commplan.errors import OutputError
from commplan.i18n import choose_language
from commplan.render import pdf
from commplan.source.archive import zip_failure

Cli = Callable[..., Any]

ENGLISH_OS_WORDS = ("Errno", "No such file", "Permission denied", "Read-only", "No space")


def _one_line(result: Any) -> str:
    """The single stderr line of a failed command, checked for the usual promises."""
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("commplan: "), result.stderr
    assert "Traceback" not in result.stderr
    assert not any(word in lines[0] for word in ENGLISH_OS_WORDS), lines[0]
    line: str = lines[0]
    return line


def _refuse_open(monkeypatch: pytest.MonkeyPatch, victim: Path, exc: OSError) -> None:
    """Make opening ``victim`` fail with ``exc``; every other file opens as usual."""
    real = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.resolve() == victim.resolve():
            raise exc
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)


# validate -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("plan")
def test_validate_a_missing_file_in_both_languages(cli: Cli) -> None:
    vi = _one_line(cli("--lang", "vi", "validate", "missing.yaml"))
    assert vi == "commplan: missing.yaml: không có tệp này; kiểm tra lại tên tệp và thư mục"
    en = _one_line(cli("--lang", "en", "validate", "missing.yaml"))
    assert en == "commplan: missing.yaml: no such file; check the name and the folder"


def test_validate_a_disk_error_names_the_error_not_its_english(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refuse_open(monkeypatch, plan, OSError(errno.EIO, "Input/output error", str(plan)))
    vi = _one_line(cli("--lang", "vi", "validate", "plan.yaml"))
    assert vi == "commplan: không đọc được plan.yaml: hệ thống không đọc được tệp (lỗi EIO)"
    en = _one_line(cli("--lang", "en", "validate", "plan.yaml"))
    assert en == "commplan: cannot read plan.yaml: the system could not read it (error EIO)"


@pytest.mark.usefixtures("plan")
def test_validate_a_name_over_255_bytes_in_vietnamese(cli: Cli) -> None:
    line = _one_line(cli("--lang", "vi", "validate", "đ" * 130 + ".yaml"))
    assert line.endswith(": tên tệp quá dài (hầu hết hệ thống chỉ cho phép 255 byte, khoảng 90 "
                         "chữ cái tiếng Việt); hãy chọn tên ngắn hơn")  # fmt: skip
    assert line.startswith("commplan: không đọc được ")


# audit ----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("plan")
def test_audit_a_folder_named_like_a_docx(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "ke-hoach.docx").mkdir()
    vi = _one_line(cli("--lang", "vi", "audit", "ke-hoach.docx"))
    assert vi == "commplan: ke-hoach.docx là thư mục; cần chỉ rõ các tệp .docx cần kiểm tra"
    en = _one_line(cli("--lang", "en", "audit", "ke-hoach.docx"))
    assert en == "commplan: ke-hoach.docx is a folder; give the .docx files to audit"


def test_audit_a_document_that_cannot_be_read(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("render", str(plan), "-o", "d.docx").exit_code == 0
    docx = plan.parent / "d.docx"
    _refuse_open(monkeypatch, docx, PermissionError(errno.EACCES, "Permission denied", "d.docx"))
    vi = _one_line(cli("--lang", "vi", "audit", "d.docx", "-o", "report.txt"))
    assert vi == "commplan: không đọc được d.docx: không có quyền đọc tệp"
    en = _one_line(cli("--lang", "en", "audit", "d.docx", "-o", "report.txt"))
    assert en == "commplan: cannot read d.docx: no permission to read it"
    assert not (plan.parent / "report.txt").exists()


# render -o into a place that refuses writes ---------------------------------------------------

REFUSALS = [
    (
        OSError(errno.EROFS, "Read-only file system"),
        "không ghi được out/ke-hoach.docx: ổ đĩa hoặc thư mục chỉ cho phép đọc; hãy chọn thư mục "
        "khác",
        "cannot write out/ke-hoach.docx: the disk or folder is read-only; choose another folder",
    ),
    (
        PermissionError(errno.EACCES, "Permission denied"),
        "không ghi được out/ke-hoach.docx: không có quyền ghi vào thư mục chứa tệp",
        "cannot write out/ke-hoach.docx: no permission to write there",
    ),
    (
        OSError(errno.ENOSPC, "No space left on device"),
        "không ghi được out/ke-hoach.docx: ổ đĩa đã đầy; hãy giải phóng bớt dung lượng hoặc chọn "
        "ổ đĩa khác",
        "cannot write out/ke-hoach.docx: the disk is full; free some space or choose another disk",
    ),
]


@pytest.mark.parametrize(("exc", "vi", "en"), REFUSALS, ids=["EROFS", "EACCES", "ENOSPC"])
@pytest.mark.parametrize("stage", ["create", "replace"])
def test_render_into_a_place_that_refuses_writes(
    cli: Cli,
    plan: Path,
    monkeypatch: pytest.MonkeyPatch,
    exc: OSError,
    vi: str,
    en: str,
    stage: str,
) -> None:
    folder = plan.parent / "out"
    folder.mkdir()
    (folder / "ke-hoach.docx").write_bytes(b"the officer's last copy")
    if stage == "create":
        # The temporary file cannot even be made: a read-only disk, a folder one may not write.
        real = tempfile.mkstemp

        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            if Path(kwargs.get("dir", "")).resolve() == folder.resolve():
                raise exc
            return real(*args, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    else:  # written, then the rename fails: the disk filled up, a share changed under us

        def replace(*_args: object) -> Path:
            raise exc

        monkeypatch.setattr(Path, "replace", replace)
    target = "out/ke-hoach.docx"
    assert _one_line(cli("--lang", "vi", "render", "plan.yaml", "-o", target)) == f"commplan: {vi}"
    assert _one_line(cli("--lang", "en", "render", "plan.yaml", "-o", target)) == f"commplan: {en}"
    assert [p.name for p in folder.iterdir()] == ["ke-hoach.docx"]  # no temporary file left
    assert (folder / "ke-hoach.docx").read_bytes() == b"the officer's last copy"


def test_render_into_a_path_through_a_file(cli: Cli, plan: Path) -> None:
    vi = _one_line(cli("--lang", "vi", "render", "plan.yaml", "-o", "plan.yaml/x.docx"))
    assert vi == (
        "commplan: không ghi được plan.yaml/x.docx: một phần của đường dẫn là tệp, không phải "
        "thư mục"
    )
    en = _one_line(cli("--lang", "en", "render", "plan.yaml", "-o", "plan.yaml/x.docx"))
    assert en == "commplan: cannot write plan.yaml/x.docx: part of its path is a file, not a folder"
    assert plan.is_file()


# templates ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("plan")
def test_template_check_of_a_missing_file(cli: Cli) -> None:
    vi = _one_line(cli("--lang", "vi", "template", "check", "mau.docx"))
    assert vi == "commplan: không đọc được mau.docx: tệp không tồn tại"
    en = _one_line(cli("--lang", "en", "template", "check", "mau.docx"))
    assert en == "commplan: cannot read mau.docx: the file does not exist"


def test_render_with_an_unreadable_template(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = plan.parent / "mau.docx"
    assert cli("template", "export", "ke-hoach", "-o", str(template)).exit_code == 0
    _refuse_open(monkeypatch, template, PermissionError(errno.EACCES, "Permission denied"))
    args = ("render", "plan.yaml", "--template", "mau.docx", "-o", "out.docx")
    vi = _one_line(cli("--lang", "vi", *args))
    assert vi == "commplan: không đọc được mẫu mau.docx: không có quyền đọc tệp"
    en = _one_line(cli("--lang", "en", *args))
    assert en == "commplan: cannot read template mau.docx: no permission to read it"
    assert not (plan.parent / "out.docx").exists()


# new ------------------------------------------------------------------------------------------


def test_new_into_a_folder_that_refuses_writes(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "moi.yaml"
    _refuse_open(monkeypatch, target, OSError(errno.EROFS, "Read-only file system"))
    args = ("new", "moi.yaml", "--kind", "tinh", "--year", "2024")
    vi = _one_line(cli("--lang", "vi", *args))
    assert vi == (
        "commplan: không ghi được moi.yaml: ổ đĩa hoặc thư mục chỉ cho phép đọc; hãy chọn thư "
        "mục khác"
    )
    assert not target.exists()


# LibreOffice ----------------------------------------------------------------------------------


def _soffice_fails(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    def run(*_args: object, **_kwargs: object) -> None:
        raise exc

    monkeypatch.setattr(pdf.subprocess, "run", run)


def test_pdf_when_libreoffice_cannot_be_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = tmp_path / "k.docx"
    _soffice_fails(monkeypatch, PermissionError(errno.EACCES, "Permission denied", "/opt/soffice"))
    choose_language("vi")
    with pytest.raises(OutputError) as caught:
        pdf.convert_to_pdf(docx, docx.with_suffix(".pdf"), "/opt/soffice")
    assert str(caught.value) == (
        f"LibreOffice không chuyển được {docx.as_posix()} sang PDF: "
        "/opt/soffice: không có quyền truy cập"
    )
    assert not docx.with_suffix(".pdf").exists()


def test_pdf_when_libreoffice_runs_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = tmp_path / "k.docx"
    _soffice_fails(monkeypatch, subprocess.TimeoutExpired(["/opt/soffice", "--headless"], 180))
    with pytest.raises(OutputError) as caught:
        pdf.convert_to_pdf(docx, docx.with_suffix(".pdf"), "/opt/soffice")
    message = str(caught.value)
    assert message.endswith("to PDF: it did not finish within 180 seconds")
    assert "--headless" not in message


# the words themselves -------------------------------------------------------------------------

KINDS = [
    FileNotFoundError(errno.ENOENT, "No such file or directory"),
    NotADirectoryError(errno.ENOTDIR, "Not a directory"),
    PermissionError(errno.EACCES, "Permission denied"),
    IsADirectoryError(errno.EISDIR, "Is a directory"),
    OSError(errno.ENAMETOOLONG, "File name too long"),
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EDQUOT, "Disk quota exceeded"),
    OSError(errno.EROFS, "Read-only file system"),
    OSError(errno.EIO, "Input/output error"),
    OSError("no number at all"),
]


@pytest.mark.parametrize("exc", KINDS, ids=lambda e: errno.errorcode.get(e.errno or 0, "none"))
@pytest.mark.parametrize("describe", [read_failure, write_failure, os_error_message])
def test_every_reason_has_vietnamese_words(
    exc: OSError, describe: Callable[[OSError], str]
) -> None:
    english = describe(exc)
    choose_language("vi")
    vietnamese = describe(exc)
    assert vietnamese != english
    assert not any(word.lower() in vietnamese.lower() for word in (exc.strerror or "x", "Errno"))


def test_an_unknown_error_is_named_by_its_symbol() -> None:
    exc = OSError(errno.ENXIO, "No such device or address", "/mnt/usb/k.yaml")
    assert read_failure(exc) == "the system could not read it (error ENXIO)"
    assert write_failure(exc) == "the system could not write it (error ENXIO)"
    assert os_error_message(exc) == "/mnt/usb/k.yaml: the system refused it (error ENXIO)"
    assert os_error_message(OSError("odd")) == "the system refused it"


def test_a_zip_that_points_past_its_end_is_said_in_words() -> None:
    # zipfile seeks to the offsets a header gives; a made-up one fails with EINVAL.
    assert zip_failure(OSError(errno.EINVAL, "Invalid argument")) == (
        "the system could not read it (error EINVAL)"
    )
    assert zip_failure(EOFError()).startswith("a compressed part is cut short; open it in Word")
