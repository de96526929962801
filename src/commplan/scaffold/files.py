"""Writing the new plan (never over an existing file without ``--force``) and its schema."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from commplan.atomic import write_atomic, write_failure
from commplan.errors import OutputError, UsageError
from commplan.i18n import _
from commplan.source.inputs import PLAN_SUFFIXES, display_name

SCHEMA_NAME = "commplan.schema.json"
"""The name the plan's modeline points to, relative to the plan's folder."""


def check_target(path: Path, *, force: bool) -> None:
    """Refuse, before any question is asked, a path the plan could not be written to.

    Raises:
        UsageError: the name does not end in .yaml or .yml.
        OutputError: a folder, an existing file without ``force``, a missing or read-only
            folder.
    """
    shown = display_name(path)
    if path.is_dir():
        raise OutputError(
            _("{path} is a folder; give the plan's file name, e.g. {example}").format(
                path=shown, example=f"{shown.rstrip('/')}/ke-hoach.yaml"
            )
        )
    if path.suffix.lower() not in PLAN_SUFFIXES:
        raise UsageError(_("{path}: a plan's file name ends in .yaml or .yml").format(path=shown))
    if path.exists() and not force:
        raise OutputError(
            _("{path} already exists; pass --force to overwrite it").format(path=shown)
        )
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(
            _("cannot write {path}: the folder {folder} does not exist").format(
                path=shown, folder=display_name(folder)
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(
            _("cannot write {path}: the folder {folder} is not writable").format(
                path=shown, folder=display_name(folder)
            )
        )


def write_plan(path: Path, text: str, *, force: bool) -> None:
    """Write the plan: atomically over an existing file with ``force``, else only as a new file.

    Raises:
        OutputError: the file exists (without ``force``) or cannot be written; nothing is left
            behind.
    """
    data = text.encode("utf-8")
    if force:
        write_atomic(path, data)
    else:
        create_new(path, data)


def write_schema_beside(plan: Path, *, kind: str = "ke-hoach") -> Path | None:
    """Write the JSON Schema next to the plan unless a file of that name is there already.

    Returns:
        The schema's path when it was written, None when one was already there.

    Raises:
        OutputError: the schema cannot be written.
    """
    from commplan.model.jsonschema import SCHEMA_FILES, shipped_schema_text

    target = plan.parent / SCHEMA_FILES[kind]
    if target.exists():
        return None
    create_new(target, shipped_schema_text(kind).encode("utf-8"))
    return target


def create_new(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``; an existing file is never touched.

    Raises:
        OutputError: the file exists or cannot be written; a partial file is removed.
    """
    shown = display_name(path)
    try:
        fp = path.open("xb")
    except FileExistsError:
        raise OutputError(
            _("{path} already exists; pass --force to overwrite it").format(path=shown)
        ) from None
    except OSError as exc:
        raise OutputError(
            _("cannot write {path}: {reason}").format(path=shown, reason=write_failure(exc))
        ) from None
    try:
        with fp:
            fp.write(data)
    except OSError as exc:
        # Created by us a moment ago, so removing it cannot lose anyone's work.
        with contextlib.suppress(OSError):
            path.unlink()
        raise OutputError(
            _("cannot write {path}: {reason}").format(path=shown, reason=write_failure(exc))
        ) from None
