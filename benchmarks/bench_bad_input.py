"""Benchmark of hostile input against the targets of issue 12 (memory before limits).

    python benchmarks/bench_bad_input.py [--runs 7]

Each case runs ``commplan`` as its own process; peak memory is that process's resident size.
1. ``validate`` of a 1.2 GB file: refused as too large, peak memory < 300 MB;
2. ``validate -`` with 1.2 GB on stdin: the same;
3. a 1 MB .docx that inflates to 1.1 GB: ``audit`` and ``render --template`` each < 300 MB;
4. a 402-byte alias bomb: refused within 1.5× the time ``validate`` takes on an ordinary plan
   (the example plan, whole process), peak memory < 100 MB.
Numbers vary between machines; the ratios measured in one run are what to compare.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_time

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ke-hoach-ubnd-tinh-2022.yaml"
COMMPLAN = [sys.executable, "-m", "commplan", "--lang", "en"]
GB = 1024**3


def _peak_mb(command: list[str], stdin_bytes: int = 0) -> tuple[float, int]:
    """Peak resident memory (MB) and exit code of ``command``, measured by a fresh parent.

    With ``stdin_bytes``, that many zero bytes are streamed to the command's stdin.
    """
    probe = (
        "import resource, subprocess, sys\n"
        "n = int(sys.argv[1])\n"
        "p = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE if n else subprocess.DEVNULL,"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "chunk = bytes(1 << 20)\n"
        "try:\n"
        "    while n > 0 and p.stdin:\n"
        "        p.stdin.write(chunk[: min(n, len(chunk))]); n -= len(chunk)\n"
        "    p.stdin and p.stdin.close()\n"
        "except BrokenPipeError:\n"
        "    pass\n"
        "code = p.wait()\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(stdin_bytes), *command], capture_output=True, text=True
    )
    rss, code = out.stdout.split()
    return int(rss) / 1024, int(code)


def alias_bomb() -> str:
    """The classic "billion laughs" in YAML: nine levels of nine aliases, about 400 bytes."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[level]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * (1 << 20)
            for _ in range(1100):
                member.write(block)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "big.yaml"
        with big.open("wb") as fp:
            fp.truncate(int(1.2 * GB))  # sparse: costs no disk
        mb, code = _peak_mb([*COMMPLAN, "validate", str(big)])
        print(f"1. validate of a 1.2 GB file: exit {code}, peak {mb:.0f} MB (target < 300 MB)")
        mb, code = _peak_mb([*COMMPLAN, "validate", "-"], stdin_bytes=int(1.2 * GB))
        print(f"2. validate - with 1.2 GB on stdin: exit {code}, peak {mb:.0f} MB (< 300 MB)")
        bomb = folder / "bomb.docx"
        _zip_bomb(bomb)
        size = bomb.stat().st_size / 2**20
        mb, code = _peak_mb([*COMMPLAN, "audit", str(bomb)])
        print(
            f"3a. audit of a {size:.1f} MB zip bomb (1.1 GB inflated): "
            f"exit {code}, peak {mb:.0f} MB"
        )
        render = [
            *COMMPLAN,
            "render",
            str(EXAMPLE),
            "--template",
            str(bomb),
            "-o",
            str(folder / "o.docx"),
        ]
        mb, code = _peak_mb(render)
        print(f"3b. render --template with it: exit {code}, peak {mb:.0f} MB (target < 300 MB)")
        yaml_bomb = folder / "laughs.yaml"
        yaml_bomb.write_text(alias_bomb(), encoding="utf-8")
        ordinary = median_time([*COMMPLAN, "validate", str(EXAMPLE)], runs)
        refused = median_time([*COMMPLAN, "validate", str(yaml_bomb)], runs)
        mb, code = _peak_mb([*COMMPLAN, "validate", str(yaml_bomb)])
        print(
            f"4. {yaml_bomb.stat().st_size}-byte alias bomb: exit {code}, {refused:.2f} s vs "
            f"{ordinary:.2f} s for the example plan "
            f"(ratio {refused / ordinary:.2f}, target ≤ 1.5), "
            f"peak {mb:.0f} MB (target < 100 MB)"
        )
        print(
            f"   in process, loading only: {_load_ms(yaml_bomb):.1f} ms for the bomb, "
            f"{_load_ms(EXAMPLE):.1f} ms for the example plan"
        )


def _load_ms(path: Path) -> float:
    from commplan.source.loader import load_bytes

    raw = path.read_bytes()
    times = []
    for _ in range(20):
        start = time.perf_counter()
        load_bytes(raw, path.name)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


if __name__ == "__main__":
    main()
