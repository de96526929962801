"""A trial render for ``template check``: each part's Jinja run on sample values, on a budget.

``check`` reads a template without a plan, so it cannot know every value; but a template that
divides by zero, pops an empty list, calls a macro without end or builds a gigantic text does
so whatever the plan holds. The sample context is made from ``spec.CONTEXT`` (every variable a
plausible value: texts, the number 2, two items in each list), each part's skeleton (one line
a paragraph) is rendered with the render budget, and the faults that do not depend on the
values are reported at the paragraph the traceback points to. Other errors (a filter given a
sample text it does not expect) are left to ``render``, to avoid false alarms.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Final

from commplan.i18n import _
from commplan.render.environment import make_environment
from commplan.render.jinja_errors import runtime_fault
from commplan.render.limits import BudgetExceeded, deadline
from commplan.render.spec import CONTEXT, Var

TRIAL_SECONDS: Final = 20.0
_SAMPLES: Final = {"text": "Mẫu", "number": 2, "flag": True}


def _sample(var: Var) -> Any:
    if var.kind == "map":
        return {f.name: _sample(f) for f in var.fields}
    if var.kind == "list":
        item = (
            Var("item", "map", "", var.fields)
            if var.fields
            else Var("item", var.item or "text", "")
        )
        return [_sample(item), _sample(item)]
    return _SAMPLES[var.kind]


def sample_context() -> dict[str, Any]:
    """A value of the right shape for every variable of the plan context."""
    return {var.name: _sample(var) for var in CONTEXT}


def _template_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def run_fault(source: str, context: dict[str, Any]) -> tuple[int | None, str] | None:
    """The line and description of a value-independent fault of ``source``, if it has one."""
    try:
        with deadline(TRIAL_SECONDS):
            make_environment().from_string(source).render(context)
    except BudgetExceeded as exc:
        # The watchdog's interruption (the context) went through the template's frames.
        cause = exc.__context__ or exc
        return _template_line(cause.__traceback__) or _template_line(exc.__traceback__), str(exc)
    except RecursionError as exc:
        return _template_line(exc.__traceback__), _("a macro calls itself without end")
    except (ArithmeticError, IndexError) as exc:
        return _template_line(exc.__traceback__), runtime_fault(exc)
    except Exception:  # a sample value the template did not expect: not a fault
        return None
    return None
