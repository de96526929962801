"""``commplan render``: validate, refuse or go on, render, write atomically, maybe PDF.

This module imports no rendering library at import time: docxtpl, python-docx and Jinja load
only when a plan is actually rendered (``validate`` and ``--help`` stay fast).
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import typer

from commplan.atomic import refuse_overwrite, same_file, write_atomic
from commplan.check.pipeline import FileResult
from commplan.check.validate import build_report, check_paths
from commplan.errors import OutputError, UsageError
from commplan.i18n import _, ngettext
from commplan.render.source import BUILTIN
from commplan.reporters import REPORTERS
from commplan.source.diagnostics import Severity
from commplan.source.inputs import display_name

if TYPE_CHECKING:
    from commplan.model.plan import Plan

UNFORCEABLE: Final = frozenset({"SYNTAX", "SCHEMA", "YAML-001"})
"""Errors ``--force`` cannot override: without a well-formed plan there is nothing to render."""
UNFINISHED: Final = "TEXT-004"
"""A warning that still stops ``render`` without ``--force``: a scaffold placeholder left in
the text would be printed in the issued document."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What the command line asked for."""

    plan: str
    output: Path | None = None
    template: str | None = None
    pdf: bool = False
    force: bool = False
    color: bool = False
    quiet: bool = False


def output_path(options: RenderOptions) -> Path:
    """Where the document goes: ``-o``, else next to the plan (plan.yaml -> plan.docx).

    Raises:
        UsageError: the plan comes from stdin without ``-o``, or ``-o`` names the plan itself.
    """
    if options.output is None and options.plan == "-":
        raise UsageError(_("give -o FILE.docx when the plan is read from stdin"))
    target = options.output or Path(options.plan).with_suffix(".docx")
    if options.plan != "-" and same_file(target, Path(options.plan)):
        raise UsageError(_("-o names the plan file itself; choose another file name"))
    inputs = [Path(options.plan) if options.plan != "-" else None, _template_file(options)]
    refuse_overwrite(target, inputs)
    if options.pdf:
        refuse_overwrite(target.with_suffix(".pdf"), inputs)
    return target


def _template_file(options: RenderOptions) -> Path | None:
    return Path(options.template) if options.template and options.template not in BUILTIN else None


def _validate(options: RenderOptions) -> FileResult:
    path = Path(options.plan)
    if options.plan != "-" and path.is_dir():
        raise UsageError(
            _("{path} is a folder; give one plan file, e.g. {path}/plan.yaml").format(
                path=path.as_posix()
            )
        )
    result = check_paths([options.plan], keep_plans=True)[0]
    if result.report is not None:  # its `plan` is the plan it reports on, not this file
        raise UsageError(
            _("{path} is a report; make its document with 'commplan report {path}'").format(
                path=options.plan
            )
        )
    return result


def _print_findings(result: FileResult, options: RenderOptions) -> None:
    # Errors are why a plan is refused (or forced), so they are shown in full. Warnings do not
    # stop rendering; repeating them all would bury "Wrote …", so they are only counted.
    if any(d.severity is Severity.ERROR for d in result.diagnostics):
        report = build_report([result], color=options.color, quiet=False)
        typer.echo(REPORTERS["text"](report), nl=False, color=True)
    elif result.diagnostics and not options.quiet:
        count = len(result.diagnostics)
        typer.echo(
            ngettext(
                "{n} warning; see 'commplan validate {plan}'",
                "{n} warnings; see 'commplan validate {plan}'",
                count,
            ).format(n=count, plan=options.plan)
        )


def blocking_errors(
    result: FileResult, force: bool, *, unfixable: str, forceable: str
) -> str | None:
    """Why errors stop a command that writes the plan out (render, export), or None.

    ``unfixable`` and ``forceable`` are the command's own sentences, with ``{count}``: YAML and
    schema errors always stop it; rule errors stop it unless ``--force``.
    """
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    count = ngettext("{n} error", "{n} errors", len(errors)).format(n=len(errors))
    if result.plan is None or any(d.rule in UNFORCEABLE for d in errors):
        return unfixable.format(count=count)
    if errors and not force:
        return forceable.format(count=count)
    return None


def refusal(result: FileResult, force: bool) -> str | None:
    """Why the plan must not be rendered, or None when it may be."""
    reason = blocking_errors(
        result,
        force,
        unfixable=_("not rendered: the plan has YAML or schema errors ({count}); fix them"),
        forceable=_("not rendered: {count}; fix them, or add --force to render anyway"),
    )
    if reason is not None:
        return reason
    left = sum(1 for d in result.diagnostics if d.rule == UNFINISHED)
    if left and not force:
        return ngettext(
            "not rendered: {n} text still holds a placeholder of commplan new ({rule}); fill it"
            " in, or add --force to render anyway",
            "not rendered: {n} texts still hold a placeholder of commplan new ({rule}); fill"
            " them in, or add --force to render anyway",
            left,
        ).format(n=left, rule=UNFINISHED)
    return None


def execute(options: RenderOptions) -> int:
    """Run the command; returns the exit code (errors for people raise ``CommplanError``)."""
    target = output_path(options)
    result = _validate(options)
    _print_findings(result, options)
    reason = refusal(result, options.force)
    if reason is not None or result.plan is None:
        typer.echo(f"commplan: {reason}", err=True)
        return 1
    text, packed = result.text, _packed_context(result.plan)
    # The plan, the file's positions and the findings are no longer needed: a big plan's
    # document tree needs the room.
    del result
    # Imported only now, so that the libraries' own objects fill the pages the validation
    # left, rather than taking new ones.
    from commplan.render.docx import render_context
    from commplan.render.source import load_template

    context, template = pickle.loads(packed), load_template(options.template)
    del packed
    # The plan's text goes inside the document: ``summary`` and ``validate`` read it back.
    write_atomic(target, render_context(context, template, plan_text=text))
    if not options.quiet:
        typer.echo(_("Wrote {path}").format(path=display_name(target)))
    if options.pdf:
        _pdf(target, options.quiet)
    return 0


def _packed_context(plan: Plan) -> bytes:
    """The template context of a validated plan, pickled.

    The context is unpacked once the validation's objects are gone: built among them, its
    objects kept most of their memory pages alive (a 5,000-activity plan: 70 MB more at the
    peak of the render).
    """
    from commplan.render.context import build_context

    return pickle.dumps(build_context(plan), protocol=pickle.HIGHEST_PROTOCOL)


def _pdf(docx: Path, quiet: bool) -> None:
    from commplan.render.pdf import convert_to_pdf, find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            _(
                "LibreOffice (soffice) not found, so no PDF was made ({path} was written); "
                "install LibreOffice or put soffice on the PATH"
            ).format(path=display_name(docx))
        )
    _warn_about_fonts()
    pdf = docx.with_suffix(".pdf")
    convert_to_pdf(docx, pdf, soffice)
    if not quiet:
        typer.echo(_("Wrote {path}").format(path=display_name(pdf)))


def _warn_about_fonts() -> None:
    from commplan.render.fontcheck import uncovered_times_face

    face = uncovered_times_face()
    if face is not None:
        typer.echo(
            _(
                "warning: the font LibreOffice uses for Times New Roman ({font}) has no "
                "Vietnamese letters, so the PDF mixes two typefaces and breaks lines unlike Word; "
                "install fonts-liberation2 (Debian/Ubuntu) or Times New Roman, then render again"
            ).format(font=face),
            err=True,
        )
