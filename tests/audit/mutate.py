"""Breaking one rule of a document: small edits on the python-docx / lxml tree, and auditing."""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from commplan.audit.engine import audit_file
from commplan.source.diagnostics import Diagnostic, Severity
from tests.audit.builder import w

W_P, W_R, W_T = qn("w:p"), qn("w:r"), qn("w:t")


def text_of(p: Any) -> str:
    return unicodedata.normalize("NFC", "".join(t.text or "" for t in p.iter(W_T)))


def paragraphs(doc: DocumentObject) -> Iterator[Any]:
    yield from doc.element.body.iter(W_P)


def find(doc: DocumentObject, prefix: str, *, nth: int = 0) -> Any:
    """The ``nth`` paragraph whose text starts with ``prefix`` (NFC, whitespace-trimmed)."""
    found = [p for p in paragraphs(doc) if text_of(p).strip().startswith(prefix)]
    assert len(found) > nth, f"no paragraph starting {prefix!r}"
    return found[nth]


def set_text(p: Any, text: str) -> None:
    """Put ``text`` in the paragraph's first text run and empty the others."""
    texts = list(p.iter(W_T))
    texts[0].text = text
    texts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    for t in texts[1:]:
        t.text = ""


def runs(p: Any) -> list[Any]:
    return [r for r in p.iter(W_R) if r.find(W_T) is not None]


def set_run_prop(p: Any, tag: str, **attrs: object) -> None:
    """Set a run property (replacing one of the same tag) on every text run of ``p``."""
    for r in runs(p):
        rpr = r.get_or_add_rPr()
        old = rpr.find(qn(f"w:{tag}"))
        new = w(tag, **attrs)
        if old is not None:
            rpr.replace(old, new)
        else:
            rpr.append(new)


def drop_run_prop(p: Any, tag: str) -> None:
    for r in runs(p):
        rpr = r.find(qn("w:rPr"))
        if rpr is not None:
            for old in rpr.findall(qn(f"w:{tag}")):
                rpr.remove(old)


def set_para_prop(p: Any, tag: str, **attrs: object) -> None:
    ppr = p.get_or_add_pPr()
    old = ppr.find(qn(f"w:{tag}"))
    new = w(tag, **attrs)
    if old is not None:
        ppr.replace(old, new)
    else:
        ppr.append(new)


def insert_copy_after(p: Any, text: str) -> Any:
    clone = copy.deepcopy(p)
    p.addnext(clone)
    set_text(clone, text)
    return clone


def audit(doc: DocumentObject, folder: Path, name: str = "t.docx") -> list[Diagnostic]:
    path = folder / name
    doc.save(str(path))
    return audit_file(path, name)


def error_ids(found: list[Diagnostic]) -> set[str]:
    return {d.rule for d in found if d.severity is Severity.ERROR}


def ids(found: list[Diagnostic]) -> set[str]:
    return {d.rule for d in found}
