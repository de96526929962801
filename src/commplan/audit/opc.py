"""Opening a .docx without python-docx, for the packages python-docx would open the same way.

python-docx parses every XML part when it opens a package, the main document included: a large
document becomes a tree of several hundred megabytes, and importing python-docx is a sixth of a
small audit. This reader follows python-docx's own walk (``docx.opc.pkgreader``): the content
types, the relationships from the package down, which parts are parsed as XML, the main
document part and its type. It parses the small parts with the same parser options and leaves
the main document to be streamed (:mod:`~commplan.audit.stream`).

It is only a shortcut: whenever a package is not plainly well made (a part or a content type
missing, a relationship file that is not one, duplicate ids, XML that is not well-formed, any
error at all), it returns None and the auditor reads the package with python-docx, whose
verdict and messages stay the ones users see.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from lxml import etree  # type: ignore[import-untyped]

from commplan.audit.package import RT_FOOTER, RT_HEADER
from commplan.audit.xml import Element

_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_RT_OFFICE_DOCUMENT = _RT + "officeDocument"
_RT_IMAGE = _RT + "image"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_MAIN_TYPE = _WML + "document.main+xml"
# The content types python-docx loads as XML parts (docx/__init__.py), parsing them on open.
_XML_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-package.core-properties+xml",
        _WML + "comments+xml",
        _MAIN_TYPE,
        _WML + "footer+xml",
        _WML + "header+xml",
        _WML + "numbering+xml",
        _WML + "settings+xml",
        _WML + "styles+xml",
    }
)
_KINDS = {
    _RT + "styles": "styles",
    _RT + "numbering": "numbering",
    _RT + "settings": "settings",
    _RT + "theme": "theme",
}


def parser_options() -> dict[str, bool]:
    """python-docx's parser options (``docx.oxml.parser``); its element classes are not needed."""
    return {"remove_blank_text": True, "resolve_entities": False}


class _Doubt(Exception):
    """The package is not one this reader vouches for: python-docx decides."""


@dataclass(frozen=True, slots=True)
class _Rel:
    rel_id: str
    reltype: str
    target: str
    """Part name of an internal target; the reference itself for an external one."""
    external: bool


@dataclass(slots=True)
class Opened:
    """The parts of a package the auditor reads; the main document is left in the zip."""

    path: Path
    document: str
    """Zip member name of the main document part."""
    styles: Element | None = None
    numbering: Element | None = None
    settings: Element | None = None
    theme: Element | None = None
    parts: dict[str, Element] = field(default_factory=dict)

    @contextmanager
    def document_stream(self) -> Iterator[IO[bytes]]:
        """The main document part, read from the zip as it is parsed."""
        with zipfile.ZipFile(self.path) as archive, archive.open(self.document) as member:
            yield member


def open_package(path: Path) -> Opened | None:
    """The parts of ``path`` when python-docx would open it the same way, else None.

    ``path`` has passed :func:`~commplan.audit.package.check_container` (a zip within budget).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            return _Reader(archive).opened(path)
    except Exception:  # any surprise: python-docx reads it and has the last word
        return None


class _Reader:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())
        self.overrides, self.defaults = self._content_types()
        self.trees: dict[str, Element] = {}

    def opened(self, path: Path) -> Opened:
        package_rels = self._rels("/")
        main = self._main(package_rels)
        reached: dict[str, str] = {}  # part name -> reltype of its first relationship
        rels_of: dict[str, list[_Rel]] = {}
        for name, reltype, rels in self._walk(package_rels, []):
            reached[name] = reltype
            rels_of[name] = rels
        for name, reltype in reached.items():
            self._load(name, reltype, main)
        out = Opened(path=path, document=main[1:])
        for rel in rels_of[main]:
            if rel.external:
                continue
            if rel.target == main:
                raise _Doubt  # a part that is the document itself: leave it to python-docx
            if rel.reltype in (RT_HEADER, RT_FOOTER):
                out.parts[rel.rel_id] = self._tree(rel.target)
            elif rel.reltype in _KINDS:
                setattr(out, _KINDS[rel.reltype], self._tree(rel.target))
        return out

    def _content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        root = self._parse("[Content_Types].xml")
        if root.tag != _CT_NS + "Types":
            raise _Doubt
        overrides: dict[str, str] = {}
        defaults: dict[str, str] = {}
        for el in root.findall(_CT_NS + "Override"):
            overrides[_required(el, "PartName").lower()] = _required(el, "ContentType")
        for el in root.findall(_CT_NS + "Default"):
            defaults[_required(el, "Extension").lower()] = _required(el, "ContentType")
        return overrides, defaults

    def _content_type(self, name: str) -> str:
        found = self.overrides.get(name.lower())
        if found is not None:
            return found
        ext = posixpath.splitext(name)[1]
        ext = ext[1:] if ext.startswith(".") else ext
        found = self.defaults.get(ext.lower())
        if found is None:
            raise _Doubt
        return found

    def _rels(self, source: str) -> list[_Rel]:
        base, filename = posixpath.split(source)
        member = posixpath.join(base, "_rels", f"{filename}.rels")[1:]
        if member not in self.names:
            return []
        root = self._parse(member)
        if root.tag != _RELS_NS + "Relationships":
            raise _Doubt
        out: list[_Rel] = []
        for el in root.findall(_RELS_NS + "Relationship"):
            rel_id, reltype, ref = (_required(el, a) for a in ("Id", "Type", "Target"))
            external = el.get("TargetMode") == "External"  # python-docx: else Internal
            target = ref if external else posixpath.abspath(posixpath.join(base, ref))
            out.append(_Rel(rel_id, reltype, target, external))
        if len({rel.rel_id for rel in out}) != len(out):
            raise _Doubt  # python-docx keeps the later of two equal ids in the earlier place
        return out

    def _walk(self, rels: list[_Rel], visited: list[str]) -> Iterator[tuple[str, str, list[_Rel]]]:
        # The order and the first relationship of each part are python-docx's (_walk_phys_parts).
        for rel in rels:
            if rel.external or rel.target in visited:
                continue
            visited.append(rel.target)
            part_rels = self._rels(rel.target)
            if rel.target[1:] not in self.names:
                raise _Doubt
            yield rel.target, rel.reltype, part_rels
            yield from self._walk(part_rels, visited)

    def _main(self, package_rels: list[_Rel]) -> str:
        mains = [rel for rel in package_rels if rel.reltype == _RT_OFFICE_DOCUMENT]
        if len(mains) != 1 or mains[0].external:
            raise _Doubt
        name = mains[0].target
        if self._content_type(name) != _MAIN_TYPE:
            raise _Doubt
        return name

    def _load(self, name: str, reltype: str, main: str) -> None:
        """Parse ``name`` when python-docx would (its XML parts), to fail where it fails."""
        xml = self._content_type(name) in _XML_TYPES
        if reltype == _RT_IMAGE:
            if name == main:
                raise _Doubt  # python-docx would take the document for an image
            return
        if xml and name != main:
            self._tree(name)

    def _tree(self, name: str) -> Element:
        found = self.trees.get(name)
        if found is None:
            found = self.trees[name] = self._parse(name[1:])
        return found

    def _parse(self, member: str) -> Element:
        xml = self.archive.read(member)
        return cast("Element", etree.fromstring(xml, etree.XMLParser(**parser_options())))


def _required(el: Element, name: str) -> str:
    value = el.get(name)
    if value is None:
        raise _Doubt
    return value
