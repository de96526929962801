"""What a rule checks, why (the instrument), how to fix it, with a passing and a failing example.

The words are data beside the rules: ``rules/explanations.yaml`` for the plan rules and
``audit/explanations.yaml`` for the document checks, each in Vietnamese and English. What a
rule checks is its summary (translated through the catalogue); English readers also get the
check's docstring, and a plan rule's examples come from its docstring's ``Passes::`` and
``Fails::`` blocks unless the data gives them. One :class:`Explanation` feeds ``rules
--explain`` (plain text), SARIF's rule ``help`` and ``docs/rules.md`` (Markdown).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from commplan.i18n import N_, _, language
from commplan.rules.base import Rule

FILES: Final = (("rules", "explanations.yaml"), ("audit", "explanations.yaml"))
"""The explanation files, as (package folder, file name) under ``commplan``."""

_FENCES: Final = {"rules": "yaml", "audit": "text"}
"""Examples of plan rules are YAML; examples of document checks are the document's text."""

_LITERAL: Final = re.compile(r"``([^`]+)``")
_ROLE: Final = re.compile(r":[a-z]+:`~?([^`]+)`")


@dataclass(frozen=True, slots=True)
class Explanation:
    """One rule explained in the active language."""

    rule: Rule
    checks: str
    details: str
    why: str
    fix: str
    passes: str
    fails: str


@cache
def _data() -> dict[str, Any]:
    # Imported here: every run that only loads the reporters (an audit) would pay for PyYAML.
    import yaml

    merged: dict[str, Any] = {"sources": {}, "rules": {}, "comments": {}, "fences": {}}
    for folder, name in FILES:
        text = (resources.files("commplan") / folder / name).read_text(encoding="utf-8")
        loaded = yaml.safe_load(text)
        merged["sources"] |= loaded.get("sources", {})
        merged["rules"] |= loaded.get("rules", {})
        merged["fences"] |= dict.fromkeys(loaded.get("rules", {}), _FENCES[folder])
        merged["comments"] |= loaded.get("comments", {})
    return merged


def _words(value: Any) -> str:
    """The active language's text of a ``{vi: …, en: …}`` entry."""
    if isinstance(value, dict):
        return str(value.get(language()) or value.get("en") or "").strip()
    return str(value or "").strip()


def entry(rule_id: str) -> dict[str, Any] | None:
    """The raw data of one rule, or None when it has none."""
    found: dict[str, Any] | None = _data()["rules"].get(rule_id)
    return found


def explain(rule: Rule) -> Explanation:
    """Everything commplan says about ``rule``, in the active language."""
    data = entry(rule.id) or {}
    details, passes, fails = _from_docstring(rule)
    sources = [_words(_data()["sources"].get(key, key)) for key in _keys(data.get("why"))]
    return Explanation(
        rule=rule,
        checks=_words(data.get("checks")) or sentence(_(rule.summary)),
        details=details if language() == "en" else "",
        why="; ".join(s for s in sources if s),
        fix=_words(data.get("fix")),
        passes=_comments(_words(data.get("passes")) or passes),
        fails=_comments(_words(data.get("fails")) or fails),
    )


def _comments(example: str) -> str:
    """An example with its comments in the active language (``comments`` in the data)."""
    if language() == "en":
        return example.strip("\n")
    for english, translated in _data()["comments"].items():
        example = example.replace(f"# {english}", f"# {translated}")
    return example.strip("\n")


def _keys(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _from_docstring(rule: Rule) -> tuple[str, str, str]:
    """The docstring's description (markup removed) and its two examples, if any."""
    if rule.check is None or not rule.check.__doc__:
        return "", "", ""
    doc = textwrap.dedent(rule.doc)
    body, _sep, examples = doc.partition("Passes::")
    passes, _sep, fails = examples.partition("Fails::")
    paragraphs = body.split("\n\n")[1:]  # the first line repeats the id and the summary
    details = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    return plain(details), textwrap.dedent(passes).strip(), textwrap.dedent(fails).strip()


def sentence(text: str) -> str:
    """A summary as a sentence: a capital first letter and a full stop."""
    text = text.strip()
    first = text.split(" ", 1)[0]
    if first.isalpha():  # not a field name such as legal_bases, which keeps its case
        text = text[:1].upper() + text[1:]
    return text + ("" if text.endswith((".", "?", "!")) else ".")


def plain(text: str) -> str:
    """Inline reStructuredText markup removed: ````x```` and ``:func:`x``` become ``x``."""
    return _ROLE.sub(r"\1", _LITERAL.sub(r"\1", text))


HEADINGS: Final = {
    "checks": N_("What it checks"),
    "why": N_("Why"),
    "fix": N_("How to fix it"),
    "passes": N_("Passes"),
    "fails": N_("Fails"),
}


def _severity(rule: Rule) -> str:
    return _("error") if rule.severity == "error" else _("warning")


def as_text(item: Explanation, where: str) -> str:
    """The explanation for a terminal: headed paragraphs, examples indented, no markup.

    ``where`` says where the rule runs (its profiles, or ``commplan audit``).
    """
    lines = [f"{item.rule.id} · {_severity(item.rule)} · {where}", ""]
    for key, text in _sections(item):
        lines.append(_(HEADINGS[key]))
        if key in ("passes", "fails"):
            lines += [f"    {line}" for line in text.splitlines()]
        else:
            for i, paragraph in enumerate(text.split("\n\n")):
                lines += [""] if i else []
                lines += textwrap.wrap(paragraph, 92, initial_indent="  ", subsequent_indent="  ")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def as_markdown(item: Explanation, level: int = 3) -> str:
    """The explanation as Markdown (SARIF ``help.markdown`` and ``docs/rules.md``)."""
    hashes = "#" * level
    summary = sentence(_(item.rule.summary)).rstrip(".")
    lines = [f"{hashes} {item.rule.id} — {_markdown(summary)}", "", f"*{_severity(item.rule)}*", ""]
    for key, text in _sections(item):
        if key == "checks" and text == sentence(_(item.rule.summary)):
            continue  # the heading says it already
        if key in ("passes", "fails"):
            fence = _data()["fences"].get(item.rule.id, "yaml")
            lines += [f"**{_(HEADINGS[key])}**", "", f"```{fence}", text, "```", ""]
        else:
            lines += [f"**{_(HEADINGS[key])}.** {_markdown(text)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*")


def _sections(item: Explanation) -> list[tuple[str, str]]:
    checks = item.checks + (f"\n\n{item.details}" if item.details else "")
    found = [
        ("checks", checks),
        ("why", item.why),
        ("fix", item.fix),
        ("passes", item.passes),
        ("fails", item.fails),
    ]
    return [(key, text) for key, text in found if text]
