"""Benchmark of ``commplan export`` (issue 20): a 5,000-activity plan to .xlsx in under 5 s.

    python benchmarks/bench_export.py [--runs 3]

Measures the whole process (start-up, reading and checking the plan, building the workbook,
writing it), as a user runs it, for each format, and the workbook alone in process.
Numbers vary between machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import compile_package, grow

HUGE = 5000
TARGET_S = 5.0
COMMAND = [sys.executable, "-m", "commplan", "export"]


def _whole_process(plan: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([*COMMAND, str(plan), "--to", str(out)], capture_output=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"export failed: {done.stdout.decode()} {done.stderr.decode()}")
    return statistics.median(times)


def _workbook_only(plan: Path, runs: int) -> float:
    from commplan.check.validate import check_paths
    from commplan.export.tables import PlanTables
    from commplan.export.workbook import workbook_bytes

    result = check_paths([str(plan)], keep_plans=True)[0]
    assert result.plan is not None
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        workbook_bytes(PlanTables(result.plan))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = folder / "plan-huge.yaml"
        plan.write_text(grow(HUGE), encoding="utf-8")
        whole = {f: _whole_process(plan, folder / f"out.{f}", runs) for f in ("xlsx", "ics", "json")}
        inner = _workbook_only(plan, runs)
    xlsx = whole["xlsx"]
    verdict = "ok" if xlsx < TARGET_S else "TOO SLOW"
    print(f"export to .xlsx, whole process, {HUGE} activities: {xlsx:.2f} s ({verdict}, target < 5 s)")
    print(f"  of which the workbook alone (in process): {inner:.2f} s")
    print(f"export to .ics, whole process: {whole['ics']:.2f} s")
    print(f"export to .json, whole process: {whole['json']:.2f} s")


if __name__ == "__main__":
    main()
