"""Benchmark of ``commplan render`` against the targets of ARCHITECTURE.md.

    python benchmarks/bench_render.py [--runs 7]

1. whole process, a typical plan (40 activities, grown from an example), without --pdf:
   target under 1 s;
2. the same for a plan 8 times larger (320 activities);
3. growth, start-up excluded (in process: validate + render): 8× the activities costs at most
   9× the time;
4. a 5,000-activity plan over 12 months renders, whole process, peak memory under 500 MB.
Numbers vary between machines; the ratios measured in one run are what to compare.
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

TYPICAL = 40
HUGE = 5000
COMMAND = [sys.executable, "-m", "commplan", "render"]


def _whole_process(plan: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([*COMMAND, str(plan), "-o", str(out)], capture_output=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"render failed: {done.stdout.decode()} {done.stderr.decode()}")
    return statistics.median(times)


def _in_process(plan: Path, runs: int) -> float:
    from commplan.check.validate import check_paths
    from commplan.render.docx import render_plan
    from commplan.render.source import load_template

    template = load_template(None)
    render_plan(check_paths([str(plan)], keep_plans=True)[0].plan, template)  # type: ignore[arg-type]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = check_paths([str(plan)], keep_plans=True)[0]
        assert result.plan is not None
        render_plan(result.plan, template)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plans = {}
        for size in (TYPICAL, 8 * TYPICAL):
            plans[size] = folder / f"plan-{size}.yaml"
            plans[size].write_text(grow(size), encoding="utf-8")
        whole = {n: _whole_process(p, folder / "out.docx", runs) for n, p in plans.items()}
        inner = {n: _in_process(p, runs) for n, p in plans.items()}
        huge = folder / "plan-huge.yaml"
        huge.write_text(grow(HUGE), encoding="utf-8")
        huge_time = _whole_process(huge, folder / "huge.docx", 1)
        # Linux reports kilobytes; the largest child so far is the 5,000-activity render.
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"render, whole process, {TYPICAL} activities: {whole[TYPICAL]:.3f} s (target < 1 s)")
    print(f"render, whole process, {8 * TYPICAL} activities: {whole[8 * TYPICAL]:.3f} s")
    print(f"  whole-process ratio 8x/1x: {whole[8 * TYPICAL] / whole[TYPICAL]:.2f}")
    print(f"render in process, {TYPICAL} activities: {inner[TYPICAL] * 1000:.1f} ms")
    print(f"render in process, {8 * TYPICAL} activities: {inner[8 * TYPICAL] * 1000:.1f} ms")
    ratio = inner[8 * TYPICAL] / inner[TYPICAL]
    print(f"  growth ratio 8x/1x, start-up excluded: {ratio:.2f} (target <= 9)")
    print(f"render, whole process, {HUGE} activities: {huge_time:.1f} s, peak {peak_mb:.0f} MB")
    print("  (target: peak memory < 500 MB)")


if __name__ == "__main__":
    main()
