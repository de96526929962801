"""``commplan audit``: read each .docx, run every check, and report the findings."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from commplan.audit.catalogue import AUDIT_RULES, DEFAULT_SEVERITY
from commplan.audit.checks.base import Context, Finding
from commplan.audit.layout import find_layout
from commplan.audit.load import load_doc
from commplan.audit.model import Doc
from commplan.audit.normalize import excerpt
from commplan.audit.package import UnreadableDocx, read_package
from commplan.audit.registry import CHECKS
from commplan.errors import UsageError
from commplan.i18n import _
from commplan.reporters import RunReport
from commplan.source.diagnostics import Diagnostic, Severity, exit_code
from commplan.source.inputs import display_name


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """What the command line asked for."""

    paths: list[str] = field(default_factory=list)
    fail_level: Severity = Severity.ERROR
    color: bool = False
    quiet: bool = False


def execute(options: AuditOptions) -> tuple[RunReport, int]:
    """Audit every file and return the report and the exit code.

    Raises:
        UsageError: a path does not exist, is a folder, or cannot be read.
    """
    files = [_checked_path(p) for p in options.paths]
    diagnostics = [d for path in files for d in audit_file(path, display_name(path))]
    report = RunReport(
        diagnostics=diagnostics,
        files=[display_name(p) for p in files],
        color=options.color,
        quiet=options.quiet,
        tool="audit",
        catalogue=AUDIT_RULES,
    )
    return report, exit_code(diagnostics, options.fail_level)


def _checked_path(argument: str) -> Path:
    path = Path(argument)
    shown = path.as_posix()
    if not path.exists():
        raise UsageError(
            _("{path}: no such file; check the name and the folder").format(path=shown)
        )
    if path.is_dir():
        raise UsageError(_("{path} is a folder; give the .docx files to audit").format(path=shown))
    if not os.access(path, os.R_OK):
        raise UsageError(
            _("{path}: permission denied; check that you may read the file").format(path=shown)
        )
    return path


def audit_file(path: Path, name: str) -> list[Diagnostic]:
    """The findings for one file (one X-FILE finding when it is not a readable .docx)."""
    try:
        package = read_package(path)
    except UnreadableDocx as exc:
        return [
            Diagnostic(
                name,
                1,
                None,
                "X-FILE",
                Severity.ERROR,
                str(exc),
                extra={"section": None, "excerpt": None},
            )
        ]
    except OSError as exc:
        raise UsageError(f"{path.as_posix()}: {exc.strerror or exc}") from None
    doc = load_doc(package)
    context = Context(doc, find_layout(doc))
    return _diagnostics(doc, name, (f for check in CHECKS for f in check(context)))


def audit_doc(doc: Doc, name: str = "document.docx") -> list[Diagnostic]:
    """The findings for a document already read (used by tests and other tools)."""
    context = Context(doc, find_layout(doc))
    return _diagnostics(doc, name, (f for check in CHECKS for f in check(context)))


def _diagnostics(doc: Doc, name: str, findings: Iterable[Finding]) -> list[Diagnostic]:
    out: dict[tuple[str, int, str], Diagnostic] = {}
    for finding in findings:
        line = finding.para if 1 <= finding.para <= len(doc.paras) else 1
        para = doc.para(line) if doc.paras else None
        severity = finding.severity or DEFAULT_SEVERITY[finding.rule]
        extra: dict[str, str | int | None] = {
            "section": para.section if para else 1,
            "excerpt": excerpt(para.text) if para else "",
        }
        key = (finding.rule, line, finding.message)
        out.setdefault(
            key, Diagnostic(name, line, None, finding.rule, severity, finding.message, extra=extra)
        )
    return list(out.values())
