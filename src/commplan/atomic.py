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
from commplan.i18n import N_, _

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
    return OutputError(
        _("cannot write {path}: {reason}").format(path=shown, reason=write_failure(exc))
    )


def os_error_message(exc: OSError) -> str:
    """One line for people about a file-system error no check caught.

    It is not known whether the file was being read or written (or a program started), so
    the words fit all three.
    """
    reason = _failure(exc, _EITHER, N_("the system refused it"))
    if exc.filename is None:
        return reason
    return _("{path}: {reason}").format(path=exc.filename, reason=reason)


# ``exc.strerror`` is the C library's English ("No such file or directory"), which does not
# belong in a Vietnamese sentence: the usual causes get words of their own, looked up by the
# error number first (the same whatever was being done), then by the kind of error.
_BY_ERRNO: Final = {
    errno.ENAMETOOLONG: N_(
        "the file name is too long (most systems allow 255 bytes, about 90 Vietnamese "
        "letters); choose a shorter name"
    ),
    errno.ENOSPC: N_("the disk is full; free some space or choose another disk"),
    errno.EDQUOT: N_("the disk is full; free some space or choose another disk"),
    errno.EROFS: N_("the disk or folder is read-only; choose another folder"),
}
_READING: Final = {
    FileNotFoundError: N_("the file does not exist"),
    NotADirectoryError: N_("the file does not exist"),
    PermissionError: N_("no permission to read it"),
    IsADirectoryError: N_("it is a folder, not a file"),
}
_WRITING: Final = {
    FileNotFoundError: N_("its folder does not exist"),
    NotADirectoryError: N_("part of its path is a file, not a folder"),
    PermissionError: N_("no permission to write there"),
    IsADirectoryError: N_("a folder of that name is in the way"),
}
_EITHER: Final = {
    FileNotFoundError: N_("it does not exist"),
    NotADirectoryError: N_("part of its path is a file, not a folder"),
    PermissionError: N_("permission denied"),
    IsADirectoryError: N_("it is a folder, not a file"),
}


def read_failure(exc: OSError) -> str:
    """Why a file could not be read, in the user's language."""
    return _failure(exc, _READING, N_("the system could not read it"))


def write_failure(exc: OSError) -> str:
    """Why a file could not be written, in the user's language."""
    return _failure(exc, _WRITING, N_("the system could not write it"))


def _failure(exc: OSError, by_kind: dict[type[OSError], str], otherwise: str) -> str:
    known = _BY_ERRNO.get(exc.errno or 0)
    known = known or next((text for kind, text in by_kind.items() if isinstance(exc, kind)), None)
    if known is not None:
        return _(known)
    code = errno.errorcode.get(exc.errno or 0)
    if code is None:
        return _(otherwise)
    # The symbolic name (EIO, ENXIO) is what an IT officer can look up; the number is not.
    return _("{reason} (error {code})").format(reason=_(otherwise), code=code)


def _keep_mode(path: Path, tmp: Path) -> None:
    # mkstemp creates 0600 files; an officer's shared folder expects the usual permissions.
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp.chmod(mode)
