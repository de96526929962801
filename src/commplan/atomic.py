"""Writing output files so that a failure never leaves a broken or half-written file.

An output that is a symbolic link is written through to the file it points to (the link
stays, as with ``>`` in a shell), and no output may be one of the command's own inputs: a
report written over the plan it checks would destroy the plan.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from commplan.errors import OutputError
from commplan.i18n import _

_TMP_NAME_BYTES: Final = 40
"""How much of the output's name the temporary file keeps: a name of 255 bytes is legal, the
same name with a prefix and a suffix is not."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    Raises:
        OutputError: the folder does not exist or cannot be written, or the name is too long.
    """
    shown = path.as_posix()
    path = _through_links(path)
    folder = path.parent
    if _is_dir(path):
        raise OutputError(_("{path} is a folder; give a file name").format(path=shown))
    stem = path.name.encode("utf-8", "surrogateescape")[:_TMP_NAME_BYTES]
    prefix = "." + stem.decode("utf-8", "ignore") + "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise OutputError(
            _("cannot write {path}: the folder {folder} does not exist").format(
                path=shown, folder=folder.as_posix()
            )
        ) from None
    except OSError as exc:
        raise _cannot_write(shown, exc) from None
    try:
        with os.fdopen(fd, "wb") as fp:
            fp.write(data)
        _keep_mode(path, Path(tmp))
        Path(tmp).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise _cannot_write(shown, exc) from None


def refuse_overwrite(output: Path, inputs: Iterable[Path | None]) -> None:
    """Stop before ``output`` replaces one of ``inputs`` (the same file once links resolve).

    Raises:
        OutputError: ``output`` is one of ``inputs``.
    """
    for source in inputs:
        if source is not None and same_file(output, source):
            raise OutputError(
                _(
                    "{output} is also an input of this command ({input}); writing it would "
                    "destroy the input: choose another output file"
                ).format(output=output.as_posix(), input=source.as_posix())
            )


def same_file(one: Path, other: Path) -> bool:
    """True when both paths name one file: the same path once links resolve, or a hard link."""
    try:
        if one.resolve() == other.resolve():
            return True
        return one.exists() and other.exists() and one.samefile(other)
    except (OSError, RuntimeError):  # a name too long, a link loop: not the same file
        return False


def _through_links(path: Path) -> Path:
    # Replacing a link with a file would cut the link an officer set up: write its target.
    try:
        return path.resolve() if path.is_symlink() else path
    except (OSError, RuntimeError):
        return path


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long: mkstemp says so below
        return False


def _cannot_write(shown: str, exc: OSError) -> OutputError:
    if exc.errno == errno.ENAMETOOLONG:
        return OutputError(
            _(
                "cannot write {path}: the file name is too long (most systems allow 255 bytes, "
                "about 90 Vietnamese letters); choose a shorter name"
            ).format(path=shown)
        )
    return OutputError(
        _("cannot write {path}: {reason}").format(path=shown, reason=exc.strerror or exc)
    )


def os_error_message(exc: OSError) -> str:
    """One line for people about a file-system error no check caught."""
    shown = str(exc.filename) if exc.filename is not None else ""
    if exc.errno == errno.ENAMETOOLONG:
        return _(
            "{path}: the file name is too long (most systems allow 255 bytes, about 90 "
            "Vietnamese letters); choose a shorter name"
        ).format(path=shown)
    return _("{path}: {reason}").format(path=shown, reason=exc.strerror or exc)


def read_failure(exc: OSError) -> str:
    """Why a file could not be read, in the user's language.

    ``exc.strerror`` is the C library's English ("[Errno 2] No such file or directory"), which
    does not belong in a Vietnamese sentence; the usual cases get words of their own.
    """
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return _("the file does not exist")
    if isinstance(exc, PermissionError):
        return _("no permission to read it")
    if isinstance(exc, IsADirectoryError):
        return _("it is a folder, not a file")
    code = errno.errorcode.get(exc.errno or 0)
    if code is None:
        return _("the system could not read it")
    return _("the system could not read it (error {code})").format(code=code)


def _keep_mode(path: Path, tmp: Path) -> None:
    # mkstemp creates 0600 files; an officer's shared folder expects the usual permissions.
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp.chmod(mode)
