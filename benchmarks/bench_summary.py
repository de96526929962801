"""Benchmark of ``commplan summary`` against the bars of REPORTING.md.

    python benchmarks/bench_summary.py [--runs 3]

Builds folders of 100 and 1,000 plans (the Nam Định example issued by each of the 63
provinces in turn, so every plan is a full 40-activity plan) and times, whole process:
``summary DIR -o tong-hop.xlsx`` and ``validate DIR`` of the same folder.
Targets: 100 plans ≤ 2 s, 1,000 plans ≤ 15 s, summary ≤ 1.3× validate, and peak memory flat
in the number of plans (1,000 plans within 1.5× the peak of 100). The peak of ``validate`` on
the same folder is printed beside it: what summary adds to the validate pipeline is the part
this command controls.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plans import compile_package
from tests.summary.builder import example_plan
from timing import median_time

from commplan.summary.registry import shipped_edition

BIN = Path(sys.executable).parent


def build(folder: Path, count: int) -> Path:
    provinces = [a for a in shipped_edition("vn-2022").agencies if not a.is_ministry]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        province = provinces[i % len(provinces)]
        day = 1 + i // len(provinces) % 28
        text = example_plan(
            f"ỦY BAN NHÂN DÂN {province.name.upper()}", "Hà Nội", i + 1, f"{day}/3/2022"
        )
        (folder / f"ke-hoach-{i:04d}.yaml").write_text(text, encoding="utf-8")
    return folder


def peak_mb(command: list[str]) -> float:
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], capture_output=True, check=False)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True)
    return int(out.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    compile_package()
    commplan = str(BIN / "commplan")
    ok = True
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count, bar in ((100, 2.0), (1000, 15.0)):
            folder = build(Path(tmp) / str(count), count)
            out = Path(tmp) / f"tong-hop-{count}.xlsx"
            summary_cmd = [commplan, "summary", str(folder), "-o", str(out)]
            summary = median_time(summary_cmd, runs)
            validate = median_time([commplan, "validate", "-q", str(folder)], runs)
            peaks[count] = peak_mb(summary_cmd)
            validate_peak = peak_mb([commplan, "validate", "-q", str(folder)])
            ratio = summary / validate
            passed = summary <= bar and ratio <= 1.3
            ok &= passed
            print(
                f"{count:5d} plans: summary {summary:6.2f} s (bar {bar} s),"
                f" validate {validate:6.2f} s,"
                f" ratio {ratio:.2f} (bar 1.30), peak {peaks[count]:.0f} MB"
                f" (validate {validate_peak:.0f} MB)"
                f" {'ok' if passed else 'FAIL'}"
            )
    growth = peaks[1000] / peaks[100]
    ok &= growth <= 1.5
    print(f"memory: 1,000 plans peak {growth:.2f}× the peak of 100 (bar 1.50)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
