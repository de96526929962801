"""``commplan validate``: check plan files and report what is wrong, where, and how to fix it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from commplan.check.pipeline import FileResult, check_source, finish, release_text, reload_text
from commplan.i18n import _
from commplan.reporters import RunReport
from commplan.rules import ALL_RULES, RULES_BY_ID
from commplan.rules.document_set import duplicate_numbers
from commplan.rules.engine import locate
from commplan.settings.selection import Options, Selector
from commplan.source.diagnostics import exit_code
from commplan.source.inputs import read_sources


@dataclass(frozen=True, slots=True)
class ValidateOptions:
    """What the command line asked for."""

    paths: list[str] = field(default_factory=lambda: ["."])
    selection: Options = field(default_factory=Options)
    color: bool = False
    quiet: bool = False


def check_paths(
    paths: Iterable[str],
    selection: Options | None = None,
    *,
    keep_plans: bool = False,
    visit: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Check every file the paths name (files, folders, ``-``), rules and suppressions applied.

    Each result drops its position index once checked and, unless ``keep_plans``, its plan
    and (when nothing was found in it) its text, so that a run over a thousand plans, or one
    plan of 5,000 activities about to be rendered, stays small. ``visit`` sees each result
    while it still holds its plan (``summary`` counts its figures there).

    Raises:
        UsageError: a path is missing or unreadable, a folder has no plan, or an option is bad.
        ConfigError: a configuration or profile file is invalid.
    """
    selector = Selector(selection or Options())
    results = []
    for source in read_sources(paths):
        result = check_source(source, selector.for_file(source.path))
        if visit is not None:
            visit(result)
        # Findings are located by now; only DOC-003 still needs a position.
        result.index.keep_only(("document", "number"))
        if not keep_plans:
            result.plan = None
            release_text(result)
        results.append(result)
    _cross_file(results)
    for result in results:
        finish(result)
        if not result.diagnostics and not keep_plans:
            result.text = None
    return results


def _cross_file(results: list[FileResult]) -> None:
    rule = RULES_BY_ID["DOC-003"]
    keys = [(r.file, r.identity) for r in results]
    for i, finding in duplicate_numbers(keys):
        target = results[i]
        reload_text(target)
        target.diagnostics.append(
            locate(finding, rule.id, rule.severity, target.index, target.file)
        )


def execute(options: ValidateOptions) -> tuple[RunReport, int]:
    """Run the check and return the report and the exit code."""
    results = check_paths(options.paths, options.selection)
    report = build_report(results, color=options.color, quiet=options.quiet)
    return report, run_exit_code(results)


def run_exit_code(results: list[FileResult]) -> int:
    """The highest exit code over the files, each judged at its own fail level."""
    return max((exit_code(r.diagnostics, r.settings.fail_level) for r in results), default=0)


def build_report(results: list[FileResult], *, color: bool, quiet: bool) -> RunReport:
    """Collect the results of a run for a reporter."""
    report = RunReport(
        diagnostics=[d for r in results for d in r.diagnostics],
        files=[r.file for r in results],
        sources={r.file: r.text for r in results if r.text is not None},
        color=color,
        quiet=quiet,
        catalogue=ALL_RULES,
    )
    if not quiet:
        for r in results:
            if r.rules_skipped:
                report.notes.setdefault(r.file, []).append(
                    _("rule checks were skipped until the schema errors are fixed")
                )
    return report
