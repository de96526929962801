"""Benchmark of ``commplan export`` (issue 20): a 5,000-activity plan to .xlsx in under 5 s.

    python benchmarks/bench_export.py [--runs 3]

Measures the whole process (start-up, reading and checking the plan, building the workbook,
writing it), as a user runs it, for each format, and the workbook alone in process. Wall time
is printed with the CPU time the process used: on a busy machine (several jobs sharing the
cores) the wall time grows while the CPU time stays close to what an idle machine's wall time
would be. Numbers vary between machines.
"""

from __future__ import annotations

import argparse
import resource
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


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _whole_process(plan: Path, out: Path, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of the command, in seconds."""
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), _cpu()
        done = subprocess.run([*COMMAND, str(plan), "--to", str(out)], capture_output=True)
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
        if done.returncode != 0:
            raise SystemExit(f"export failed: {done.stdout.decode()} {done.stderr.decode()}")
    return statistics.median(walls), statistics.median(cpus)


def _workbook_only(plan: Path, runs: int) -> float:
    from commplan.check.validate import check_paths
    from commplan.export.tables import PlanTables
    from commplan.export.workbook import workbook_bytes

    result = check_paths([str(plan)], keep_plans=True)[0]
    assert result.plan is not None
    times = []
    for _ in range(runs):
        start = time.process_time()
        workbook_bytes(PlanTables(result.plan))
        times.append(time.process_time() - start)
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
        formats = ("xlsx", "ics", "json")
        whole = {f: _whole_process(plan, folder / f"out.{f}", runs) for f in formats}
        inner = _workbook_only(plan, runs)
    wall, cpu = whole["xlsx"]
    verdict = "ok" if wall < TARGET_S else "over the target"
    print(f"export to .xlsx, whole process, {HUGE} activities: {wall:.2f} s ({verdict}, < 5 s)")
    print(f"  CPU time {cpu:.2f} s; the workbook alone (in process, CPU): {inner:.2f} s")
    for fmt in ("ics", "json"):
        wall, cpu = whole[fmt]
        print(f"export to .{fmt}, whole process: {wall:.2f} s (CPU {cpu:.2f} s)")


if __name__ == "__main__":
    main()
