"""``commplan import``: a plan that exists only as a Word document becomes a plan file.

``import_docx`` is the entry point (``summary`` can call it for agencies that do not use
commplan): it reads the frame, the opening, sections I–V and the appendix tables commplan
writes, and returns the YAML text with a ``# kiểm tra: …`` comment on every inferred value and
the lists of what was read, inferred and kept for the officer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from commplan.importer.emit import to_yaml
from commplan.importer.parse import NotAPlan, parse
from commplan.importer.read import NotImportable, read_blocks

ORIGIN_TEXT: Final = "text"
"""Read from the document's words (the only way for a plan typed in Word)."""
ORIGIN_EMBEDDED: Final = "embedded"
"""The plan ``commplan render`` stored in the document, taken as it is."""
ORIGIN_EDITED: Final = "edited"
"""Read from the words of a rendered document edited since: its stored plan is stale."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The plan file's text and what the officer should know about it.

    ``origin`` says where the text came from; ``version`` is the commplan that rendered the
    document, when it did.
    """

    text: str
    read: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    origin: str = ORIGIN_TEXT
    version: str = ""


def import_docx(path: Path) -> ImportResult:
    """Read ``path`` (.docx) as a plan; raises NotImportable (exit 2) or NotAPlan (exit 1)."""
    draft = parse(read_blocks(path), str(path))
    header = [
        f"Nhập từ {path.name} bằng commplan import. Các dòng '# kiểm tra' là giá trị do",
        "commplan suy ra: cán bộ kiểm tra rồi xóa chú thích.",
    ]
    text = to_yaml(draft.data, draft.notes, header)
    return ImportResult(text, draft.read, draft.inferred, draft.kept)


__all__ = [
    "ORIGIN_EDITED",
    "ORIGIN_EMBEDDED",
    "ORIGIN_TEXT",
    "ImportResult",
    "NotAPlan",
    "NotImportable",
    "import_docx",
]
