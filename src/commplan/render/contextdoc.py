"""docs/template-context.md, generated from ``spec.CONTEXT`` and ``filters.FILTERS``.

A test compares the committed file with :func:`markdown`; regenerate it with

    python -m commplan.render.contextdoc > docs/template-context.md
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

from commplan.render.context import CONTEXT_VERSION
from commplan.render.filters import FILTERS
from commplan.render.spec import CONTEXT, Var

INTRO = """\
# Template context (schema_version {version})

`commplan render` fills a Word template (docxtpl: Jinja tags inside a .docx) with the variables
below. They are a public interface: a variable is never renamed or removed without raising
`schema_version`, and `commplan template check` checks a template against this very list
(it is generated from `src/commplan/render/spec.py`, so the two cannot drift).

Values are plain text, numbers, true/false, lists and maps: a template cannot call into
commplan. Jinja runs sandboxed, with autoescaping (so "Sở TT&TT" is safe) and with undefined
variables as errors. A newline inside a value becomes a line break in Word.

## Writing a template

* Get the built-in one with `commplan template export ke-hoach -o mine.docx`, edit it in Word,
  render with `commplan render plan.yaml --template mine.docx`, and check it with
  `commplan template check mine.docx`.
* docxtpl tags: `{{{{ var }}}}` in a run; `{{%p … %}}` alone in a paragraph (the paragraph is
  removed and the tag kept), `{{%tr … %}}` in a table row, `{{%tc … %}}` in a cell;
  `{{% cellbg EXPR %}}` shades a cell, `{{% colspan EXPR %}}` merges cells.
* Word's AutoCorrect turns `"` into curly quotes inside tags; `template check` warns about it.
* Paragraph styles the renderer acts on after Jinja: **CpRuleFull** / **CpRuleShort**
  (an empty paragraph whose bottom border becomes a rule as long as the text line above it, or
  2/5 of it, ND30 §13), **CpStamp** (a boxed mark narrowed to the ND30 stamp size). The table
  whose alt-text title is `commplan:gantt` gets its time columns sized to fill the page.
  Other styles (`CpBlock`, `CpCanCu`, `CpMuc`, …) are ordinary Word styles: restyle them freely
  within the ranges of Nghị định 30/2020/NĐ-CP.

## Variables

"none" means the value can be absent (test it with `{{% if … %}}`); `x[]` is an item of list `x`.

| variable | type | meaning |
|---|---|---|
"""


def _type(var: Var) -> str:
    if var.kind == "list":
        kind = f"list of {'maps' if var.item == 'map' else var.item}"
    else:
        kind = var.kind
    return f"{kind}, or none" if var.nullable else kind


def _rows(variables: tuple[Var, ...], prefix: str) -> Iterator[str]:
    for var in variables:
        path = f"{prefix}{var.name}"
        doc = var.doc.replace("|", "\\|")
        yield f"| `{path}` | {_type(var)} | {doc} |"
        if var.fields:
            inner = f"{path}[]." if var.kind == "list" else f"{path}."
            yield from _rows(var.fields, inner)


def _filters() -> Iterator[str]:
    yield ""
    yield "## Filters"
    yield ""
    yield "Besides Jinja's own filters (`upper`, `join`, `default`, …):"
    yield ""
    yield "| filter | example |"
    yield "|---|---|"
    for name, function in FILTERS.items():
        summary = (inspect.getdoc(function) or "").splitlines()[0]
        yield f"| `{name}` | {summary.replace('|', chr(92) + '|')} |"


def markdown() -> str:
    """The whole page."""
    lines = [INTRO.format(version=CONTEXT_VERSION).rstrip("\n")]
    lines += _rows(CONTEXT, "")
    lines += _filters()
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
