"""Bytes of a plan file to text: BOMs, UTF-16, and a clear answer for everything else."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from commplan.i18n import _

MAX_FILE_BYTES = 10 * 1024 * 1024
"""A 5,000-activity plan is about 2 MiB; anything much larger is not a plan someone wrote."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class DecodeProblem:
    """Why the bytes are not a text we can read, with a position (1-based) and the fix."""

    message: str
    hint: str
    line: int = 1
    column: int = 1


def decode(raw: bytes) -> str | DecodeProblem:
    """Decode a plan file.

    UTF-8 with or without a BOM and UTF-16/32 with a BOM are accepted; the BOM is dropped so
    that it is not counted in columns.
    """
    if len(raw) > MAX_FILE_BYTES:
        # Readers stop at the limit (plus one byte), so the real size is not known here.
        return DecodeProblem(
            _("the file is too large (over the limit of {limit} bytes)").format(
                limit=MAX_FILE_BYTES
            ),
            _("a plan is a text file of a few hundred kilobytes; check that it is the right file"),
        )
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode_with(raw[len(bom) :], encoding)
    if b"\x00" in raw:
        if (guess := _utf16_without_bom(raw)) is not None:
            return DecodeProblem(
                _("the file is {encoding} text without a byte-order mark").format(encoding=guess),
                _("save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"),
            )
        return DecodeProblem(
            _("the file is binary, not a YAML text file"),
            _("give the .yaml plan, not a Word, Excel or PDF file"),
        )
    return _decode_with(raw, "utf-8")


def decode_utf8(raw: bytes) -> str | DecodeProblem:
    """Decode UTF-8 text that is not a plan (a configuration file): no BOM, no size check."""
    return _decode_with(raw, "utf-8")


def _decode_with(raw: bytes, encoding: str) -> str | DecodeProblem:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _position_of_byte(raw, exc.start)
        message = _("the file is not valid {encoding} text").format(encoding=encoding.upper())
        if exc.reason == "unexpected end of data":
            message = _("the file ends in the middle of a character: it was cut off")
            return DecodeProblem(
                message, _("save the whole file again, or restore it from a copy"), line, column
            )
        hint = _("save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)")
        if _looks_like_cp1258(raw):
            message += " " + _("(it looks like Windows-1258, the Vietnamese Windows encoding)")
            hint = _(
                "convert it to UTF-8: in Notepad++ choose Encoding > Character sets > "
                "Vietnamese > Windows-1258, then Encoding > Convert to UTF-8 and save; "
                "or run iconv -f CP1258 -t UTF-8"
            )
        return DecodeProblem(message, hint, line, column)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16-LE/BE when the NUL bytes fall on every other byte, as in ASCII-heavy UTF-16."""
    half = len(raw) // 2
    if half < 2:
        return None
    if raw[1::2].count(0) > half * 0.6:
        return "UTF-16-LE"
    if raw[0::2].count(0) > half * 0.6:
        return "UTF-16-BE"
    return None


def _position_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    last_line = before[before.rfind(b"\n") + 1 :]
    return line, len(last_line.decode("utf-8", errors="replace")) + 1


def _looks_like_cp1258(raw: bytes) -> bool:
    """True when the bytes read as Vietnamese in Windows-1258 (tiếng Việt)."""
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        return False
    # Windows-1258 decodes almost any byte string; it is a good guess when the text holds its
    # Vietnamese letters (ă â đ ê ô ơ ư) or its combining tone marks, which Western text lacks.
    return any(ch in _CP1258_VIETNAMESE for ch in text)


_CP1258_VIETNAMESE = frozenset("ăĂđĐơƠưƯ\u0300\u0301\u0303\u0309\u0323")
