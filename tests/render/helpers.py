"""Shared helpers of the render tests: rendering examples, reading formatting back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Length
from docx.text.paragraph import Paragraph

from commplan.check.validate import check_paths
from commplan.model.plan import Plan
from commplan.render.docx import render_plan
from commplan.render.source import load_template
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load_plan(path: Path) -> Plan:
    result = check_paths([str(path)], keep_plans=True)[0]
    assert result.plan is not None, result.diagnostics
    return result.plan


def render_to(path: Path, out: Path) -> DocumentObject:
    out.write_bytes(render_plan(load_plan(path), load_template(None)))
    return Document(str(out))


def _style_value(paragraph: Paragraph, getter: Any) -> Any:
    style = paragraph.style
    while style is not None:
        value = getter(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def font(paragraph: Paragraph, attr: str) -> Any:
    """The effective run property (bold, italic, size, name) of a paragraph's text.

    Every run must agree; a run's own value wins over the paragraph style chain.
    """
    values = set()
    for run in paragraph.runs:
        if not run.text.strip():
            continue
        value = getattr(run.font, attr)
        if value is None:
            value = _style_value(paragraph, lambda s: getattr(s.font, attr))
        values.add(value)
    assert len(values) == 1, (paragraph.text, attr, values)
    return values.pop()


def size_pt(paragraph: Paragraph) -> float:
    value = font(paragraph, "size")
    assert isinstance(value, Length)
    return float(value.pt)


def para_format(paragraph: Paragraph, attr: str) -> Any:
    """An effective paragraph-format property through the style chain."""
    value = getattr(paragraph.paragraph_format, attr)
    if value is None:
        value = _style_value(paragraph, lambda s: getattr(s.paragraph_format, attr))
    return value


def all_paragraphs(doc: DocumentObject) -> list[Paragraph]:
    """Body paragraphs in document order, table cells included."""
    from docx.text.paragraph import Paragraph as P

    return [P(p, doc.part) for p in doc.element.body.iter(f"{W}p")]


def body_text(doc: DocumentObject) -> list[str]:
    return [p.text for p in all_paragraphs(doc)]
