"""Which files a command reads: files, folders searched for plans, and ``-`` for stdin.

Folder discovery (:func:`discover`) must never drop a file that might be a plan: a CI run that
skips a broken plan goes green while the plan sits in the folder. So a ``.yaml``/``.yml`` file
is checked when it has ``schema_version`` at the top, and also when it cannot be decoded, is
empty, or has any of the kind's top-level keys (spelt loosely: ``schema-version``); only the
other YAML files are skipped, and the run says how many. ``keys`` is a parameter so that report
files and ``summary`` can reuse the same discovery with their own keys.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from commplan.atomic import read_failure
from commplan.errors import UsageError
from commplan.i18n import _
from commplan.source.decoding import MAX_FILE_BYTES, DecodeProblem, decode

PLAN_SUFFIXES = (".yaml", ".yml")
_PLAN_MARK = re.compile(r"^schema_version[ \t]*:", re.MULTILINE)
# A key at the very start of a line: the top level of a block mapping, quoted or not.
_TOP_KEY = re.compile(r"""^["']?([A-Za-z][\w \t-]*?)["']?[ \t]*:(?:[ \t]|$)""", re.MULTILINE)
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """A file to check: the name shown in diagnostics and its bytes."""

    name: str
    raw: bytes
    path: Path | None


@dataclass(slots=True)
class Inputs:
    """What the arguments name: files to read (None for stdin) and the YAML files skipped."""

    paths: list[Path | None] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def display_name(path: Path) -> str:
    """A path as shown to people: relative when under the working folder, always with '/'."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def gather(arguments: Iterable[str], keys: Collection[str]) -> Inputs:
    """Expand the arguments: ``-`` is stdin, a folder is searched (:func:`discover`).

    Raises:
        UsageError: a folder holds no file that might be one.
    """
    inputs = Inputs()
    for argument in arguments:
        if argument == "-":
            inputs.paths.append(None)
            continue
        path = Path(argument)
        if _is_dir(path):
            found, skipped = discover(path, keys)
            inputs.paths += found
            inputs.skipped += skipped
        else:
            inputs.paths.append(path)
    return inputs


def read_sources(inputs: Inputs) -> Iterator[Source]:
    """Read every file of ``inputs``, one at a time (a run over many plans stays small).

    Raises:
        UsageError: a path does not exist or cannot be read.
    """
    for path in inputs.paths:
        if path is None:
            yield Source("-", read_limited(sys.stdin.buffer), None)
        else:
            yield Source(display_name(path), read_file(path), path)


def read_limited(stream: BinaryIO) -> bytes:
    """At most ``MAX_FILE_BYTES + 1`` bytes, read in chunks: enough to tell "too large".

    A 1 GB file (or ``/dev/zero``) never gets into memory whole.
    """
    chunks: list[bytes] = []
    left = MAX_FILE_BYTES + 1
    while left > 0:
        chunk = stream.read(min(CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_file(path: Path) -> bytes:
    """The bytes of ``path`` (see :func:`read_limited`).

    Raises:
        UsageError: the file does not exist, is a folder, or cannot be read.
    """
    shown = path.as_posix()
    try:
        with path.open("rb") as fp:
            return read_limited(fp)
    except FileNotFoundError:
        raise UsageError(
            _("{path}: no such file; check the name and the folder").format(path=shown)
        ) from None
    except IsADirectoryError:
        raise UsageError(
            _("{path} is a folder; give a plan file (.yaml)").format(path=shown)
        ) from None
    except PermissionError:
        raise UsageError(
            _("{path}: permission denied; check that you may read the file").format(path=shown)
        ) from None
    except OSError as exc:
        raise UsageError(
            _("cannot read {path}: {reason}").format(path=shown, reason=read_failure(exc))
        ) from None


def discover(folder: Path, keys: Collection[str]) -> tuple[list[Path], list[Path]]:
    """The YAML files under ``folder`` that might be of the kind ``keys`` describes, and the rest.

    Hidden files and folders are left out. ``keys`` are the kind's top-level keys, including
    its mark (``schema_version``).

    Raises:
        UsageError: no file under ``folder`` might be one.
    """
    wanted = {_loose(k) for k in keys}
    found: list[Path] = []
    skipped: list[Path] = []
    for path in sorted(_yaml_files(folder)):
        (found if might_be(read_file(path), wanted) else skipped).append(path)
    if not found:
        raise UsageError(
            _("{folder}: no plan found (a .yaml file with 'schema_version' at the top)").format(
                folder=folder.as_posix()
            )
        )
    return found, skipped


def might_be(raw: bytes, loose_keys: Collection[str]) -> bool:
    """True unless the file is clearly some other YAML: decodable, not empty, no known key."""
    text = decode(raw)
    if isinstance(text, DecodeProblem) or not text.strip() or _PLAN_MARK.search(text):
        return True
    return any(_loose(key) in loose_keys for key in _TOP_KEY.findall(text))


def _loose(key: str) -> str:
    """A key as someone might misspell it: ``Schema-Version`` is ``schema_version``."""
    return re.sub(r"[\s-]+", "_", key.strip().lower())


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the file system: reading it says so
        return False


def _yaml_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith(PLAN_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name
