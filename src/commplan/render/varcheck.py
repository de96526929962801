"""Which names in a Jinja template the plan context does not provide.

A small type walk over Jinja's syntax tree, driven by ``spec.CONTEXT``: ``document.titel`` is
reported because ``document`` has no field ``titel``; ``{% for r in activity_table.rows %}``
makes ``r`` a task row, so ``r.owner`` is known and ``r.onwer`` is not. Names the template
sets itself (``set``, macro arguments, loop variables) and Jinja's own (``loop``, ``range``)
are accepted; anything the walk cannot type is accepted too, to avoid false alarms.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from jinja2 import nodes

from commplan.render.spec import ROOTS, Var

ANY: Final = Var("*", "text", "anything")
JINJA_GLOBALS: Final = frozenset({"range", "dict", "lipsum", "cycler", "joiner", "namespace"})
SCALARS: Final = {"text": str, "number": int, "flag": bool}


@dataclass
class _Walk:
    """The state of one walk: names in scope and what was found."""

    scopes: list[dict[str, Var]] = field(default_factory=lambda: [{}])
    found: list[tuple[int, str]] = field(default_factory=list)

    def lookup(self, name: str) -> Var | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return ROOTS.get(name)


def _item(var: Var) -> Var:
    """What iterating over ``var`` yields."""
    if var is ANY or var.kind != "list":
        return ANY
    if var.item == "map":
        return Var(f"{var.name}[]", "map", var.doc, var.fields)
    return Var(f"{var.name}[]", var.item or "text", var.doc)


def _attribute(walk: _Walk, node: nodes.Node, base: Var, name: str, path: str) -> Var:
    if base is ANY:
        return ANY
    scalar = SCALARS.get(base.kind)
    if scalar is not None and hasattr(scalar, name):
        return ANY  # a method of text or numbers ("upper", "strip", …)
    found = base.field(name) if base.kind == "map" else None
    if found is None:
        walk.found.append((node.lineno, f"{path}.{name}"))
        return ANY
    return found


def _path(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_path(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_path(node.node)}.{node.arg.value}"
    return "…"


def type_of(walk: _Walk, node: nodes.Node) -> Var:
    """The type of an expression, recording unknown names on the way."""
    if isinstance(node, nodes.Name):
        var = walk.lookup(node.name)
        if var is None and node.name not in JINJA_GLOBALS and node.name != "loop":
            walk.found.append((node.lineno, node.name))
        return var or ANY
    if isinstance(node, nodes.Getattr):
        return _attribute(walk, node, type_of(walk, node.node), node.attr, _path(node.node))
    if isinstance(node, nodes.Getitem):
        base = type_of(walk, node.node)
        if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            return _attribute(walk, node, base, node.arg.value, _path(node.node))
        visit(walk, node.arg)
        return _item(base)
    visit(walk, node)
    return ANY


def _bind(walk: _Walk, target: nodes.Node, var: Var) -> None:
    if isinstance(target, nodes.Name):
        walk.scopes[-1][target.name] = var
    else:
        for name in target.find_all(nodes.Name):
            walk.scopes[-1][name.name] = ANY


def _visit_for(walk: _Walk, node: nodes.For) -> None:
    item = _item(type_of(walk, node.iter))
    walk.scopes.append({})
    _bind(walk, node.target, item)
    if node.test is not None:
        visit(walk, node.test)
    for child in node.body:
        visit(walk, child)
    walk.scopes.pop()
    for child in node.else_:
        visit(walk, child)


def visit(walk: _Walk, node: nodes.Node) -> None:
    """Walk a statement or expression."""
    if isinstance(node, nodes.For):
        _visit_for(walk, node)
    elif isinstance(node, nodes.Assign | nodes.AssignBlock):
        if isinstance(node, nodes.Assign):
            type_of(walk, node.node)
        _bind(walk, node.target, ANY)
        for child in getattr(node, "body", []):
            visit(walk, child)
    elif isinstance(node, nodes.Macro | nodes.CallBlock | nodes.With):
        if isinstance(node, nodes.Macro):
            walk.scopes[-1][node.name] = ANY
        walk.scopes.append({})
        for name in node.find_all(nodes.Name):
            if name.ctx == "param" or name.ctx == "store":
                walk.scopes[-1][name.name] = ANY
        for child in node.iter_child_nodes():
            visit(walk, child)
        walk.scopes.pop()
    elif isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
        type_of(walk, node)
    else:
        for child in node.iter_child_nodes():
            visit(walk, child)


def unknown_names(tree: nodes.Template) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every variable or field the context does not provide."""
    walk = _Walk()
    for child in tree.body:
        visit(walk, child)
    yield from sorted(set(walk.found))
