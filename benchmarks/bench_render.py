"""Benchmark of ``commplan render`` against the targets of issue 13.

    python benchmarks/bench_render.py [--runs 7] [--baseline /work/venv/bin/python]

1. whole process, a typical plan (40 activities, grown from an example), without --pdf:
   target ≤ 0.6 s;
2. growth, start-up excluded (in process: validate + render): 8× the activities costs at most
   9× the time;
3. a 5,000-activity plan over 12 months, whole process: ≤ 8 s, peak memory < 400 MB.
With ``--baseline`` the whole-process figures are also measured with another interpreter's
commplan (the main branch's), alternating with ours. Numbers vary between machines and with
the load; the ratios measured in one run are what to compare.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import compile_package, grow
from timing import arguments, compare, load, pythons, spread

TYPICAL = 40
HUGE = 5000


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
    options = arguments(__doc__, runs=7)
    runs = options.runs
    compile_package()
    labels = pythons(options)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plans = {}
        for size in (TYPICAL, 8 * TYPICAL, HUGE):
            plans[size] = folder / f"plan-{size}.yaml"
            plans[size].write_text(grow(size), encoding="utf-8")

        def render(label: str, python: str, size: int) -> list[str]:
            out = folder / f"{label}-{size}.docx"
            return [python, "-m", "commplan", "render", str(plans[size]), "-o", str(out)]

        print(load() + "; " + spread([sys.executable]))
        typical = compare({k: render(k, p, TYPICAL) for k, p in labels.items()}, runs)
        for label in labels:
            took = typical[label].seconds
            print(
                f"1. [{label}] render, whole process, {TYPICAL} activities: {took:.3f} s "
                "(target ≤ 0.6 s)"
            )
        inner = {n: _in_process(plans[n], runs) for n in (TYPICAL, 8 * TYPICAL)}
        ratio = inner[8 * TYPICAL] / inner[TYPICAL]
        print(
            f"2. [this] in process: {TYPICAL} activities {inner[TYPICAL] * 1000:.0f} ms, "
            f"{8 * TYPICAL} activities {inner[8 * TYPICAL] * 1000:.0f} ms, growth ratio "
            f"{ratio:.2f} (target ≤ 9)"
        )
        huge = compare({k: render(k, p, HUGE) for k, p in labels.items()}, max(1, runs // 7))
        for label in labels:
            print(
                f"3. [{label}] render, whole process, {HUGE} activities: "
                f"{huge[label].seconds:.1f} s (target ≤ 8 s), peak {huge[label].peak_mb:.0f} MB "
                "(target < 400 MB)"
            )


if __name__ == "__main__":
    main()
