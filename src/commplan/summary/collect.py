"""Reading the inputs: the validate pipeline over plan files, folders and rendered .docx.

Each input is checked exactly as ``validate`` checks it (``check_paths``: same discovery, rules,
profiles and configuration); figures are counted from the plan while the pipeline still holds
it, then the plan is dropped. A folder is searched for plans as ``validate`` searches it, and
for .docx documents beside them; a .docx next to a plan of the same name is that plan's
rendering and is not read twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from commplan.check.pipeline import FileResult, finish
from commplan.check.validate import check_paths
from commplan.rules.execution import Figures, report_figures
from commplan.settings.selection import Options, Selector
from commplan.source.diagnostics import Diagnostic, Severity, sort_diagnostics
from commplan.summary.figures import PlanFigures, plan_figures
from commplan.summary.typed import NO_PLAN, import_typed

DOCUMENT_SUFFIX = ".docx"
PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class DocumentRecord:
    """One input document after checking: its figures when it could be read, its findings."""

    file: str
    figures: PlanFigures | None = None
    profiles: tuple[str, ...] = ()
    switched_on: tuple[str, ...] = ()
    agency_edition: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fail_level: Severity = Severity.ERROR
    imported: bool = False
    """Read from a Word plan's words by ``import`` (no plan was stored in it)."""
    execution: Figures | None = None
    """A report file's execution figures; ``figures`` are then its plan's."""
    report_plan: Path | None = None
    """A report file's plan, resolved (to find the plan among the inputs)."""

    @property
    def readable(self) -> bool:
        """Whether the document counts: it has a plan (no SYNTAX or SCHEMA error)."""
        return self.figures is not None

    @property
    def first_problem(self) -> Diagnostic | None:
        """The first error, else the first finding (what 'could not be read' shows)."""
        ordered = sort_diagnostics(self.diagnostics)
        errors = [d for d in ordered if d.severity is Severity.ERROR]
        first = errors or ordered
        return first[0] if first else None

    @property
    def count_errors(self) -> int:
        """How many errors the document has."""
        return self.count(Severity.ERROR)

    @property
    def count_warnings(self) -> int:
        """How many warnings the document has."""
        return self.count(Severity.WARNING)

    def count(self, severity: Severity) -> int:
        """How many findings of ``severity`` the document has."""
        return sum(1 for d in self.diagnostics if d.severity is severity)

    def finding(self, rule: str) -> Diagnostic | None:
        """The first finding of ``rule``, or None when the document passes it."""
        return next((d for d in sort_diagnostics(self.diagnostics) if d.rule == rule), None)


def expand_inputs(inputs: list[str]) -> list[str]:
    """The arguments for ``check_paths``: each folder, plus the .docx documents inside it.

    A folder that holds documents but no plan file is replaced by its documents, since
    ``validate``'s discovery (rightly, for plans) rejects a folder without a plan.
    """
    expanded: list[str] = []
    for argument in inputs:
        path = Path(argument)
        if argument == "-" or not path.is_dir():
            expanded.append(argument)
            continue
        documents, has_plans = _documents_in(path)
        if has_plans or not documents:
            expanded.append(argument)
        expanded += documents
    return expanded


def _documents_in(folder: Path) -> tuple[list[str], bool]:
    documents: list[str] = []
    has_plans = False
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = set(files)
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.endswith(PLAN_SUFFIXES):
                has_plans = True
            stem = name[: -len(DOCUMENT_SUFFIX)]
            # plan.docx beside plan.yaml is that plan's rendering: read the plan once.
            rendering = any(stem + suffix in names for suffix in PLAN_SUFFIXES)
            if name.endswith(DOCUMENT_SUFFIX) and not name.startswith("~$") and not rendering:
                documents.append((Path(root) / name).as_posix())
    return documents, has_plans


def collect(inputs: list[str], selection: Options) -> list[DocumentRecord]:
    """Check every input and return one record per document, in the order they were read.

    Raises:
        UsageError: a path is missing, a folder has no plan or document, an option is bad.
        ConfigError: a configuration or profile file is invalid.
    """
    records: dict[str, DocumentRecord] = {}

    def visit(result: FileResult) -> None:
        record = DocumentRecord(result.file)
        if result.plan is not None:
            profiles = result.settings.profiles(result.plan)
            record.figures = plan_figures(result.plan, profiles)
            record.profiles = tuple(p.id for p in profiles)
            record.switched_on = tuple(
                sorted({r for p in profiles for r in p.rules if result.settings.enabled(r)})
            )
            record.agency_edition = next((p.agencies for p in profiles if p.agencies), None)
            if result.report is not None:
                record.execution = report_figures(result.report, result.plan)
                base = Path.cwd() if result.file == "-" else Path(result.file).parent
                record.report_plan = (base / result.report.plan).resolve()
        records[result.file] = record

    for result in check_paths(expand_inputs(inputs), selection, visit=visit):
        record = records[result.file]
        record.diagnostics = result.diagnostics
        record.fail_level = result.settings.fail_level
    _import_typed(records, selection, visit)
    return list(records.values())


def _import_typed(
    records: dict[str, DocumentRecord],
    selection: Options,
    visit: Callable[[FileResult], None],
) -> None:
    """Replace each Word plan without a stored plan by the plan ``import`` reads from it."""
    typed = [r.file for r in records.values() if r.finding(NO_PLAN) is not None]
    if not typed:
        return
    selector = Selector(selection)
    for file in typed:
        result = import_typed(file, selector)
        if result is None:
            continue
        visit(result)
        finish(result)
        record = records[file]
        record.diagnostics = result.diagnostics
        record.fail_level = result.settings.fail_level
        record.imported = True
