"""From the XML parts of a package to the :class:`~commplan.audit.model.Doc` the checks read."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from pathlib import Path

from commplan.audit.model import Doc
from commplan.audit.numbering import Numbering, style_numbering
from commplan.audit.opc import Opened, open_package, parser_options
from commplan.audit.package import Package, check_container, read_package
from commplan.audit.paragraphs import ParagraphReader
from commplan.audit.sections import SectionReader
from commplan.audit.styles import StyleSheet
from commplan.audit.theme import read_theme
from commplan.audit.walk import Restart, Walked, Walker
from commplan.audit.xml import Element, child, on_off


def read_doc(path: Path) -> Doc:
    """Read the .docx at ``path``: streamed when it is plainly well made, else by python-docx.

    Raises:
        UnreadableDocx: python-docx cannot read it (:func:`~commplan.audit.package.read_package`).
        OSError: the file cannot be read.
    """
    # Reading makes a million objects that all live until the checks end: the cyclic collector
    # would walk them over and over and find no garbage (a tenth of auditing a large plan).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read(path)
    finally:
        if enabled:
            gc.enable()


def _read(path: Path) -> Doc:
    check_container(path)
    opened = open_package(path)
    if opened is not None:
        doc = _streamed(opened)
        if doc is not None:
            return doc
    # python-docx has the last word on what is not a plain package, and says why it fails.
    return load_doc(read_package(path))


def load_doc(package: Package) -> Doc:
    """Read the body, the sections and their headers of ``package``."""
    reader = _reader(package.styles, package.numbering, package.theme, package.settings)
    body = child(package.document, "w:body")
    walked = Walker(reader).walk(body) if body is not None else None
    return _doc(walked, body, reader, package.parts, package.settings)


def _streamed(opened: Opened) -> Doc | None:
    """``opened`` read while its document is parsed; None when the XML is not well-formed."""
    from lxml import etree  # type: ignore[import-untyped]

    from commplan.audit.stream import ReadingAhead

    reader = _reader(opened.styles, opened.numbering, opened.theme, opened.settings)
    ahead = ReadingAhead(reader)
    try:
        with opened.document_stream() as stream:
            root = ahead.parse(stream, parser_options())
        body = child(root, "w:body")
        walked = Walker(reader, ahead.ahead).walk(body) if body is not None else None
        return _doc(walked, body, reader, opened.parts, opened.settings)
    except Restart:
        pass
    except Exception:  # XML that is not well-formed, or any surprise: python-docx decides
        return None
    del ahead, reader
    with opened.document_stream() as stream:
        root = etree.parse(stream, etree.XMLParser(**parser_options())).getroot()
    package = Package(
        document=root,
        styles=opened.styles,
        numbering=opened.numbering,
        settings=opened.settings,
        theme=opened.theme,
        parts=opened.parts,
    )
    return load_doc(package)


def _reader(
    styles: Element | None,
    numbering: Element | None,
    theme: Element | None,
    settings: Element | None,
) -> ParagraphReader:
    sheet = StyleSheet(styles, read_theme(theme, settings))
    return ParagraphReader(sheet, Numbering(numbering, style_numbering(styles)))


def _doc(
    walked: Walked | None,
    body: Element | None,
    reader: ParagraphReader,
    parts: Mapping[str, Element],
    settings: Element | None,
) -> Doc:
    paras = walked.paras if walked else []
    final = child(body, "w:sectPr")
    sections = SectionReader(reader, parts).sections(
        walked.breaks if walked else [], final, len(paras)
    )
    even = child(settings, "w:evenAndOddHeaders")
    return Doc(
        paras=paras,
        tables=walked.tables if walked else [],
        sections=sections,
        even_and_odd=even is not None and on_off(even),
        rendered_breaks=walked.rendered_breaks if walked else 0,
    )
