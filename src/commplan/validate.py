"""``commplan validate``: check plan files and report what is wrong, where, and how to fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from commplan.check import FileResult, check_bytes
from commplan.diagnostics import Severity, exit_code
from commplan.i18n import _
from commplan.inputs import read_sources
from commplan.model.plan import Plan
from commplan.report import REPORTERS, RunReport
from commplan.rules import ALL_RULES
from commplan.rules.base import Rule, RuleContext


@dataclass(frozen=True, slots=True)
class ValidateOptions:
    """What the command line asked for."""

    paths: list[str] = field(default_factory=lambda: ["."])
    format: str = "text"
    fail_level: Severity = Severity.ERROR
    color: bool = False
    quiet: bool = False


def select_rules(plan: Plan) -> Iterable[tuple[Rule, Severity, RuleContext]]:
    """The rules that run on ``plan``: for now every always-on rule at its default severity."""
    del plan
    context = RuleContext()
    return [
        (rule, rule.severity, context)
        for rule in ALL_RULES
        if rule.check and not rule.profile_driven
    ]


def check_paths(paths: Iterable[str]) -> list[FileResult]:
    """Check every file the paths name (files, folders, ``-``).

    Raises:
        UsageError: a path is missing or unreadable, or a folder has no plan.
    """
    return [check_bytes(s.raw, s.name, select_rules) for s in read_sources(paths)]


def execute(options: ValidateOptions) -> tuple[str, int]:
    """Run the check and return the report text and the exit code."""
    results = check_paths(options.paths)
    report = build_report(results, color=options.color, quiet=options.quiet)
    text = REPORTERS[options.format](report)
    return text, exit_code(report.diagnostics, options.fail_level)


def build_report(results: list[FileResult], *, color: bool, quiet: bool) -> RunReport:
    """Collect the results of a run for a reporter."""
    report = RunReport(
        diagnostics=[d for r in results for d in r.diagnostics],
        files=[r.file for r in results],
        sources={r.file: r.text for r in results if r.text is not None},
        color=color,
        quiet=quiet,
    )
    if not quiet:
        for r in results:
            if r.rules_skipped:
                report.notes.setdefault(r.file, []).append(
                    _("rule checks were skipped until the schema errors are fixed")
                )
    return report
