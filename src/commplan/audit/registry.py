"""The explicit list of checks, in the order of ND30.md."""

from __future__ import annotations

from typing import Final

from commplan.audit.checks import (
    appendix,
    body,
    closing,
    dateline,
    fonts,
    header,
    page,
    parts,
    rules_drawn,
    structure,
    tables,
    title,
)
from commplan.audit.checks.base import Check

# Each check with the part of the document it is about (None: every document); it runs only
# when the document's type has that part (or the type is unknown: then it checks what is there).
CHECKS: Final[tuple[tuple[str | None, Check], ...]] = (
    (None, page.check_paper),
    (None, page.check_orientation),
    (None, page.check_margins),
    (None, page.check_page_numbers),
    (None, page.check_footers),
    (None, fonts.check_font),
    (None, fonts.check_colour),
    (None, fonts.check_caps),
    (None, fonts.check_nfc),
    ("header", header.check_national),
    ("header", header.check_motto),
    ("header", rules_drawn.check_motto_rule),
    ("header", header.check_agencies),
    ("header", rules_drawn.check_agency_rule),
    ("number", dateline.check_number),
    ("date", dateline.check_date),
    ("number", dateline.check_draft),
    ("title", title.check_title),
    ("title", title.check_subject),
    ("title", rules_drawn.check_subject_rule),
    ("vv", parts.check_vv),
    ("kinh_gui", parts.check_kinh_gui),
    (None, body.check_body_text),
    (None, body.check_justified),
    (None, body.check_indent),
    (None, body.check_spacing),
    (None, body.check_line_spacing),
    (None, body.check_one_size),
    (None, body.check_end_mark),
    (None, body.check_bases),
    ("articles", parts.check_articles),
    (None, structure.check_points),
    (None, structure.check_headings),
    ("signature", closing.check_signer_title),
    ("signature", closing.check_signer_name),
    ("recipients", closing.check_recipients_title),
    ("recipients", closing.check_recipients),
    ("recipients", closing.check_archive),
    ("recipients", closing.check_as_above),
    (None, appendix.check_labels),
    (None, appendix.check_titles),
    (None, appendix.check_references),
    (None, appendix.check_numbering),
    (None, tables.check_table_text),
    (None, tables.check_table_layout),
)

# What an unrecognised type is still checked for, where the document has it.
OPTIONAL_PARTS: Final = frozenset(
    {"header", "number", "date", "signature", "recipients", "vv", "kinh_gui"}
)
