"""Benchmark of ``commplan audit`` against the targets of issue 13.

    python benchmarks/bench_audit.py [--runs 7] [--baseline /work/venv/bin/python]

1. whole process, the document rendered from a typical plan (40 activities): ≤ 0.4 s;
2. the document of a 5,000-activity plan, whole process: ≤ 8 s, peak memory < 400 MB.
The documents are rendered once, by this checkout. With ``--baseline`` the figures are also
measured with another interpreter's commplan (the main branch's), alternating with ours.
Numbers vary between machines and with the load; compare the figures of one run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import compile_package, grow
from timing import arguments, compare, load, pythons, spread

SIZES = {"typical": 40, "huge": 5000}
TARGETS = {"typical": 0.4, "huge": 8.0}


def main() -> None:
    options = arguments(__doc__, runs=7)
    compile_package()
    labels = pythons(options)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        documents = {}
        for name, size in SIZES.items():
            plan = folder / f"{name}.yaml"
            plan.write_text(grow(size), encoding="utf-8")
            documents[name] = folder / f"{name}.docx"
            subprocess.run(
                [sys.executable, "-m", "commplan", "render", str(plan), "-o", str(documents[name])],
                check=True,
                capture_output=True,
            )
        print(load() + "; " + spread([sys.executable]))
        for n, (name, document) in enumerate(documents.items(), start=1):
            runs = options.runs if name == "typical" else max(1, options.runs // 7)
            commands = {
                label: [python, "-m", "commplan", "audit", "-q", str(document)]
                for label, python in labels.items()
            }
            found = compare(commands, runs)
            for label in labels:
                print(
                    f"{n}. [{label}] audit, whole process, {SIZES[name]}-activity document: "
                    f"{found[label].seconds:.2f} s (target ≤ {TARGETS[name]} s), "
                    f"peak {found[label].peak_mb:.0f} MB"
                    + (" (target < 400 MB)" if name == "huge" else "")
                )


if __name__ == "__main__":
    main()
