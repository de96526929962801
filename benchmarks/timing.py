"""Whole-process timing shared by the benchmarks, and the ``--baseline`` comparison.

Every figure is the median of several runs of a fresh process, as a user starts it. With
``--baseline PYTHON`` the same command also runs with another interpreter (for example the
virtual environment of the main branch), alternating with ours so that both see the same load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """Median wall time (s) and the largest peak resident memory (MB) over the runs."""

    seconds: float
    peak_mb: float


def arguments(doc: str, runs: int) -> argparse.Namespace:
    """The common options: ``--runs`` and ``--baseline``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument(
        "--baseline",
        help="another Python whose commplan to measure too (e.g. /work/venv/bin/python)",
    )
    return parser.parse_args()


def pythons(options: argparse.Namespace) -> dict[str, str]:
    """The interpreters to measure, by label: ours, then the baseline when given."""
    found = {"this": sys.executable}
    if options.baseline:
        found["baseline"] = options.baseline
    return found


_PROBE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, check=False)\n"
    "took = time.perf_counter() - start\n"
    "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
)


def once(command: Sequence[str]) -> tuple[float, float, int]:
    """(wall seconds, peak MB, exit code) of one run, measured by a fresh parent process."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *command], capture_output=True, text=True, check=True
    )
    took, peak_kb, code = out.stdout.split()
    return float(took), int(peak_kb) / 1024, int(code)


def compare(commands: dict[str, list[str]], runs: int) -> dict[str, Measure]:
    """Measure each labelled command ``runs`` times, alternating between them."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(runs):
        for label, command in commands.items():
            took, peak, code = once(command)
            if code not in (0, 1):
                raise SystemExit(f"{label}: {' '.join(command)} exited with {code}")
            times[label].append(took)
            peaks[label] = max(peaks[label], peak)
    return {label: Measure(statistics.median(times[label]), peaks[label]) for label in commands}


def median_time(command: Sequence[str], runs: int) -> float:
    """The median wall time in seconds of ``runs`` runs of ``command`` (its exit code ignored)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def spread(command: Sequence[str], runs: int = 5) -> str:
    """How noisy the machine is: min and max wall time of a bare interpreter start."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return f"bare python start {min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms over {runs} runs"


def load() -> str:
    """The machine's load average, to judge the figures by."""
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min)"


def ms(seconds: float) -> str:
    """Seconds as whole milliseconds."""
    return f"{seconds * 1000:.0f} ms"
