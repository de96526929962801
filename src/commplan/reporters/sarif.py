"""``sarif``: SARIF 2.1.0 for code-scanning uploads, with rule metadata and help text."""

from __future__ import annotations

import json
from typing import Any

from commplan import __version__
from commplan.i18n import _
from commplan.reporters.base import RunReport
from commplan.rules.base import Rule
from commplan.rules.explanations import as_markdown, as_text, explain
from commplan.source.diagnostics import Diagnostic, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule(rule: Rule, tool: str) -> dict[str, Any]:
    # The same words as `commplan rules --explain`, in the officer's language.
    item = explain(rule)
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": _(rule.summary)},
        "fullDescription": {"text": item.checks},
        "help": {"text": as_text(item, f"commplan {tool}"), "markdown": as_markdown(item)},
        "defaultConfiguration": {
            "level": "error" if rule.severity is Severity.ERROR else "warning"
        },
    }


def _result(d: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": d.line}
    if d.column is not None:
        region["startColumn"] = d.column
    if d.end_line is not None and d.end_column is not None:
        region |= {"endLine": d.end_line, "endColumn": d.end_column}
    text = d.message + (f" ({_('hint')}: {d.hint})" if d.hint else "")
    result: dict[str, Any] = {
        "ruleId": d.rule,
        "level": "error" if d.severity is Severity.ERROR else "warning",
        "message": {"text": text},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": d.file}, "region": region}}
        ],
    }
    if d.rule in index:
        result["ruleIndex"] = index[d.rule]
    return result


def render(report: RunReport) -> str:
    """One SARIF log with one run."""
    rules = list(report.catalogue)
    index = {rule.id: i for i, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "commplan",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/commplan/",
                        "rules": [_rule(r, report.tool) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(d, index) for d in report.sorted()],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
