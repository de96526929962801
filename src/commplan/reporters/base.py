"""What every reporter receives."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from commplan.source.diagnostics import Diagnostic, sort_diagnostics
from commplan.source.textcheck import BIDI_CONTROLS

if TYPE_CHECKING:  # the rule catalogue loads the plan model, which `audit` does not need
    from commplan.rules.base import Rule


@dataclass(slots=True)
class RunReport:
    """The findings of one run, the texts of the files (for source lines), and notes.

    ``notes`` maps a file to remarks for people, such as "rule checks were skipped".
    ``skipped`` names the YAML files folder discovery left out (not plans); the summary
    counts them and ``verbose`` lists them.
    """

    diagnostics: list[Diagnostic]
    files: list[str]
    sources: dict[str, str] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    color: bool = False
    quiet: bool = False
    tool: str = "validate"
    catalogue: Sequence[Rule] = ()
    skipped: list[str] = field(default_factory=list)
    verbose: bool = False

    def sorted(self) -> list[Diagnostic]:
        """The diagnostics in report order."""
        return sort_diagnostics(self.diagnostics)


Reporter = Callable[[RunReport], str]


def _escapes(codepoints: Iterable[int]) -> dict[int, str]:
    return {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in codepoints}


_TERMINAL: Final = _escapes(
    (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, *BIDI_CONTROLS)
)
_XML_INVALID: Final = _escapes(
    (*(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)), 0xFFFE, 0xFFFF)
)


def printable(text: str) -> str:
    r"""``text`` safe for a terminal: controls, escape sequences and bidi marks escaped.

    They are shown as ``\x1b`` or ``\u202e`` instead of acting on the screen.
    """
    return text.translate(_TERMINAL)


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold shown as escapes.

    Lone surrogates are escaped too, so that an XML report stays well-formed whatever a
    finding quotes.
    """
    text = text.translate(_XML_INVALID)
    if _has_surrogate(text):
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)
