"""Reading the main document while it is parsed, so that its whole tree never exists at once.

A 5,000-activity plan is a 25 MB ``document.xml`` and a 300 MB lxml tree. Here each paragraph
is read (:class:`~commplan.audit.paragraphs.ParagraphReader`) as soon as its end tag is parsed
and then emptied, and each table cell whose paragraphs were all read is emptied too; what is
left is a skeleton of the body (tables, rows, section properties) that the ordinary
:class:`~commplan.audit.walk.Walker` walks, taking the paragraphs and cells read ahead in
document order.

Only paragraphs the walk would read are read ahead, with the table style the walk would give
them: a paragraph in a content control or a table without its properties first is left for the
walk. The walk then meets a paragraph that was not read ahead (list counters would be out of
order) and raises :class:`~commplan.audit.walk.Restart`; the document is then read as a whole
tree, as before. Word writes table properties first, so this does not happen to its documents.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from commplan.audit.paragraphs import ParagraphReader
from commplan.audit.walk import CONTAINERS, READ_P, READ_TC, CellInfos, ReadAhead, cell_info
from commplan.audit.xml import Element, child, local, qn

_P, _TC, _TR, _TBL = qn("w:p"), qn("w:tc"), qn("w:tr"), qn("w:tbl")
_BODY, _SDT_CONTENT, _TBL_STYLE = qn("w:body"), qn("w:sdtContent"), qn("w:tblStyle")
_BLOCKS, _ROWS, _CELLS = "blocks", "rows", "cells"
_UNKNOWN = "?"
"""A table whose style is not known yet (no ``w:tblPr`` before its rows)."""

# How the walk reads the children of an element, and the table they are in; None: it does not
# read them (or cannot be known yet).
_Context = tuple[str, Element | None] | None


class ReadingAhead:
    """Reads paragraphs and cells as the parser finishes them."""

    def __init__(self, reader: ParagraphReader) -> None:
        self.reader = reader
        self.ahead = ReadAhead()
        self._contexts: dict[Element, _Context] = {}
        self._styles: dict[Element, str | None] = {}
        self._cell_infos: CellInfos = {}

    def parse(self, source: object, parser_options: dict[str, bool]) -> Element:
        """Parse ``source`` (a binary stream), reading ahead; the root of what is left."""
        events = etree.iterparse(source, events=("end",), tag=(_P, _TC), **parser_options)
        for _, el in events:
            if el.tag == _P:
                self._paragraph(el)
            else:
                self._cell(el)
        root: Element = events.root
        return root

    def _paragraph(self, p: Element) -> None:
        parent = p.getparent()
        context = self._context(parent) if parent is not None else None
        if context is None or context[0] != _BLOCKS:
            return
        style = self._table_style(context[1])
        if style == _UNKNOWN:
            return
        self.ahead.paras.append(self.reader.read(p, table_style=style))
        _empty(p, READ_P)

    def _cell(self, tc: Element) -> None:
        row = tc.getparent()
        context = self._context(row) if row is not None else None
        if context is None or context[0] != _CELLS:
            return
        paras = 0
        for node in tc:
            if node.tag == READ_P:
                paras += 1
            elif local(node) in ("p", "tbl") or local(node) in CONTAINERS:
                return  # the walk reads this cell itself
        self.ahead.cells.append((cell_info(child(tc, "w:tcPr"), self._cell_infos), paras))
        _empty(tc, READ_TC)

    def _context(self, el: Element) -> _Context:
        if el.tag == _TC:
            # Cells are many and emptied: worked out each time, not remembered.
            outer = self._context_of_parent(el)
            return (_BLOCKS, outer[1]) if outer is not None and outer[0] == _CELLS else None
        if el in self._contexts:
            return self._contexts[el]
        found = self._contexts[el] = self._work_out(el)
        return found

    def _context_of_parent(self, el: Element) -> _Context:
        parent = el.getparent()
        return self._context(parent) if parent is not None else None

    def _work_out(self, el: Element) -> _Context:
        tag = el.tag
        parent = el.getparent()
        if tag == _BODY:
            walked = parent is not None and parent.getparent() is None and _first(el, parent)
            return (_BLOCKS, None) if walked else None
        if parent is None:
            return None
        if tag == _SDT_CONTENT:
            # The walk reads a content control through its first w:sdtContent.
            if local(parent) not in CONTAINERS or not _first(el, parent):
                return None
            return self._context_of_parent(parent)
        outer = self._context(parent)
        if outer is None:
            return None
        if tag == _TBL and outer[0] == _BLOCKS:
            return (_ROWS, el)
        if tag == _TR and outer[0] == _ROWS:
            return (_CELLS, outer[1])
        return None

    def _table_style(self, table: Element | None) -> str | None:
        if table is None:
            return None
        if table not in self._styles:
            tbl_pr = child(table, "w:tblPr")
            if tbl_pr is None:
                return _UNKNOWN  # not known yet: asked again at the next paragraph
            style = child(tbl_pr, "w:tblStyle")
            requested = style.get(qn("w:val")) if style is not None else None
            self._styles[table] = self.reader.sheet.style_id(requested, "table")
        return self._styles[table]


def _first(el: Element, parent: Element) -> bool:
    """``el`` (a w: element) is the first child of ``parent`` with its tag, as ``child()`` finds."""
    return child(parent, "w:" + local(el)) is el


def _empty(el: Element, tag: str) -> None:
    # lxml keeps alive any part of the subtree that Python still holds (a section's
    # w:sectPr), and frees the rest.
    el.clear()
    el.tag = tag
