"""PyYAML set up for commplan: compose nodes without implicit typing, and explain its errors.

The composer (libyaml's C one when present) builds the node tree; the resolver here tags every
untagged node as plain str/seq/map, so that ``loader`` decides what a scalar means. PyYAML's
error messages are kept (they are precise) and get a hint for the common mistakes.
"""

from __future__ import annotations

from typing import Any, Final

import yaml
from yaml.constructor import BaseConstructor
from yaml.resolver import BaseResolver

from commplan.i18n import N_, _
from commplan.source.positions import FILE_START, Span

TAG: Final = "tag:yaml.org,2002:"


class _NoTyping(BaseResolver):
    """Resolves every untagged node to str, seq or map: commplan types scalars itself."""

    _TAGS: Final = {
        yaml.ScalarNode: f"{TAG}str",
        yaml.SequenceNode: f"{TAG}seq",
        yaml.MappingNode: f"{TAG}map",
    }

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


YAML_HINTS: Final = (
    # libyaml says "cannot start any token" for a tab (and other stray characters) in indentation.
    (
        "cannot start any token",
        N_("indent with spaces, not tabs; quote texts that start with @ or `"),
    ),
    ("mapping values are not allowed", N_("a text that contains ': ' must be put in quotes")),
    ("found undefined alias", N_("define the anchor (&name) before using *name")),
    ("expected ',' or '}'", N_("close the {...} mapping, and quote texts that contain commas")),
    ("expected ',' or ']'", N_("close the [...] list, and quote texts that contain commas")),
    ("could not find expected ':'", N_("each line of a mapping needs 'key: value'")),
    (
        "found another document",
        N_("keep one plan per file; remove the '---' line or split the file"),
    ),
)


def describe_error(exc: yaml.MarkedYAMLError) -> tuple[Span, str, str | None]:
    """Where PyYAML stopped, what it said (prefixed for people), and a hint when one helps."""
    mark = exc.problem_mark or exc.context_mark
    span = Span(mark.line + 1, mark.column + 1) if mark else FILE_START
    problem = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.problem:
        problem = f"{exc.context}: {exc.problem}"
    hint = next((_(h) for needle, h in YAML_HINTS if needle in problem), None)
    return span, _("invalid YAML: {problem}").format(problem=problem), hint
