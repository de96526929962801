"""Theme fonts: what ``w:asciiTheme="minorHAnsi"`` and its kin mean in a given document.

Word documents often name no font at all and point at the theme instead ("+Body" in Word's
font box). A theme lists, for its major (headings) and minor (body) fonts, a Latin face and one
face per script. When the document's theme language (``w:themeFontLang``) is Vietnamese, Word
uses the theme's ``script="Viet"`` face for Latin text: the Office theme names Times New Roman
there, so a document in "Calibri (Body)" can really be set in Times New Roman.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from commplan.audit.xml import Element, attr, child, children, qn

_SLOTS = {"Ascii": "latin", "HAnsi": "latin", "EastAsia": "ea", "Bidi": "cs"}


@dataclass(frozen=True, slots=True)
class ThemeFonts:
    """Faces by ``("major"|"minor", "latin"|"ea"|"cs"|"script:Viet")``."""

    faces: dict[tuple[str, str], str] = field(default_factory=dict)
    vietnamese: bool = False
    present: bool = False

    def resolve(self, reference: str) -> str | None:
        """The face a theme reference (``minorHAnsi``, ``majorEastAsia``, …) stands for.

        Returns:
            The face, or None when the document has no theme or the theme lacks it.
        """
        group = "major" if reference.startswith("major") else "minor"
        slot = _SLOTS.get(reference.removeprefix(group))
        if slot is None:
            return None
        if slot == "latin" and self.vietnamese:
            viet = self.faces.get((group, "script:Viet"))
            if viet:
                return viet
        return self.faces.get((group, slot)) or None


def read_theme(theme: Element | None, settings: Element | None) -> ThemeFonts:
    """The theme's font scheme and whether the theme language is Vietnamese."""
    lang = attr(child(settings, "w:themeFontLang"), "w:val") or ""
    vietnamese = lang.lower().startswith("vi")
    if theme is None:
        return ThemeFonts(vietnamese=vietnamese)
    faces: dict[tuple[str, str], str] = {}
    scheme = theme.find(f".//{qn('a:fontScheme')}")
    for group in ("major", "minor"):
        fonts = child(scheme, f"a:{group}Font")
        for slot in ("latin", "ea", "cs"):
            face = _plain(child(fonts, f"a:{slot}"))
            if face:
                faces[(group, slot)] = face
        for script in children(fonts, "a:font"):
            name, face = script.get("script"), script.get("typeface")
            if name and face:
                faces[(group, f"script:{name}")] = face
    return ThemeFonts(faces=faces, vietnamese=vietnamese, present=True)


def _plain(el: Element | None) -> str | None:
    # DrawingML attributes are unqualified: <a:latin typeface="Calibri"/>.
    return el.get("typeface") if el is not None else None
