"""Sections: page setup from each ``w:sectPr`` and the headers and footers each one shows.

A section that names no header of a kind (default, first, even) shows the previous section's
(ECMA-376 §17.10.5); the first section then shows none. Page-number fields are found in simple
fields and in complex fields (``w:instrText``), also inside text boxes and content controls.
"""

from __future__ import annotations

from collections.abc import Mapping

from commplan.audit.model import HeaderInfo, PageField, Section
from commplan.audit.paragraphs import ParagraphReader
from commplan.audit.xml import Element, attr, child, children, int_attr, on_off, qn

_MARGINS = ("top", "bottom", "left", "right", "header", "footer", "gutter")


class SectionReader:
    """Builds :class:`Section` objects, reading each header or footer part once."""

    def __init__(self, reader: ParagraphReader, parts: Mapping[str, Element]) -> None:
        self.reader = reader
        self.parts = parts
        self._cache: dict[str, HeaderInfo] = {}

    def sections(
        self, breaks: list[tuple[Element, int]], final: Element | None, count: int
    ) -> list[Section]:
        """Sections from the break list of the walk and the body's own ``w:sectPr``."""
        ends: list[tuple[Element | None, int]] = [*breaks]
        if final is not None or not breaks or breaks[-1][1] < count:
            ends.append((final, count))
        out: list[Section] = []
        first = 1
        for number, (sect, last) in enumerate(ends, start=1):
            section = Section(index=number, first_para=first, last_para=last)
            if sect is not None:
                self._setup(section, sect)
            previous = out[-1] if out else None
            section.headers = self._inherit(sect, "w:headerReference", previous, "headers")
            section.footers = self._inherit(sect, "w:footerReference", previous, "footers")
            out.append(section)
            first = last + 1
        return out

    def _setup(self, section: Section, sect: Element) -> None:
        size = child(sect, "w:pgSz")
        section.width, section.height = int_attr(size, "w:w"), int_attr(size, "w:h")
        orient = attr(size, "w:orient")
        wide = (
            section.width is not None
            and section.height is not None
            and section.width > section.height
        )
        section.landscape = orient == "landscape" or wide
        margins = child(sect, "w:pgMar")
        for name in _MARGINS:
            value = int_attr(margins, f"w:{name}")
            if value is not None:
                section.margins[name] = abs(value) if name in ("top", "bottom") else value
        title = child(sect, "w:titlePg")
        section.title_page = title is not None and on_off(title)
        numbers = child(sect, "w:pgNumType")
        section.page_start = int_attr(numbers, "w:start")
        section.page_format = attr(numbers, "w:fmt")
        section.new_page = attr(child(sect, "w:type")) != "continuous"

    def _inherit(
        self, sect: Element | None, tag: str, previous: Section | None, which: str
    ) -> dict[str, HeaderInfo]:
        found: dict[str, HeaderInfo] = dict(getattr(previous, which)) if previous else {}
        for ref in children(sect, tag):
            rel = attr(ref, "r:id")
            if rel is not None and rel in self.parts:
                found[attr(ref, "w:type") or "default"] = self._header(rel)
        return found

    def _header(self, rel: str) -> HeaderInfo:
        if rel not in self._cache:
            self._cache[rel] = self._read(self.parts[rel])
        return self._cache[rel]

    def _read(self, root: Element) -> HeaderInfo:
        texts: list[str] = []
        fields: list[PageField] = []
        for p in root.iter(qn("w:p")):
            parsed = self.reader.read(p)
            texts.append(parsed.text)
            style = parsed.style
            align = parsed.props.align if parsed.props else "left"
            for run in _page_runs(p):
                props = self.reader.run_props(run, table=None, para=style)
                fields.append(PageField(align=align, props=props))
        return HeaderInfo(text="\n".join(texts), page_fields=tuple(fields))


def _is_page(instruction: str | None) -> bool:
    words = (instruction or "").split()
    return bool(words) and words[0].upper() == "PAGE"


def _page_runs(p: Element) -> list[Element]:
    """The runs that carry a PAGE field of paragraph ``p`` (the field result's format)."""
    runs: list[Element] = []
    for simple in p.iter(qn("w:fldSimple")):
        if _is_page(attr(simple, "w:instr")):
            inner = simple.findall(qn("w:r"))
            runs.append(inner[0] if inner else simple)
    for text in p.iter(qn("w:instrText")):
        run = text.getparent()
        if _is_page(text.text) and run is not None:
            runs.append(run)
    return runs
