"""What a library refuses is said in the user's language, never in the library's English.

A damaged .docx makes the zip reader say "File is not a zip file" or "Bad CRC-32 for file";
those words, and the remedy, are the program's own in Vietnamese or English. Each case is a
real damaged file run through the command line: the message, the exit code, no traceback.
"""

from __future__ import annotations

import re
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jinja2 import TemplateSyntaxError

from commplan.render.environment import make_environment
from commplan.render.jinja_errors import runtime_fault, syntax_fault
from commplan.settings.config import _toml_spot
from tests.audit.builder import build_plan
from tests.render.test_templates import edited

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


# commplan.toml --------------------------------------------------------------------------------

TOML_HINT_VI = (
    'mỗi dòng ghi một cặp khóa = giá trị, văn bản đặt trong dấu ngoặc kép: ignore = ["REF-002"]'
)
TOML_HINT_EN = 'write one key = value per line, with text in double quotes: ignore = ["REF-002"]'
BAD_TOML = {
    "a bare word": (
        'select = ["REF"]\nignore = [REF-002]\n',
        "tệp cấu hình không đúng cú pháp TOML ở dòng 2, cột 11: giá trị không hợp lệ; văn bản "
        'phải đặt trong dấu ngoặc kép: ignore = ["REF-002"]',
        "the configuration file is not valid TOML at line 2, column 11: a value is not valid; "
        'text goes in double quotes: ignore = ["REF-002"]',
    ),
    "no equals sign": (
        '# rules\nselect ["REF"]\n',
        "tệp cấu hình không đúng cú pháp TOML ở dòng 2, cột 8: khóa không có dấu = và giá trị "
        f"đi kèm; {TOML_HINT_VI}",
        "the configuration file is not valid TOML at line 2, column 8: a key has no = and "
        f"value after it; {TOML_HINT_EN}",
    ),
    "a list left open": (
        'select = ["REF"\n',
        "tệp cấu hình không đúng cú pháp TOML ở cuối tệp: danh sách chưa được đóng bằng dấu ]; "
        f"{TOML_HINT_VI}",
        "the configuration file is not valid TOML at the end of the file: a list is not closed "
        f"with ]; {TOML_HINT_EN}",
    ),
    "a key twice": (
        'select = ["REF"]\nselect = ["RPT"]\n',
        "tệp cấu hình không đúng cú pháp TOML ở dòng 2, cột 17: một khóa hoặc bảng được khai "
        "báo hai lần; chỉ giữ lại một lần khai báo",
        "the configuration file is not valid TOML at line 2, column 17: a key or table is "
        "given twice; keep one of them",
    ),
    "not a statement": (
        "= 1\n",
        "tệp cấu hình không đúng cú pháp TOML ở dòng 1, cột 1: dòng này không phải cặp khóa = "
        f"giá trị, [bảng] hay # chú thích; {TOML_HINT_VI}",
        "the configuration file is not valid TOML at line 1, column 1: the line is not a key = "
        f"value pair, a [table] or a # comment; {TOML_HINT_EN}",
    ),
}


def _config_error(cli: Cli, lang: str, plan: Path) -> str:
    result = cli("--lang", lang, "validate", str(plan))
    assert (result.exit_code, result.stdout) == (2, "")
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    prefix = f"commplan: {(plan.parent / 'commplan.toml').as_posix()}: "
    assert lines[0].startswith(prefix), lines[0]
    return lines[0].removeprefix(prefix)


@pytest.mark.parametrize(("toml", "vi", "en"), BAD_TOML.values(), ids=BAD_TOML.keys())
def test_a_configuration_that_is_not_toml(
    cli: Cli, plan: Path, toml: str, vi: str, en: str
) -> None:
    (plan.parent / "commplan.toml").write_text(toml, encoding="utf-8")
    assert _config_error(cli, "vi", plan) == vi
    assert _config_error(cli, "en", plan) == en


def test_a_configuration_that_is_not_utf8(cli: Cli, plan: Path) -> None:
    (plan.parent / "commplan.toml").write_bytes(b'select = ["REF"]\n# \xe1\xba\n')
    assert _config_error(cli, "vi", plan) == (
        "tệp không phải văn bản UTF-8 hợp lệ, ở dòng 2, cột 3; lưu tệp dưới dạng UTF-8 (trong "
        "Notepad: Save As, Encoding: UTF-8)"
    )
    assert _config_error(cli, "en", plan) == (
        "the file is not valid UTF-8 text, at line 2, column 3; save the file as UTF-8 (in "
        "Notepad: Save As, Encoding: UTF-8)"
    )
    assert "codec" not in _config_error(cli, "en", plan)


def test_python_3_14_gives_the_position_as_attributes() -> None:
    exc = tomllib.TOMLDecodeError("Invalid value (at line 9, column 9)")
    exc.msg, exc.doc, exc.pos, exc.lineno, exc.colno = "Invalid value", "a = b\n", 4, 1, 5
    assert _toml_spot(exc) == (1, 5, "Invalid value")
    exc.pos = 6
    assert _toml_spot(exc) == (None, None, "Invalid value")


# python-docx and lxml -------------------------------------------------------------------------


def _rewrite(docx: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(docx) as old:
        members = [(item, old.read(item)) for item in old.infolist()]
    with zipfile.ZipFile(docx, "w") as new:
        for item, data in members:
            new.writestr(item, change(data) if item.filename == part else data)


def _broken_styles(docx: Path) -> None:
    _rewrite(docx, "word/styles.xml", lambda data: data.replace(b"<w:style ", b"<w:style <", 1))


def _foreign_content_types(docx: Path) -> None:
    _rewrite(docx, "[Content_Types].xml", lambda _data: b'<?xml version="1.0"?><Types/>')


def _line_of(docx: Path, part: str, marker: bytes) -> tuple[int, int]:
    with zipfile.ZipFile(docx) as archive:
        data = archive.read(part)
    before = data[: data.index(marker)]
    return before.count(b"\n") + 1, len(before) - before.rfind(b"\n") + len(b"<w:style ")


BAD_PACKAGE = {
    "styles not well-formed": (
        _broken_styles,
        "thành phần word/styles.xml không phải XML hợp lệ (dòng {line}, cột {column}); "
        + REPAIR_VI,
        "the part word/styles.xml is not well-formed XML (line {line}, column {column}); "
        + REPAIR_EN,
    ),
    "a foreign [Content_Types].xml": (
        _foreign_content_types,
        "không phải văn bản Word: danh mục các thành phần ([Content_Types].xml) hoặc danh mục "
        "liên kết giữa chúng (một thành phần .rels) không đúng như Word ghi; " + REPAIR_VI,
        "not a Word document: its list of parts ([Content_Types].xml) or of their links (a "
        ".rels part) is not what Word writes; " + REPAIR_EN,
    ),
}


@pytest.mark.parametrize(("damage", "vi", "en"), BAD_PACKAGE.values(), ids=BAD_PACKAGE.keys())
def test_a_package_python_docx_cannot_open(
    cli: Cli, docx: Path, damage: Callable[[Path], None], vi: str, en: str
) -> None:
    line, column = _line_of(docx, "word/styles.xml", b"<w:style ")
    vi, en = vi.format(line=line, column=column), en.format(line=line, column=column)
    damage(docx)
    result = cli("--lang", "vi", "audit", str(docx), "--format", "concise")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines()[0].endswith(f"[X-FILE] {vi}")
    result = cli("--lang", "en", "audit", str(docx), "--format", "concise")
    assert result.stdout.splitlines()[0].endswith(f"[X-FILE] {en}")
    out = str(docx.with_suffix(".yaml"))
    result = cli("--lang", "vi", "import", str(docx), "-o", out)
    assert (result.exit_code, result.stderr) == (2, f"commplan: {docx}: {vi}\n")
    result = cli("--lang", "en", "import", str(docx), "-o", out)
    assert (result.exit_code, result.stderr) == (2, f"commplan: {docx}: {en}\n")
    assert "lxml" not in result.stderr and "<string>" not in result.stderr


def test_a_template_part_not_well_formed(cli: Cli, tmp_path: Path) -> None:
    template = tmp_path / "mine.docx"
    assert cli("template", "export", "ke-hoach", "-o", str(template)).exit_code == 0
    _rewrite(template, "word/document.xml", lambda data: data.replace(b"<w:body>", b"<w:body <"))
    result = cli("--lang", "vi", "template", "check", str(template))
    assert (result.exit_code, result.stdout) == (2, "")
    assert re.fullmatch(
        f"commplan: mẫu {re.escape(str(template))}: phần word/document.xml không phải XML hợp lệ "
        r"\(dòng 2, cột \d+\); hãy mở tệp bằng Word và lưu lại dưới dạng \.docx\n",
        result.stderr,
    ), result.stderr
    result = cli("--lang", "en", "template", "check", str(template))
    assert (result.exit_code, result.stdout) == (2, "")
    assert re.fullmatch(
        f"commplan: template {re.escape(str(template))}: the part word/document.xml is not "
        r"well-formed XML \(line 2, column \d+\); open the file in Word and save it again as "
        r"\.docx\n",
        result.stderr,
    ), result.stderr


# Jinja ----------------------------------------------------------------------------------------

JINJA = {
    "a misspelt end tag": (
        {"{%p endfor %}": "{%p endfo %}"},
        "lỗi cú pháp Jinja: Jinja không có thẻ 'endfo' (các thẻ cần có ở đây: endfor, else) "
        "(chi tiết: \"Encountered unknown tag 'endfo'\") trong đoạn «{%p endfo %}»",
        "Jinja syntax error: Jinja has no tag 'endfo' (the tags expected here: endfor, else) "
        "(detail: \"Encountered unknown tag 'endfo'\") in paragraph «{%p endfo %}»",
    ),
    "an end tag left out": (
        {"{%p endfor %}": ""},
        "lỗi cú pháp Jinja: khối 'for' chưa được đóng (thiếu thẻ endfor) (chi tiết: "
        "\"Encountered unknown tag 'endif'\") trong đoạn «{%p endif %}»",
        "Jinja syntax error: the 'for' block is not closed (its endfor tag is missing) (detail: "
        "\"Encountered unknown tag 'endif'\") in paragraph «{%p endif %}»",
    ),
}


@pytest.mark.parametrize(("edits", "vi", "en"), JINJA.values(), ids=JINJA.keys())
def test_a_template_with_a_jinja_syntax_error(
    cli: Cli, plan: Path, edits: dict[str, str], vi: str, en: str
) -> None:
    template = plan.parent / "mine.docx"
    template.write_bytes(edited(edits))
    for lang, expected in (("vi", vi), ("en", en)):
        checked = cli("--lang", lang, "template", "check", str(template))
        assert checked.exit_code == 1, checked.stderr
        line = checked.stdout.splitlines()[0]
        assert re.fullmatch(rf"\S*mine\.docx:\d+: error \[TPL-SYNTAX\] {re.escape(expected)}", line)
        rendered = cli("--lang", lang, "render", str(plan), "--template", str(template))
        assert (rendered.exit_code, rendered.stdout) == (2, "")
        assert len(rendered.stderr.splitlines()) == 1, rendered.stderr
        assert expected in rendered.stderr and "Traceback" not in rendered.stderr
        assert "Jinja was looking" not in checked.stdout + rendered.stderr


def test_syntax_faults_said_in_words() -> None:
    env = make_environment()
    with pytest.raises(TemplateSyntaxError) as caught:
        env.parse("{% if x %}\n{{ x }")
    assert syntax_fault(caught.value) == (
        "a tag or an expression is not written as Jinja expects (detail: \"unexpected '}'\")"
    )
    with pytest.raises(TemplateSyntaxError) as caught:
        env.parse("{% for x in y %}\n{{ x }}")
    assert syntax_fault(caught.value) == (
        "the 'for' block is not closed (its endfor tag is missing) (detail: \"Unexpected end of "
        'template")'
    )
    assert caught.value.lineno == 2


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (ZeroDivisionError("integer division or modulo by zero"), "a division by zero"),
        (OverflowError("(34, 'Numerical result out of range')"), "a number too large to compute"),
        (IndexError("pop from empty list"), "an item taken from an empty or too short list"),
        (TypeError("unsupported operand\nmore"), 'detail: "unsupported operand"'),
    ],
)
def test_runtime_faults_said_in_words(exc: Exception, words: str) -> None:
    assert runtime_fault(exc) == words
