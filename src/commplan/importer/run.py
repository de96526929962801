"""``commplan import`` as a job: read, check the text against the model, write, report."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import ValidationError

from commplan.atomic import write_atomic
from commplan.errors import CommplanError, OutputError, UsageError
from commplan.i18n import _
from commplan.importer import (
    ORIGIN_EDITED,
    ORIGIN_EMBEDDED,
    ImportResult,
    import_docx,
)
from commplan.model.plan import Plan
from commplan.source.embedded import extract
from commplan.source.loader import load_text


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the command line asks of an import."""

    source: Path
    output: Path | None
    force: bool
    from_text: bool = False


def execute(options: ImportOptions) -> tuple[Path, ImportResult]:
    """Import ``options.source`` and write the plan file; returns where and what was written."""
    source = options.source
    if not source.is_file():
        raise UsageError(_("{file}: no such file").format(file=source))
    output = options.output or source.with_suffix(".yaml")
    if output.exists() and not options.force:
        raise OutputError(
            _("{file} exists; use --force to replace it, or -o to write elsewhere").format(
                file=output
            )
        )
    result = _read(source, options.from_text)
    check_text(result.text, str(output))
    write_atomic(output, result.text.encode("utf-8"))
    return output, result


def _read(source: Path, from_text: bool) -> ImportResult:
    # A document commplan rendered carries the plan it was rendered from: that plan is exact,
    # where reading the text infers. Once the body was edited, the text is the officer's latest
    # word and the stored plan is stale, so the text is read (docs/decisions.md).
    embedded = None if from_text else extract(source.read_bytes())
    if embedded is not None and not embedded.edited:
        return ImportResult(embedded.text, origin=ORIGIN_EMBEDDED, version=embedded.version)
    result = import_docx(source)
    if embedded is not None:
        return replace(result, origin=ORIGIN_EDITED, version=embedded.version)
    return result


def check_text(text: str, file: str) -> Plan:
    """The plan the text loads to; a schema error here is commplan's fault, said as such."""
    loaded = load_text(text, file)
    try:
        return Plan.model_validate(loaded.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CommplanError(
            _(
                "the imported plan does not fit the model at {where}: {reason};"
                " please report this document"
            ).format(where=where, reason=first["msg"])
        ) from None


def summary(output: Path, result: ImportResult) -> str:
    """The closing table: what was read, inferred and left for the officer."""
    if result.origin == ORIGIN_EMBEDDED:
        return "\n".join(
            [
                _("Wrote {file}").format(file=output),
                "  "
                + _(
                    "the plan stored in the document by commplan render {version}, unchanged;"
                    " use --from-text to read the document's text instead"
                ).format(version=result.version),
            ]
        )
    rows = [
        (_("read from the text"), len(result.read), ", ".join(result.read)),
        (_("inferred (# kiểm tra)"), len(result.inferred), _short(result.inferred)),
        (_("kept without a field"), len(result.kept), _short(result.kept)),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [_("Wrote {file}").format(file=output)]
    if result.origin == ORIGIN_EDITED:
        lines.append(
            "  "
            + _(
                "the document was edited after rendering: its text was read, not the plan"
                " stored in it (commplan render {version})"
            ).format(version=result.version)
        )
    lines += [f"  {name:<{width}}  {count:>3}  {detail}" for name, count, detail in rows]
    return "\n".join(lines)


def _short(items: list[str]) -> str:
    shown = "; ".join(items[:4])
    return shown + (f"; … (+{len(items) - 4})" if len(items) > 4 else "")
