"""``commplan template check``: what is wrong in a customised template, paragraph by paragraph.

docxtpl renders each part (body, headers, footers) as one Jinja template. To point at the
paragraph a problem is in, each part is reduced to a *skeleton*: one line per paragraph holding
its text, with docxtpl's tags (``{%p``, ``{%tr``, ``{% cellbg …%}`` …) turned into the plain
Jinja docxtpl makes of them. A Jinja error on line N is then in paragraph N. Findings:

* TPL-SYNTAX (error): Jinja cannot parse the part, or uses an unknown filter.
* TPL-QUOTES (warning): Word's curly quotes inside a tag (docxtpl straightens “ ” ‘ ’ but
  nothing else, and a straightened quote may not be the one the author meant).
* TPL-VARIABLE (error): a variable or field the plan context does not provide (``spec``).
* TPL-FILTER (error): a filter that is neither Jinja's nor commplan's (``filters.FILTERS``).
* TPL-RUNTIME (error): the part fails when rendered with sample values, in a way no plan can
  avoid: a division by zero, a pop from an empty list, a macro without end, a loop or a
  repetition past the render budget (``trial``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from jinja2 import TemplateSyntaxError, nodes
from lxml import etree  # type: ignore[import-untyped]

from commplan.errors import TemplateError
from commplan.i18n import _
from commplan.render.environment import make_environment
from commplan.render.jinja_errors import syntax_fault
from commplan.render.source import TemplateSource
from commplan.render.templatepkg import xml_parts
from commplan.render.trial import run_fault, sample_context
from commplan.render.varcheck import unknown_names
from commplan.source.diagnostics import Diagnostic, Severity

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS: Final = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml")
TAG: Final = re.compile(r"\{[{%#].*?[}%#]\}")
CURLY: Final = re.compile(r"[“”‘’„‚«»‹›]")
# docxtpl's structural tags and cell tags, as the plain Jinja it turns them into.
_STRUCTURAL: Final = re.compile(r"\{([{%#])(p|tr|tc|r)\s")
_CELL_TAG: Final = re.compile(r"\{%\s*(?:colspan|cellbg)\s+(.*?)\s*%\}")
_MERGE_TAG: Final = re.compile(r"\{%\s*[vh]m\s*%\}")
_STRAIGHT: Final = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
EXCERPT: Final = 60


@dataclass(frozen=True, slots=True)
class Part:
    """One XML part of the template: its label and the text of each paragraph."""

    name: str
    paragraphs: list[str]


def _paragraph_text(paragraph: etree._Element) -> str:
    # Text of this paragraph only, not of paragraphs nested in its text boxes.
    return "".join(
        t.text or ""
        for t in paragraph.iter(f"{W}t")
        if next(t.iterancestors(f"{W}p"), None) is paragraph
    )


def read_parts(template: TemplateSource) -> list[Part]:
    """The paragraphs of every part docxtpl renders.

    Raises:
        TemplateError: the file is not a usable .docx (see ``templatepkg``).
    """
    xml = xml_parts(template)
    parts = sorted(((n, x) for n, x in xml.items() if PARTS.fullmatch(n)), key=lambda i: i[0])
    # The body first, then headers and footers, as a reader meets them.
    parts.sort(key=lambda item: item[0] != "word/document.xml")
    return [
        Part(
            n.removeprefix("word/").removesuffix(".xml"),
            [_paragraph_text(p) for p in x.iter(f"{W}p")],
        )
        for n, x in parts
    ]


def skeleton(paragraphs: list[str]) -> str:
    """The part as plain Jinja, one line per paragraph (see the module docstring)."""
    lines = []
    for text in paragraphs:
        text = _CELL_TAG.sub(r"{{ \1 }}", text.translate(_STRAIGHT))
        text = _MERGE_TAG.sub("", text)
        lines.append(_STRUCTURAL.sub(r"{\1 ", text))
    return "\n".join(lines)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _finding(
    template: TemplateSource, part: Part, line: int, rule: str, message: str, hint: str
) -> Diagnostic:
    where = template.name if part.name == "document" else f"{template.name} ({part.name})"
    index = max(1, min(line, len(part.paragraphs)))
    severity = Severity.WARNING if rule == "TPL-QUOTES" else Severity.ERROR
    text = _excerpt(part.paragraphs[index - 1]) if part.paragraphs else ""
    message = f"{message} " + _("in paragraph «{text}»").format(text=text)
    return Diagnostic(where, index, None, rule, severity, message, hint)


def _quotes(template: TemplateSource, part: Part) -> Iterator[Diagnostic]:
    for number, text in enumerate(part.paragraphs, start=1):
        for tag in TAG.findall(text):
            if CURLY.search(tag):
                yield _finding(
                    template, part, number, "TPL-QUOTES",
                    _("curly quotes inside the tag {tag}").format(tag=tag),
                    _("retype the quotes as straight quotes; in Word turn off AutoCorrect's "
                      "'straight quotes with smart quotes'"),
                )  # fmt: skip


def _syntax(template: TemplateSource, part: Part, source: str) -> Diagnostic | None:
    try:
        make_environment().parse(source)
    except TemplateSyntaxError as exc:
        return _finding(
            template, part, exc.lineno, "TPL-SYNTAX",
            _("Jinja syntax error: {detail}").format(detail=syntax_fault(exc)),
            _("check that every {% %} tag is closed and every if/for has its end tag"),
        )  # fmt: skip
    return None


def _filters(template: TemplateSource, part: Part, tree: nodes.Template) -> Iterator[Diagnostic]:
    known = make_environment().filters
    for node in tree.find_all(nodes.Filter):
        if node.name not in known:
            yield _finding(
                template, part, node.lineno, "TPL-FILTER",
                _("unknown filter '{name}'").format(name=node.name),
                _("the commplan filters are listed in docs/template-context.md"),
            )  # fmt: skip


def _variables(template: TemplateSource, part: Part, tree: nodes.Template) -> Iterator[Diagnostic]:
    for line, name in unknown_names(tree):
        yield _finding(
            template, part, line, "TPL-VARIABLE",
            _("the plan context has no variable {name}").format(name=name),
            _("see docs/template-context.md for the variables a template can use"),
        )  # fmt: skip


def _trial(template: TemplateSource, part: Part, source: str) -> Iterator[Diagnostic]:
    fault = run_fault(source, sample_context())
    if fault is not None:
        line, detail = fault
        yield _finding(
            template, part, line or 1, "TPL-RUNTIME",
            _("the template fails whatever the plan holds: {detail}").format(detail=detail),
            _("check the expression in this paragraph: a division, a repetition, a loop or a "
              "macro that calls itself"),
        )  # fmt: skip


def check_template(template: TemplateSource) -> list[Diagnostic]:
    """Every finding in a template, in paragraph order.

    Raises:
        TemplateError: the file is not a .docx.
    """
    found: list[Diagnostic] = []
    for part in read_parts(template):
        found += _quotes(template, part)
        source = skeleton(part.paragraphs)
        if (error := _syntax(template, part, source)) is not None:
            found.append(error)
            continue
        tree = make_environment().parse(source)
        found += _variables(template, part, tree)
        found += _filters(template, part, tree)
        if not any(d.rule in ("TPL-VARIABLE", "TPL-FILTER") for d in found):
            found += _trial(template, part, source)
    return sorted(found, key=lambda d: (d.file != template.name, d.file, d.line, d.rule))


def first_syntax_error(template: TemplateSource) -> str | None:
    """The first syntax error as "paragraph N: …", for render's one-line message."""
    try:
        parts = read_parts(template)
    except TemplateError:
        return None
    for part in parts:
        error = _syntax(template, part, skeleton(part.paragraphs))
        if error is not None:
            return _("paragraph {n}: {message}").format(n=error.line, message=error.message)
    return None
