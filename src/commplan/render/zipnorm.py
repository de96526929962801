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
from collections.abc import Mapping
from typing import Final

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


def normalise_zip(
    data: bytes, epoch: int | None = None, *, replace: Mapping[str, bytes] | None = None
) -> bytes:
    """Rewrite a zip with sorted entries (content types first) and one fixed timestamp.

    Args:
        data: The zip (a .docx) as bytes.
        epoch: Seconds since 1970 for every entry; ``None`` reads ``SOURCE_DATE_EPOCH``.
        replace: Entries to add, or to write instead of the zip's own, by name (the plan
            ``render`` stores: one pass over the package instead of two more).

    Returns:
        The same entries and contents, deflated, in a stable order with stable metadata.
    """
    stamp = zip_time(source_date_epoch() if epoch is None else epoch)
    extra = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        names = sorted({*source.namelist(), *extra}, key=lambda n: (n != FIRST, n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            # Attributes otherwise depend on the platform that writes the file.
            info.create_system = 0
            info.external_attr = 0
            content = extra[name] if name in extra else source.read(name)
            target.writestr(info, content, compresslevel=6)
    return out.getvalue()
