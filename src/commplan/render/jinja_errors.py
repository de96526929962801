"""Jinja's complaints about a template, said in the user's language.

Jinja explains a syntax error in English ("unexpected end of template. Jinja was looking for
the following tags: 'endfor' or 'else'. ..."). The usual faults get a sentence of their own;
Jinja's first sentence follows in quotes as a technical detail, for whoever knows Jinja.
"""

from __future__ import annotations

import re
from typing import Final

from jinja2 import TemplateSyntaxError, UndefinedError

from commplan.i18n import _

_OPEN_BLOCK: Final = re.compile(r"The innermost block that needs to be closed is '(\w+)'")
_LOOKING: Final = re.compile(r"looking for the following tags: ([^.]*)\.")
_UNKNOWN_TAG: Final = re.compile(r"^Encountered unknown tag '(\w+)'")
_MISSING: Final = (
    re.compile(r"has no attribute '([^']+)'"),
    re.compile(r"^'([^']+)' is undefined"),
)


def syntax_fault(exc: TemplateSyntaxError) -> str:
    """What is wrong with the tag, then Jinja's first sentence as a quoted detail."""
    english = exc.message or ""
    detail = english.split(". ")[0].rstrip(".")
    block = _OPEN_BLOCK.search(english)
    tag = _UNKNOWN_TAG.match(english)
    if tag is not None and (block is None or "nesting mistake" not in english):
        what = _("Jinja has no tag '{tag}'").format(tag=tag[1])
        if (looking := _LOOKING.search(english)) is not None:  # a misspelt end tag
            expected = ", ".join(re.findall(r"'(\w+)'", looking[1]))
            what = _("Jinja has no tag '{tag}' (the tags expected here: {expected})").format(
                tag=tag[1], expected=expected
            )
    elif block is not None:  # an end tag met before the one of the open block
        what = _("the '{tag}' block is not closed (its end{tag} tag is missing)").format(
            tag=block[1]
        )
    else:
        what = _("a tag or an expression is not written as Jinja expects")
    return _('{what} (detail: "{detail}")').format(what=what, detail=detail)


def missing_name(exc: UndefinedError) -> str:
    """The name a template asked for and the context lacks, or Jinja's words when not found."""
    english = exc.message or ""
    for pattern in _MISSING:
        if (found := pattern.search(english)) is not None:
            return f"'{found[1]}'"
    return f'"{english}"'


def runtime_fault(exc: BaseException) -> str:
    """What a template's expression did wrong while it ran, or the library's words quoted."""
    if isinstance(exc, ZeroDivisionError):
        return _("a division by zero")
    if isinstance(exc, ArithmeticError):
        return _("a number too large to compute")
    if isinstance(exc, IndexError):
        return _("an item taken from an empty or too short list")
    detail = (str(exc).splitlines() or [type(exc).__name__])[0]
    return _('detail: "{detail}"').format(detail=detail)
