"""PyYAML set up for commplan: compose nodes without implicit typing, and explain its errors.

The composer (libyaml's C one when present) builds the node tree; the resolver here tags every
untagged node as plain str/seq/map, so that ``loader`` decides what a scalar means. PyYAML's
error messages are kept (they are precise) and get a hint for the common mistakes.
"""

from __future__ import annotations

import operator
from typing import Any, Final

import yaml
from yaml.constructor import BaseConstructor
from yaml.resolver import BaseResolver

from commplan.source.positions import Span

TAG: Final = "tag:yaml.org,2002:"


class _NoTyping(BaseResolver):
    """Resolves every untagged node to str, seq or map: commplan types scalars itself."""

    _TAGS: Final = {
        yaml.ScalarNode: f"{TAG}str",
        yaml.SequenceNode: f"{TAG}seq",
        yaml.MappingNode: f"{TAG}map",
    }

    # The composer calls these two hooks around every node, for path resolvers, which commplan
    # does not use. BaseResolver's own are Python methods that return at once; built-ins with
    # no effect do the same at a fraction of the cost (about 5% of checking a plan).
    descend_resolver = staticmethod(operator.is_)  # type: ignore[assignment]  # result unused
    ascend_resolver = staticmethod(tuple)  # type: ignore[assignment]  # result unused

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """The tag of an untagged node (called by the composer for every node)."""
        del value, implicit
        return self._TAGS[kind]


class _PyLoader(
    yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
    BaseConstructor, _NoTyping,
):  # fmt: skip
    """PyYAML's pure-Python composer without implicit typing (used without libyaml)."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        BaseConstructor.__init__(self)
        _NoTyping.__init__(self)


def _c_loader() -> Any:
    try:
        from yaml._yaml import CParser  # libyaml; absent from pure-Python installs
    except ImportError:
        return _PyLoader

    class _CLoader(CParser, BaseConstructor, _NoTyping):
        """libyaml's composer without implicit typing."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            BaseConstructor.__init__(self)
            _NoTyping.__init__(self)

    return _CLoader


LOADER: Any = _c_loader()
"""The loader class ``yaml.compose`` gets: libyaml's when present, else pure Python."""


def describe_error(exc: yaml.MarkedYAMLError, text: str = "") -> tuple[Span, str, str | None]:
    """Where PyYAML stopped, what is wrong in the officer's words, and the fix (``yaml_errors``)."""
    from commplan.source.yaml_errors import explain

    return explain(exc, text)
