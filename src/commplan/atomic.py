"""Writing output files so that a failure never leaves a broken or half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from commplan.errors import OutputError
from commplan.i18n import _


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    Raises:
        OutputError: the folder does not exist or cannot be written.
    """
    folder = path.parent
    if path.is_dir():
        raise OutputError(_("{path} is a folder; give a file name").format(path=path.as_posix()))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise OutputError(
            _("cannot write {path}: the folder {folder} does not exist").format(
                path=path.as_posix(), folder=folder.as_posix()
            )
        ) from None
    except OSError as exc:
        raise OutputError(
            _("cannot write {path}: {reason}").format(path=path.as_posix(), reason=exc.strerror)
        ) from None
    try:
        with os.fdopen(fd, "wb") as fp:
            fp.write(data)
        _keep_mode(path, Path(tmp))
        Path(tmp).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise OutputError(
            _("cannot write {path}: {reason}").format(path=path.as_posix(), reason=exc.strerror)
        ) from None


def _keep_mode(path: Path, tmp: Path) -> None:
    # mkstemp creates 0600 files; an officer's shared folder expects the usual permissions.
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp.chmod(mode)
