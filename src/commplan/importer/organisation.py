"""The khoản of Tổ chức thực hiện that are not units: focal point, rules, reporting.

Read from the sentences commplan writes ("Đồng chí …, … (…) là đầu mối liên hệ, phối hợp với
…", "…: gửi …, thời hạn: …", "Đánh giá theo …: …"); a sentence in another shape is kept in the
situation and listed.
"""

from __future__ import annotations

import re
from typing import Any

from commplan.importer.draft import Draft, clean, fold
from commplan.importer.units import Units
from commplan.model.codes import LABELS
from commplan.vn.dates import DateError, parse_date_expr

_FOCAL = re.compile(
    r"^Đồng chí (?P<name>[^,(]+?)(?:, (?P<position>[^(]+?))? \((?P<unit>[^)]+)\) là đầu mối liên hệ"
    r"(?:, phối hợp với (?P<with>[^;]+?))?(?:; điện thoại: (?P<phone>[^;]+?))?"
    r"(?:; thư điện tử: (?P<email>[^;]+?))?\.$"
)
_AGENCY = re.compile(
    r"^(?P<unit>.+?) là cơ quan đầu mối(?: liên hệ, phối hợp với (?P<with>.+?))?\.$"
)
_REPORT = re.compile(r"^(?P<content>.+): gửi (?P<to>.+), thời hạn: (?P<due>.+?)[;.]?$")
_EVAL = re.compile(r"^Đánh giá theo (?P<framework>[^:]+): (?P<schedule>.+?)[;.]?$")
_FRAMEWORKS = {fold(v): k for k, v in LABELS["evaluation_framework"].items()}
KINDS = ("dau moi", "co quan dau moi", "quy che", "che do bao cao")


def read_khoan(draft: Draft, units: Units, title: str, texts: list[str]) -> list[str]:
    """Read one khoản; returns the texts it could not read (kept by the caller)."""
    kind = fold(title).rstrip(":")
    if kind.startswith("quy che") and texts:
        draft.data["governance"] = {"document": " ".join(texts)}
        return []
    if kind.startswith("che do bao cao"):
        return [t for t in texts if not _report(draft, units, t.lstrip("-– ").strip())]
    return [t for t in texts if not _focal(draft, units, t)]


def _report(draft: Draft, units: Units, text: str) -> bool:
    reporting: dict[str, Any] = draft.data.setdefault("reporting", {})
    if match := _EVAL.match(text):
        framework = _FRAMEWORKS.get(fold(match["framework"]))
        if framework:
            reporting["evaluation"] = {"framework": framework, "schedule": match["schedule"]}
            return True
    if (match := _REPORT.match(text)) and _is_date(match["due"]):
        reports: list[dict[str, Any]] = reporting.setdefault("reports", [])
        reports.append(
            {
                "id": f"bc{len(reports) + 1}",
                "recipient": units.ref(match["to"]),
                "due": match["due"],
                "content": match["content"],
            }
        )
        return True
    if not reporting:
        del draft.data["reporting"]
    return False


def _focal(draft: Draft, units: Units, text: str) -> bool:
    if match := _AGENCY.match(text):
        focal = {"unit": units.ref(match["unit"])}
        if match["with"]:
            focal["liaison_with"] = units.ref(match["with"])
        draft.data["focal_point"] = focal
        return True
    if not (match := _FOCAL.match(clean(text))):
        return False
    staff: dict[str, Any] = {
        "id": "dau_moi",
        "name": match["name"],
        "unit": "",
        "_unit": match["unit"],
    }
    if match["position"]:
        staff["position"] = match["position"]
    contact = {k: match[k] for k in ("phone", "email") if match[k]}
    if contact:
        staff["contact"] = contact
    draft.data["staff"] = [staff]
    draft.data["focal_point"] = {"staff": "dau_moi"} | (
        {"liaison_with": units.ref(match["with"])} if match["with"] else {}
    )
    return True


def resolve_staff(draft: Draft, units: Units) -> None:
    """Point the focal staff member at a unit by the short name or name the text gives."""
    for staff in draft.data.get("staff", []):
        named = fold(staff.pop("_unit"))
        found = next(
            (
                u["id"]
                for u in draft.data["units"]
                if named in (fold(u["name"]), fold(u.get("short_name", "")))
            ),
            None,
        )
        staff["unit"] = found or units.ref(named)


def _is_date(text: str) -> bool:
    try:
        parse_date_expr(text)
    except (DateError, ValueError):
        return False
    return True
