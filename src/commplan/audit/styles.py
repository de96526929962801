"""Effective formatting through the style hierarchy of ECMA-376 §17.7.2.

For a run: document defaults, then the table style, the paragraph style and the character style
(each with its ``basedOn`` chain), then direct formatting. For a paragraph: document defaults,
table style, paragraph style, numbering level, direct formatting. A paragraph or run that names
no style (or a style that does not exist) gets the document's default style of that type.
"""

from __future__ import annotations

from commplan.audit.props import (
    FONT_SLOTS,
    TOGGLES,
    Layer,
    ParaProps,
    RunProps,
    interpret_para,
    merge,
    para_layer,
    run_layer,
)
from commplan.audit.theme import ThemeFonts
from commplan.audit.xml import Element, attr, child, children, int_attr, on_off, qn

# Word's size when nothing sets one.
DEFAULT_SIZE = 20


class StyleSheet:
    """The styles part of one document, with cached resolution per style."""

    def __init__(self, styles: Element | None, theme: ThemeFonts) -> None:
        self.theme = theme
        self._styles: dict[str, Element] = {}
        self._default: dict[str, str] = {}
        for style in children(styles, "w:style"):
            style_id, kind = attr(style, "w:styleId"), attr(style, "w:type") or "paragraph"
            if style_id is None or style_id in self._styles:
                continue
            self._styles[style_id] = style
            if attr(style, "w:default") is not None and on_off(style, "w:default"):
                self._default.setdefault(kind, style_id)
        defaults = child(styles, "w:docDefaults")
        self.run_defaults = run_layer(child(child(defaults, "w:rPrDefault"), "w:rPr"))
        self.para_defaults = para_layer(child(child(defaults, "w:pPrDefault"), "w:pPr"))
        self._cache: dict[tuple[str, str], Layer] = {}
        self._bases: dict[tuple[str | None, str | None], Layer] = {}
        self._ids: dict[tuple[str | None, str], str | None] = {}
        self._paras: dict[tuple[tuple[str, str], ...], ParaProps] = {}
        self._headings: dict[str | None, bool] = {}

    def style_id(self, requested: str | None, kind: str) -> str | None:
        """``requested`` when it names a style of ``kind``, else the default style of ``kind``."""
        # Asked for every paragraph and run, of a handful of styles: remembered.
        key = (requested, kind)
        if key not in self._ids:
            self._ids[key] = self._style_id(requested, kind)
        return self._ids[key]

    def _style_id(self, requested: str | None, kind: str) -> str | None:
        if requested is not None:
            style = self._styles.get(requested)
            if style is not None and (attr(style, "w:type") or "paragraph") == kind:
                return requested
        return self._default.get(kind)

    def is_heading_style(self, style_id: str | None) -> bool:
        """True for Word's built-in heading styles ("heading 1" …) and styles based on them."""
        # Asked once per paragraph, of a handful of styles: remembered per style.
        found = self._headings.get(style_id)
        if found is None:
            found = self._headings[style_id] = any(
                name.startswith("heading") or name == "title"
                for name in (
                    (attr(child(s, "w:name"), "w:val") or "").lower() for s in self._chain(style_id)
                )
            )
        return found

    def _chain(self, style_id: str | None) -> list[Element]:
        chain: list[Element] = []
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:
            style = self._styles.get(style_id)
            if style is None:
                break
            seen.add(style_id)
            chain.append(style)
            style_id = attr(child(style, "w:basedOn"))
        return chain[::-1]

    def _layer(self, style_id: str | None, what: str) -> Layer:
        if style_id is None:
            return {}
        key = (style_id, what)
        if key not in self._cache:
            reader = run_layer if what == "w:rPr" else para_layer
            self._cache[key] = merge(*(reader(child(s, what)) for s in self._chain(style_id)))
        return self._cache[key]

    def run(
        self, *, table: str | None, para: str | None, char: str | None, direct: Layer
    ) -> RunProps:
        """The effective properties of a run (style ids as already checked by :meth:`style_id`)."""
        levels = [self._layer(s, "w:rPr") for s in (table, para, char)]
        raw = merge(self.run_defaults, *levels)
        for name in TOGGLES:
            said = [level[name] == "1" for level in levels if name in level]
            if said:
                # Toggle properties in more than one style level cancel out pairwise.
                raw[name] = "1" if sum(said) % 2 else "0"
        return self.interpret_run(merge(raw, direct))

    def para_base(self, *, table: str | None, para: str | None) -> Layer:
        """Paragraph properties from the defaults and the styles, before numbering and direct.

        The layer returned is shared between calls: callers must not change it.
        """
        key = (table, para)
        found = self._bases.get(key)
        if found is None:
            found = self._bases[key] = merge(
                self.para_defaults, self._layer(table, "w:pPr"), self._layer(para, "w:pPr")
            )
        return found

    def para(self, base: Layer, numbering: Layer, direct: Layer) -> ParaProps:
        """The effective paragraph properties."""
        raw = merge(base, numbering, direct)
        # Most paragraphs of a document share a handful of formats: each is interpreted once
        # (ParaProps is frozen, so the paragraphs can share it).
        key = tuple(raw.items())
        found = self._paras.get(key)
        if found is None:
            found = self._paras[key] = interpret_para(raw)
        return found

    def interpret_run(self, raw: Layer) -> RunProps:
        """Turn merged raw values into :class:`RunProps`, resolving theme fonts."""
        fonts = tuple((slot, self._face(raw.get(f"font.{slot}"))) for slot in FONT_SLOTS)
        try:
            size = int(raw.get("sz", DEFAULT_SIZE))
        except ValueError:
            size = DEFAULT_SIZE
        color = raw.get("color")
        return RunProps(
            fonts=fonts,
            size=size,
            bold=raw.get("b") == "1",
            italic=raw.get("i") == "1",
            caps=raw.get("caps") == "1",
            small_caps=raw.get("smallCaps") == "1",
            hidden=raw.get("vanish") == "1",
            color=color.upper() if color and len(color) == 6 else color,
            underline=raw.get("u", "none") not in ("none", "0"),
        )

    def _face(self, value: str | None) -> str | None:
        if value is None or not value.startswith("@"):
            return value
        return self.theme.resolve(value[1:]) or value

    def table_cell_margins(self, table_style: str | None) -> tuple[int | None, int | None]:
        """Left and right cell margins a table style sets (Word's "Normal Table" sets 108)."""
        for style in reversed(self._chain(table_style)):
            margins = child(child(style, "w:tblPr"), "w:tblCellMar")
            if margins is not None:
                return _margin(margins, "left", "start"), _margin(margins, "right", "end")
        return None, None


def _margin(margins: Element, *names: str) -> int | None:
    for name in names:
        el = margins.find(qn(f"w:{name}"))
        if el is not None:
            return int_attr(el, "w:w")
    return None
