"""From the XML parts of a package to the :class:`~commplan.audit.model.Doc` the checks read."""

from __future__ import annotations

from commplan.audit.model import Doc
from commplan.audit.numbering import Numbering, style_numbering
from commplan.audit.package import Package
from commplan.audit.paragraphs import ParagraphReader
from commplan.audit.sections import SectionReader
from commplan.audit.styles import StyleSheet
from commplan.audit.theme import read_theme
from commplan.audit.walk import Walker
from commplan.audit.xml import child, on_off


def load_doc(package: Package) -> Doc:
    """Read the body, the sections and their headers of ``package``."""
    theme = read_theme(package.theme, package.settings)
    sheet = StyleSheet(package.styles, theme)
    numbering = Numbering(package.numbering, style_numbering(package.styles))
    reader = ParagraphReader(sheet, numbering)
    body = child(package.document, "w:body")
    walked = Walker(reader).walk(body) if body is not None else None
    paras = walked.paras if walked else []
    final = child(body, "w:sectPr")
    sections = SectionReader(reader, package.parts).sections(
        walked.breaks if walked else [], final, len(paras)
    )
    even = child(package.settings, "w:evenAndOddHeaders")
    return Doc(
        paras=paras,
        tables=walked.tables if walked else [],
        sections=sections,
        even_and_odd=even is not None and on_off(even),
        rendered_breaks=walked.rendered_breaks if walked else 0,
    )
