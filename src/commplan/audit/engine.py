"""``commplan audit``: read each .docx, run every check, and report the findings."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

from commplan.atomic import read_failure
from commplan.audit.catalogue import AUDIT_RULES, DEFAULT_SEVERITY
from commplan.audit.checks.base import Context, Finding
from commplan.audit.detect import detect
from commplan.audit.doctypes import UNKNOWN, DocType
from commplan.audit.layout import Layout, find_layout
from commplan.audit.load import read_doc
from commplan.audit.model import Doc
from commplan.audit.normalize import excerpt
from commplan.audit.package import UnreadableDocx
from commplan.audit.registry import CHECKS, OPTIONAL_PARTS
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
    doctype: DocType | None = None
    """The type ``--type`` forces; None: read it from each document."""


CAP = 3
"""Findings of one rule shown per document; the last shown says how many more there are."""


@dataclass(slots=True)
class Audited:
    """One file's findings and the type it was audited as (None: not read, or not a document)."""

    diagnostics: list[Diagnostic]
    doctype: DocType | None = None
    evidence: str = ""


def execute(options: AuditOptions) -> tuple[RunReport, int]:
    """Audit every file and return the report and the exit code.

    Raises:
        UsageError: a path does not exist, is a folder, or cannot be read.
    """
    files = [_checked_path(p) for p in options.paths]
    diagnostics: list[Diagnostic] = []
    notes: dict[str, list[str]] = {}
    for path in files:
        name = display_name(path)
        result = audit_path(path, name, options.doctype)
        diagnostics += result.diagnostics
        if result.doctype is not None and not options.quiet:
            notes[name] = [type_note(result)]
    report = RunReport(
        diagnostics=diagnostics,
        files=[display_name(p) for p in files],
        notes=notes,
        color=options.color,
        quiet=options.quiet,
        tool="audit",
        catalogue=AUDIT_RULES,
    )
    return report, exit_code(diagnostics, options.fail_level)


def type_note(result: Audited) -> str:
    """The line "audited as: Công văn [cong-van] (from its “V/v” line)" of the text output."""
    assert result.doctype is not None
    evidence = {
        "title": _("from its tên loại line"),
        "number": _("from its ký hiệu"),
        "vv": _("from its “V/v” line"),
        "phu-luc": _("from its “Phụ lục” and “(Kèm theo …)” lines"),
        "option": _("as --type asked"),
        "": _(
            "its type was not recognised: only the parts it has are checked; name it with --type"
        ),
    }[result.evidence]
    return _("audited as: {type} [{code}] ({evidence})").format(
        type=result.doctype.name, code=result.doctype.code, evidence=evidence
    )


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
    return audit_path(path, name).diagnostics


def audit_path(path: Path, name: str, doctype: DocType | None = None) -> Audited:
    """The findings for one file audited as ``doctype`` (None: the type it shows)."""
    try:
        doc = read_doc(path)
    except UnreadableDocx as exc:
        return Audited([_file_finding(name, "X-FILE", str(exc))])
    except OSError as exc:
        raise UsageError(
            _("cannot read {path}: {reason}").format(path=path.as_posix(), reason=read_failure(exc))
        ) from None
    return audit_doc_typed(doc, name, doctype)


def _file_finding(name: str, rule: str, message: str) -> Diagnostic:
    extra: dict[str, str | int | None] = {"section": None, "excerpt": None, "doc_type": None}
    return Diagnostic(name, 1, None, rule, Severity.ERROR, message, extra=extra)


def audit_doc(doc: Doc, name: str = "document.docx") -> list[Diagnostic]:
    """The findings for a document already read (used by tests and other tools)."""
    return audit_doc_typed(doc, name).diagnostics


def audit_doc_typed(doc: Doc, name: str, forced: DocType | None = None) -> Audited:
    """The findings for ``doc`` audited as ``forced``, or as the type it shows."""
    detected = detect(doc)
    doctype = forced or detected.doctype or UNKNOWN
    evidence = "option" if forced else detected.evidence
    layout = find_layout(doc, doctype)
    if forced is None and doctype is UNKNOWN and _not_a_document(layout):
        message = _(
            "this does not look like an administrative document: no Quốc hiệu, no number, no "
            "signature; nothing else was checked (name its type with --type to check it anyway)"
        )
        return Audited([_file_finding(name, "X-KIND", message)])
    context = Context(doc, layout)
    findings = chain(
        (f for part, check in CHECKS if _applies(part, doctype) for f in check(context)),
        _attached_header(doc, layout),
    )
    return Audited(_diagnostics(doc, name, findings, doctype), doctype, evidence)


def _attached_header(doc: Doc, layout: Layout) -> Iterator[Finding]:
    """The header block of a document issued with a Quyết định, checked like the main one."""
    if layout.attached is None:
        return
    context = Context(doc, replace(layout, header=layout.attached.header))
    for part, check in CHECKS:
        if part == "header":
            yield from check(context)


def _applies(part: str | None, doctype: DocType) -> bool:
    if part is None or doctype.has(part):
        return True
    return doctype is UNKNOWN and part in OPTIONAL_PARTS


def _not_a_document(layout: Layout) -> bool:
    header = layout.header
    return header.national is None and header.number is None and not layout.signer_title


def _capped(findings: Iterable[Finding]) -> list[Finding]:
    """At most CAP findings per rule; the last kept says how many more there are."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    out: list[Finding] = []
    for group in by_rule.values():
        unique = list({(f.para, f.message): f for f in group}.values())
        # Errors first, so a cap never hides an error behind warnings of the same rule.
        unique.sort(key=lambda f: ((f.severity or DEFAULT_SEVERITY[f.rule]).rank * -1, f.para))
        kept = unique[:CAP]
        if len(unique) > CAP:
            last = kept[-1]
            more = _("(and {n} more)").format(n=len(unique) - CAP)
            kept[-1] = Finding(last.rule, last.para, f"{last.message} {more}", last.severity)
        out += kept
    return out


def _diagnostics(
    doc: Doc, name: str, findings: Iterable[Finding], doctype: DocType
) -> list[Diagnostic]:
    out: dict[tuple[str, int, str], Diagnostic] = {}
    for finding in _capped(findings):
        line = finding.para if 1 <= finding.para <= len(doc.paras) else 1
        para = doc.para(line) if doc.paras else None
        severity = finding.severity or DEFAULT_SEVERITY[finding.rule]
        extra: dict[str, str | int | None] = {
            "section": para.section if para else 1,
            "excerpt": excerpt(para.text) if para else "",
            "doc_type": doctype.code,
        }
        key = (finding.rule, line, finding.message)
        out.setdefault(
            key, Diagnostic(name, line, None, finding.rule, severity, finding.message, extra=extra)
        )
    return list(out.values())
