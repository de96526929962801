"""The work behind ``commplan template export`` and ``commplan template check``."""

from __future__ import annotations

from pathlib import Path

import typer

from commplan.atomic import read_failure, write_atomic
from commplan.errors import OutputError, TemplateError, UsageError
from commplan.i18n import _
from commplan.render.source import BUILTIN, TemplateSource, builtin_bytes, read_bounded
from commplan.reporters import REPORTERS, RunReport
from commplan.source.inputs import display_name


def export_template(name: str, output: Path, *, force: bool) -> None:
    """Write the built-in template ``name`` to ``output``.

    Raises:
        UsageError: the name is not a built-in template.
        OutputError: the file exists (without ``force``) or cannot be written.
    """
    if name not in BUILTIN:
        raise UsageError(
            _("no built-in template '{name}'; the built-in templates are: {names}").format(
                name=name, names=", ".join(BUILTIN)
            )
        )
    if output.exists() and not output.is_dir() and not force:
        raise OutputError(
            _("{path} exists; add --force to replace it").format(path=output.as_posix())
        )
    write_atomic(output, builtin_bytes(name))
    typer.echo(_("Wrote {path}").format(path=display_name(output)))


def check_file(path: Path) -> int:
    """Check a template file and print the findings; 1 when there is an error, else 0.

    Raises:
        TemplateError: the file is missing, a folder, or not a .docx.
    """
    from commplan.render.templatecheck import check_template

    shown = path.as_posix()
    if path.is_dir():
        raise TemplateError(_("{path} is a folder; give a .docx file").format(path=shown))
    try:
        data = read_bounded(path)
    except OSError as exc:
        raise TemplateError(
            _("cannot read {path}: {reason}").format(path=shown, reason=read_failure(exc))
        ) from None
    found = check_template(TemplateSource(shown, data))
    report = RunReport(diagnostics=found, files=[shown], tool="template")
    typer.echo(REPORTERS["text"](report), nl=False)
    return int(any(d.severity.rank > 0 for d in found))
