"""Benchmark of ``commplan validate`` against the targets of ARCHITECTURE.md.

    python benchmarks/bench_validate.py [--runs 15]

1. whole process, a typical plan (40 activities): commplan vs check-jsonschema (pinned in the
   ``dev`` extra) checking the same file against commplan's own schema; target ratio ≤ 0.8;
2. bulk: 1,000 typical plans in one process; target < 10 ms per plan after start-up;
3. growth, start-up excluded (in process): 8× the activities costs at most 9× the time;
4. a 5,000-activity plan: whole process, peak memory (target < 500 MB);
5. ``validate`` imports none of docxtpl, python-docx, lxml, jinja2.
Numbers vary between machines; the ratios measured in one run are what to compare.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import ROOT, compile_package, grow

SCHEMA = ROOT / "examples" / "commplan.schema.json"
BIN = Path(sys.executable).parent


def _time(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _in_process(path: Path, runs: int) -> float:
    from commplan.check.validate import check_paths

    check_paths([str(path)])  # warm-up: imports, models, profile files
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_paths([str(path)])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_mb(command: list[str]) -> float:
    """Peak resident memory of ``command`` alone, measured by a fresh parent process."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], capture_output=True, check=False)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True)
    return int(out.stdout) / 1024


def _heavy_imports(path: Path) -> list[str]:
    code = (
        "import sys\nfrom commplan.cli import app\n"
        f"try:\n    app(['validate', '-q', {str(path)!r}])\nexcept SystemExit:\n    pass\n"
        "print(' '.join(m for m in sys.modules if m.split('.')[0] in "
        "('docxtpl', 'docx', 'lxml', 'jinja2', 'holidays')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    compile_package()
    commplan = str(BIN / "commplan")
    checker = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        typical = folder / "typical.yaml"
        typical.write_text(grow(40), encoding="utf-8")
        eight = folder / "eight.yaml"
        eight.write_text(grow(320), encoding="utf-8")
        huge = folder / "huge.yaml"
        huge.write_text(grow(5000), encoding="utf-8")
        bulk = folder / "bulk"
        bulk.mkdir()
        for i in range(1000):
            shutil.copy(typical, bulk / f"plan-{i:04}.yaml")

        ours = _time([commplan, "validate", "-q", str(typical)], runs)
        theirs = _time([checker, "--schemafile", str(SCHEMA), str(typical)], runs)
        print(
            f"1. typical plan, whole process: commplan {ours * 1000:.0f} ms, "
            f"check-jsonschema {theirs * 1000:.0f} ms, ratio {ours / theirs:.2f} (target ≤ 0.80)"
        )

        many = _time([commplan, "validate", "-q", str(bulk)], 3)
        per_plan = (many - ours) / 999
        print(
            f"2. 1,000 plans in one process: {many:.2f} s, {per_plan * 1000:.1f} ms per plan "
            "after start-up (target < 10 ms)"
        )

        one, eight_t = _in_process(typical, runs), _in_process(eight, max(3, runs // 3))
        print(
            f"3. growth (in process): 40 activities {one * 1000:.1f} ms, 320 activities "
            f"{eight_t * 1000:.1f} ms, ratio {eight_t / one:.2f} (target ≤ 9)"
        )

        start = time.perf_counter()
        peak = _peak_mb([commplan, "validate", "-q", str(huge)])
        print(
            f"4. 5,000 activities: {time.perf_counter() - start:.2f} s, peak {peak:.0f} MB "
            "(target < 500 MB)"
        )

        heavy = _heavy_imports(typical)
        print(f"5. heavy modules imported by validate: {heavy or 'none'}")


if __name__ == "__main__":
    main()
