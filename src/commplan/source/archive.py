"""Zip packages (.docx) read within a budget of inflated bytes, counted as they come.

A zip's headers say how large each member is, but a hostile file can say anything: a 1 MB
template may inflate to gigabytes. Members are inflated in chunks and the bytes are counted
while they come, so the budget holds whatever the headers claim.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from commplan.atomic import read_failure
from commplan.i18n import N_, _

MAX_INFLATED: Final = 256 * 1024 * 1024
"""A Word document with pictures is a few megabytes; a quarter of a gigabyte is not one."""
_CHUNK: Final = 1024 * 1024


ZIP_FAULTS: Final = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
"""What reading a damaged zip raises, besides ``OSError`` and ``ValueError`` (which other
readers raise for other reasons)."""


class ArchiveError(Exception):
    """The bytes are not a zip that can be read within the budget; ``str()`` says why."""


class TooLarge(ArchiveError):
    """The members inflate past the budget."""


def read_members(
    data: bytes | Path, wanted: Iterable[str] | None = None, limit: int = MAX_INFLATED
) -> dict[str, bytes]:
    """The inflated members of a zip, its bytes or its path (all, or those named in ``wanted``).

    Every member is inflated and counted first, keeping nothing, so that neither this reader
    nor any later one of the package holds more than the budget.

    Raises:
        TooLarge: the members inflate to more than ``limit`` bytes.
        ArchiveError: the bytes are not a readable zip.
    """
    keep = None if wanted is None else set(wanted)
    _inflate(data, set(), limit)
    if keep is not None and not keep:
        return {}  # only counting (audit's check): once is enough
    return _inflate(data, keep, limit)


def _inflate(data: bytes | Path, keep: set[str] | None, limit: int) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            for info in archive.infolist():
                kept = keep is None or info.filename in keep
                chunks: list[bytes] = []
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise TooLarge(str(limit // 2**20))
                        if kept:
                            chunks.append(chunk)
                if kept:
                    found[info.filename] = b"".join(chunks)
    except TooLarge:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise ArchiveError(zip_failure(exc)) from None
    except (ValueError, RuntimeError) as exc:  # encrypted members, bad offsets
        raise ArchiveError(zip_failure(exc)) from None
    return found


def zip_failure(exc: BaseException) -> str:
    """Why a zip could not be read, in the user's language, with what to do about it.

    The zip library's own words ("File is not a zip file", "Bad CRC-32 for file ...", zlib's
    "Error -3 while decompressing data") are English and name no remedy; each kind of damage
    gets a sentence of its own. A header that points past the end makes the seek fail with the
    C library's English ("[Errno 22] Invalid argument"); a failing disk does the same.
    """
    if isinstance(exc, OSError):
        return read_failure(exc)
    if isinstance(exc, ArchiveError):  # said already, by ``read_members``
        return str(exc)
    if isinstance(exc, zipfile.BadZipFile):
        return _bad_zip(str(exc))
    for kind, reason in _DAMAGE.items():
        if isinstance(exc, kind):
            return _(reason).format(fix=_(REPAIR))
    return str(exc) or type(exc).__name__


REPAIR: Final = N_(
    "open it in Word, which offers to repair it, and save it again, or get a fresh copy"
)
_CRC: Final = re.compile(r"^Bad CRC-32 for file '(?P<part>[^']*)'")
# Types, not texts: zlib, EOFError and the rest carry no part name worth showing.
_DAMAGE: Final[dict[type[BaseException], str]] = {
    zlib.error: N_("a compressed part is damaged and cannot be unpacked; {fix}"),
    EOFError: N_("a compressed part is cut short; {fix}"),
    NotImplementedError: N_(
        "a part is compressed in a way Word does not use; save the file again from Word as .docx"
    ),
    RuntimeError: N_("a part is encrypted; save the file again from Word without a password"),
    ValueError: N_("the zip directory of the file is damaged; {fix}"),
}


def _bad_zip(text: str) -> str:
    if text == "File is not a zip file":  # no zip directory at the end: the copy is cut short
        return _(
            "the end of the file is missing (copied or downloaded only in part); get a "
            "complete copy of the file"
        )
    crc = _CRC.match(text)
    if crc is not None:
        return _("the part {part} is damaged (its checksum does not match); {fix}").format(
            part=crc["part"], fix=_(REPAIR)
        )
    return _("the zip directory of the file is damaged; {fix}").format(fix=_(REPAIR))
