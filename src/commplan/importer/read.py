"""Opening a Word file for import: the body as blocks (paragraphs and tables), or a clear refusal.

python-docx reads the package; the body is walked in document order so that the tables of the
frame (header, signature) and of the appendices keep their place among the paragraphs.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from commplan.atomic import read_failure
from commplan.errors import CommplanError
from commplan.i18n import _
from commplan.source.archive import ZIP_FAULTS, zip_failure
from commplan.source.wordfaults import docx_failure

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class NotImportable(CommplanError):
    """The file cannot be imported as a plan; ``str()`` says why and what to do."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (``text``) or a table (``rows`` of cell texts, merged cells once)."""

    text: str = ""
    rows: tuple[tuple[str, ...], ...] | None = None

    @property
    def is_table(self) -> bool:
        """True for a table block."""
        return self.rows is not None


def read_blocks(path: Path) -> list[Block]:
    """The body of ``path`` in order; raises NotImportable for anything but a text .docx."""
    _check_container(path)
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for a broken package
        raise NotImportable(_unreadable(path, exc)) from None
    body = document.element.body
    blocks: list[Block] = []
    pictures = 0
    for child in body.iterchildren():
        if child.tag == _W + "p":
            blocks.append(Block(text=_paragraph_text(child)))
            pictures += len(child.findall(".//" + _W + "drawing")) + len(
                child.findall(".//" + _W + "pict")
            )
        elif child.tag == _W + "tbl":
            blocks.append(Block(rows=_table_rows(child)))
    has_text = any(b.text.strip() or (b.rows and any(any(r) for r in b.rows)) for b in blocks)
    if not has_text:
        hint = _("it holds only pictures: a scanned document") if pictures else _("it is empty")
        raise NotImportable(
            _(
                "{file}: no text to read ({why}); import needs the typed Word file, not a scan"
            ).format(file=path, why=hint)
        )
    return blocks


def _unreadable(path: Path, exc: Exception) -> str:
    if isinstance(exc, ZIP_FAULTS):
        return _("{file}: the zip package is corrupt: {reason}").format(
            file=path, reason=zip_failure(exc)
        )
    if isinstance(exc, SyntaxError):  # lxml's XMLSyntaxError: the reason names the part
        return _("{file}: {reason}").format(file=path, reason=docx_failure(exc, path))
    return _("{file}: not a Word document: {reason}").format(
        file=path, reason=docx_failure(exc, path)
    )


def _check_container(path: Path) -> None:
    try:
        with path.open("rb") as fp:
            head = fp.read(512)
    except OSError as exc:
        raise NotImportable(
            _("{file}: cannot read: {reason}").format(file=path, reason=read_failure(exc))
        ) from None
    fix = _("open it in Word and save it as a Word Document (.docx)")
    kind = _sniff(head)
    if kind is not None:
        raise NotImportable(
            _("{file}: this is {kind}, not a .docx; {fix}").format(file=path, kind=kind, fix=fix)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise NotImportable(
            _("{file}: the zip package is corrupt: {reason}").format(
                file=path, reason=zip_failure(exc)
            )
        ) from None
    if b"opendocument" in mimetype:
        raise NotImportable(
            _("{file}: this is {kind}, not a .docx; {fix}").format(
                file=path, kind=_("an OpenDocument (ODT) file"), fix=fix
            )
        )
    if "word/document.xml" not in names:
        raise NotImportable(
            _("{file}: not a Word package (no word/document.xml); {fix}").format(file=path, fix=fix)
        )


def _sniff(head: bytes) -> str | None:
    """What a file that is not a zip package is, in words; None for a zip package."""
    if head.startswith(b"PK"):
        return None
    if not head:
        return _("an empty file")
    if head.startswith(_OLE_MAGIC):
        return _("a legacy Word .doc (or a password-protected file)")
    if head.startswith(b"%PDF"):
        return _("a PDF")
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<")):
        return _("an HTML or XML page")
    if head.startswith(b"{\\rtf"):
        return _("an RTF file")
    return _("a text or unknown file")


def _paragraph_text(p: object) -> str:
    # Text runs, tabs and breaks as Word shows them: a typed header uses tabs between columns.
    parts: list[str] = []
    for node in p.iter():  # type: ignore[attr-defined]
        tag = node.tag
        if tag == _W + "t":
            parts.append(node.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


def _table_rows(tbl: object) -> tuple[tuple[str, ...], ...]:
    # Cells as they stand in each row; a horizontally merged cell appears once (gridSpan), a
    # vertically continued one is empty, so a row reads like the printed table.
    rows: list[tuple[str, ...]] = []
    for tr in tbl.findall(_W + "tr"):  # type: ignore[attr-defined]
        cells = []
        for tc in tr.findall(_W + "tc"):
            lines = [_paragraph_text(p) for p in tc.findall(_W + "p")]
            cells.append("\n".join(lines).strip())
        rows.append(tuple(cells))
    return tuple(rows)
