"""The gate a template passes before docxtpl sees it: a .docx whose XML is safe to read.

docxtpl and python-docx assume a well-made Word file; a template can be anything an officer
received. Before rendering (and in ``template check``) the package is opened here, with the
inflated bytes counted (``source.archive``), and every XML part is parsed by a parser that
loads no DTD and resolves no entity. Each problem becomes one ``TemplateError`` naming the part:
not a zip, too large, broken XML, a DTD (Word never writes one; it is how entity bombs come),
nesting past libxml2's depth limit, an empty package, or a main part that is not a Word body.
"""

from __future__ import annotations

import io
import zipfile
from typing import Final

from lxml import etree  # type: ignore[import-untyped]

from commplan.errors import TemplateError
from commplan.i18n import _
from commplan.render.source import TemplateSource
from commplan.source.archive import MAX_INFLATED, ArchiveError, TooLarge, read_members

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAIN: Final = "word/document.xml"
_RELS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationships"
_ROOTS: Final = {
    "[Content_Types].xml": "{http://schemas.openxmlformats.org/package/2006/content-types}Types",
}
"""The roots python-docx reads without checking: the package's own bookkeeping parts."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def xml_parts(template: TemplateSource) -> dict[str, etree._Element]:
    """Every XML part of the template, parsed safely, by name.

    Raises:
        TemplateError: the package is unusable (see the module docstring).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(template.data)) as archive:
            names = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        members = read_members(template.data, names)
    except TooLarge:
        raise TemplateError(
            _("template {name} inflates to more than {limit} MB; it is not a Word template").format(
                name=template.name, limit=MAX_INFLATED // 2**20
            )
        ) from None
    except (ArchiveError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise _not_docx(template) from None
    parts = {name: _parse(template, name, raw) for name, raw in members.items()}
    main = parts.get(MAIN)
    if main is None or main.tag != f"{W}document" or main.find(f"{W}body") is None:
        raise _not_docx(template)
    for name, part in parts.items():
        expected = _ROOTS.get(name) or (_RELS if name.endswith(".rels") else None)
        if expected is not None and part.tag != expected:
            raise _not_docx(template)
    return parts


def _parse(template: TemplateSource, name: str, raw: bytes) -> etree._Element:
    try:
        tree = etree.fromstring(raw, _parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        line, column = exc.position  # lxml's own words are English: only the place is kept
        message = _(
            "template {name}: the part {part} is not well-formed XML (line {line}, column "
            "{column}); open the file in Word and save it again as .docx"
        )
        if "Excessive depth" in str(exc):  # lxml's guard against a stack overflow
            message = _(
                "template {name}: the part {part} is not well-formed XML: its elements nest too "
                "deeply (line {line}, column {column}); open the file in Word and save it again "
                "as .docx"
            )
        raise TemplateError(
            message.format(name=template.name, part=name, line=line, column=column)
        ) from None
    if tree.docinfo.doctype:
        raise TemplateError(
            _(
                "template {name}: the part {part} declares a DTD, which Word never writes; "
                "save the file again from Word as .docx"
            ).format(name=template.name, part=name)
        )
    return tree.getroot()


def _not_docx(template: TemplateSource) -> TemplateError:
    return TemplateError(
        _("template {name} is not a Word .docx file; save it from Word as .docx").format(
            name=template.name
        )
    )
