"""Start-up of ``commplan --help``, ``--version`` and ``validate`` of one typical plan.

    python benchmarks/bench_startup.py [--runs 15] [--baseline /work/venv/bin/python]

Targets (issue 13): ``--help`` and ``--version`` at most 150 ms; ``validate`` of a typical
plan (40 activities) at most 0.5 x the time check-jsonschema (pinned in the ``dev`` extra)
takes to check the same file against ``commplan schema``, both as whole processes.
With ``--baseline`` the same commands also run with another interpreter's commplan (the main
branch's), alternating with ours; the figures of one run are what to compare.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import ROOT, compile_package, grow
from timing import arguments, compare, load, ms, pythons, spread

SCHEMA = ROOT / "src" / "commplan" / "data" / "commplan.schema.json"


def main() -> None:
    options = arguments(__doc__, runs=15)
    compile_package()
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    with tempfile.TemporaryDirectory() as tmp:
        typical = Path(tmp) / "typical.yaml"
        typical.write_text(grow(40), encoding="utf-8")
        commands = {"check-jsonschema": [checker or "check-jsonschema", "--schemafile"]}
        commands["check-jsonschema"] += [str(SCHEMA), str(typical)]
        for label, python in pythons(options).items():
            base = [python, "-m", "commplan"]
            commands[f"{label}: --version"] = [*base, "--version"]
            commands[f"{label}: --help"] = [*base, "--help"]
            commands[f"{label}: validate"] = [*base, "validate", "-q", str(typical)]
        print(load() + "; " + spread([sys.executable]))
        found = compare(commands, options.runs)
    theirs = found["check-jsonschema"].seconds
    print(f"check-jsonschema, typical plan: {ms(theirs)}")
    for label in pythons(options):
        version, help_, check = (
            found[f"{label}: {c}"].seconds for c in ("--version", "--help", "validate")
        )
        print(f"[{label}] --version {ms(version)}, --help {ms(help_)} (target <= 150 ms each)")
        print(
            f"[{label}] validate, typical plan: {ms(check)}, "
            f"ratio to check-jsonschema {check / theirs:.2f} (target <= 0.50)"
        )


if __name__ == "__main__":
    main()
