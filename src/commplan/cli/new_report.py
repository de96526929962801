"""What ``commplan new`` tells the officer after writing the plan: what it made, what next."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from commplan.errors import CommplanError, OutputError
from commplan.i18n import _, ngettext
from commplan.scaffold.context import Answers
from commplan.scaffold.files import write_schema_beside
from commplan.source.inputs import display_name

_SAFE_WORD = re.compile(r"[\w@%+=:,./-]+")


def report(path: Path, answers: Answers) -> None:
    """Write the schema beside the plan if missing, then print what was made and the next steps."""
    shown = display_name(path)
    typer.echo(
        _("Created {path}: {kind}, {year}, profiles {profiles}.").format(
            path=shown,
            kind=answers.kind.label,
            year=answers.year,
            profiles=", ".join(answers.profiles),
        )
    )
    try:
        schema = write_schema_beside(path)
    except OutputError as exc:
        # The plan is complete without it; the schema only helps editors complete keys.
        typer.echo(f"commplan: {exc}", err=True)
    else:
        if schema is not None:
            typer.echo(
                _("Wrote {schema} beside it, so that editors complete and check the plan.").format(
                    schema=display_name(schema)
                )
            )
    note = _findings(path)
    if note:
        typer.echo(note)
    word = shell_word(shown)
    typer.echo(_("Next steps:"))
    typer.echo("  1. " + _("Replace the sample names, figures and the text in [square brackets]."))
    typer.echo("  2. " + _("Check the plan:") + f" commplan validate {word}")
    typer.echo("  3. " + _("Make the Word document:") + f" commplan render {word}")


def shell_word(text: str) -> str:
    """``text`` as one word of a command line, quoted when it holds spaces or special characters."""
    if _SAFE_WORD.fullmatch(text):
        return text
    return '"' + text.replace('"', '\\"') + '"'


def _findings(path: Path) -> str | None:
    # The scaffold passes its default profiles cleanly; --set values, other profiles or a
    # configuration file beside the plan may not, and the officer should hear it now.
    from commplan.check.validate import check_paths
    from commplan.source.diagnostics import Severity

    try:
        results = check_paths([str(path)])
    except CommplanError:
        return None
    found = [d for r in results for d in r.diagnostics]
    errors = sum(d.severity is Severity.ERROR for d in found)
    warnings = len(found) - errors
    if not found:
        return None
    return _("Note: the plan has {errors} and {warnings}; the validate command lists them.").format(
        errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
    )
