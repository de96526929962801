"""The parts of WordprocessingML the auditor reads: namespaces and a typed view of elements.

lxml ships no type information, so the auditor sees its elements through :class:`Element`, a
protocol naming only the methods it uses. Attribute values in a document made by another
program can be anything, so the readers here never raise on a bad value: they return None.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Protocol

NS: Mapping[str, str] = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}

_OFF = frozenset({"0", "false", "off", "none"})


class Element(Protocol):
    """The subset of ``lxml.etree._Element`` the auditor uses."""

    @property
    def tag(self) -> str:
        """Clark-notation tag (comments and processing instructions have a non-str tag)."""
        ...

    @tag.setter
    def tag(self, value: str) -> None: ...

    @property
    def text(self) -> str | None:
        """Text before the first child."""
        ...

    def get(self, key: str) -> str | None:
        """An attribute by Clark-notation name."""
        ...

    def find(self, path: str) -> Element | None:
        """The first child matching an ElementPath."""
        ...

    def findall(self, path: str) -> list[Element]:
        """All children matching an ElementPath."""
        ...

    def iter(self, *tags: str) -> Iterator[Element]:
        """This element and its descendants, in document order."""
        ...

    def __iter__(self) -> Iterator[Element]:
        """The children."""
        ...

    def getparent(self) -> Element | None:
        """The parent element."""
        ...

    def clear(self) -> None:
        """Remove the children, attributes and text."""
        ...


@cache
def qn(name: str) -> str:
    """Clark notation of a prefixed name: ``qn("w:p")`` is ``{http://…/main}p``.

    Cached: a large document asks for the same few dozen names millions of times.
    """
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


_LOCAL: dict[object, str] = {}


def local(el: Element) -> str:
    """The tag without its namespace ("" for comments and processing instructions)."""
    tag = el.tag
    # A document uses a few dozen tags a million times: remembered rather than split each time.
    found = _LOCAL.get(tag)
    if found is None:
        found = _LOCAL[tag] = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
    return found


def attr(el: Element | None, name: str = "w:val") -> str | None:
    """An attribute of ``el`` by prefixed name, or None when ``el`` or the attribute is absent."""
    if el is None:
        return None
    return el.get(qn(name))


def int_attr(el: Element | None, name: str = "w:val") -> int | None:
    """An integer attribute; None when absent or not a number (``"240.0"`` is read as 240)."""
    raw = attr(el, name)
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return round(float(raw))
    except (ValueError, OverflowError):
        return None


def on_off(el: Element, name: str = "w:val") -> bool:
    """An ST_OnOff property element: present without a value means on."""
    raw = attr(el, name)
    return raw is None or raw.strip().lower() not in _OFF


def child(el: Element | None, name: str) -> Element | None:
    """The first child of ``el`` with the prefixed name, or None."""
    if el is None:
        return None
    # A loop over the children beats ``find``: lxml's ``find`` parses its path in Python first,
    # and an auditor asks a million of these on a large document.
    tag = qn(name)
    for node in el:
        if node.tag == tag:
            return node
    return None


def children(el: Element | None, name: str) -> list[Element]:
    """The children of ``el`` with the prefixed name."""
    if el is None:
        return []
    return el.findall(qn(name))
