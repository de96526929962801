"""commplan: policy-communication plans as YAML, checked and rendered as official documents.

The Python API (``load``, ``validate``, ``render``, ``export``; see docs/api.md) lives in
``commplan.api`` and is imported on first use, so that ``import commplan`` and
``commplan --version`` stay fast.

``render`` and ``export`` are also the names of subpackages. On this package they are
callables that run the API function and forward attribute access to the subpackage, so
``commplan.render(plan, "x.docx")`` and ``commplan.render.docx`` (or a patch of
``"commplan.render.pdf.find_soffice"``) both work; the import system's binding of the
subpackage does not replace them.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Diagnostic",
    "Plan",
    "PlanError",
    "Severity",
    "__version__",
    "export",
    "load",
    "render",
    "validate",
]

if TYPE_CHECKING:
    from commplan.api import Diagnostic, Plan, PlanError, Severity, export, load, render, validate
else:

    class _Entry:
        """An API function that is also the way to its subpackage of the same name."""

        def __init__(self, name: str) -> None:
            self.__name__ = name
            self.__qualname__ = name

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module("commplan.api"), self.__name__)(*args, **kwargs)

        def __getattr__(self, attr: str) -> Any:
            package = importlib.import_module(f"commplan.{self.__name__}")
            return getattr(package, attr)

        def __repr__(self) -> str:
            return f"<commplan.{self.__name__}: API function and subpackage>"

    class _Package(types.ModuleType):
        """This package, guarding the two names that are both a function and a subpackage."""

        def __setattr__(self, name: str, value: Any) -> None:
            if isinstance(globals().get(name), _Entry) and isinstance(value, types.ModuleType):
                return  # importing commplan.render binds it here; the entry forwards to it
            super().__setattr__(name, value)

    render = _Entry("render")
    export = _Entry("export")
    sys.modules[__name__].__class__ = _Package

    def __getattr__(name: str) -> Any:
        """Load the API (``commplan.api``) when one of its names is first used."""
        if name in __all__:
            return getattr(importlib.import_module("commplan.api"), name)
        raise AttributeError(f"module 'commplan' has no attribute {name!r}")
