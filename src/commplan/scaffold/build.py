"""From the officer's answers to the text of a new plan."""

from __future__ import annotations

from collections.abc import Iterable

from commplan.scaffold.assign import Assignment, apply_all
from commplan.scaffold.choices import Refused
from commplan.scaffold.context import Answers, Context
from commplan.scaffold.issuer import clean
from commplan.scaffold.template import fill, template_text
from commplan.scaffold.verify import schema_errors

DEFAULT_POLICY = "Dự án Luật [Tên Luật]"
"""The draft policy of a ``chinh-sach`` plan when none is named."""


def policy_name(text: str) -> str:
    """The draft policy's name as it starts a field: ``Dự án Luật Bảo hiểm xã hội (sửa đổi)``.

    Raises:
        Refused: see ``issuer.clean``.
    """
    name = clean(text)
    return name[:1].upper() + name[1:]


def build_plan(answers: Answers, assignments: Iterable[Assignment] = ()) -> str:
    """The plan's text: the kind's template filled for the answers, then every ``--set``.

    Raises:
        UsageError: a ``--set`` that names no scalar field or that the schema refuses.
        RuntimeError: the template itself does not pass the schema (a bug, caught by tests).
    """
    name = answers.kind.template_for(answers.style)
    text = fill(template_text(name), Context(answers))
    problems = schema_errors(text, answers.file_name)
    if problems:
        first = problems[0]
        raise RuntimeError(f"template {name}: {first.line}: {first.message}")
    return apply_all(text, assignments)


__all__ = ["DEFAULT_POLICY", "Refused", "build_plan", "policy_name"]
