"""pydantic validation errors to SCHEMA diagnostics at the right line and column.

Where a finding points follows RULES.md: a wrong value at its first character, an unknown key
at the key, a missing field at the key of the mapping that lacks it (the first key of a list
item; 1:1 for a missing top-level section).
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Iterator
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from commplan.i18n import _
from commplan.model.pydantic_text import pydantic_message
from commplan.model.types import ERROR_TYPE
from commplan.model.words import code_for, field_for
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.positions import Path, PositionIndex, Span

_QUOTED = re.compile(r"'([^']*)'")


def schema_diagnostics(
    error: ValidationError, *, root: type[BaseModel], index: PositionIndex, file: str
) -> list[Diagnostic]:
    """One SCHEMA diagnostic per pydantic error, located through ``index``."""
    found = [_diagnostic(e, root, index, file) for e in error.errors(include_url=False)]
    # `period: năm 2022` feeds one value to two fields; report its problem once.
    return list(dict.fromkeys(found))


def _diagnostic(
    error: ErrorDetails, root: type[BaseModel], index: PositionIndex, file: str
) -> Diagnostic:
    kind = error["type"]
    loc = tuple(error["loc"])
    if kind == "missing":
        parent = resolve(loc[:-1], index)
        written = (*parent, loc[-1])
        if written in index.keys:  # written with nothing after it
            span = index.key(written)
            message = _("the field '{field}' is empty").format(field=loc[-1])
            hint: str | None = _("write a value after '{field}:'").format(field=loc[-1])
        else:
            span = index.container(parent)
            message, hint = _missing(str(loc[-1]), parent)
    elif kind == "extra_forbidden":
        path = resolve(loc, index)
        span = index.key(path)
        message, hint = _unknown_key(path, root, index)
    else:
        path = resolve(loc, index)
        span = index.value(path)
        message, hint = _wrong_value(error)
    return _make(file, span, message, hint)


def _make(file: str, span: Span, message: str, hint: str | None) -> Diagnostic:
    return Diagnostic.at(
        span, file=file, rule="SCHEMA", severity=Severity.ERROR, message=message, hint=hint
    )


def resolve(loc: tuple[Any, ...], index: PositionIndex) -> Path:
    """The data path of a pydantic ``loc``: wrapper segments and unwritten fields dropped."""
    path: Path = ()
    for item in loc:
        candidate = (*path, item)
        if index.known(candidate):
            path = candidate
    return path


def _missing(field: str, parent: Path) -> tuple[str, str | None]:
    where = _describe_path(parent)
    message = _("missing required field '{field}'").format(field=field)
    if where:
        message += " " + _("in {where}").format(where=where)
    return message, _("add '{field}: …'").format(field=field)


def _describe_path(path: Path) -> str:
    parts = [f"{p}" if isinstance(p, str) else f"[{p + 1}]" for p in path]
    return "".join(f".{p}" if not p.startswith("[") else p for p in parts).lstrip(".")


def _unknown_key(path: Path, root: type[BaseModel], index: PositionIndex) -> tuple[str, str | None]:
    key = str(path[-1]) if path else "?"
    message = _("unknown field '{key}'").format(key=key)
    parent = path[:-1]
    if parent in index.flow and path in index.empty_values:
        return message, _(
            "a comma inside {...} ends the text before it: put the text in quotes, "
            'for example name: "Doanh nghiệp, hộ kinh doanh"'
        )
    allowed = fields_at(root, parent)
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return message, _("did you mean '{field}'?").format(field=close[0])
    meant = field_for(key, allowed)
    if meant:
        return message, _("did you mean '{field}'? Field names are written in English").format(
            field=meant
        )
    if allowed:
        return message, _("the fields here are: {fields}").format(fields=", ".join(allowed))
    return message, None


def _wrong_value(error: ErrorDetails) -> tuple[str, str | None]:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == ERROR_TYPE:
        return str(ctx["message"]), ctx.get("hint")
    if kind == "literal_error":
        return _unknown_code(error["input"], _QUOTED.findall(str(ctx.get("expected", ""))))
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return _("expected a mapping of 'key: value' lines, found {found}").format(
            found=_found(error["input"])
        ), _("indent the fields under this key")
    if kind == "list_type":
        return _("expected a list, found {found}").format(found=_found(error["input"])), _(
            "write each item on its own line starting with '- ', or as [a, b]"
        )
    return pydantic_message(error), None


def _unknown_code(value: Any, valid: list[str]) -> tuple[str, str | None]:
    if valid == ["1"] or not valid:
        return _("unsupported value {found}").format(found=_found(value)), _("write 1")
    message = _("unknown code {found}; valid codes: {codes}").format(
        found=_found(value), codes=", ".join(valid)
    )
    meant = code_for(str(value), valid)
    if meant:
        return message, _("did you mean '{code}'? Write the code, not its label").format(code=meant)
    close = difflib.get_close_matches(str(value), valid, n=1, cutoff=0.6)
    hint = _("did you mean '{code}'?").format(code=close[0]) if close else None
    return message, hint


def _found(value: Any) -> str:
    if value is None:
        return _("nothing")
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    return f"'{getattr(value, 'source', value)}'"


def fields_at(root: type[BaseModel], path: Path) -> list[str]:
    """Field names of the model that describes the mapping at ``path``, if any."""
    model: Any = root
    for item in path:
        if isinstance(item, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        field = model.model_fields.get(item)
        if field is None:
            return []
        model = _inner_model(field.annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    """The model inside ``list[X]``, ``X | None`` or ``Annotated[X, ...]``."""
    for candidate in _unwrap(annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _unwrap(annotation: Any) -> Iterator[Any]:
    origin = get_origin(annotation)
    if origin in (list, Union, types.UnionType, typing.Annotated):
        for arg in get_args(annotation):
            yield from _unwrap(arg)
    else:
        yield annotation
