"""Which rules run on a file, at which severity, with which profile parameters.

Active profiles are the plan's ``profiles`` plus ``--profile``; the configuration's profiles
apply only to plans that list none. Enabled rules: every always-on rule plus the union of the
rules the active profiles switch on. A rule takes the highest severity any active profile gives
it; a severity in the configuration beats the profiles. A rule with parameters runs once per
profile that sets them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from commplan.errors import UsageError
from commplan.model.plan import Plan
from commplan.model.profile_ids import shipped_profile_ids
from commplan.rules import ALL_RULES
from commplan.rules.base import Rule, RuleContext
from commplan.settings.config import Config, check_rule_ref, find_config, load_config
from commplan.settings.profiles import Profile, load_profile
from commplan.settings.suppressions import UNSUPPRESSIBLE
from commplan.source.diagnostics import Severity

RuleRun = tuple[Rule, Severity, RuleContext]
WINDOW_RULE = "PROF-001"
"""Runs once per active profile, with that profile's window as its parameters."""


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line adds to the configuration."""

    profiles: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config: Path | None = None
    fail_level: Severity | None = None


def _check_refs(refs: Iterable[str], option: str) -> None:
    def fail(why: str) -> None:
        raise UsageError(f"{option}: {why}")

    for ref in refs:
        check_rule_ref(ref, fail)


class Selector:
    """Settles the rules for each file from the options, its configuration and its plan."""

    def __init__(self, options: Options) -> None:
        _check_refs(options.select, "--select")
        _check_refs(options.ignore, "--ignore")
        self.options = options
        self.cli_profiles = tuple(load_profile(p) for p in options.profiles)
        self.fixed_config = load_config(options.config) if options.config else None

    def for_file(self, path: Path | None) -> FileSettings:
        """The settings of the file at ``path`` (None for stdin: the working folder's)."""
        config = self.fixed_config or find_config(path.parent if path else Path.cwd())
        return FileSettings(self, config, path)


@dataclass(slots=True)
class FileSettings:
    """The settings that apply to one file."""

    selector: Selector
    config: Config
    path: Path | None
    _ignored: tuple[str, ...] | None = field(default=None, init=False, repr=False)

    @property
    def fail_level(self) -> Severity:
        """``--fail-level``, else the configuration's, else error."""
        return self.selector.options.fail_level or self.config.fail_level or Severity.ERROR

    def enabled(self, rule_id: str) -> bool:
        """Whether findings of ``rule_id`` are reported (SYNTAX and SCHEMA always are)."""
        if rule_id in UNSUPPRESSIBLE:
            return True
        family = rule_id.split("-")[0]
        select = self.selector.options.select or self.config.select
        ignore = self._ignore()
        if select and rule_id not in select and family not in select:
            return False
        return rule_id not in ignore and family not in ignore

    def _ignore(self) -> tuple[str, ...]:
        # Worked out once per file: ``enabled`` is asked for every rule and every finding,
        # and per-file-ignores resolve the file's path against the configuration's folder.
        if self._ignored is None:
            self._ignored = (
                *self.config.ignore,
                *self.selector.options.ignore,
                *self.config.ignored_for(self.path),
            )
        return self._ignored

    def profiles(self, plan: Plan) -> list[Profile]:
        """The active profiles of ``plan``."""
        own = plan.profiles or [self._from_config(p) for p in self.config.profiles]
        found = [load_profile(p) for p in own] + list(self.selector.cli_profiles)
        return list({p.id: p for p in found}.values())

    def _from_config(self, reference: str) -> str:
        # A profile file named in a configuration file is relative to that file's folder.
        if reference in shipped_profile_ids() or self.config.path is None:
            return reference
        return str(self.config.path.parent / reference)

    def rules(self, plan: Plan) -> list[RuleRun]:
        """Every (rule, severity, context) to run on ``plan``."""
        profiles = self.profiles(plan)
        switched_on = {rule_id for p in profiles for rule_id in p.rules}
        chosen = [
            rule
            for rule in ALL_RULES
            if rule.check is not None
            and self.enabled(rule.id)
            and (not rule.profile_driven or rule.id in switched_on)
        ]
        enabled = frozenset(rule.id for rule in chosen)
        return [
            (rule, self._severity(rule, profiles), ctx)
            for rule in chosen
            for ctx in _contexts(rule, profiles, enabled)
        ]

    def _severity(self, rule: Rule, profiles: list[Profile]) -> Severity:
        configured = self.config.severity.get(rule.id) or self.config.severity.get(rule.family)
        if configured is not None:
            return configured
        given = [p.rules[rule.id].severity for p in profiles if rule.id in p.rules]
        levels = [Severity(s) for s in given if s is not None]
        return max(levels, key=lambda s: s.rank) if levels else rule.severity


def _contexts(rule: Rule, profiles: list[Profile], enabled: frozenset[str]) -> list[RuleContext]:
    if rule.id == WINDOW_RULE:
        return [RuleContext(p.window(), p.id, enabled) for p in profiles]
    with_params = [p for p in profiles if rule.id in p.rules and p.rules[rule.id].params]
    if with_params:
        return [RuleContext(p.rules[rule.id].params, p.id, enabled) for p in with_params]
    owner = next((p.id for p in profiles if rule.id in p.rules), None)
    return [RuleContext({}, owner, enabled)]
