"""Reading one ``w:p``: its visible text, formatting spans, list label and drawings.

Visible text is what a reader sees: runs inside hyperlinks, content controls, inserted
revisions and simple fields count; deleted revisions, field instructions, hidden text and text
boxes do not. A tab stays a tab character and a line break a newline, so that a header written
as "UBND TỈNH X<tab>CỘNG HÒA …" or "CỘNG HÒA …<break>Độc lập …" can be split into its parts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from commplan.audit.model import Shape, Span
from commplan.audit.numbering import Numbering, label_suffix
from commplan.audit.props import Layer, ParaProps, RunProps, merge, para_layer, run_layer
from commplan.audit.shapes import drawing_shapes, vml_shapes
from commplan.audit.styles import StyleSheet
from commplan.audit.xml import Element, attr, child, local, qn

_TRANSPARENT = frozenset(
    {"hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple"}
    | {"dir", "bdo"}
)
_BREAKS = frozenset({"br", "cr"})
_CHARS = {"tab": "\t", "ptab": "\t", "noBreakHyphen": "-", "softHyphen": ""}


@dataclass(slots=True)
class ParsedPara:
    """The result of reading one paragraph."""

    text: str = ""
    spans: list[Span] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    nfc: bool = True
    page_break: bool = False
    rendered_breaks: int = 0
    props: ParaProps | None = None
    style: str | None = None
    heading_style: bool = False
    sect: Element | None = None
    """The ``w:sectPr`` in the paragraph's properties: the paragraph ends a section."""

    def add(self, text: str, props: RunProps, *, label: bool = False) -> None:
        """Append visible text with its formatting."""
        if not text:
            return
        if not unicodedata.is_normalized("NFC", text):
            self.nfc = False
            text = unicodedata.normalize("NFC", text)
        start = len(self.text)
        self.text += text
        self.spans.append(Span(start, len(self.text), props, label))


class ParagraphReader:
    """Reads paragraphs of one document, keeping list counters and a formatting cache."""

    def __init__(self, sheet: StyleSheet, numbering: Numbering) -> None:
        self.sheet = sheet
        self.numbering = numbering
        self._runs: dict[
            tuple[str | None, str | None, str | None, tuple[tuple[str, str], ...]], RunProps
        ] = {}

    def read(self, p: Element, *, table_style: str | None = None) -> ParsedPara:
        """Read ``p``; ``table_style`` is the style of the table holding it, if any."""
        ppr = child(p, "w:pPr")
        style = self.sheet.style_id(attr(child(ppr, "w:pStyle")), "paragraph")
        base = self.sheet.para_base(table=table_style, para=style)
        direct = para_layer(ppr)
        num_id = direct.get("numId", base.get("numId"))
        level = _int(direct.get("ilvl", base.get("ilvl")))
        definition = self.numbering.level(num_id, level) if num_id not in (None, "0") else None
        out = ParsedPara(style=style, sect=child(ppr, "w:sectPr"))
        out.props = self.sheet.para(base, definition.ppr if definition else {}, direct)
        out.page_break = out.props.page_break_before
        out.heading_style = self.sheet.is_heading_style(style) or (
            out.props.outline is not None and out.props.outline < 9
        )
        if definition is not None and num_id is not None:
            label = self.numbering.label(num_id, level)
            if label:
                mark = merge(run_layer(child(ppr, "w:rPr")), definition.rpr)
                props = self._props(table_style, style, None, mark)
                out.add(label + label_suffix(definition), props, label=True)
        for run in _runs(p):
            self._read_run(run, out, table_style, style)
        return out

    def _props(
        self, table: str | None, para: str | None, char: str | None, direct: Layer
    ) -> RunProps:
        key = (table, para, char, tuple(sorted(direct.items())))
        found = self._runs.get(key)
        if found is None:
            found = self.sheet.run(table=table, para=para, char=char, direct=direct)
            self._runs[key] = found
        return found

    def run_props(self, run: Element, *, table: str | None, para: str | None) -> RunProps:
        """The effective formatting of ``run`` in a paragraph of style ``para``."""
        rpr = child(run, "w:rPr")
        char = self.sheet.style_id(attr(child(rpr, "w:rStyle")), "character")
        return self._props(table, para, char, run_layer(rpr))

    def _read_run(self, run: Element, out: ParsedPara, table: str | None, para: str | None) -> None:
        props = self.run_props(run, table=table, para=para)
        if props.hidden:
            return
        for el in _run_content(run):
            name = local(el)
            if name == "t":
                out.add(el.text or "", props)
            elif name in _CHARS:
                out.add(_CHARS[name], props)
            elif name in _BREAKS:
                out.add("\n", props)
                out.page_break = out.page_break or attr(el, "w:type") == "page"
            elif name == "sym":
                out.add(_symbol(attr(el, "w:char")), props)
            elif name == "lastRenderedPageBreak":
                out.rendered_breaks += 1
            elif name == "drawing":
                out.shapes.extend(drawing_shapes(el))
            elif name == "pict":
                out.shapes.extend(vml_shapes(el))


def _int(raw: str | None) -> int:
    try:
        return int(raw) if raw is not None else 0
    except ValueError:
        return 0


def _symbol(code: str | None) -> str:
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    # Symbol-font characters are stored in the private-use block F000-F0FF.
    return chr(value - 0xF000 if 0xF020 <= value <= 0xF0FF else value)


def _runs(el: Element) -> Iterator[Element]:
    for node in el:
        name = local(node)
        if name == "r":
            yield node
        elif name in _TRANSPARENT:
            yield from _runs(node)
        elif name == "AlternateContent":
            yield from _runs(_choice(node))


def _run_content(run: Element) -> Iterator[Element]:
    for node in run:
        if local(node) == "AlternateContent":
            yield from _choice(node)
        else:
            yield node


def _choice(alternate: Element) -> Element:
    # Take the first mc:Choice (the DrawingML form); the mc:Fallback repeats it in VML.
    choice = alternate.find(qn("mc:Choice"))
    if choice is not None:
        return choice
    fallback = alternate.find(qn("mc:Fallback"))
    return fallback if fallback is not None else alternate
