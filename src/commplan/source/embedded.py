"""The plan inside a rendered .docx: a custom XML part with the plan text and a body digest.

``render`` stores the YAML it rendered as a custom XML part (``customXml/itemN.xml``, related
from the main document part: the part type Word keeps when it saves a document again), with
the commplan version and a digest of the body text as rendered. ``validate`` and ``summary``
read it back, so an agency may send the Ministry its Word document alone.

The digest covers the body's text (paragraph by paragraph), not its XML: a save by Word or
LibreOffice rewrites the XML, and only an edit of the words should count as "edited".
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
import zlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final
from xml.etree import ElementTree as ET

NAMESPACE: Final = "urn:x-commplan:plan:1"
ZIP_MAGIC: Final = b"PK\x03\x04"
_W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT: Final = "http://schemas.openxmlformats.org/package/2006/content-types"
_CUSTOM_XML: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_REL: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
)
_PROPS_TYPE: Final = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_ITEM_ID: Final = "{6C1E3B0A-7D4F-4C55-9A39-C0440A7B1A01}"
"""A fixed datastore id: the same plan renders to the same bytes."""


@dataclass(frozen=True, slots=True)
class EmbeddedPlan:
    """What a .docx carries: the plan text, the commplan version, and whether edited.

    ``edited`` is True when the body text no longer matches the digest taken at rendering.
    """

    text: str
    version: str
    edited: bool


def is_zip(raw: bytes) -> bool:
    """Whether the bytes are a zip archive (a .docx, .xlsx, ...)."""
    return raw.startswith(ZIP_MAGIC)


def body_digest(document_xml: bytes) -> str:
    """SHA-256 of the body text: its non-empty paragraphs' text in order, one a line, NFC.

    Empty paragraphs do not count: LibreOffice drops the one that carries a section break. The
    XML is read as a stream and each paragraph let go once read: a 5,000-task plan's body is
    about 100 MB of XML, which as one tree cost render 200 MB more than the document itself.
    lxml (python-docx's parser, imported only for a .docx) streams it three times faster than
    ElementTree; entities are not expanded and nothing is fetched.
    """
    from lxml import etree  # type: ignore[import-untyped]

    para, run_text = f"{{{_W}}}p", f"{{{_W}}}t"
    found: list[tuple[int, str]] = []
    open_paras: list[int] = []
    seen = 0
    events = etree.iterparse(
        io.BytesIO(document_xml),
        events=("start", "end"),
        tag=para,
        resolve_entities=False,
        no_network=True,
    )
    for event, element in events:
        if event == "start":
            open_paras.append(seen)
            seen += 1
            continue
        found.append((open_paras.pop(), "".join(t.text or "" for t in element.iter(run_text))))
        if not open_paras:  # a paragraph inside another (a text box) is read with its outer one
            element.clear(keep_tail=True)
    return text_digest(text for _, text in sorted(found))


def text_digest(paragraphs: Iterable[str]) -> str:
    """The digest of a body given its paragraphs' text in order (see :func:`body_digest`).

    ``render`` takes it from the document tree it has just built: parsing the XML it has just
    written again cost a 5,000-activity plan 5 seconds.
    """
    text = unicodedata.normalize("NFC", "\n".join(t for t in paragraphs if t.strip()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plan_parts(
    names: Collection[str], *, rels: bytes, types: bytes, plan_text: str, version: str, digest: str
) -> dict[str, bytes]:
    """The parts that store the plan in a .docx (see the module docstring), by name.

    ``names`` are the package's parts, ``rels`` the main part's relationships and ``types``
    the content types. The result is the new custom XML parts and those two bookkeeping
    parts changed; the caller writes them into the package with the others, in the one pass
    that also makes the zip byte-stable.
    """
    number = 1
    while f"customXml/item{number}.xml" in names:
        number += 1
    item = f"customXml/item{number}.xml"
    return {
        item: _item_xml(plan_text, version, digest),
        f"customXml/itemProps{number}.xml": _props_xml(),
        f"customXml/_rels/item{number}.xml.rels": _relationships(
            [("rId1", _PROPS_REL, f"itemProps{number}.xml")]
        ),
        "word/_rels/document.xml.rels": _add_relationship(rels, f"../{item}"),
        "[Content_Types].xml": _add_content_types(types, number),
    }


def extract(docx: bytes) -> EmbeddedPlan | None:
    """The plan a .docx carries, or None (not a .docx, or no plan in it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as archive:
            names = set(archive.namelist())
            for name in sorted(n for n in names if n.startswith("customXml/item")):
                root = _parse(archive.read(name))
                if root is not None and root.tag == f"{{{NAMESPACE}}}plan":
                    digest = body_digest(archive.read("word/document.xml"))
                    return EmbeddedPlan(
                        text=root.findtext(f"{{{NAMESPACE}}}source") or "",
                        version=root.get("version", ""),
                        edited=digest != root.get("digest"),
                    )
    # SyntaxError: XML that is not well-formed (ElementTree's and lxml's errors both are one).
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, SyntaxError, OSError):
        return None  # damaged: the reader that follows says what is wrong with the package
    except (NotImplementedError, RuntimeError, ValueError):  # odd compression, encrypted
        return None
    return None


def _parse(data: bytes) -> ET.Element | None:
    try:
        return ET.fromstring(data)
    except ET.ParseError:
        return None


def _item_xml(plan_text: str, version: str, digest: str) -> bytes:
    ET.register_namespace("commplan", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}plan", {"version": version, "digest": digest})
    ET.SubElement(root, f"{{{NAMESPACE}}}source").text = plan_text
    return _bytes(root)


def _props_xml() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{_ITEM_ID}" xmlns:ds="{_DS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()


def _relationships(rels: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{_REL}">{body}</Relationships>'
    ).encode()


def _add_relationship(rels_xml: bytes, target: str) -> bytes:
    ET.register_namespace("", _REL)
    root = ET.fromstring(rels_xml)
    taken = {r.get("Id") for r in root}
    number = 1
    while f"rIdCommplan{number}" in taken:
        number += 1
    ET.SubElement(
        root,
        f"{{{_REL}}}Relationship",
        {"Id": f"rIdCommplan{number}", "Type": _CUSTOM_XML, "Target": target},
    )
    return _bytes(root)


def _add_content_types(types_xml: bytes, number: int) -> bytes:
    ET.register_namespace("", _CT)
    root = ET.fromstring(types_xml)
    defaults = {d.get("Extension") for d in root.iter(f"{{{_CT}}}Default")}
    if "xml" not in defaults:
        ET.SubElement(
            root, f"{{{_CT}}}Default", {"Extension": "xml", "ContentType": "application/xml"}
        )
    ET.SubElement(
        root,
        f"{{{_CT}}}Override",
        {"PartName": f"/customXml/itemProps{number}.xml", "ContentType": _PROPS_TYPE},
    )
    return _bytes(root)


def _bytes(root: ET.Element) -> bytes:
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data
