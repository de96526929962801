"""Opening a .docx: the XML parts the auditor reads, or a message saying why it cannot be read.

python-docx opens the package and follows its relationships; the auditor then reads the XML of
the parts itself. Anything that is not a readable Word document (a text file, a legacy .doc, a
corrupt or oversized zip, a part that is not well-formed XML) becomes :class:`UnreadableDocx`,
which the engine reports as one finding instead of a traceback.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from commplan.audit.xml import Element
from commplan.i18n import _
from commplan.source.archive import (
    ZIP_FAULTS,
    ArchiveError,
    TooLarge,
    read_members,
    zip_failure,
)
from commplan.source.wordfaults import docx_failure

if TYPE_CHECKING:
    from docx.opc.part import Part, XmlPart

# A plan is a few hundred kilobytes; refuse zip bombs before python-docx inflates every part.
MAX_UNCOMPRESSED = 256 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_HEADER = _RT + "header"
RT_FOOTER = _RT + "footer"
_RT_STYLES = _RT + "styles"
_RT_NUMBERING = _RT + "numbering"
_RT_SETTINGS = _RT + "settings"
_RT_THEME = _RT + "theme"


class UnreadableDocx(Exception):
    """The file is not a Word document the auditor can read; ``str()`` says why, for people."""


@dataclass(frozen=True, slots=True)
class Package:
    """The XML roots of the parts the auditor reads; optional parts may be None."""

    document: Element
    styles: Element | None = None
    numbering: Element | None = None
    settings: Element | None = None
    theme: Element | None = None
    parts: Mapping[str, Element] = field(default_factory=dict)
    """Header and footer roots (``w:hdr``/``w:ftr``) by relationship id."""


def read_package(path: Path) -> Package:
    """Open ``path`` as a .docx.

    Raises:
        UnreadableDocx: the file is empty, not a zip package, a corrupt or oversized zip, not a
            Word document, or holds XML that is not well-formed.
    """
    check_container(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        return _collect(document.part)
    except PackageNotFoundError:
        raise UnreadableDocx(_("not a Word package (no main document part)")) from None
    except (ValueError, AttributeError, TypeError, IndexError) as exc:
        raise UnreadableDocx(
            _("not a Word document: {reason}").format(reason=docx_failure(exc, path))
        ) from None
    except (KeyError, SyntaxError) as exc:  # a part missing; lxml's XMLSyntaxError
        raise UnreadableDocx(docx_failure(exc, path)) from None
    except ZIP_FAULTS as exc:
        raise UnreadableDocx(
            _("the zip package is corrupt: {reason}").format(reason=zip_failure(exc))
        ) from None


def check_container(path: Path) -> None:
    """Refuse what is not a zip package within budget, saying what it is instead.

    Raises:
        UnreadableDocx: the file is empty, a legacy .doc, not a zip, an OpenDocument file, a
            corrupt zip or one that expands past :data:`MAX_UNCOMPRESSED`.
    """
    with path.open("rb") as fp:
        head = fp.read(8)
    if not head:
        raise UnreadableDocx(_("the file is empty; expected a Word document (.docx)"))
    if head.startswith(_OLE_MAGIC):
        raise UnreadableDocx(
            _(
                "this is a legacy Word .doc (Word 97-2003) or a password-protected document;"
                " save it as a Word Document (.docx) without a password, or run"
                " “soffice --headless --convert-to docx FILE”"
            )
        )
    if not head.startswith(b"PK"):
        raise UnreadableDocx(_not_zip(path))
    # Inflated bytes are counted as they come: a zip's headers may lie about its sizes.
    try:
        with zipfile.ZipFile(path) as archive:
            _check_not_opendocument(archive)
        read_members(path, wanted=(), limit=MAX_UNCOMPRESSED)  # counts, keeps nothing
    except TooLarge:
        raise UnreadableDocx(
            _("the package expands to more than {limit} MB").format(limit=MAX_UNCOMPRESSED // 2**20)
        ) from None
    except (ArchiveError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise UnreadableDocx(
            _("the zip package is corrupt: {reason}").format(reason=zip_failure(exc))
        ) from None


_CONVERT = "soffice --headless --convert-to docx"


def _not_zip(path: Path) -> str:
    """What a file that is not a zip package is, and how to get a .docx from it."""
    with path.open("rb") as fp:
        head = fp.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf"):
        return _(
            "this is a PDF file, not a Word document; audit the .docx it was made from (a PDF "
            "keeps no styles to check)"
        )
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return _(
            "this is a web page (HTML) saved with a .docx name; open it in Word or LibreOffice "
            "and save it as a Word Document (.docx), or run “{command} FILE”"
        ).format(command=_CONVERT)
    if head.startswith(b"{\\rtf"):
        return _(
            "this is an RTF file, not a .docx; save it as a Word Document (.docx), or run "
            "“{command} FILE”"
        ).format(command=_CONVERT)
    return _("not a .docx: the file is not a zip package (is it a text file?)")


def _check_not_opendocument(archive: zipfile.ZipFile) -> None:
    if "mimetype" not in archive.namelist():
        return
    kind = archive.read("mimetype")[:100].decode("ascii", "replace")
    if kind.startswith("application/vnd.oasis.opendocument"):
        raise UnreadableDocx(
            _(
                "this is an OpenDocument file ({kind}), not a .docx; save it from LibreOffice "
                "as Word 2007-365 (.docx), or run “{command} FILE”"
            ).format(kind=kind.rsplit(".", 1)[-1], command=_CONVERT)
        )


def _collect(main: XmlPart) -> Package:
    parts: dict[str, Element] = {}
    found: dict[str, Element] = {}
    for rel_id, rel in main.rels.items():
        if rel.is_external:
            continue
        if rel.reltype in (RT_HEADER, RT_FOOTER):
            parts[rel_id] = _xml(rel.target_part)
        elif rel.reltype in (_RT_STYLES, _RT_NUMBERING, _RT_SETTINGS, _RT_THEME):
            found[rel.reltype] = _xml(rel.target_part)
    return Package(
        document=cast("Element", main.element),
        styles=found.get(_RT_STYLES),
        numbering=found.get(_RT_NUMBERING),
        settings=found.get(_RT_SETTINGS),
        theme=found.get(_RT_THEME),
        parts=parts,
    )


def _xml(part: Part) -> Element:
    # Parts python-docx knows (styles, headers) are parsed already; others (the theme) are bytes.
    element = getattr(part, "element", None)
    if element is not None:
        return cast("Element", element)
    from docx.oxml.parser import parse_xml

    return cast("Element", parse_xml(part.blob))
