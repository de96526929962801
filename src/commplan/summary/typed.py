"""Word plans typed without commplan: imported on the fly, then checked like any plan.

An agency that does not use commplan sends a .docx with no plan stored in it (DOCX-001 for
``validate``). ``summary`` reads it with ``commplan import``'s reader (``import_docx``) and
checks the text it gives through the same pipeline, so the agency is counted; its row is marked
"nhập từ Word" since the figures were read from the words, not written by the agency in a plan
file. A document import cannot read (a letter, a scan) stays listed under DOCX-001.
"""

from __future__ import annotations

from pathlib import Path

from commplan.check.pipeline import FileResult, check_source
from commplan.errors import CommplanError
from commplan.importer import import_docx
from commplan.settings.selection import Selector
from commplan.source.inputs import Source

NO_PLAN = "DOCX-001"


def import_typed(file: str, selector: Selector) -> FileResult | None:
    """The checked result of the plan imported from ``file``, or None when import cannot read it.

    The result still holds its plan (the caller counts its figures, then drops it).
    """
    path = Path(file)
    try:
        imported = import_docx(path)
    except CommplanError:  # NotImportable, NotAPlan: the DOCX-001 finding stands
        return None
    source = Source(file, imported.text.encode("utf-8"), path)
    return check_source(source, selector.for_file(path))
