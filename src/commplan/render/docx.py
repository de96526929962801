"""Rendering: context -> docxtpl in the sandbox -> post-processing -> byte-stable .docx bytes.

Every way a template can fail (not a .docx, a Jinja syntax error, an undefined variable, an
attempt to leave the sandbox, XML that Word would reject) becomes a ``TemplateError`` with one
line for people; nothing is written in that case.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Final

from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import TemplateError as JinjaError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml import etree  # type: ignore[import-untyped]

from commplan import __version__
from commplan.errors import TemplateError
from commplan.i18n import _
from commplan.model.plan import Plan
from commplan.render.context import build_context, subject
from commplan.render.environment import make_environment
from commplan.render.header_fit import fit_header
from commplan.render.jinja_errors import missing_name, runtime_fault, syntax_fault
from commplan.render.limits import BudgetExceeded, deadline
from commplan.render.package import CONTENT_TYPES, MAIN_RELS, members
from commplan.render.postprocess import postprocess
from commplan.render.source import TemplateSource
from commplan.render.templatepkg import xml_parts
from commplan.render.zipnorm import Member, source_date_epoch, write_stable
from commplan.source.embedded import plan_parts, text_digest

_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_LISTING = re.compile("[\t\a\n\f]")


class _Template(DocxTemplate):  # type: ignore[misc]
    """The docxtpl template, with its listing pass run only where it can change something."""

    def resolve_listing(self, xml: str) -> str:
        """The listing pass of docxtpl, skipping paragraphs without a tab, newline, BEL or FF.

        docxtpl runs three nested regular expressions over every paragraph and run of the
        rendered body to turn those characters into Word breaks; on a 5,000-activity plan
        (140,000 paragraphs, nearly all without one) that was a fifth of the rendering time.
        A paragraph with none of them comes out of docxtpl's pass unchanged, so it is skipped.
        """
        listing = super().resolve_listing

        def one(match: re.Match[str]) -> str:
            text = match.group(0)
            return listing(text) if _LISTING.search(text) else text

        return _PARAGRAPH.sub(one, xml)


TEMPLATE_FAULTS: Final = (
    ArithmeticError,  # {{ 1 // 0 }}, {{ 10.0 ** 400 }}
    LookupError,  # {{ [].pop() }}, {{ {}['x'] }}
    TypeError,
    ValueError,
    AttributeError,
    MemoryError,
)
"""What a template's own expressions can raise while it runs: the template's fault, said so."""


def render_plan(plan: Plan, template: TemplateSource, *, plan_text: str | None = None) -> bytes:
    """The .docx bytes of a plan rendered with a template.

    ``plan_text``, when given, is stored inside the document (``source.embedded``), so that
    ``validate`` and ``summary`` can read the plan back from the .docx alone.

    Raises:
        TemplateError: the template is unusable (see the module docstring).
    """
    return render_context(build_context(plan), template, plan_text=plan_text)


def render_context(
    context: dict[str, Any], template: TemplateSource, *, plan_text: str | None = None
) -> bytes:
    """Render a prepared context; see :func:`render_plan`."""
    doc = _render(context, template)
    try:
        fit_header(doc)
        postprocess(doc, context)
        _core_properties(doc, context)
        found = members(doc)
        if plan_text is not None:
            found.update(_plan_parts(doc, found, plan_text))
        return write_stable(found)
    except (etree.LxmlError, *TEMPLATE_FAULTS) as exc:
        # python-docx reads a template's values lazily: a width of "0--- " in an edited
        # template only fails here, after Jinja.
        raise TemplateError(_cannot_render(template, exc)) from None


def _plan_parts(doc: DocumentObject, found: dict[str, Member], plan_text: str) -> dict[str, bytes]:
    rels, types = found[MAIN_RELS], found[CONTENT_TYPES]
    if not isinstance(rels, bytes) or not isinstance(types, bytes):
        raise TypeError(MAIN_RELS)  # python-docx writes relationships as bytes: never here
    digest = text_digest(paragraph_texts(doc.element))
    return plan_parts(
        found, rels=rels, types=types, plan_text=plan_text, version=__version__, digest=digest
    )


def paragraph_texts(root: etree._Element) -> Iterator[str]:
    """The text of every paragraph under ``root``, in order, as ``body_digest`` reads it.

    A paragraph inside another (in a text box) is read on its own and with the outer one.
    """
    paragraph, text = qn("w:p"), qn("w:t")
    for found in root.iter(paragraph):
        yield "".join(found.itertext(text, with_tail=False))


def _cannot_render(template: TemplateSource, exc: BaseException) -> str:
    detail = runtime_fault(exc)
    return _(
        "template {name} cannot be rendered ({detail}); run 'commplan template check {name}'"
    ).format(name=template.name, detail=detail)


def _load(template: TemplateSource) -> DocxTemplate:
    xml_parts(template)  # the gate: python-docx only ever sees a package it can read
    tpl = _Template(io.BytesIO(template.data))
    try:
        tpl.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError):
        raise TemplateError(
            _("template {name} is not a Word .docx file; save it from Word as .docx").format(
                name=template.name
            )
        ) from None
    return tpl


def _render(context: dict[str, Any], template: TemplateSource) -> DocumentObject:
    tpl = _load(template)
    try:
        with deadline():
            tpl.render(context, make_environment(), autoescape=True)
    except BudgetExceeded as exc:
        raise TemplateError(
            _(
                "template {name} was stopped: {detail}; check its loops and repetitions "
                "(a template has a budget of time and size)"
            ).format(name=template.name, detail=exc)
        ) from None
    except RecursionError:
        raise TemplateError(
            _("template {name} was stopped: a macro calls itself without end").format(
                name=template.name
            )
        ) from None
    except SecurityError as exc:
        raise TemplateError(
            _(
                "template {name} tries to reach Python internals ({detail}); a template may "
                "only use the variables in docs/template-context.md"
            ).format(name=template.name, detail=exc)
        ) from None
    except TemplateSyntaxError as exc:
        raise TemplateError(_syntax_message(template, exc)) from None
    except UndefinedError as exc:
        raise TemplateError(
            _(
                "template {name} uses a variable the plan does not provide ({detail}); "
                "run 'commplan template check {name}'"
            ).format(name=template.name, detail=missing_name(exc))
        ) from None
    except (JinjaError, etree.LxmlError, SyntaxError, *TEMPLATE_FAULTS) as exc:
        raise TemplateError(_cannot_render(template, exc)) from None
    document: DocumentObject = tpl.docx
    return document


def _syntax_message(template: TemplateSource, exc: TemplateSyntaxError) -> str:
    from commplan.render.templatecheck import first_syntax_error

    where = first_syntax_error(template)
    if where is not None:
        return _("template {name}, {where}; fix the tag in Word and save again").format(
            name=template.name, where=where
        )
    return _("template {name} has a Jinja syntax error at line {line}: {detail}").format(
        name=template.name, line=exc.lineno, detail=syntax_fault(exc)
    )


def _core_properties(doc: DocumentObject, context: dict[str, Any]) -> None:
    # docProps/core.xml would otherwise keep the template's author and dates.
    props = doc.core_properties
    document = context["document"]
    moment = datetime.fromtimestamp(source_date_epoch(), UTC).replace(tzinfo=None)
    props.title = _core_text(f"Kế hoạch {subject(document['title'])}")
    props.author = _core_text(" ".join(document["issuer"].split()))
    props.last_modified_by = ""
    props.comments = ""
    props.language = "vi-VN"
    props.revision = 1
    props.created = moment
    props.modified = moment


CORE_TEXT_LIMIT = 255
"""python-docx refuses core properties (title, author) longer than this."""


def _core_text(text: str) -> str:
    # Only the file's properties are cut; the document itself keeps the whole text.
    if len(text) <= CORE_TEXT_LIMIT:
        return text
    return text[: CORE_TEXT_LIMIT - 1] + "…"
