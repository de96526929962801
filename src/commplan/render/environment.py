"""The Jinja environment templates run in: sandboxed, autoescaped, strict about names.

* Sandboxed: a template is a file an officer may have received from anyone, so it must not
  reach Python internals (``{{ ''.__class__ }}`` raises ``SecurityError``).
* Autoescaped: "Sở TT&TT" must become ``&amp;`` in Word's XML, or the document is corrupt.
* ``StrictUndefined``: a misspelt variable is an error, never a silently empty field.
* Budgeted: ``*`` and ``**`` are checked before they run, values and output are measured
  (``limits``), so that a template cannot build a 3 GB text.
"""

from __future__ import annotations

from typing import Any

from jinja2 import StrictUndefined
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from commplan.render.filters import FILTERS
from commplan.render.limits import budgeted_concat, check_binop, check_value


class BudgetedEnvironment(SandboxedEnvironment):
    """The sandbox, with the value and output budget of ``budget``."""

    intercepted_binops = frozenset(["*", "**"])
    concat = staticmethod(budgeted_concat)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``left operator right``, refused before it runs when the result would be huge."""
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A call from the template; its result is measured."""
        return check_value(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute`` from the template; the value is measured."""
        return check_value(super().getattr(obj, attribute))


def make_environment() -> SandboxedEnvironment:
    """A fresh environment with the commplan filters."""
    env = BudgetedEnvironment(autoescape=True, undefined=StrictUndefined)
    env.filters.update(FILTERS)
    return env
