"""Finding the solid rule drawn under a header element, and how long it is (ND30 H3, H6, H11).

A rule can be a paragraph border (under the text's own paragraph, or on an empty paragraph
after it, or above the next one), a drawn line (DrawingML or VML) anchored in one of those
paragraphs or anywhere in the same table cell, underlined text, or a line of underscores. Word
also anchors a floating line to a paragraph far from where it is drawn (another cell, the
paragraph after the table): such a line counts for the table column its middle lies over.
"""

from __future__ import annotations

from dataclasses import dataclass

from commplan.audit.metrics import text_width
from commplan.audit.model import Doc, Para, Section, Shape
from commplan.audit.segments import Segment, is_rule_text, segments


@dataclass(frozen=True, slots=True)
class DrawnRule:
    """A rule that was found: how it is drawn, its length in twips when known, where."""

    kind: str
    length: int | None
    para: Para


def available_width(doc: Doc, para: Para) -> int | None:
    """Width of the paragraph's box: its cell's text width, or the section's text width."""
    if para.cell is not None:
        return para.cell.width
    return doc.section(para.section).text_width


def _border_length(doc: Doc, para: Para) -> int | None:
    width = available_width(doc, para)
    if width is None:
        return None
    return width - para.props.left - para.props.right


def rule_under(doc: Doc, element: Segment) -> DrawnRule | None:
    """The rule under ``element`` (the last segment of a header element), if there is one."""
    para = element.para
    if para.props.border_bottom and _is_last(element):
        return DrawnRule("border", _border_length(doc, para), para)
    spans = element.spans()
    if spans and all(s.props.underline for s in spans):
        size, bold = spans[0].props.size, spans[0].props.bold
        return DrawnRule("underline", text_width(element.text, size, bold=bold), para)
    # On a tabbed line ("SỞ X<tab>Độc lập - …") the right-hand element's rule is the last
    # line drawn under it, the left-hand element's the first.
    right = segments(para)[0].start != element.start
    own = _line_in(doc, para, para, right=right)
    if own is not None:
        return own
    for candidate in _following(doc, para):
        found = _rule_in(doc, para, candidate, right=right)
        if found is not None:
            return found
    return _shape_in_cell(doc, para) or _floating_over(doc, para)


def _line_in(doc: Doc, element: Para, para: Para, *, right: bool = False) -> DrawnRule | None:
    """A line shape anchored in ``para`` that is not placed over another table column."""
    for shape in reversed(para.shapes) if right else para.shapes:
        if shape.is_line and _over_column(doc, element, shape, in_cell=True) is not False:
            return DrawnRule("shape", shape.width, para)
    return None


def _is_last(element: Segment) -> bool:
    parts = segments(element.para)
    return bool(parts) and parts[-1].start == element.start


def _following(doc: Doc, para: Para) -> list[Para]:
    """The blank paragraphs after ``para`` in its container, and the next one."""
    out: list[Para] = []
    for other in doc.paras[para.index :]:
        if _container(other) != _container(para):
            break
        out.append(other)
        if segments(other):
            break
    return out


def _container(para: Para) -> tuple[int, int, int] | None:
    return (para.cell.table, para.cell.row, para.cell.col) if para.cell else None


def _rule_in(doc: Doc, element: Para, para: Para, *, right: bool) -> DrawnRule | None:
    line = _line_in(doc, element, para, right=right)
    if line is not None:
        return line
    if segments(para):
        # The next text paragraph: only a border above it separates it from the element.
        return (
            DrawnRule("border", _border_length(doc, para), para) if para.props.border_top else None
        )
    if para.props.border_top or para.props.border_bottom:
        return DrawnRule("border", _border_length(doc, para), para)
    if is_rule_text(para.text):
        spans = para.spans_in()
        size = spans[0].props.size if spans else 26
        return DrawnRule("characters", text_width(para.text.strip(), size, bold=False), para)
    return None


def _shape_in_cell(doc: Doc, para: Para) -> DrawnRule | None:
    # Word anchors a floating line to any paragraph of the cell it is drawn over; a line placed
    # from the page or margin must still lie over this cell's column.
    if para.cell is None:
        return None
    home = _container(para)
    for other in doc.paras:
        if other.cell is not None and _container(other) == home:
            line = _line_in(doc, para, other)
            if line is not None:
                return line
    return None


# Floating lines are anchored at most this many paragraphs after the header table.
_AFTER_TABLE = 4


def _floating_over(doc: Doc, para: Para) -> DrawnRule | None:
    """A floating line drawn over the element's table column but anchored elsewhere."""
    if para.cell is None:
        return None
    table = doc.tables[para.cell.top[0]]
    for other in doc.paras[table.first_para - 1 : table.last_para + _AFTER_TABLE]:
        for shape in other.shapes:
            if shape.is_line and _over_column(doc, para, shape, in_cell=other.cell is not None):
                return DrawnRule("shape", shape.width, other)
    return None


def _over_column(doc: Doc, para: Para, shape: Shape, *, in_cell: bool) -> bool | None:
    """Whether the middle of ``shape`` lies over the table column of ``para`` (None: unknown)."""
    if para.cell is None:
        return None
    table = doc.tables[para.cell.top[0]]
    col = para.cell.top[2]
    start = table.indent + sum(table.grid[:col])
    end = start + (table.grid[col] if col < len(table.grid) else para.cell.width or 0)
    left = _left_edge(shape, doc.section(para.section), in_cell=in_cell)
    if left is None or not shape.width:
        return None
    return start <= left + shape.width / 2 <= end


def _left_edge(shape: Shape, section: Section, *, in_cell: bool) -> float | None:
    """Where a floating line starts, in twips from the left edge of the text column."""
    if shape.anchor is None or shape.width is None:
        return None
    relative, kind, value = shape.anchor
    # A shape anchored in a cell and placed from its column is measured from that cell.
    if relative not in ("page", "margin", "column") or (in_cell and relative == "column"):
        return None
    margin = section.margins.get("left", 0)
    base = -margin if relative == "page" else 0
    if kind == "offset" and isinstance(value, int):
        return base + value
    area = (section.width or 0) if relative == "page" else (section.text_width or 0)
    offsets = {"left": 0.0, "center": (area - shape.width) / 2, "right": float(area - shape.width)}
    return base + offsets[str(value)] if value in offsets else None
