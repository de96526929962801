"""Word lists: the label ("I.", "1.", "a)") Word shows before a numbered paragraph.

ND30 points must run a), b), … đ), e), g): a Word list in ``lowerLetter`` format runs a) … f),
so the auditor computes each label the way Word numbers it and checks the label like typed text.
Counters are kept per abstract list, as Word continues a list across ``w:num`` instances that
share one; a ``startOverride`` restarts the level the first time its instance is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from commplan.audit.props import Layer, para_layer, run_layer
from commplan.audit.xml import Element, attr, child, children, int_attr, on_off
from commplan.vn.formats import roman


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False
    ppr: Layer = field(default_factory=dict)
    rpr: Layer = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Instance:
    abstract: str
    starts: dict[int, int]
    levels: dict[int, Level]


def _level(lvl: Element) -> Level:
    legal = child(lvl, "w:isLgl")
    return Level(
        # ECMA-376 §17.9.26: a level without w:start starts at 0.
        start=int_attr(child(lvl, "w:start")) or 0,
        fmt=attr(child(lvl, "w:numFmt")) or "decimal",
        text=attr(child(lvl, "w:lvlText")) or "",
        suffix=attr(child(lvl, "w:suff")) or "tab",
        legal=legal is not None and on_off(legal),
        ppr=para_layer(child(lvl, "w:pPr")),
        rpr=run_layer(child(lvl, "w:rPr")),
    )


def _levels(el: Element) -> dict[int, Level]:
    return {int_attr(lvl, "w:ilvl") or 0: _level(lvl) for lvl in children(el, "w:lvl")}


class Numbering:
    """The list definitions of a document and the running counters."""

    def __init__(self, numbering: Element | None, style_numbers: dict[str, str]) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}
        for abstract in children(numbering, "w:abstractNum"):
            key = attr(abstract, "w:abstractNumId") or ""
            self._abstract[key] = _levels(abstract)
            link = attr(child(abstract, "w:numStyleLink"))
            if link and link in style_numbers:
                self._links[key] = style_numbers[link]
        self._instances: dict[str, _Instance] = {}
        for num in children(numbering, "w:num"):
            self._instances[attr(num, "w:numId") or ""] = _instance(num)
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()

    def _resolve(self, num_id: str) -> tuple[str, dict[int, Level], _Instance] | None:
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        abstract = instance.abstract
        linked = self._links.get(abstract)
        if linked is not None and linked in self._instances:
            # A list style: the abstract list only points at the style's own list instance.
            abstract = self._instances[linked].abstract
        levels = {**self._abstract.get(abstract, {}), **instance.levels}
        return abstract, levels, instance

    def level(self, num_id: str | None, ilvl: int) -> Level | None:
        """The definition of one level, or None when the paragraph is not in a list."""
        found = self._resolve(num_id) if num_id else None
        return found[1].get(ilvl) if found else None

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The next label of level ``ilvl`` in list ``num_id`` (advances the counter)."""
        found = self._resolve(num_id)
        if found is None:
            return None
        abstract, levels, instance = found
        counters = self._counters.setdefault(abstract, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in instance.starts.items():
                counters[lvl] = start - 1
        level = levels.get(ilvl, Level())
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return _format(level, levels, counters)


def _instance(num: Element) -> _Instance:
    starts: dict[int, int] = {}
    levels: dict[int, Level] = {}
    for override in children(num, "w:lvlOverride"):
        ilvl = int_attr(override, "w:ilvl") or 0
        start = int_attr(child(override, "w:startOverride"))
        if start is not None:
            starts[ilvl] = start
        lvl = child(override, "w:lvl")
        if lvl is not None:
            levels[ilvl] = _level(lvl)
    return _Instance(attr(child(num, "w:abstractNumId")) or "", starts, levels)


def _format(level: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
    if level.fmt == "none":
        return ""
    if level.fmt == "bullet":
        return level.text
    out = level.text
    for k in range(9):
        token = f"%{k + 1}"
        if token in out:
            other = levels.get(k, Level())
            fmt = "decimal" if level.legal else other.fmt
            out = out.replace(token, number_text(counters.get(k, other.start), fmt))
    return out


def number_text(n: int, fmt: str) -> str:
    """A counter in a Word number format (unknown formats fall back to decimal)."""
    if fmt in ("lowerLetter", "upperLetter"):
        # Word's letters: a..z, then aa..zz, and so on.
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        return roman(n) if fmt == "upperRoman" else roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def style_numbering(styles: Element | None) -> dict[str, str]:
    """The list instance each paragraph style with ``w:numPr`` names, by style id."""
    out: dict[str, str] = {}
    for style in children(styles, "w:style"):
        num = child(child(child(style, "w:pPr"), "w:numPr"), "w:numId")
        style_id = attr(style, "w:styleId")
        if style_id and num is not None and attr(num):
            out[style_id] = str(attr(num))
    return out


def label_suffix(level: Level) -> str:
    """What Word puts between the label and the text: a tab, a space or nothing."""
    return {"tab": "\t", "space": " "}.get(level.suffix, "")
