"""Rule profiles: YAML data (shipped or the user's own) checked by a pydantic model.

A profile switches rules on, may raise or lower their severity, and sets the parameters that
a rule reads (deadlines, recipients). Parameters are data here, never constants in code.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from commplan.errors import ConfigError, UsageError
from commplan.i18n import _
from commplan.model.profile_ids import shipped_profile_ids
from commplan.model.pydantic_text import pydantic_message
from commplan.model.types import Day, Text
from commplan.source.inputs import read_file
from commplan.source.loader import load_bytes


class Applies(BaseModel):
    """The window in which a profile applies; a missing bound is open."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    start: Day | None = Field(default=None, alias="from")
    end: Day | None = Field(default=None, alias="to")


class RuleSetting(BaseModel):
    """A rule switched on by a profile: its severity and any parameters it reads."""

    model_config = ConfigDict(extra="allow", frozen=True)

    severity: Literal["error", "warning"] | None = None

    @property
    def params(self) -> dict[str, Any]:
        """The parameters other than severity."""
        return dict(self.model_extra or {})


class Profile(BaseModel):
    """A profile file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Text
    title: Text
    instruments: list[Text] = []
    applies: Applies = Applies()
    rules: dict[str, RuleSetting] = {}

    def window(self) -> dict[str, date]:
        """``applies_from``/``applies_to`` as PROF-001 reads them."""
        bounds = {"applies_from": self.applies.start, "applies_to": self.applies.end}
        return {k: v for k, v in bounds.items() if v is not None}


@cache
def shipped_profile(profile_id: str) -> Profile:
    """A profile that ships in the package, by id."""
    resource = resources.files("commplan") / "data" / "profiles" / f"{profile_id}.yaml"
    return _parse(resource.read_bytes(), f"{profile_id}.yaml")


def load_profile(reference: str) -> Profile:
    """A profile by id (shipped) or by path (the user's own file).

    Raises:
        UsageError: the id is unknown and no such file exists.
        ConfigError: the file is not a valid profile (the message names the file and key).
    """
    if reference in shipped_profile_ids():
        return shipped_profile(reference)
    path = Path(reference)
    if not path.is_file():
        raise UsageError(
            _("unknown profile '{ref}'; use one of {ids} or the path of a profile file").format(
                ref=reference, ids=", ".join(shipped_profile_ids())
            )
        )
    return _parse(read_file(path), path.as_posix())


def _parse(raw: bytes, name: str) -> Profile:
    loaded = load_bytes(raw, name)
    problems = [d for d in loaded.diagnostics if d.severity == "error"]
    if problems:
        first = problems[0]
        raise ConfigError(f"{name}:{first.line}:{first.column}: {first.message}")
    try:
        profile = Profile.model_validate(loaded.data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"]) or "(top)"
        raise ConfigError(
            _("{file}: invalid profile at '{key}': {message}").format(
                file=name, key=key, message=pydantic_message(error)
            )
        ) from None
    _check_rule_ids(profile, name)
    return profile


def _check_rule_ids(profile: Profile, name: str) -> None:
    from commplan.rules import RULES_BY_ID

    for rule_id in profile.rules:
        if rule_id not in RULES_BY_ID:
            raise ConfigError(
                _("{file}: invalid profile at 'rules.{key}': no such rule").format(
                    file=name, key=rule_id
                )
            )
