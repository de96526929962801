"""Message catalogue tools: extract the English source strings, compile the Vietnamese catalogue.

    python scripts/messages.py extract   # writes src/commplan/locale/commplan.pot
    python scripts/messages.py compile   # writes locale/vi/LC_MESSAGES/commplan.mo from the .po

Strings are found with ``ast``: the first argument of ``_()`` and of the marker ``N_()`` (a
message translated later, from a variable), the first two of ``ngettext()``, and the summary
(third argument) of every ``Rule(...)`` in the catalogue; and every help string of the command
tree (commands' docstrings and options' ``help=``), which ``commplan.cli.language`` translates
when the command line starts.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "commplan"
LOCALE = PACKAGE / "locale"
POT = LOCALE / "commplan.pot"
PO = LOCALE / "vi" / "LC_MESSAGES" / "commplan.po"
MO = PO.with_suffix(".mo")


def _strings(call: ast.Call) -> Iterator[str]:
    func = call.func
    name = ""
    if isinstance(func, ast.Name):
        name = func.id
    elif isinstance(func, ast.Attribute):
        name = func.attr
    wanted = {"_": (0,), "N_": (0,), "ngettext": (0, 1), "Rule": (2,)}.get(name, ())
    for i in wanted:
        if i < len(call.args) and isinstance(call.args[i], ast.Constant):
            value = call.args[i].value
            if isinstance(value, str):
                yield value


Message = str | tuple[str, str]
"""A message, or a (singular, plural) pair from ngettext."""


def extract(package: Path = PACKAGE) -> dict[Message, list[str]]:
    """Every message of the package with the places it is used (``file:line``)."""
    found: dict[Message, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                texts = list(_strings(node))
                key: Message | None = texts[0] if texts else None
                if len(texts) == 2:
                    key = (texts[0], texts[1])
                if key is not None:
                    where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
                    found.setdefault(key, []).append(where)
    for text in _help_strings():
        found.setdefault(text, []).append("commplan --help")
    return found


def _help_strings() -> list[str]:
    import typer

    from commplan.cli import app
    from commplan.cli.language import help_strings

    return list(help_strings(typer.main.get_command(app)))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_pot() -> None:
    """Write the template catalogue, sorted by message."""
    lines = [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Plural-Forms: nplurals=1; plural=0;\\n"',
        "",
    ]
    for text, places in sorted(extract().items(), key=lambda item: str(item[0])):
        lines += [f"#: {p}" for p in places[:3]]
        if isinstance(text, tuple):
            lines += [
                f"msgid {_quote(text[0])}",
                f"msgid_plural {_quote(text[1])}",
                'msgstr[0] ""',
                "",
            ]
        else:
            lines += [f"msgid {_quote(text)}", 'msgstr ""', ""]
    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_text("\n".join(lines), encoding="utf-8")


def compile_mo() -> None:
    """Compile the Vietnamese .po into the .mo that ships in the package."""
    import polib

    polib.pofile(str(PO)).save_as_mofile(str(MO))


if __name__ == "__main__":
    {"extract": write_pot, "compile": compile_mo}[sys.argv[1]]()
