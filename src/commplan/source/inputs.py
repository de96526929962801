"""Which files a command reads: files, folders walked for plans, and ``-`` for stdin."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from commplan.errors import UsageError
from commplan.i18n import _
from commplan.source.decoding import DecodeProblem, decode

PLAN_SUFFIXES = (".yaml", ".yml")
_PLAN_MARK = re.compile(r"^schema_version[ \t]*:", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Source:
    """A file to check: the name shown in diagnostics and its bytes."""

    name: str
    raw: bytes
    path: Path | None


def display_name(path: Path) -> str:
    """A path as shown to people: relative when under the working folder, always with '/'."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_sources(arguments: Iterable[str]) -> Iterator[Source]:
    """Read every file named by the arguments.

    Raises:
        UsageError: a path does not exist or cannot be read, or a folder holds no plan.
    """
    for argument in arguments:
        if argument == "-":
            yield Source("-", sys.stdin.buffer.read(), None)
            continue
        path = Path(argument)
        if path.is_dir():
            yield from _plans_in(path)
        else:
            yield Source(display_name(path), read_file(path), path)


def read_file(path: Path) -> bytes:
    """The bytes of ``path``.

    Raises:
        UsageError: the file does not exist, is a folder, or cannot be read.
    """
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(
            _("{path}: no such file; check the name and the folder").format(path=path.as_posix())
        ) from None
    except IsADirectoryError:
        raise UsageError(
            _("{path} is a folder; give a plan file (.yaml)").format(path=path.as_posix())
        ) from None
    except PermissionError:
        raise UsageError(
            _("{path}: permission denied; check that you may read the file").format(
                path=path.as_posix()
            )
        ) from None
    except OSError as exc:
        raise UsageError(f"{path.as_posix()}: {exc.strerror}") from None


def _plans_in(folder: Path) -> Iterator[Source]:
    found = False
    for path in sorted(_yaml_files(folder)):
        raw = read_file(path)
        text = decode(raw)
        if isinstance(text, DecodeProblem) or not _PLAN_MARK.search(text):
            continue
        found = True
        yield Source(display_name(path), raw, path)
    if not found:
        raise UsageError(
            _("{folder}: no plan found (a .yaml file with 'schema_version' at the top)").format(
                folder=folder.as_posix()
            )
        )


def _yaml_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith(PLAN_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name
