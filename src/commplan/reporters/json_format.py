"""``json``: one array, sorted, with exactly the keys ARCHITECTURE.md names."""

from __future__ import annotations

import json
from typing import Any

from commplan.reporters.base import RunReport
from commplan.source.diagnostics import Diagnostic


def as_dict(d: Diagnostic) -> dict[str, Any]:
    """The JSON object of one finding; audit findings add ``section`` and ``excerpt``."""
    obj: dict[str, Any] = {
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "end_line": d.end_line,
        "end_column": d.end_column,
        "rule": d.rule,
        "severity": str(d.severity),
        "message": d.message,
        "hint": d.hint,
    }
    obj.update(d.extra)
    return obj


def render(report: RunReport) -> str:
    """Render the findings as a JSON array (``[]`` when clean)."""
    return json.dumps([as_dict(d) for d in report.sorted()], ensure_ascii=False, indent=2) + "\n"
