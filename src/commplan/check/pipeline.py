"""The checking pipeline of one file: bytes -> loader -> model -> rules -> diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import ValidationError

from commplan.check.schema_errors import schema_diagnostics
from commplan.check.structure import structure_diagnostics
from commplan.i18n import _
from commplan.model.codes import is_report
from commplan.model.plan import Plan
from commplan.rules.document_set import DocumentKey, document_key
from commplan.rules.engine import run_rules
from commplan.settings import suppressions
from commplan.settings.selection import FileSettings
from commplan.source.diagnostics import Diagnostic, Severity
from commplan.source.embedded import extract, is_zip
from commplan.source.inputs import Source
from commplan.source.loader import Loaded, load_bytes
from commplan.source.positions import FILE_START, PositionIndex

if TYPE_CHECKING:  # the report models are built only when a report is read
    from commplan.model.report import Report


@dataclass(slots=True)
class FileResult:
    """Everything found in one file, and its plan (or report) when it passed the schema."""

    file: str
    text: str | None
    settings: FileSettings
    diagnostics: list[Diagnostic] = field(default_factory=list)
    plan: Plan | None = None
    report: Report | None = None
    """A report file's model (``kind: bao_cao``); its plan is then in ``plan``."""
    index: PositionIndex = field(default_factory=PositionIndex)
    rules_skipped: bool = False
    identity: DocumentKey | None = None
    comments: list[suppressions.Suppression] | None = None
    """The suppression comments of the file (None when it could not be read as text)."""


def check_source(source: Source, settings: FileSettings) -> FileResult:
    """Check one plan file with the rules its settings select (suppressions come later).

    A .docx is checked through the plan ``render`` stored in it (``source.embedded``).
    """
    file = source.name
    raw: bytes | None = source.raw
    document_findings: list[Diagnostic] = []
    if is_zip(source.raw):
        raw, document_findings = open_document(source.raw, file)
    if raw is None:
        return FileResult(file, None, settings, document_findings)
    loaded = load_bytes(raw, file)
    if loaded.ok and is_report(loaded.data):
        from commplan.check.report import check_report  # the report checks load plans with this

        return check_report(source, loaded, settings)
    result = FileResult(file, loaded.text, settings, list(loaded.diagnostics), index=loaded.index)
    result.diagnostics += document_findings
    if loaded.text is not None:
        result.comments = suppressions.parse(loaded.text)
    if not loaded.ok:
        return result
    plan, schema_found = _build_plan(loaded, file)
    result.diagnostics += schema_found
    result.diagnostics += yaml11_warnings(loaded, file, {at(d) for d in schema_found})
    if plan is None:
        result.rules_skipped = bool(schema_found)
        return result
    result.plan = plan
    result.identity = document_key(plan)
    result.diagnostics += run_rules(plan, settings.rules(plan), index=loaded.index, file=file)
    return result


def finish(result: FileResult) -> None:
    """Drop findings of rules that are turned off, then apply inline suppressions."""
    settings = result.settings
    kept = [d for d in result.diagnostics if settings.enabled(d.rule)]
    if result.comments is not None:
        kept = suppressions.apply(
            kept, result.comments, file=result.file, report_unused=settings.enabled("SUP-001")
        )
    result.diagnostics = kept


def at(d: Diagnostic) -> tuple[int, int | None]:
    """Where a diagnostic is, as (line, column)."""
    return (d.line, d.column)


def _build_plan(loaded: Loaded, file: str) -> tuple[Plan | None, list[Diagnostic]]:
    data = loaded.data
    if data is None:
        return None, [
            _schema(file, _("the file is empty"), _("start from 'commplan new plan.yaml'"))
        ]
    if not isinstance(data, dict):
        return None, [
            _schema(
                file,
                _("the top of a plan must be a mapping of 'key: value' lines"),
                _("start the file with 'schema_version: 1'"),
            )
        ]
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        return None, schema_diagnostics(exc, root=Plan, index=loaded.index, file=file)
    found = structure_diagnostics(plan, index=loaded.index, file=file)
    return (None if found else plan), found


def _schema(file: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic.at(
        FILE_START, file=file, rule="SCHEMA", severity=Severity.ERROR, message=message, hint=hint
    )


def yaml11_warnings(
    loaded: Loaded, file: str, schema_positions: set[tuple[int, int | None]]
) -> list[Diagnostic]:
    """YAML-002 for yes/no words read as text, except where a bool field already errs."""
    found = []
    for path, word in loaded.yaml11_bools.items():
        span = loaded.index.value(path)
        if (span.line, span.column) in schema_positions:
            continue
        found.append(
            Diagnostic.at(
                span,
                file=file,
                rule="YAML-002",
                severity=Severity.WARNING,
                message=_("'{word}' is read as the text '{word}', not as true or false").format(
                    word=word
                ),
                hint=_("write true or false for a yes/no value, or put the text in quotes"),
            )
        )
    return found


def open_document(raw: bytes, file: str) -> tuple[bytes | None, list[Diagnostic]]:
    """The plan text stored in a .docx, and DOCX-001/DOCX-002 findings about the document."""
    embedded = extract(raw)
    if embedded is None:
        return None, [
            Diagnostic.at(
                FILE_START,
                file=file,
                rule="DOCX-001",
                severity=Severity.ERROR,
                message=_("no plan data in this document (not rendered by commplan render)"),
                hint=_("send the plan's .yaml file with it"),
            )
        ]
    found = []
    if embedded.edited:
        found.append(
            Diagnostic.at(
                FILE_START,
                file=file,
                rule="DOCX-002",
                severity=Severity.WARNING,
                message=_(
                    "the document was edited after rendering; the figures are those of the plan"
                    " as rendered"
                ),
                hint=_("ask for the plan's .yaml file, or render it again from the plan"),
            )
        )
    return embedded.text.encode("utf-8"), found
