"""Benchmark of ``commplan validate`` against the targets of issue 13.

    python benchmarks/bench_validate.py [--runs 15] [--baseline /work/venv/bin/python]

1. whole process, a typical plan (40 activities): commplan vs check-jsonschema (pinned in the
   ``dev`` extra) checking the same file against commplan's own schema; target ratio ≤ 0.5;
2. bulk: 1,000 typical plans in one process: ≤ 10 ms per plan after start-up, and peak memory
   flat in the number of plans (100 vs 1,000 plans; < 150 MB);
3. growth, start-up excluded (in process): 8× the activities costs at most 9× the time;
4. a 5,000-activity plan, whole process: ≤ 2 s, peak memory < 400 MB;
5. ``validate`` imports none of docxtpl, python-docx, lxml, jinja2.
With ``--baseline`` the whole-process figures are also measured with another interpreter's
commplan (the main branch's), alternating with ours. Numbers vary between machines and with
the load; the ratios measured in one run are what to compare.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plans import compile_package, grow
from timing import arguments, compare, load, ms, pythons, spread

SCHEMA = Path(__file__).resolve().parents[1] / "src" / "commplan" / "data" / "commplan.schema.json"
BIN = Path(sys.executable).parent


def _in_process(path: Path, runs: int) -> float:
    from commplan.check.validate import check_paths

    check_paths([str(path)])  # warm-up: imports, models, profile files
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_paths([str(path)])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _heavy_imports(path: Path) -> list[str]:
    code = (
        "import sys\nfrom commplan.cli import app\n"
        f"try:\n    app(['validate', '-q', {str(path)!r}])\nexcept SystemExit:\n    pass\n"
        "print(' '.join(m for m in sys.modules if m.split('.')[0] in "
        "('docxtpl', 'docx', 'lxml', 'jinja2', 'holidays')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def _folder(root: Path, name: str, plan: Path, count: int) -> Path:
    folder = root / name
    folder.mkdir()
    for i in range(count):
        shutil.copy(plan, folder / f"plan-{i:04}.yaml")
    return folder


def main() -> None:
    options = arguments(__doc__, runs=15)
    runs = options.runs
    compile_package()
    labels = pythons(options)
    checker = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        typical = folder / "typical.yaml"
        typical.write_text(grow(40), encoding="utf-8")
        eight = folder / "eight.yaml"
        eight.write_text(grow(320), encoding="utf-8")
        huge = folder / "huge.yaml"
        huge.write_text(grow(5000), encoding="utf-8")
        small_bulk = _folder(folder, "bulk-100", typical, 100)
        bulk = _folder(folder, "bulk-1000", typical, 1000)
        print(load() + "; " + spread([sys.executable]))

        def validate(python: str, *paths: Path) -> list[str]:
            return [python, "-m", "commplan", "validate", "-q", *map(str, paths)]

        one = {"cjs": [checker, "--schemafile", str(SCHEMA), str(typical)]}
        one |= {label: validate(python, typical) for label, python in labels.items()}
        found = compare(one, runs)
        theirs = found["cjs"].seconds
        print(f"check-jsonschema, typical plan: {ms(theirs)}")
        for label in labels:
            ours = found[label].seconds
            print(
                f"1. [{label}] typical plan, whole process: {ms(ours)}, "
                f"ratio to check-jsonschema {ours / theirs:.2f} (target ≤ 0.50)"
            )

        few = max(1, runs // 5)
        many = compare({label: validate(p, bulk) for label, p in labels.items()}, few)
        hundred = compare({label: validate(p, small_bulk) for label, p in labels.items()}, few)
        for label in labels:
            per_plan = (many[label].seconds - found[label].seconds) / 999
            print(
                f"2. [{label}] 1,000 plans in one process: {many[label].seconds:.2f} s, "
                f"{per_plan * 1000:.1f} ms per plan after start-up (target ≤ 10 ms); peak "
                f"{hundred[label].peak_mb:.0f} MB for 100 plans, {many[label].peak_mb:.0f} MB "
                "for 1,000 (target: flat, < 150 MB)"
            )

        one_t, eight_t = _in_process(typical, runs), _in_process(eight, max(3, runs // 3))
        print(
            f"3. [this] growth (in process): 40 activities {one_t * 1000:.1f} ms, 320 activities "
            f"{eight_t * 1000:.1f} ms, ratio {eight_t / one_t:.2f} (target ≤ 9)"
        )

        big = compare({label: validate(p, huge) for label, p in labels.items()}, few)
        for label in labels:
            print(
                f"4. [{label}] 5,000 activities: {big[label].seconds:.2f} s (target ≤ 2 s), "
                f"peak {big[label].peak_mb:.0f} MB (target < 400 MB)"
            )

        heavy = _heavy_imports(typical)
        print(f"5. heavy modules imported by validate: {heavy or 'none'}")


if __name__ == "__main__":
    main()
