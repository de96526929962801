"""The Jinja environment templates run in: sandboxed, autoescaped, strict about names.

* Sandboxed: a template is a file an officer may have received from anyone, so it must not
  reach Python internals (``{{ ''.__class__ }}`` raises ``SecurityError``).
* Autoescaped: "Sở TT&TT" must become ``&amp;`` in Word's XML, or the document is corrupt.
* ``StrictUndefined``: a misspelt variable is an error, never a silently empty field.
"""

from __future__ import annotations

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from commplan.render.filters import FILTERS


def make_environment() -> SandboxedEnvironment:
    """A fresh environment with the commplan filters."""
    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    env.filters.update(FILTERS)
    return env
