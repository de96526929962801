"""The answers of ``commplan new``: from options, from defaults, or asked at a terminal.

Each answer is checked as soon as it is known. A bad option ends the job (exit 2, naming the
option); a bad answer typed at a prompt is asked again with the reason. Without a terminal the
command never waits for input: what it cannot default is an error naming the option to pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import typer

from commplan.errors import UsageError
from commplan.i18n import _
from commplan.model.profile_ids import shipped_profile_ids
from commplan.scaffold.assign import Assignment
from commplan.scaffold.build import DEFAULT_POLICY, policy_name
from commplan.scaffold.choices import (
    DEFAULT_KIND,
    KINDS,
    Kind,
    Refused,
    check_windows,
    known_profiles,
    parse_kind,
    parse_style,
    parse_year,
    split_profiles,
    suggested_profiles,
    window_miss,
    window_text,
)
from commplan.scaffold.context import Answers
from commplan.scaffold.issuer import Issuer, for_level
from commplan.scaffold.yamltext import read_back

T = TypeVar("T")
T_in = TypeVar("T_in")
POLICY_KEY = "policies.0.name"
"""A ``--set`` of this key also names the policy in the title and the introduction."""


@dataclass(frozen=True, slots=True)
class Given:
    """What the command line said, unchecked."""

    kind: str | None
    issuer: str | None
    year: str | None
    profiles: tuple[str, ...]
    changes: tuple[Assignment, ...]
    file_name: str
    style: str | None = None


def settle(given: Given, *, ask: bool, yes: bool) -> Answers:
    """Check the options, ask for the rest when ``ask``, default the rest otherwise.

    Raises:
        UsageError: a bad option, a missing ``--kind`` without ``ask`` or ``yes``, or profiles
            that do not apply in the year.
    """
    if ask:
        typer.echo(_("Answer each question, or press Enter to take the default in brackets."))
    kind = _kind(given.kind, ask=ask, yes=yes)
    style = _option("--style", given.style, lambda text: parse_style(kind, text))
    issuer = _issuer(given.issuer, kind, ask=ask)
    named = _option("--profile", given.profiles, known_profiles) if given.profiles else ()
    year = _year(given.year, named, ask=ask)
    profiles = _profiles(named, kind, year, ask=ask)
    policy = _policy(given, kind, ask=ask)
    return Answers(kind, issuer, year, profiles, given.file_name, policy, style)


def _kind(given: str | None, *, ask: bool, yes: bool) -> Kind:
    if given is not None:
        return _option("--kind", given, parse_kind)
    if ask:
        typer.echo(_("Kinds of plan:"))
        for kind in KINDS.values():
            typer.echo(f"  {kind.id:<12}{kind.label}")
        return _prompt(_("Kind"), DEFAULT_KIND, parse_kind)
    if yes:
        return KINDS[DEFAULT_KIND]
    raise UsageError(
        _(
            "--kind is needed when no one can answer questions: pass --kind {kinds},"
            " or --yes to take the default ({kind})"
        ).format(kinds=", ".join(KINDS), kind=DEFAULT_KIND)
    )


def _issuer(given: str | None, kind: Kind, *, ask: bool) -> Issuer:
    def check(text: str) -> Issuer:
        return for_level(kind.issuer_level, text)

    return _one("--issuer", given, kind.default_issuer, check, ask, _("Issuing agency"))


def _year(given: str | None, named: tuple[str, ...], *, ask: bool) -> int:
    def check(text: str) -> int:
        year = parse_year(text)
        if ask:  # at a prompt, a year no profile can serve is a wrong answer
            _check_some_profile(named, year)
        return year

    return _one("--year", given, str(date.today().year), check, ask, _("Year"))


def _check_some_profile(named: tuple[str, ...], year: int) -> None:
    if named:
        check_windows(named, year)
    elif not any(window_miss(p, year) is None for p in shipped_profile_ids()):
        raise Refused(_("no rule profile applies in {year}").format(year=year))


def _profiles(named: tuple[str, ...], kind: Kind, year: int, *, ask: bool) -> tuple[str, ...]:
    if named:
        return _in_year(named, year)
    default = ", ".join(suggested_profiles(kind, year))
    if not ask or not default:  # with nothing to offer, a prompt could only loop
        return _in_year(kind.default_profiles(year), year)
    typer.echo(_("Rule profiles:"))
    from commplan.settings.profiles import shipped_profile

    for profile_id in shipped_profile_ids():
        applies = shipped_profile(profile_id).applies
        typer.echo(f"  {profile_id:<15}{window_text(applies.start, applies.end)}")

    def check(text: str) -> tuple[str, ...]:
        return check_windows(known_profiles(split_profiles(text)), year)

    return _prompt(_("Profiles (separated by commas)"), default, check)


def _in_year(ids: tuple[str, ...], year: int) -> tuple[str, ...]:
    try:
        return check_windows(ids, year)
    except Refused as exc:
        raise UsageError(
            _(
                "--year {year}: {reason}; choose another --year or other profiles with --profile"
            ).format(year=year, reason=exc)
        ) from None


def _policy(given: Given, kind: Kind, *, ask: bool) -> str:
    if kind.id != "chinh-sach":
        return DEFAULT_POLICY
    named = [c for c in given.changes if c.key == POLICY_KEY]
    if named:
        return _option(f"--set {POLICY_KEY}", read_back(named[-1].raw), policy_name)
    if ask:
        return _prompt(_("Name of the draft policy"), DEFAULT_POLICY, policy_name)
    return DEFAULT_POLICY


def _one(
    option: str,
    given: str | None,
    default: str,
    check: Callable[[str], T],
    ask: bool,
    question: str,
) -> T:
    if given is not None:
        return _option(option, given, check)
    if ask:
        return _prompt(question, default, check)
    return _option(option, default, check)


def _option(option: str, value: T_in, check: Callable[[T_in], T]) -> T:
    try:
        return check(value)
    except Refused as exc:
        raise UsageError(f"{option}: {exc}") from None


def _prompt(question: str, default: str, check: Callable[[str], T]) -> T:
    while True:
        answer = typer.prompt(question, default=default)
        try:
            return check(answer)
        except Refused as exc:
            # Said here rather than by click, whose "Error:" prefix would stay in English.
            typer.echo(_("Not accepted: {reason}").format(reason=exc))
