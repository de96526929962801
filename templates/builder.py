"""Helpers for building Word templates with python-docx and a little raw OXML.

Only what ``ke_hoach.py`` needs: a lean document (python-docx's default package without the
parts a template does not need), paragraph styles, paragraphs with direct formatting, tables
with fixed column widths, and sections. Units are twips (1/20 pt) throughout.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

FONT = "Times New Roman"
DROP_RELS = ("stylesWithEffects", "customXml", "webSettings", "thumbnail", "numbering")

Container = DocumentObject | _Cell


def mm(value: float) -> int:
    """Millimetres to twips."""
    return round(value * 1440 / 25.4)


def el(tag: str, **attrs: str | int) -> etree._Element:
    """A ``w:`` element with ``w:`` attributes."""
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


# Child order that the OOXML schema (and Word) require inside these property elements.
_ORDER: dict[str, tuple[str, ...]] = {
    "pPr": (
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
        "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
        "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
        "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
        "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ),
    "tblPr": (
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange",
    ),
    "sectPr": (
        "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
        "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
        "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
        "printerSettings", "sectPrChange",
    ),
    "tcPr": (
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
        "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark",
    ),
}  # fmt: skip


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def replace_child(parent: etree._Element, child: etree._Element) -> etree._Element:
    """Put ``child`` in ``parent`` at its schema position, replacing one of the same tag."""
    old = parent.find(child.tag)
    if old is not None:
        parent.replace(old, child)
        return child
    order = _ORDER.get(_local(parent.tag))
    if order is None or _local(child.tag) not in order:
        parent.append(child)
        return child
    rank = order.index(_local(child.tag))
    for sibling in parent:
        name = _local(sibling.tag)
        if name in order and order.index(name) > rank:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def lean_document() -> DocumentObject:
    """python-docx's blank document without the parts, styles and settings a template needs not.

    Every style is removed (the template defines its own), and so are the latent-style table,
    the revision ids and the parts python-docx's sample carries (thumbnail, customXml, ...).
    """
    doc = Document()
    for rel_id, rel in list(doc.part.rels.items()):
        if any(name in rel.reltype for name in DROP_RELS):
            doc.part.drop_rel(rel_id)
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if "thumbnail" in rel.reltype:
            package_rels.pop(rel_id)
    styles = doc.styles.element
    for child in list(styles):
        if child.tag in (qn("w:style"), qn("w:latentStyles")):
            styles.remove(child)
    settings = doc.settings.element
    for tag in ("w:rsids", "w:proofState", "w:attachedTemplate"):
        for child in settings.findall(qn(tag)):
            settings.remove(child)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
        lang.attrib.pop(qn("w:eastAsia"), None)
    props = doc.core_properties
    props.comments = props.author = props.title = props.last_modified_by = ""
    return doc


def doc_defaults(doc: DocumentObject, rpr: etree._Element, ppr: etree._Element) -> None:
    """Replace the document defaults (``w:docDefaults``) with these run and paragraph props."""
    styles = doc.styles.element
    old = styles.find(qn("w:docDefaults"))
    new = el("w:docDefaults")
    new.append(el("w:rPrDefault"))
    new[0].append(rpr)
    new.append(el("w:pPrDefault"))
    new[1].append(ppr)
    if old is not None:
        styles.replace(old, new)
    else:
        styles.insert(0, new)


def add_style(
    doc: DocumentObject,
    style_id: str,
    name: str,
    kind: str = "paragraph",
    *,
    based_on: str | None = "Normal",
    default: bool = False,
    children: Sequence[etree._Element] = (),
) -> None:
    """Append a ``w:style`` with these property elements (pPr, rPr, tblPr, ...)."""
    style = el("w:style", type=kind, styleId=style_id)
    if default:
        style.set(qn("w:default"), "1")
    style.append(el("w:name", val=name))
    if based_on:
        style.append(el("w:basedOn", val=based_on))
    style.append(el("w:qFormat"))
    for child in children:
        style.append(child)
    doc.styles.element.append(style)


def run_props(
    size: float | None = None, *, bold: bool = False, italic: bool = False
) -> etree._Element:
    """``w:rPr`` with Times New Roman in every script slot, Vietnamese language and a size."""
    rpr = el("w:rPr")
    rpr.append(el("w:rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, eastAsia=FONT))
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if italic:
        rpr.append(el("w:i"))
        rpr.append(el("w:iCs"))
    rpr.append(el("w:color", val="000000"))
    if size is not None:
        rpr.append(el("w:sz", val=round(size * 2)))
        rpr.append(el("w:szCs", val=round(size * 2)))
    rpr.append(el("w:lang", val="vi-VN", eastAsia="vi-VN", bidi="ar-SA"))
    return rpr


@dataclass(frozen=True)
class ParaFormat:
    """Paragraph properties in twips; ``None`` leaves a property to the style."""

    align: str | None = None
    first_line: int | None = None
    left: int | None = None
    right: int | None = None
    before: int | None = None
    after: int | None = None
    line: int | None = None
    keep_next: bool = False
    keep_lines: bool = False
    border_bottom: bool = False
    box: bool = False
    extra: Sequence[etree._Element] = field(default_factory=tuple)


def para_props(fmt: ParaFormat) -> etree._Element:
    """``w:pPr`` for a format, children in schema order."""
    ppr = el("w:pPr")
    children = [el("w:keepNext")] if fmt.keep_next else []
    children += [el("w:keepLines")] if fmt.keep_lines else []
    if fmt.border_bottom or fmt.box:
        children.append(_borders(box=fmt.box))
    spacing = {"before": fmt.before, "after": fmt.after, "line": fmt.line}
    attrs: dict[str, str | int] = {k: v for k, v in spacing.items() if v is not None}
    if fmt.line is not None:
        attrs["lineRule"] = "auto"
    if attrs:
        children.append(el("w:spacing", **attrs))
    indent = {"left": fmt.left, "right": fmt.right, "firstLine": fmt.first_line}
    if any(v is not None for v in indent.values()):
        children.append(el("w:ind", **{k: v for k, v in indent.items() if v is not None}))
    if fmt.align is not None:
        children.append(el("w:jc", val=fmt.align))
    for child in [*children, *(copy.deepcopy(e) for e in fmt.extra)]:
        replace_child(ppr, child)
    return ppr


def _borders(*, box: bool) -> etree._Element:
    borders = el("w:pBdr")
    sides = ("top", "left", "bottom", "right") if box else ("bottom",)
    for side in sides:
        borders.append(el(f"w:{side}", val="single", sz=6, space=1, color="000000"))
    return borders


def paragraph(
    container: Container,
    text: str = "",
    style: str = "Normal",
    fmt: ParaFormat | None = None,
) -> Paragraph:
    """A paragraph with one run of ``text`` in the style ``style`` (an id), plus direct format."""
    par = container.add_paragraph(text)
    ppr = par._p.get_or_add_pPr()
    replace_child(ppr, el("w:pStyle", val=style))
    if fmt is not None:
        for child in para_props(fmt):
            replace_child(ppr, child)
    return par
