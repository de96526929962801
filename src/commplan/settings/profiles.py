"""Rule profiles: YAML data (shipped or the user's own) checked by a pydantic model.

A profile switches rules on, may raise or lower their severity, and sets the parameters that
a rule reads (deadlines, recipients). Parameters are data here, never constants in code.
"""

from __future__ import annotations

import difflib
from datetime import date
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import ErrorDetails

from commplan.errors import ConfigError
from commplan.i18n import _
from commplan.model.profile_ids import shipped_profile_ids
from commplan.model.pydantic_text import pydantic_message
from commplan.model.types import Day, Text
from commplan.source.datafile import parse_data, shipped_data, user_file
from commplan.source.inputs import read_file


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
    agencies: Text | None = None
    """The agency registry edition ``summary`` uses by default (e.g. ``vn-2022``)."""

    def window(self) -> dict[str, date]:
        """``applies_from``/``applies_to`` as PROF-001 reads them."""
        bounds = {"applies_from": self.applies.start, "applies_to": self.applies.end}
        return {k: v for k, v in bounds.items() if v is not None}


@cache
def shipped_profile(profile_id: str) -> Profile:
    """A profile that ships in the package, by id."""
    return _parse(*shipped_data("profiles", profile_id))


def load_profile(reference: str) -> Profile:
    """A profile by id (shipped) or by path (the user's own file).

    Raises:
        UsageError: the id is unknown and no such file exists.
        ConfigError: the file is not a valid profile (the message names the file and key).
    """
    if reference in shipped_profile_ids():
        return shipped_profile(reference)
    path = user_file(
        reference,
        shipped_profile_ids(),
        _("unknown profile '{ref}'; use one of {ids} or the path of a profile file"),
    )
    return _parse(read_file(path), path.as_posix())


def _parse(raw: bytes, name: str) -> Profile:
    invalid = _("{file}: invalid profile at '{key}': {message}")
    profile = parse_data(raw, name, Profile, invalid, _describe)
    _check_rules(profile, name)
    return profile


def _describe(error: ErrorDetails) -> str:
    if error["type"] == "extra_forbidden":
        return _unknown(str(error["loc"][-1]), _known_fields(error["loc"]))
    return pydantic_message(error)


def _known_fields(loc: tuple[int | str, ...]) -> list[str]:
    model: type[BaseModel] = Applies if loc[:1] == ("applies",) else Profile
    return [f.alias or n for n, f in model.model_fields.items()]


def _unknown(key: str, known: list[str]) -> str:
    """Unknown ``key`` with the nearest known key, so that a typo is not silently ignored."""
    close = difflib.get_close_matches(key, known, n=1)
    if close:
        return _("unknown key '{key}'; did you mean '{near}'?").format(key=key, near=close[0])
    return _("unknown key '{key}'; the keys are: {keys}").format(
        key=key, keys=", ".join(known) or "severity"
    )


def _check_rules(profile: Profile, name: str) -> None:
    """Every rule exists and every parameter is one its rule reads (``dealine`` is refused)."""
    from commplan.rules import RULES_BY_ID

    for rule_id, setting in profile.rules.items():
        rule = RULES_BY_ID.get(rule_id)
        if rule is None:
            raise ConfigError(
                _("{file}: invalid profile at 'rules.{key}': no such rule").format(
                    file=name, key=rule_id
                )
            )
        for param in setting.params:
            if param not in rule.params:
                raise ConfigError(
                    _("{file}: invalid profile at 'rules.{key}': {message}").format(
                        file=name,
                        key=f"{rule_id}.{param}",
                        message=_unknown(param, ["severity", *rule.params]),
                    )
                )
