"""Why python-docx could not open a package, in the user's language.

python-docx and lxml say it in their English ("'lxml.etree._Element' object has no attribute
'overrides'", "AttValue: ... expected, line 2, column 149006 (<string>, line 2)"), which names
neither the part nor a remedy. Only a failure pays for finding the part: the package's
XML members are parsed again, one by one, until one fails.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from commplan.i18n import _
from commplan.source.archive import (
    MAX_INFLATED,
    REPAIR,
    ArchiveError,
    read_members,
    zip_failure,
)


def docx_failure(exc: BaseException, docx: Path) -> str:
    """What is wrong with ``docx``, given what python-docx raised when it opened it."""
    from docx.opc.exceptions import PackageNotFoundError

    if isinstance(exc, SyntaxError):  # lxml's XMLSyntaxError is one
        return malformed(docx)
    if isinstance(exc, PackageNotFoundError):
        return _("not a Word package (no main document part)")
    if isinstance(exc, KeyError):
        missing = exc.args[0] if exc.args else ""
        return _("a part the package names is missing: {part}").format(part=missing)
    if isinstance(exc, (ValueError, AttributeError, TypeError, IndexError)):
        # python-docx reads the bookkeeping parts without checking their root.
        return _(
            "its list of parts ([Content_Types].xml) or of their links (a .rels part) is not "
            "what Word writes; {fix}"
        ).format(fix=_(REPAIR))
    return zip_failure(exc)


def malformed(docx: Path) -> str:
    """Which part of ``docx`` is not well-formed XML, and where, as far as can be found."""
    found = _first_malformed(docx)
    if found is None:
        return _("an XML part is not well-formed; {fix}").format(fix=_(REPAIR))
    part, line, column = found
    return _("the part {part} is not well-formed XML (line {line}, column {column}); {fix}").format(
        part=part, line=line, column=column, fix=_(REPAIR)
    )


def _first_malformed(docx: Path) -> tuple[str, int, int] | None:
    try:
        members = read_members(docx, limit=MAX_INFLATED)
    except ArchiveError:
        return None
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    for name in sorted(members):
        if not name.endswith((".xml", ".rels")):
            continue
        try:
            etree.fromstring(members[name], parser)
        except etree.XMLSyntaxError as exc:
            line, column = exc.position
            return name, line, column
    return None
