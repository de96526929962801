"""The Python API: load, validate, render and export plans from a script.

::

    import commplan

    findings = commplan.validate("ke-hoach.yaml")        # list of Diagnostic, report order
    plan = commplan.load("ke-hoach.yaml")                # a Plan, or PlanError
    commplan.render(plan, "ke-hoach.docx")
    commplan.export("ke-hoach.yaml", "ke-hoach.xlsx")    # .xlsx, .csv, .ics or .json

These functions run the same engine as the commands (the checking pipeline, the renderer, the
exporters) and never print. A plan given as a path is checked the way ``render`` and
``export`` check it (profiles, configuration files and suppressions included); a ``Plan``
object is taken as it is. ``commplan/__init__.py`` re-exports this module's names lazily, so
``import commplan`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from commplan.atomic import write_atomic
from commplan.check.pipeline import FileResult, check_source, finish
from commplan.check.validate import check_paths
from commplan.errors import CommplanError, UsageError
from commplan.export.run import TABLES, export_bytes, export_format, refusal
from commplan.export.tables import PlanTables
from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.settings.profiles import Profile, load_profile
from commplan.settings.selection import Options, Selector
from commplan.source.diagnostics import Diagnostic, Severity, sort_diagnostics
from commplan.source.inputs import Source

__all__ = ["Diagnostic", "Plan", "PlanError", "Severity", "export", "load", "render", "validate"]

PlanSource = Plan | str | Path
"""A plan: a loaded ``Plan``, or the path of its file."""


class PlanError(CommplanError):
    """The plan cannot be used: YAML or schema errors, or rule errors without ``force``.

    ``findings`` holds every finding of the file in report order; ``str(error)`` names the
    first error with its position.
    """

    exit_code = 1

    def __init__(self, reason: str, findings: list[Diagnostic]) -> None:
        errors = [d for d in findings if d.severity is Severity.ERROR]
        where = ""
        if errors:
            first = errors[0]
            where = f" ({first.file}:{first.line}:{first.column or 1}: {first.message})"
        super().__init__(reason + where)
        self.findings = findings


def _selection(profiles: Sequence[str]) -> Options:
    return Options(profiles=tuple(profiles))


def _check_file(path: str | Path, profiles: Sequence[str]) -> FileResult:
    if Path(path).is_dir():
        raise UsageError(
            _("{path} is a folder; give one plan file, e.g. {path}/plan.yaml").format(
                path=Path(path).as_posix()
            )
        )
    return check_paths([str(path)], _selection(profiles), keep_plans=True)[0]


def validate(source: str | Path, *, profiles: Sequence[str] = ()) -> list[Diagnostic]:
    """Check a plan and return its findings in report order (empty when it is clean).

    Args:
        source: A ``Path`` or a ``str`` path of a plan file or of a folder (searched for plans
            as ``commplan validate DIR`` does), or the plan's YAML text (a ``str`` with a line
            break in it is read as text, any other ``str`` as a path).
        profiles: Rule profiles to add (shipped ids or profile files), as ``--profile``.

    Raises:
        UsageError: the file does not exist or cannot be read, or a profile is unknown.
        ConfigError: a configuration or profile file is invalid.
    """
    if isinstance(source, str) and "\n" in source:
        selector = Selector(_selection(profiles))
        text = Source("<text>", source.encode("utf-8"), None)
        result = check_source(text, selector.for_file(None))
        finish(result)
        return sort_diagnostics(result.diagnostics)
    results = check_paths([str(source)], _selection(profiles))
    return sort_diagnostics(d for r in results for d in r.diagnostics)


def load(path: str | Path, *, profiles: Sequence[str] = ()) -> Plan:
    """Read a plan file into a ``Plan`` (dates parsed, codes checked).

    Rule findings do not stop loading; ``validate`` reports them.

    Raises:
        PlanError: the file has YAML or schema errors (``findings`` lists them).
        UsageError: the file does not exist or cannot be read.
    """
    result = _check_file(path, profiles)
    if result.plan is None:
        raise PlanError(_reason(result, force=True), result.diagnostics)
    return result.plan


def _reason(result: FileResult, *, force: bool) -> str:
    return refusal(result, force) or ""


def _checked(plan: PlanSource, force: bool) -> tuple[Plan, list[Profile]]:
    if isinstance(plan, Plan):
        return plan, [load_profile(p) for p in plan.profiles]
    result = _check_file(plan, ())
    reason = refusal(result, force)
    if reason is not None or result.plan is None:
        raise PlanError(reason or "", result.diagnostics)
    return result.plan, result.settings.profiles(result.plan)


def render(
    plan: PlanSource, path: str | Path, *, template: str | None = None, force: bool = False
) -> Path:
    """Write the plan's official Word document (.docx) and return its path.

    Args:
        plan: A ``Plan`` (rendered as it is) or a plan file (checked as ``commplan render``
            checks it).
        path: The .docx to write; it is replaced atomically.
        template: A built-in template name or a .docx template file; default ``ke-hoach``.
        force: Render a plan file in spite of rule errors (never YAML or schema errors).

    Raises:
        PlanError: the plan file has errors that stop rendering.
        TemplateError: the template is missing or broken.
        OutputError: the file cannot be written.
    """
    from commplan.render.docx import render_plan
    from commplan.render.source import load_template

    loaded, _ = _checked(plan, force)
    target = Path(path)
    write_atomic(target, render_plan(loaded, load_template(template)))
    return target


def export(
    plan: PlanSource,
    path: str | Path,
    *,
    format: str | None = None,
    table: str = TABLES[0],
    force: bool = False,
) -> Path:
    """Write the plan's data as .xlsx, .csv, .ics or .json and return the file's path.

    Args:
        plan: A ``Plan`` (its ``profiles`` give the deadlines of the calendar) or a plan file
            (checked as ``commplan export`` checks it).
        path: The file to write; it is replaced atomically.
        format: ``xlsx``, ``csv``, ``ics`` or ``json``; default: the file's extension.
        table: For CSV: ``nhiem-vu`` (tasks), ``du-toan`` (budget lines) or ``moc``.
        force: Export a plan file in spite of rule errors (never YAML or schema errors).

    Raises:
        PlanError: the plan file has errors that stop exporting.
        UsageError: the format or the table is unknown.
        OutputError: the file cannot be written.
    """
    from commplan.export.run import check_table

    target = Path(path)
    fmt = export_format(target, format)
    chosen = check_table(fmt, table if fmt == "csv" else None)
    loaded, profiles = _checked(plan, force)
    write_atomic(target, export_bytes(PlanTables(loaded, profiles), fmt, chosen))
    return target
