"""Bounds on the work a YAML text may cost, checked before the work is done.

A text under the size limit can still ask for too much: half a million values written out, or
a few hundred bytes of aliases that expand to millions (the "billion laughs"). Both are refused
with a position before the data is built:

* a text over ``EVENT_CHECK_BYTES`` is first streamed through the parser, counting nodes,
  so that composing never starts on millions of nodes (composing costs about 400 bytes a node);
* once composed (aliases are shared, so composing a bomb is cheap), the size of everything the
  tree expands to is computed with memoised sizes, in time proportional to the distinct nodes,
  and a tree over the limit is refused at the collection where the expansion crosses it.
"""

from __future__ import annotations

from typing import Any, Final

import yaml

from commplan.i18n import _
from commplan.source import yamlparse
from commplan.source.positions import FILE_START, span_of

MAX_DEPTH: Final = 48
"""A plan nests about 6 levels; deeper input is a mistake or an attack."""
MAX_NODES: Final = 500_000
"""Keys and values, aliases expanded; a 5,000-activity plan has about 225,000."""
EVENT_CHECK_BYTES: Final = 256 * 1024
"""Texts smaller than this cannot hold MAX_NODES nodes worth worrying about."""
_NODE_EVENTS: Final = (yaml.ScalarEvent, yaml.CollectionStartEvent, yaml.AliasEvent)


class Refused(Exception):
    """The text asks for too much; ``span``, ``message`` and ``hint`` say where and why."""

    def __init__(self, where: Any, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.span = FILE_START if where is None else span_of(where)
        self.message = message
        self.hint = hint


def too_deep() -> str:
    """The message for nesting past MAX_DEPTH."""
    return _("the file is nested too deeply (more than {limit} levels)").format(limit=MAX_DEPTH)


def _too_many(where: Any) -> Refused:
    return Refused(
        where,
        _("the file holds more than {limit} values (aliases expanded)").format(limit=MAX_NODES),
        _("a plan does not need deeply repeated aliases or this many values; write them out"),
    )


def check_event_count(text: str) -> None:
    """Refuse a large text with more than MAX_NODES nodes, without composing it.

    Raises:
        Refused: at the first node past the limit.
        yaml.YAMLError: the text is not YAML (the loader reports it).
    """
    if len(text) < EVENT_CHECK_BYTES:
        return
    count = 0
    for event in yaml.parse(text, Loader=yamlparse.LOADER):
        if isinstance(event, _NODE_EVENTS):
            count += 1
            if count > MAX_NODES:
                raise _too_many((event.start_mark, event.end_mark))


class Expansion:
    """The number of nodes a composed tree expands to, memoised by node (aliases share nodes)."""

    def __init__(self) -> None:
        self.sizes: dict[int, int] = {}
        self.defined_at: dict[int, tuple[int, int]] = {}
        """Where each node first occurs (its parent's id and its index): its anchor."""

    def check(self, root: Any) -> None:
        """Refuse ``root`` when it expands past MAX_NODES or nests past MAX_DEPTH.

        Raises:
            Refused: at the collection holding the alias that crosses the limit (found by a
                descent in document order, the way the walk would meet it), or at the first
                node past the depth limit.
        """
        if self.size(root, None, 0, 0) <= MAX_NODES:
            return
        node, budget = root, MAX_NODES - 1
        while (child := self._crossing(node, budget)) is not None:
            index, child_node, budget = child
            if self.defined_at[id(child_node)] != (id(node), index):
                break  # an alias: its whole expansion is what crosses the limit
            node, budget = child_node, budget - 1
        raise _too_many(node)

    def _crossing(self, node: Any, budget: int) -> tuple[int, Any, int] | None:
        """The child whose expansion crosses ``budget``, and the budget left before it."""
        for index, child in enumerate(_children(node)):
            size = self.sizes[id(child)]
            if size > budget:
                return index, child, budget
            budget -= size
        return None

    def size(self, node: Any, parent: Any, index: int, depth: int) -> int:
        """How many nodes ``node`` expands to (a node met again is an alias and counts again)."""
        key = id(node)
        if key in self.sizes:
            return self.sizes[key]
        if depth >= MAX_DEPTH:
            raise Refused(
                node, too_deep(), _("a plan needs only a few levels; check the indentation")
            )
        self.defined_at[key] = (id(parent), index)
        self.sizes[key] = 1  # a cycle counts once here; the walk reports it
        # Keys sit at their mapping's depth, values one deeper: the depth the walk counts.
        keys = isinstance(node, yaml.MappingNode)
        total = 1 + sum(
            self.size(child, node, i, depth + (not (keys and i % 2 == 0)))
            for i, child in enumerate(_children(node))
        )
        self.sizes[key] = total
        return total


def _children(node: Any) -> list[Any]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    return []
