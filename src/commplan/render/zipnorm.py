"""Byte-stable .docx files: fixed zip timestamps, a fixed entry order, fixed attributes.

Two renders of the same plan with the same template must give the same bytes (ARCHITECTURE.md),
so that a plan repository can commit its documents and review real changes only. A zip stores
a modification time per entry; it is set from ``SOURCE_DATE_EPOCH`` when that is set (the
reproducible-builds convention) and to a fixed date otherwise.
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from collections.abc import Callable, Mapping
from typing import IO, Final, TypeAlias

DEFAULT_EPOCH: Final = 315532800
"""1980-01-01 00:00:00 UTC, the earliest time a zip entry can hold."""
FIRST: Final = "[Content_Types].xml"


def source_date_epoch() -> int:
    """``SOURCE_DATE_EPOCH`` when it holds a whole number of seconds, else the fixed default."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else DEFAULT_EPOCH


def zip_time(epoch: int) -> tuple[int, int, int, int, int, int]:
    """The zip date-time tuple of an epoch, clamped to 1980-2107 (what a zip can hold)."""
    moment = time.gmtime(max(epoch, DEFAULT_EPOCH))
    year = min(moment.tm_year, 2107)
    return (year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_min, moment.tm_sec)


Member: TypeAlias = bytes | Callable[[IO[bytes]], None]
"""A zip entry's content: its bytes, or a function that writes them into the entry."""


def normalise_zip(data: bytes, epoch: int | None = None) -> bytes:
    """Rewrite a zip with sorted entries (content types first) and one fixed timestamp.

    Args:
        data: The zip (a .docx) as bytes.
        epoch: Seconds since 1970 for every entry; ``None`` reads ``SOURCE_DATE_EPOCH``.

    Returns:
        The same entries and contents, deflated, in a stable order with stable metadata.
    """
    stamp = zip_time(source_date_epoch() if epoch is None else epoch)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in sorted(source.namelist(), key=_order):
            _write(target, name, source.read(name), stamp)
    return out.getvalue()


def write_stable(members: Mapping[str, Member], epoch: int | None = None) -> bytes:
    """A zip of ``members`` in the order and with the metadata of :func:`normalise_zip`."""
    stamp = zip_time(source_date_epoch() if epoch is None else epoch)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in sorted(members, key=_order):
            _write(target, name, members[name], stamp)
    return out.getvalue()


def _order(name: str) -> tuple[bool, str]:
    return name != FIRST, name


def _write(
    target: zipfile.ZipFile, name: str, content: Member, stamp: tuple[int, int, int, int, int, int]
) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    # Attributes otherwise depend on the platform that writes the file.
    info.create_system = 0
    info.external_attr = 0
    if isinstance(content, bytes):
        target.writestr(info, content, compresslevel=6)
        return
    # writestr goes through this same open(); level 6 is zlib's default.
    with target.open(info, "w") as stream:
        content(stream)
