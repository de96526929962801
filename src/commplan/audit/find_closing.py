"""Finding the closing block (Nơi nhận and the signature, ô 7 and 9b) and the appendices."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from commplan.audit.model import Doc, Para, Table
from commplan.audit.normalize import is_upper, nfc
from commplan.audit.segments import is_rule_text

_RECIPIENTS = re.compile(r"^nơi\s*nhận\s*(:|$)")
# "(Ký, ghi rõ họ tên)", "(Chữ ký của người có thẩm quyền, …)", "(Đã ký)", "(Ký tên, đóng dấu)".
_INSTRUCTION = re.compile(r"^\(\s*(ký|chữ ký|đã ký|ký tên|ký,|dấu)\b|^dấu/chữ ký số\b")
_MAX_SIGNER_LINES = 4
_AUTHORITY = re.compile(r"^(tm|kt|tl|tuq|q)\.\s")
_APPENDIX = re.compile(r"^phụ\s*lục(\s+([ivxlcdm]+|\d+))?\s*$")
_REFERENCE = re.compile(r"^\(\s*kèm\s+theo\b")


@dataclass(slots=True)
class Closing:
    """The closing block, and where the body ends and appendices may start."""

    table: Table | None = None
    recipients_title: Para | None = None
    recipients: list[Para] = field(default_factory=list)
    signer_title: list[Para] = field(default_factory=list)
    signer_name: Para | None = None
    body_end: int | None = None
    after: int = 1


@dataclass(slots=True)
class Appendix:
    """One appendix: its "Phụ lục" line, title lines, "(Kèm theo …)" line, and extent."""

    label: Para
    title: list[Para]
    reference: Para | None
    end: int


def low(para: Para) -> str:
    """Case-folded NFC text with whitespace runs as one space."""
    return " ".join(nfc(para.text).casefold().split())


def is_instruction(para: Para) -> bool:
    """A signature instruction such as "(Ký và ghi rõ họ tên)": part of the signature block."""
    return bool(_INSTRUCTION.match(low(para)))


def reference_end(doc: Doc, reference: Para) -> int:
    """The first paragraph after a "(Kèm theo …)" line that may span lines, and its rule."""
    index = reference.index
    for para in doc.paras[reference.index - 1 : reference.index + 2]:
        index = para.index
        if nfc(para.text).rstrip().endswith(")"):
            break
    for para in doc.paras[index:]:
        if not (para.blank or is_rule_text(para.text)):
            break
        index = para.index
    return index + 1


def find_closing(doc: Doc, start: int) -> Closing:
    """The closing block at or after paragraph ``start``."""
    out = Closing(after=start)
    title = next((p for p in doc.paras[start - 1 :] if _RECIPIENTS.match(low(p))), None)
    table = _table_of(doc, title) if title else _signature_table(doc, start)
    out.table = table
    out.recipients_title = title
    if title is not None:
        out.recipients = _same_cell_after(doc, title)
    if table is not None:
        out.body_end = table.first_para
        out.after = table.last_para + 1
        out.signer_title, out.signer_name = _signer(doc, table, title)
    elif title is not None:
        out.body_end = title.index
        out.after = (out.recipients[-1].index if out.recipients else title.index) + 1
    else:
        _loose_signature(doc, start, out)
    return out


def _loose_signature(doc: Doc, start: int, out: Closing) -> None:
    """A signature typed as paragraphs: the capital lines above "(Ký …)" and the name below."""
    marks = [p for p in doc.paras[start - 1 :] if p.cell is None and is_instruction(p)]
    if not marks:
        return
    mark = marks[-1]
    above: list[Para] = []
    for para in reversed(doc.paras[start - 1 : mark.index - 1]):
        if para.blank and not above:
            continue
        if para.blank or para.cell is not None or not is_upper(para.text):
            break
        above.insert(0, para)
    if not above or len(above) > _MAX_SIGNER_LINES:
        return
    out.signer_title = above
    out.signer_name = next(
        (p for p in doc.paras[mark.index :] if not p.blank and not is_instruction(p)), None
    )
    out.body_end = above[0].index
    last = out.signer_name or mark
    out.after = last.index + 1


def _table_of(doc: Doc, para: Para) -> Table | None:
    return doc.tables[para.cell.top[0]] if para.cell is not None else None


def _signature_table(doc: Doc, start: int) -> Table | None:
    """Without "Nơi nhận", the last top-level table holding a "TM."/"KT."… line.

    A signature table is small (Mẫu 1.6, 1.7 use four rows and four columns at most): a larger
    table listing "TM. …" lines is a table of the body.
    """
    found = None
    for table in doc.tables:
        if table.depth or table.first_para < start or len(table.grid) > _MAX_SIGNER_LINES:
            continue
        paras = doc.paras[table.first_para - 1 : table.last_para]
        rows = {p.cell.top[1] for p in paras if p.cell is not None}
        if len(rows) <= _MAX_SIGNER_LINES and any(_AUTHORITY.match(low(p)) for p in paras):
            found = table
    return found


def _same_cell_after(doc: Doc, title: Para) -> list[Para]:
    out: list[Para] = []
    for para in doc.paras[title.index :]:
        if title.cell is not None:
            if para.cell is None or para.cell.top != title.cell.top:
                break
        elif para.blank:
            break
        if not para.blank:
            out.append(para)
    return out


def _signer(doc: Doc, table: Table, title: Para | None) -> tuple[list[Para], Para | None]:
    """The authority and title lines (S1) and the signer's name (S2) of the signature cell."""
    column = title.cell.top if title is not None and title.cell is not None else None
    paras = [
        p
        for p in doc.paras[table.first_para - 1 : table.last_para]
        if p.cell is not None and (column is None or p.cell.top != column)
    ]
    groups: list[list[Para]] = [[]]
    for para in paras:
        if para.blank or is_instruction(para):
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(para)
    groups = [g for g in groups if g]
    if not groups:
        return [], None
    name = groups[-1][-1] if len(groups) > 1 else None
    # More lines than any "TM. … / KT. … / title" block: a table of the body, not a signature.
    return groups[0][:_MAX_SIGNER_LINES], name


def find_appendices(doc: Doc, start: int) -> list[Appendix]:
    """Appendices: from each "Phụ lục …" line (outside tables) to the next one."""
    labels = [p for p in doc.paras[start - 1 :] if p.cell is None and _APPENDIX.match(low(p))]
    out: list[Appendix] = []
    for i, label in enumerate(labels):
        end = labels[i + 1].index if i + 1 < len(labels) else len(doc.paras) + 1
        title, reference = _appendix_head(doc, label, end)
        out.append(Appendix(label, title, reference, end))
    return out


def _appendix_head(doc: Doc, label: Para, end: int) -> tuple[list[Para], Para | None]:
    title: list[Para] = []
    for para in doc.paras[label.index : end - 1]:
        if para.blank:
            continue
        if _REFERENCE.match(low(para)):
            return title, para
        if para.cell is not None or len(title) >= 3:
            break
        title.append(para)
    return title, None
