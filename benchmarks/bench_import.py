"""Benchmark of ``commplan import``: a 40-page plan is read back in under 2 s.

    python benchmarks/bench_import.py [--runs 5] [--activities 80] [--pages]

The plan is grown from an example (benchmarks/plans.py) and rendered; 80 tasks with their
appendices make 42 pages (``--pages`` counts them with LibreOffice). Measured: whole
process (start-up included) and in process (``import_docx`` alone).
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
from plans import grow

TARGET = 2.0


def _pages(document: Path, folder: Path) -> int:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        capture_output=True,
        check=True,
    )
    info = subprocess.run(
        ["pdfinfo", str(document.with_suffix(".pdf"))], capture_output=True, text=True, check=True
    ).stdout
    return int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--activities", type=int, default=80)
    parser.add_argument("--pages", action="store_true", help="count pages with LibreOffice")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan, document = folder / "plan.yaml", folder / "plan.docx"
        plan.write_text(grow(args.activities), encoding="utf-8")
        command = [sys.executable, "-m", "commplan"]
        subprocess.run(
            [*command, "render", str(plan), "-o", str(document), "--force", "-q"], check=True
        )
        if args.pages:
            print(f"document: {_pages(document, folder)} pages, {args.activities} tasks")
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run(
                [*command, "import", str(document), "-o", str(folder / "out.yaml"), "--force"],
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(done.stderr.decode())
        from commplan.importer import import_docx

        start = time.perf_counter()
        import_docx(document)
        alone = time.perf_counter() - start
    whole = statistics.median(times)
    print(f"import, whole process: {whole:.2f} s (target < {TARGET} s); in process: {alone:.2f} s")
    if whole >= TARGET:
        raise SystemExit("over target")


if __name__ == "__main__":
    main()
