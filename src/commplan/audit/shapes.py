"""Drawings in a paragraph that can be the solid rule under a title (ND30 H3, H6, H11).

Word draws such a rule as a DrawingML shape (``wps:wsp`` with a ``line`` or connector geometry,
usually with a VML ``v:line`` fallback), older documents as VML only, and LibreOffice writes
both forms. A rectangle at most 1 mm high is also taken for a line: that is how a "line" made
from a thin filled box looks on paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from commplan.audit.model import Shape
from commplan.audit.xml import Element, local, qn

_LINE_GEOMETRIES = frozenset({"line", "straightConnector1"})
_EMU_PER_TWIP = 635
_THIN_EMU = 36000  # 1 mm
_THIN_TWIPS = 57  # 1 mm
_CSS = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(pt|in|cm|mm|px|pc)?\s*$")
_TWIPS_PER_UNIT = {"pt": 20.0, "in": 1440.0, "cm": 566.93, "mm": 56.693, "px": 15.0, "pc": 240.0}


def drawing_shapes(drawing: Element) -> Iterator[Shape]:
    """Shapes of a ``w:drawing`` (inline or floating); pictures are not shapes here."""
    for container in drawing:
        if local(container) not in ("inline", "anchor"):
            continue
        shapes = list(container.iter(qn("wps:wsp")))
        anchor = _dml_anchor(container)
        if len(shapes) == 1 and container.find(f".//{qn('wpg:wgp')}") is None:
            extent = container.find(qn("wp:extent"))
            yield _dml_shape(shapes[0], _emu(extent, "cx"), _emu(extent, "cy"), anchor)
            continue
        for shape in shapes:
            ext = shape.find(f"{qn('wps:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}")
            yield _dml_shape(shape, _emu(ext, "cx"), _emu(ext, "cy"), None)


def _dml_anchor(container: Element) -> tuple[str, str, int | str] | None:
    position = container.find(qn("wp:positionH"))
    if position is None:
        return None
    relative = position.get("relativeFrom") or "column"
    offset, align = position.find(qn("wp:posOffset")), position.find(qn("wp:align"))
    if offset is not None and offset.text and offset.text.strip().lstrip("-").isdigit():
        return (relative, "offset", int(offset.text) // _EMU_PER_TWIP)
    if align is not None and align.text:
        return (relative, "align", align.text.strip())
    return None


def _emu(el: Element | None, name: str) -> int | None:
    raw = el.get(name) if el is not None else None
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _dml_shape(
    shape: Element, cx: int | None, cy: int | None, anchor: tuple[str, str, int | str] | None
) -> Shape:
    geometry = shape.find(f"{qn('wps:spPr')}/{qn('a:prstGeom')}")
    preset = geometry.get("prst") if geometry is not None else None
    flat = cy is not None and cy <= _THIN_EMU and bool(cx)
    width = cx // _EMU_PER_TWIP if cx is not None else None
    return Shape(is_line=preset in _LINE_GEOMETRIES or flat, width=width, anchor=anchor)


def vml_shapes(pict: Element) -> Iterator[Shape]:
    """Shapes of a ``w:pict`` (VML), not looking inside text boxes."""
    for el in pict.iter():
        name = local(el)
        if name == "line":
            yield Shape(is_line=True, width=_line_length(el), anchor=_vml_anchor(el))
        elif name in ("shape", "rect"):
            yield _vml_box(el)


def _line_length(line: Element) -> int | None:
    start = _point(line.get("from") or "0,0")
    end = _point(line.get("to") or "0,0")
    if start is None or end is None:
        return None
    return round(abs(end[0] - start[0]))


def _point(value: str) -> tuple[float, float] | None:
    parts = value.split(",")
    if len(parts) != 2:
        return None
    x, y = css_length(parts[0]), css_length(parts[1])
    return None if x is None or y is None else (x, y)


def _vml_box(el: Element) -> Shape:
    style = _style(el.get("style") or "")
    width, height = css_length(style.get("width", "")), css_length(style.get("height", ""))
    connector = "_x0000_t32" in (el.get("type") or "") or el.get(qn("o:connectortype")) is not None
    rule = el.get(qn("o:hr")) in ("t", "true")
    thin = height is not None and height <= _THIN_TWIPS
    is_line = connector or rule or thin
    width_twips = round(width) if width and not rule else None
    return Shape(is_line=is_line, width=width_twips, anchor=_vml_anchor(el))


# VML's names for what a floating shape's horizontal position is measured from.
_VML_RELATIVE = {"text": "column", "margin": "margin", "page": "page", "char": "character"}


def _vml_anchor(el: Element) -> tuple[str, str, int | str] | None:
    style = _style(el.get("style") or "")
    if style.get("position") != "absolute":
        return None
    relative = _VML_RELATIVE.get(style.get("mso-position-horizontal-relative", "text"), "column")
    align = style.get("mso-position-horizontal")
    if align in ("left", "center", "right"):
        return (relative, "align", align)
    offset = css_length(style.get("margin-left", "")) if "margin-left" in style else None
    if offset is None and el.get("from"):
        start = _point(el.get("from") or "")
        offset = start[0] if start else None
    return (relative, "offset", round(offset)) if offset is not None else None


def _style(css: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in css.split(";"):
        key, sep, value = item.partition(":")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def css_length(value: str) -> float | None:
    """A CSS length as VML writes it ("113.4pt", "2cm", "0"), in twips; unitless means pt."""
    match = _CSS.match(value)
    if match is None:
        return None
    return float(match.group(1)) * _TWIPS_PER_UNIT[match.group(2) or "pt"]
