"""What a check is, what it reports, and the formatting comparisons most checks share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from commplan.audit.layout import Layout
from commplan.audit.model import Doc, Span
from commplan.audit.normalize import excerpt, is_upper
from commplan.i18n import N_, _
from commplan.source.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem at a paragraph (its 1-based number); ``severity`` None means the rule's own."""

    rule: str
    para: int
    message: str
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What every check reads."""

    doc: Doc
    layout: Layout

    def requires(self, part: str) -> bool:
        """True when the document's type must have ``part``: only then is its absence reported."""
        return self.layout.doctype.has(part)


Check = Callable[[Context], Iterable[Finding]]

_ALIGNMENTS = {
    "left": N_("left"),
    "right": N_("right"),
    "center": N_("centred"),
    "both": N_("justified"),
    "distribute": N_("distributed"),
}


def aligned(align: str) -> str:
    """An OOXML alignment (``left``, ``both``, …) as people say it, in the active language."""
    name = _ALIGNMENTS.get(align)
    return _(name) if name else align


@dataclass(frozen=True, slots=True)
class Want:
    """Expected formatting of an element: size range in half-points, bold, italic, capitals."""

    sizes: tuple[int, int] | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool = False


def pt(half_points: int) -> str:
    """Half-points as a size for people: ``"13 pt"``, ``"13.5 pt"``."""
    return f"{half_points / 2:g} pt"


def size_range(sizes: tuple[int, int]) -> str:
    """``"13–14 pt"`` or ``"13 pt"``."""
    low, high = sizes
    return pt(low) if low == high else f"{low / 2:g}–{high / 2:g} pt"


def problems(spans: list[Span], text: str, want: Want) -> list[str]:
    """What differs from ``want``, each as "found, expected …"; empty when all is well."""
    out: list[str] = []
    if want.sizes is not None:
        low, high = want.sizes
        bad = sorted({s.props.size for s in spans if not low <= s.props.size <= high})
        if bad:
            found = ", ".join(pt(b) for b in bad)
            out.append(
                _("size {found}, expected {want}").format(found=found, want=size_range(want.sizes))
            )
    if want.bold is True and not all(s.props.bold for s in spans):
        out.append(_("not bold, expected bold"))
    if want.bold is False and any(s.props.bold for s in spans):
        out.append(_("bold, expected not bold"))
    if want.italic is True and not all(s.props.italic for s in spans):
        out.append(_("upright, expected italic"))
    if want.italic is False and any(s.props.italic for s in spans):
        out.append(_("italic, expected upright"))
    if want.caps and not (is_upper(text) or (spans and all(s.props.caps for s in spans))):
        out.append(_("not in capitals, expected capitals (in hoa)"))
    return out


def quoted(text: str) -> str:
    """Text as quoted in messages, cut to a readable length."""
    return f"“{excerpt(text, 60)}”"


def format_findings(
    rule: str, para: int, element: str, text: str, found: Iterable[str]
) -> Iterable[Finding]:
    """One finding listing every formatting problem of an element (none when there are none)."""
    listed = list(found)
    if listed:
        yield Finding(rule, para, f"{element} {quoted(text)}: {'; '.join(listed)}")
