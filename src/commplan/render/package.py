"""The rendered document written out: one byte-stable zip, each XML part streamed into it.

python-docx's ``save`` serialises every XML part to bytes before deflating it; for a
5,000-activity plan that is a 25 MB body held twice (libxml2's buffer and the bytes) beside
the tree, and then ``normalise_zip`` inflated and deflated it again. Here the package is
written once, in ``zipnorm``'s stable order, with each XML part serialised straight into its
zip entry and the plan's parts (``source.embedded``) added in the same pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from docx.document import Document as DocumentObject
from docx.opc.part import XmlPart
from docx.opc.pkgwriter import _ContentTypesItem  # what python-docx's own save writes
from lxml import etree  # type: ignore[import-untyped]

from commplan.render.zipnorm import Member

CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"
MAIN_RELS = "word/_rels/document.xml.rels"


def members(doc: DocumentObject) -> dict[str, Member]:
    """Every entry python-docx's ``save`` would write, by name: bytes, or a part's writer."""
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    found: dict[str, Member] = {
        CONTENT_TYPES: _ContentTypesItem.from_parts(parts).blob,  # type: ignore[no-untyped-call]
        PACKAGE_RELS: package.rels.xml,
    }
    for part in parts:
        name = part.partname.membername
        found[name] = _writer(part.element) if isinstance(part, XmlPart) else part.blob
        if len(part.rels):
            found[part.partname.rels_uri.membername] = part.rels.xml
    return found


def _writer(element: etree._Element) -> Callable[[IO[bytes]], None]:
    def write(stream: IO[bytes]) -> None:
        # The same bytes as python-docx's serialize_part_xml (etree.tostring), in chunks.
        etree.ElementTree(element).write(stream, encoding="UTF-8", standalone=True)

    return write
