"""Plans of a chosen size for the benchmarks, grown from an example plan.

Copies of the example's activities (with their budget lines) get new ids; dependencies of
copies are dropped so that the plan stays valid, and the declared budget total is recomputed.
"""

from __future__ import annotations

import compileall
import copy
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from commplan.source.loader import load_text
from commplan.source.scalars import SourceFloat, SourceInt

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ke-hoach-ubnd-tinh-2022.yaml"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, SourceInt):
        return int(value)
    if isinstance(value, SourceFloat):
        return float(value.source)
    return value


def grow(activities: int, source: Path = EXAMPLE) -> str:
    """The example plan with exactly ``activities`` activities, as YAML text."""
    data = _plain(load_text(source.read_text(encoding="utf-8"), source.name).data)
    originals = data["activities"]
    lines = data.get("budget", {}).get("lines", [])
    lines_of: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        lines_of.setdefault(line["activity"], []).append(line)
    grown = list(originals[:activities])
    copy_no = 0
    while len(grown) < activities:
        copy_no += 1
        for original in originals:
            if len(grown) == activities:
                break
            grown.append(_copy(original, copy_no, lines_of.get(original["id"], []), lines))
    data["activities"] = grown
    kept = {a["id"] for a in grown}
    data["budget"]["lines"] = [ln for ln in lines if ln["activity"] in kept]
    for source_entry in data["budget"].get("sources", []):
        source_entry.pop("cap", None)
    data["budget"]["total"] = sum(_total(ln) for ln in data["budget"]["lines"])
    for milestone in data.get("milestones", []):
        milestone["activities"] = [a for a in milestone.get("activities", []) if a in kept]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)


def _copy(
    activity: dict[str, Any], n: int, lines: list[dict[str, Any]], all_lines: list[dict[str, Any]]
) -> dict[str, Any]:
    new = copy.deepcopy(activity)
    new["id"] = f"{activity['id']}-c{n}"
    new.pop("depends_on", None)
    for line in lines:
        twin = copy.deepcopy(line)
        twin["id"] = f"{line['id']}-c{n}"
        twin["activity"] = new["id"]
        all_lines.append(twin)
    return new


def _total(line: dict[str, Any]) -> int:
    if "total" in line:
        return int(line["total"])
    amount = Decimal(str(line["quantity"])) * int(line["unit_price"])
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compile_package() -> None:
    """Write commplan's bytecode, as ``pip install`` does.

    An editable install run with PYTHONDONTWRITEBYTECODE never caches it, so every run would
    compile the package from source: that measures the compiler, not commplan.
    """
    import commplan

    compileall.compile_dir(Path(commplan.__file__).parent, quiet=1)
