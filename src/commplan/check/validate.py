"""``commplan validate``: check plan files and report what is wrong, where, and how to fix it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from commplan.atomic import refuse_overwrite
from commplan.check.pipeline import FileResult, check_source, finish
from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.model.profile_ids import shipped_profile_ids
from commplan.reporters import RunReport
from commplan.rules import ALL_RULES, RULES_BY_ID
from commplan.rules.document_set import duplicate_numbers
from commplan.rules.engine import locate
from commplan.settings.selection import Options, Selector
from commplan.source.diagnostics import exit_code
from commplan.source.inputs import Inputs, display_name, gather, read_sources

PLAN_KEYS = frozenset(Plan.model_fields)
"""The top-level keys of a plan: folder discovery checks a YAML file holding any of them."""

NUMBER: Final = ("document", "number")
"""Where DOC-003 points; the only position kept once a file is checked."""


@dataclass(frozen=True, slots=True)
class ValidateOptions:
    """What the command line asked for."""

    paths: list[str] = field(default_factory=lambda: ["."])
    selection: Options = field(default_factory=Options)
    color: bool = False
    quiet: bool = False
    verbose: bool = False
    output: Path | None = None


def check_paths(
    paths: Iterable[str],
    selection: Options | None = None,
    *,
    keep_plans: bool = False,
    visit: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Check every file the paths name (files, folders, ``-``), rules and suppressions applied.

    Each result drops its position index once checked and, unless ``keep_plans``, its plan
    and its text but for the lines its findings point at, so that a run over a thousand plans,
    or one plan of 5,000 activities about to be rendered, stays small. ``visit`` sees each
    result while it still holds its plan (``summary`` counts its figures there).

    Raises:
        UsageError: a path is missing or unreadable, a folder has no plan, or an option is bad.
        ConfigError: a configuration or profile file is invalid.
    """
    return check_inputs(gather(paths, PLAN_KEYS), selection, keep_plans=keep_plans, visit=visit)


def check_inputs(
    inputs: Inputs,
    selection: Options | None = None,
    *,
    keep_plans: bool = False,
    visit: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Check the files of ``inputs``; see :func:`check_paths`."""
    selector = Selector(selection or Options())
    results = []
    for source in read_sources(inputs):
        result = check_source(source, selector.for_file(source.path))
        if visit is not None:
            visit(result)
        # Findings are located by now; only DOC-003 still needs a position.
        result.index.keep_only(NUMBER)
        if not keep_plans:
            result.plan = None
            result.text = _lines_shown(result)
        results.append(result)
    _cross_file(results)
    for result in results:
        finish(result)
        if not result.diagnostics and not keep_plans:
            result.text = None
    return results


def _lines_shown(result: FileResult) -> str | None:
    """The text with only the lines a finding can point at; the others are left empty.

    The text reporter shows those lines: the findings', the suppression comments' (SUP-001)
    and the document number's (DOC-003, found once every file is read). Keeping whole files
    would make a run over thousands of plans grow by the size of every file.
    """
    if result.text is None:
        return None
    wanted = {d.line for d in result.diagnostics} | {s.line for s in result.comments or ()}
    wanted.add(result.index.value(NUMBER).line)
    lines = result.text.splitlines()[: max(wanted)]
    # A final newline keeps a trailing empty line countable by ``splitlines``.
    return "\n".join(line if n in wanted else "" for n, line in enumerate(lines, 1)) + "\n"


def _cross_file(results: list[FileResult]) -> None:
    rule = RULES_BY_ID["DOC-003"]
    keys = [(r.file, r.identity) for r in results]
    for i, finding in duplicate_numbers(keys):
        target = results[i]
        target.diagnostics.append(
            locate(finding, rule.id, rule.severity, target.index, target.file)
        )


def execute(options: ValidateOptions) -> tuple[RunReport, int]:
    """Run the check and return the report and the exit code."""
    inputs = gather(options.paths, PLAN_KEYS)
    if options.output is not None:
        refuse_overwrite(options.output, [*inputs.paths, *_setting_files(options.selection)])
    results = check_inputs(inputs, options.selection)
    report = build_report(results, color=options.color, quiet=options.quiet)
    report.skipped = [display_name(p) for p in inputs.skipped]
    report.verbose = options.verbose
    return report, run_exit_code(results)


def _setting_files(selection: Options) -> list[Path]:
    """The configuration and profile files a run reads: an output must not replace them."""
    shipped = shipped_profile_ids()
    named = [Path(p) for p in selection.profiles if p not in shipped]
    return named + ([selection.config] if selection.config else [])


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
