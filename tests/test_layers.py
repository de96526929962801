"""The import-layer contract of docs/architecture.md: nothing imports a package above it.

Each package of ``src/commplan`` sits in one layer; a module may import its own package and
any package in a lower layer. Packages in the same layer do not import each other (``render``
never reaches into ``audit``), so each command's engine can change alone. Lazy imports inside
functions count too: they are still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "commplan"

# Top to bottom; the same list is drawn in docs/architecture.md.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"__main__"}),
    frozenset({"cli"}),
    frozenset({"api", "explain", "summary"}),
    frozenset({"export"}),
    frozenset({"render", "audit", "scaffold", "importer"}),
    frozenset({"check"}),
    frozenset({"reporters"}),
    frozenset({"settings"}),
    frozenset({"rules"}),
    frozenset({"model"}),
    frozenset({"source"}),
    frozenset({"vn", "typography"}),
    frozenset({"atomic"}),
    frozenset({"errors", "i18n", "__init__"}),
)
LEVEL = {name: i for i, layer in enumerate(LAYERS) for name in layer}
# The one upward edge: the package re-exports the API facade, imported only on first use
# (module __getattr__), so `import commplan` loads nothing above it.
ALLOWED: frozenset[tuple[str, str]] = frozenset({("__init__", "api")})


def _top(module: str) -> str:
    """'commplan.render.docx' -> 'render'; 'commplan.__version__' -> '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] != "__version__" else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "commplan":
                found += [(node.lineno, f"commplan.{alias.name}") for alias in node.names]
            elif node.module.startswith("commplan."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("commplan.")]
    return found


def violations(package: Path = PACKAGE) -> list[str]:
    """Every import that runs upwards or sideways, as 'file:line: a -> b'."""
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        source = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        for line, module in _imports(path):
            target = _top(module)
            if (source, target) in ALLOWED:
                continue
            if target != source and target in LEVEL and LEVEL[target] <= LEVEL[source]:
                found.append(f"{relative.as_posix()}:{line}: {source} -> {target}")
    return found


def test_every_package_has_a_layer() -> None:
    packages = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.glob("*")}
    packages -= {"py.typed", "data", "locale", "templates", "__pycache__"}
    assert packages - set(LEVEL) == set()


def test_no_import_runs_upwards_or_sideways() -> None:
    assert violations() == []


def test_the_contract_catches_upward_and_sideways_imports(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "plan.py").write_text("from commplan.rules.base import Rule\n")
    (tmp_path / "render").mkdir()
    (tmp_path / "render" / "x.py").write_text("def f():\n    from commplan.audit import engine\n")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "ok.py").write_text(
        "from commplan.vn import dates\nimport commplan.model\n"
    )
    assert violations(tmp_path) == [
        "model/plan.py:1: model -> rules",
        "render/x.py:2: render -> audit",
    ]
