"""What a library refuses is said in the user's language, never in the library's English.

A damaged .docx makes the zip reader say "File is not a zip file" or "Bad CRC-32 for file";
those words, and the remedy, are the program's own in Vietnamese or English. Each case is a
real damaged file run through the command line: the message, the exit code, no traceback.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.audit.builder import build_plan

Cli = Callable[..., Any]

ENGLISH_LIBRARY_WORDS = ("not a zip file", "Bad CRC", "Error -3", "decompressing", "Traceback")


@pytest.fixture
def docx(tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    build_plan().save(str(path))
    return path


def _cut_short(docx: Path) -> None:
    data = docx.read_bytes()
    docx.write_bytes(data[: len(data) // 2])  # the zip directory at the end is gone


def _damage_member(docx: Path, compress_type: int, damage: Callable[[bytes], bytes]) -> None:
    """Rewrite ``docx`` with word/document.xml's stored bytes passed through ``damage``."""
    with zipfile.ZipFile(docx) as old:
        members = [(item.filename, old.read(item)) for item in old.infolist()]
    with zipfile.ZipFile(docx, "w") as new:
        for name, data in members:
            new.writestr(name, data, compress_type=compress_type)
    raw = bytearray(docx.read_bytes())
    with zipfile.ZipFile(docx) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    end = start + info.compress_size
    raw[start:end] = damage(bytes(raw[start:end]))
    docx.write_bytes(bytes(raw))


def _bad_checksum(docx: Path) -> None:
    _damage_member(docx, zipfile.ZIP_STORED, lambda data: data.replace(b"<w:body>", b"<w:bodY>"))


def _bad_deflate(docx: Path) -> None:
    # A first byte of 0xff is a deflate block of the reserved type 3: zlib says "Error -3".
    _damage_member(docx, zipfile.ZIP_DEFLATED, lambda data: b"\xff" * len(data))


REPAIR_VI = (
    "hãy mở tệp bằng Word (Word sẽ đề nghị sửa tệp) rồi lưu lại, hoặc lấy một bản khác của tệp"
)
REPAIR_EN = "open it in Word, which offers to repair it, and save it again, or get a fresh copy"
DAMAGE = {
    "cut short": (
        _cut_short,
        "tệp bị thiếu phần cuối (có thể do sao chép hoặc tải về chưa hết); hãy lấy lại bản đầy "
        "đủ của tệp",
        "the end of the file is missing (copied or downloaded only in part); get a complete "
        "copy of the file",
    ),
    "bad checksum": (
        _bad_checksum,
        f"thành phần word/document.xml bị hỏng (mã kiểm tra không khớp); {REPAIR_VI}",
        f"the part word/document.xml is damaged (its checksum does not match); {REPAIR_EN}",
    ),
    "bad deflate": (
        _bad_deflate,
        f"một thành phần nén bị hỏng, không giải nén được; {REPAIR_VI}",
        f"a compressed part is damaged and cannot be unpacked; {REPAIR_EN}",
    ),
}


def _no_library_words(text: str) -> None:
    assert not any(word in text for word in ENGLISH_LIBRARY_WORDS), text


@pytest.mark.parametrize(("damage", "vi", "en"), DAMAGE.values(), ids=DAMAGE.keys())
def test_audit_a_damaged_zip(
    cli: Cli, docx: Path, damage: Callable[[Path], None], vi: str, en: str
) -> None:
    damage(docx)
    result = cli("--lang", "vi", "audit", str(docx), "--format", "concise")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines()[0].endswith(f"[X-FILE] gói zip bị hỏng: {vi}")
    _no_library_words(result.stdout + result.stderr)
    result = cli("--lang", "en", "audit", str(docx), "--format", "concise")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines()[0].endswith(f"[X-FILE] the zip package is corrupt: {en}")


@pytest.mark.parametrize(("damage", "vi", "en"), DAMAGE.values(), ids=DAMAGE.keys())
def test_import_a_damaged_zip(
    cli: Cli, docx: Path, damage: Callable[[Path], None], vi: str, en: str
) -> None:
    damage(docx)
    out = str(docx.with_suffix(".yaml"))
    result = cli("--lang", "vi", "import", str(docx), "-o", out)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"commplan: {docx}: gói zip bị hỏng: {vi}\n"
    result = cli("--lang", "en", "import", str(docx), "-o", out)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"commplan: {docx}: the zip package is corrupt: {en}\n"
    assert not Path(out).exists()
