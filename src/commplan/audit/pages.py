"""Whether a document runs to a second page: ND30 P4 asks for page numbers only then.

The page count in ``docProps/app.xml`` is stale in generated documents, so it is not used.
A document has more than one page when a program that laid it out left a rendered page break,
when it has a hard page break or a section starting on a new page, or when a rough estimate of
its height (lines of text at their size and spacing) exceeds the first page's text area.
"""

from __future__ import annotations

import math
from collections import defaultdict

from commplan.audit.metrics import text_width
from commplan.audit.model import Doc, Para

# Times New Roman's line height is about 1.15 times its size.
_LINE_FACTOR = 1.15
_A4_TEXT_HEIGHT = 16838 - 1134 - 1134
_A4_TEXT_WIDTH = 11906 - 1701 - 850


def more_than_one_page(doc: Doc) -> bool:
    """True when the document surely or probably has a second page."""
    if doc.rendered_breaks or any(p.page_break for p in doc.paras):
        return True
    if any(s.new_page for s in doc.sections[1:]):
        return True
    return estimated_height(doc) > _text_height(doc)


def _text_height(doc: Doc) -> int:
    first = doc.sections[0] if doc.sections else None
    if first is None or first.height is None:
        return _A4_TEXT_HEIGHT
    return first.height - first.margins.get("top", 1134) - first.margins.get("bottom", 1134)


def paragraph_height(para: Para, width: int) -> float:
    """Estimated height of ``para`` in twips when set ``width`` twips wide."""
    spans = para.spans_in()
    size = max((s.props.size for s in spans), default=24)
    bold = any(s.props.bold for s in spans)
    lines = sum(
        max(1, math.ceil(text_width(piece, size, bold=bold) / max(width, 1)))
        for piece in para.text.split("\n")
    )
    rule = para.props.line_rule
    line = size * 10 * _LINE_FACTOR
    if rule == "exact":
        line = para.props.line
    elif rule == "atLeast":
        line = max(line, para.props.line)
    else:
        line *= para.props.line / 240
    return lines * line + para.props.before + para.props.after


def estimated_height(doc: Doc) -> float:
    """Height of the whole text: paragraphs outside tables plus each table row's tallest cell."""
    width = (doc.sections[0].text_width if doc.sections else None) or _A4_TEXT_WIDTH
    total = 0.0
    cells: dict[tuple[int, int, int], float] = defaultdict(float)
    for para in doc.paras:
        if para.cell is None:
            total += paragraph_height(para, width)
        else:
            cells[para.cell.top] += paragraph_height(para, para.cell.width or width)
    rows: dict[tuple[int, int], float] = defaultdict(float)
    for (table, row, _col), height in cells.items():
        rows[(table, row)] = max(rows[(table, row)], height)
    return total + sum(rows.values())
