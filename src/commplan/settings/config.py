"""Configuration files: ``commplan.toml``, ``.commplan.toml`` or ``[tool.commplan]``.

Looked for from each checked file's folder upwards; the first found wins. ``--config FILE``
replaces the search. Unknown keys and bad values are errors naming the file and the key.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, Final

from commplan.errors import ConfigError
from commplan.i18n import N_, _
from commplan.source.decoding import DecodeProblem, decode_utf8
from commplan.source.diagnostics import Severity
from commplan.source.inputs import read_file

CONFIG_NAMES = ("commplan.toml", ".commplan.toml", "pyproject.toml")
KEYS = ("select", "ignore", "fail-level", "profiles", "severity", "per-file-ignores")


@dataclass(frozen=True, slots=True)
class Config:
    """The settings of one configuration file (empty when none is found)."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: Severity | None = None
    profiles: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def ignored_for(self, file: Path | None) -> tuple[str, ...]:
        """Rule ids and prefixes that ``per-file-ignores`` turns off for ``file``."""
        if file is None or self.path is None:
            return ()
        try:
            relative = file.resolve().relative_to(self.path.parent.resolve()).as_posix()
        except ValueError:
            relative = file.as_posix()
        found: list[str] = []
        for pattern, ids in self.per_file_ignores.items():
            if fnmatch.fnmatch(relative, pattern) or PurePosixPath(relative).match(pattern):
                found.extend(ids)
        return tuple(found)


def find_config(start: Path) -> Config:
    """The configuration that applies to files in the folder ``start``."""
    return _find_cached(start.resolve())


@cache
def _find_cached(folder: Path) -> Config:
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                config = _read(candidate, required_table=name == "pyproject.toml")
                if config is not None:
                    return config
    return Config()


def load_config(path: Path) -> Config:
    """The configuration in ``path`` (``--config``).

    Raises:
        ConfigError: the file is missing, not TOML, or holds unknown keys or bad values.
    """
    if not path.is_file():
        raise ConfigError(_("{path}: no such configuration file").format(path=path.as_posix()))
    config = _read(path, required_table=False)
    return config if config is not None else Config(path=path)


def _read(path: Path, *, required_table: bool) -> Config | None:
    text = decode_utf8(read_file(path))
    if isinstance(text, DecodeProblem):
        raise ConfigError(
            _("{file}: {problem}, at line {line}, column {column}; {hint}").format(
                file=path.as_posix(),
                problem=text.message,
                line=text.line,
                column=text.column,
                hint=text.hint,
            )
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_not_toml(path, exc)) from None
    except RecursionError:  # tomllib nests one call per array: [[[[...]]]] five thousand deep
        raise ConfigError(
            _("{file}: the configuration is nested too deeply; a commplan table is flat").format(
                file=path.as_posix()
            )
        ) from None
    table: Any = data.get("tool", {}).get("commplan") if path.name == "pyproject.toml" else data
    if table is None:
        return None if required_table else Config(path=path)
    return _parse(table, path)


_TOML_SPOT: Final = re.compile(
    r"^(?P<msg>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$", re.S
)
_TOML_HINT: Final = N_(
    'write one key = value per line, with text in double quotes: ignore = ["REF-002"]'
)
# tomllib's English (the start of its message) in general words, with the fix when it is not
# the general one; anything else is a line that is not a statement at all.
_TOML_FAULTS: Final = (
    (
        ("Cannot declare", "Cannot overwrite", "Cannot redefine", "Cannot mutate", "Duplicate"),
        N_("a key or table is given twice"),
        N_("keep one of them"),
    ),
    (("Unterminated string",), N_("a text in quotes is not closed"), _TOML_HINT),
    (("Unclosed array",), N_("a list is not closed with ]"), _TOML_HINT),
    (("Unclosed inline table",), N_("a table in { } is not closed with }"), _TOML_HINT),
    (("Expected '=' after a key",), N_("a key has no = and value after it"), _TOML_HINT),
    (
        ("Invalid value",),
        N_("a value is not valid"),
        N_('text goes in double quotes: ignore = ["REF-002"]'),
    ),
    (("Expected ']",), N_("a [table] name is not closed with ]"), _TOML_HINT),
    (
        ("Unescaped '\\'", "Invalid hex value", "Escaped character"),
        N_("a backslash in a text starts no valid escape"),
        N_("write \\\\ for a backslash, or put the text in single quotes"),
    ),
    (
        ("Illegal character", "Found invalid character"),
        N_("a character is not allowed here"),
        _TOML_HINT,
    ),
)


def _not_toml(path: Path, exc: tomllib.TOMLDecodeError) -> str:
    """Where the TOML is wrong, in general words and in the user's language."""
    line, column, english = _toml_spot(exc)
    where = (
        _("at the end of the file")
        if line is None
        else _("at line {line}, column {column}").format(line=line, column=column)
    )
    what, hint = next(
        ((what, hint) for starts, what, hint in _TOML_FAULTS if english.startswith(starts)),
        (N_("the line is not a key = value pair, a [table] or a # comment"), _TOML_HINT),
    )
    return _("{file}: the configuration file is not valid TOML {where}: {what}; {hint}").format(
        file=path.as_posix(), where=where, what=_(what), hint=_(hint)
    )


def _toml_spot(exc: tomllib.TOMLDecodeError) -> tuple[int | None, int | None, str]:
    """(line, column, tomllib's message without its position); no line means the end."""
    lineno, colno, msg, pos, doc = (
        getattr(exc, name, None) for name in ("lineno", "colno", "msg", "pos", "doc")
    )
    if isinstance(msg, str) and isinstance(pos, int) and isinstance(doc, str):  # Python >= 3.14
        at_end = pos >= len(doc)
        return (None, None, msg) if at_end else (lineno, colno, msg)
    found = _TOML_SPOT.match(str(exc))  # Python 3.11-3.13: "... (at line 3, column 5)"
    if found is None:
        return None, None, str(exc)
    if found["line"] is None:
        return None, None, found["msg"]
    return int(found["line"]), int(found["column"]), found["msg"]


def _parse(table: dict[str, Any], path: Path) -> Config:
    for key in table:
        if key not in KEYS:
            _bad(path, key, _("unknown key; the keys are {keys}").format(keys=", ".join(KEYS)))
    return Config(
        path=path,
        select=_ids(table, "select", path),
        ignore=_ids(table, "ignore", path),
        fail_level=_severity(table.get("fail-level"), path, "fail-level"),
        profiles=_strings(table, "profiles", path),
        severity=_severities(table.get("severity", {}), path),
        per_file_ignores=_per_file(table.get("per-file-ignores", {}), path),
    )


def _bad(path: Path, key: str, why: str) -> None:
    raise ConfigError(
        _("{file}: invalid configuration at '{key}': {why}").format(
            file=path.as_posix(), key=key, why=why
        )
    )


def _strings(table: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _bad(path, key, _("expected a list of strings"))
    return tuple(value)


def _ids(table: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    ids = _strings(table, key, path)
    for rule_id in ids:
        check_rule_ref(rule_id, lambda why, k=key: _bad(path, k, why))
    return ids


def check_rule_ref(ref: str, fail: Any) -> None:
    """Call ``fail(reason)`` unless ``ref`` is a rule id or a family prefix (``ORG``)."""
    from commplan.rules import ALL_RULES

    if not any(ref in (rule.id, rule.family) for rule in ALL_RULES):
        fail(_("'{ref}' is not a rule id or family").format(ref=ref))


def _severity(value: Any, path: Path, key: str) -> Severity | None:
    if value is None:
        return None
    if value not in ("error", "warning"):
        _bad(path, key, _('use "error" or "warning"'))
    return Severity(value)


def _severities(value: Any, path: Path) -> dict[str, Severity]:
    if not isinstance(value, dict):
        _bad(path, "severity", _('expected a table of rule = "error"|"warning"'))
    found: dict[str, Severity] = {}
    for rule_id, level in value.items():
        check_rule_ref(rule_id, lambda why, k=rule_id: _bad(path, f"severity.{k}", why))
        level_value = _severity(level, path, f"severity.{rule_id}")
        assert level_value is not None
        found[rule_id] = level_value
    return found


def _per_file(value: Any, path: Path) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        _bad(path, "per-file-ignores", _('expected a table of "glob" = [rule ids]'))
    return {glob: _ids(value, glob, path) for glob in value}
