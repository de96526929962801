"""Data files named by a shipped id or by a path: YAML checked by a pydantic model.

Rule profiles (``settings``) and agency lists (``summary``) are both named on the command line
by the id of a file in ``commplan/data/<folder>`` or by the path of the user's own file, and
both report a problem the same way: ``file:line:col`` for YAML, the dotted key for the model.
Each keeps its own words, so the messages are the caller's; this module holds the way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from commplan.errors import ConfigError, UsageError
from commplan.source.loader import load_bytes

M = TypeVar("M", bound=BaseModel)


def shipped_data(folder: str, data_id: str) -> tuple[bytes, str]:
    """The bytes of ``commplan/data/<folder>/<data_id>.yaml`` and the name shown for it."""
    name = f"{data_id}.yaml"
    return (resources.files("commplan") / "data" / folder / name).read_bytes(), name


def user_file(reference: str, ids: Sequence[str], unknown: str) -> Path:
    """The user's own file that ``reference`` names, when it is none of the shipped ``ids``.

    Raises:
        UsageError: no such file; the message is ``unknown`` with ``{ref}`` and ``{ids}``
            filled in, so that it says what to use instead.
    """
    path = Path(reference)
    if not path.is_file():
        raise UsageError(unknown.format(ref=reference, ids=", ".join(ids)))
    return path


def _pydantic_words(error: ErrorDetails) -> str:
    return error["msg"]


def parse_data(
    raw: bytes,
    name: str,
    model: type[M],
    invalid: str,
    describe: Callable[[ErrorDetails], str] = _pydantic_words,
) -> M:
    """``raw`` (the file shown as ``name``) read as YAML and checked by ``model``.

    Raises:
        ConfigError: the first YAML error as ``name:line:col: message``; or the first model
            error as ``invalid`` with ``{file}``, ``{key}`` (dotted, ``(top)`` for the whole
            file) and ``{message}`` (``describe(error)``, pydantic's words by default).
    """
    loaded = load_bytes(raw, name)
    problems = [d for d in loaded.diagnostics if d.severity == "error"]
    if problems:
        first = problems[0]
        raise ConfigError(f"{name}:{first.line}:{first.column}: {first.message}")
    try:
        return model.model_validate(loaded.data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"]) or "(top)"
        message = describe(error)
        raise ConfigError(invalid.format(file=name, key=key, message=message)) from None
