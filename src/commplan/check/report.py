"""Checking a report file: its schema, its plan (loaded relative to it), then the RPT rules.

A report whose plan is missing or broken gets one RPT-001 finding that names the plan and the
command that shows its problems; the plan's own findings are not repeated in the report's
output (they belong to the plan file, and a report run would otherwise print them twice).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pydantic import ValidationError

from commplan.atomic import read_failure
from commplan.check.pipeline import FileResult, at, check_source, finish, yaml11_warnings
from commplan.check.schema_errors import schema_diagnostics
from commplan.i18n import _
from commplan.model.report import Report
from commplan.rules import RULES_BY_ID
from commplan.rules.engine import run_rules
from commplan.settings.selection import FileSettings
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.inputs import Source, display_name
from commplan.source.loader import Loaded


def check_report(source: Source, loaded: Loaded, settings: FileSettings) -> FileResult:
    """Check one report file that has loaded as YAML with ``kind: bao_cao``."""
    file = source.name
    result = FileResult(file, loaded.text, settings, list(loaded.diagnostics), index=loaded.index)
    try:
        report = Report.model_validate(loaded.data)
    except ValidationError as exc:
        found = schema_diagnostics(exc, root=Report, index=loaded.index, file=file)
        result.diagnostics += found
        result.diagnostics += yaml11_warnings(loaded, file, {at(d) for d in found})
        result.rules_skipped = True
        return result
    result.diagnostics += yaml11_warnings(loaded, file, set())
    result.report = report
    plan_result = _check_plan(source, loaded, report, settings)
    if isinstance(plan_result, Diagnostic):
        result.diagnostics.append(plan_result)  # says itself why the RPT rules did not run
        return result
    plan = plan_result.plan
    assert plan is not None  # _check_plan returns a finding otherwise
    result.plan = plan
    runs = [
        (rule, severity, replace(ctx, report=report))
        for rule, severity, ctx in settings.rules(plan)
        if rule.report
    ]
    result.diagnostics += run_rules(plan, runs, index=loaded.index, file=file)
    return result


def plan_path(source: Source, report: Report) -> Path:
    """Where a report's plan is: relative to the report's folder (the working folder for -)."""
    base = source.path.parent if source.path is not None else Path.cwd()
    return base / report.plan


def _check_plan(
    source: Source, loaded: Loaded, report: Report, settings: FileSettings
) -> FileResult | Diagnostic:
    path = plan_path(source, report)
    name = display_name(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return _rpt001(
            source.name,
            loaded,
            _("cannot read the plan '{path}': {reason}").format(
                path=name, reason=read_failure(exc)
            ),
            _("write in 'plan' the path of the plan file, relative to this report"),
        )
    checked = check_source(Source(name, raw, path), settings)
    finish(checked)
    errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
    if checked.report is not None:
        return _rpt001(
            source.name,
            loaded,
            _("'{path}' is a report, not a plan").format(path=name),
            _("write in 'plan' the path of the plan file, relative to this report"),
        )
    if errors or checked.plan is None:
        return _rpt001(
            source.name,
            loaded,
            _("the plan '{path}' does not validate ({count} error(s))").format(
                path=name, count=len(errors)
            ),
            _("run 'commplan validate {path}' and fix the plan first").format(path=name),
        )
    return checked


def _rpt001(file: str, loaded: Loaded, message: str, hint: str) -> Diagnostic:
    rule = RULES_BY_ID["RPT-001"]
    span = loaded.index.value(("plan",))
    return Diagnostic.at(
        span, file=file, rule=rule.id, severity=rule.severity, message=message, hint=hint
    )
