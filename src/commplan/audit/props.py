"""Run and paragraph properties: one layer read from XML, and the effective result.

A layer (``w:rPr`` or ``w:pPr`` of a style, of the document defaults, of a numbering level, or
set directly) is read into a flat ``dict[str, str]`` of the raw values it sets; layers are
merged in inheritance order and the result is interpreted once into :class:`RunProps` or
:class:`ParaProps`.
"""

from __future__ import annotations

from dataclasses import dataclass

from commplan.audit.xml import Element, attr, int_attr, local, on_off, qn

Layer = dict[str, str]
"""Raw property values a layer sets, e.g. ``{"sz": "28", "b": "1", "font.ascii": "Arial"}``."""

TOGGLES = ("b", "i", "caps", "smallCaps", "vanish")
"""Toggle properties: set in two style levels they cancel out (ECMA-376 §17.7.3)."""

FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


@dataclass(frozen=True, slots=True)
class RunProps:
    """Effective formatting of a run. ``fonts`` maps a slot to its face (None: not set)."""

    fonts: tuple[tuple[str, str | None], ...]
    size: int
    """Half-points (28 = 14 pt); Word's default is 20."""
    bold: bool
    italic: bool
    caps: bool
    small_caps: bool
    hidden: bool
    color: str | None
    underline: bool

    def font(self, slot: str) -> str | None:
        """The face of one slot (``ascii``, ``hAnsi``, ``eastAsia``, ``cs``)."""
        for name, face in self.fonts:
            if name == slot:
                return face
        return None


@dataclass(frozen=True, slots=True)
class ParaProps:
    """Effective formatting of a paragraph; lengths in twips."""

    align: str
    left: int
    right: int
    first_line: int
    """Positive for a first-line indent, negative for a hanging indent."""
    before: int
    after: int
    line: int
    line_rule: str
    contextual: bool
    border_top: bool
    border_bottom: bool
    num_id: str | None
    level: int
    outline: int | None
    page_break_before: bool


def run_layer(rpr: Element | None) -> Layer:
    """The properties one ``w:rPr`` sets."""
    out: Layer = {}
    if rpr is None:
        return out
    for el in rpr:
        name = local(el)
        if name == "rFonts":
            _fonts(el, out)
        elif name == "sz" and int_attr(el) is not None:
            out["sz"] = str(int_attr(el))
        elif name in TOGGLES:
            out[name] = "1" if on_off(el) else "0"
        elif name == "color":
            out["color"] = attr(el) or attr(el, "w:themeColor") or "auto"
        elif name == "u":
            out["u"] = attr(el) or "single"
    return out


def _fonts(el: Element, out: Layer) -> None:
    for slot in FONT_SLOTS:
        theme = attr(el, f"w:{slot}Theme")
        face = attr(el, f"w:{slot}")
        # A theme reference wins over a face named in the same element (§17.3.2.26).
        if theme:
            out[f"font.{slot}"] = "@" + theme
        elif face:
            out[f"font.{slot}"] = face


def para_layer(ppr: Element | None) -> Layer:
    """The properties one ``w:pPr`` sets."""
    out: Layer = {}
    if ppr is None:
        return out
    for el in ppr:
        name = local(el)
        if name == "jc" and attr(el):
            out["jc"] = str(attr(el))
        elif name == "ind":
            _indent(el, out)
        elif name == "spacing":
            _spacing(el, out)
        elif name in ("contextualSpacing", "pageBreakBefore"):
            out[name] = "1" if on_off(el) else "0"
        elif name == "pBdr":
            for side in el:
                out[f"bdr.{local(side)}"] = attr(side) or "none"
        elif name == "numPr":
            _numbering(el, out)
        elif name == "outlineLvl" and int_attr(el) is not None:
            out["outline"] = str(int_attr(el))
    return out


def _indent(el: Element, out: Layer) -> None:
    for key, names in (("left", ("w:left", "w:start")), ("right", ("w:right", "w:end"))):
        for name in names:
            value = int_attr(el, name)
            if value is not None:
                out[f"ind.{key}"] = str(value)
    hanging, first = int_attr(el, "w:hanging"), int_attr(el, "w:firstLine")
    # The two exclude each other; when both are written, hanging wins (§17.3.1.12).
    if hanging is not None:
        out["ind.first"] = str(-hanging)
    elif first is not None:
        out["ind.first"] = str(first)


def _spacing(el: Element, out: Layer) -> None:
    for key in ("before", "after", "line"):
        value = int_attr(el, f"w:{key}")
        if value is not None:
            out[f"sp.{key}"] = str(value)
    rule = attr(el, "w:lineRule")
    if rule:
        out["sp.lineRule"] = rule
    for key in ("beforeAutospacing", "afterAutospacing"):
        if attr(el, f"w:{key}") is not None:
            out[f"sp.{key}"] = "1" if on_off(el, f"w:{key}") else "0"


def _numbering(el: Element, out: Layer) -> None:
    num = el.find(qn("w:numId"))
    lvl = el.find(qn("w:ilvl"))
    if num is not None and attr(num) is not None:
        out["numId"] = str(attr(num))
    if lvl is not None and int_attr(lvl) is not None:
        out["ilvl"] = str(int_attr(lvl))


def merge(*layers: Layer) -> Layer:
    """Later layers override earlier ones, key by key."""
    out: Layer = {}
    for layer in layers:
        out.update(layer)
    return out


def _int(raw: Layer, key: str, default: int) -> int:
    try:
        return int(raw.get(key, default))
    except ValueError:
        return default


# Transitional and strict spellings of the same alignments.
_ALIGN = {"start": "left", "end": "right", "justify": "both"}
# Word's "auto" spacing before/after is 14 pt (the HTML paragraph default).
_AUTO_SPACING = 280


def interpret_para(raw: Layer) -> ParaProps:
    """The effective :class:`ParaProps` of merged raw values."""
    jc = raw.get("jc", "left")
    return ParaProps(
        align=_ALIGN.get(jc, jc),
        left=_int(raw, "ind.left", 0),
        right=_int(raw, "ind.right", 0),
        first_line=_int(raw, "ind.first", 0),
        before=_AUTO_SPACING
        if raw.get("sp.beforeAutospacing") == "1"
        else _int(raw, "sp.before", 0),
        after=_AUTO_SPACING if raw.get("sp.afterAutospacing") == "1" else _int(raw, "sp.after", 0),
        line=_int(raw, "sp.line", 240),
        line_rule=raw.get("sp.lineRule", "auto"),
        contextual=raw.get("contextualSpacing") == "1",
        border_top=raw.get("bdr.top", "none") not in ("none", "nil"),
        border_bottom=raw.get("bdr.bottom", "none") not in ("none", "nil"),
        num_id=raw.get("numId") if raw.get("numId") not in (None, "0") else None,
        level=_int(raw, "ilvl", 0),
        outline=_int(raw, "outline", 9) if "outline" in raw else None,
        page_break_before=raw.get("pageBreakBefore") == "1",
    )
