"""Zip packages (.docx) read within a budget of inflated bytes, counted as they come.

A zip's headers say how large each member is, but a hostile file can say anything: a 1 MB
template may inflate to gigabytes. Members are inflated in chunks and the bytes are counted
while they come, so the budget holds whatever the headers claim.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from commplan.atomic import read_failure

MAX_INFLATED: Final = 256 * 1024 * 1024
"""A Word document with pictures is a few megabytes; a quarter of a gigabyte is not one."""
_CHUNK: Final = 1024 * 1024


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


def zip_failure(exc: Exception) -> str:
    """Why a zip could not be read: the zip library's words, or the system's in the user's language.

    A header that points past the end makes the seek fail with the C library's English
    ("[Errno 22] Invalid argument"); a failing disk does the same.
    """
    if isinstance(exc, OSError):
        return read_failure(exc)
    return str(exc) or type(exc).__name__
