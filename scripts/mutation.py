"""Mutation testing of the code that decides what a user sees, package by package, in a budget.

Run by hand or nightly, not in CI (a package takes minutes):

    python scripts/mutation.py                     # every package below, 10 minutes each
    python scripts/mutation.py vn reporters --minutes 3
    python scripts/mutation.py --list

For each package it copies the tracked files of the repository into a temporary folder (mutmut
writes a `mutants/` tree beside the sources; the work tree stays clean), writes mutmut's
configuration there, runs `mutmut run` until done or out of time, and writes
`mutation/<package>.txt`: the score and every surviving mutant with its diff. A survivor is
either a missing test (write one that fails on it) or harmless (an equivalent mutant, or a
message for programmers only): say which in the review of the file.

mutmut 3 (a `dev` extra) mutates inside functions and runs only the tests that reach each
function, which is what makes this affordable on two cores.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mutation"


@dataclass(frozen=True)
class Target:
    """What to mutate and the tests that judge it (the nearest ones: faster and sharper)."""

    sources: tuple[str, ...]
    tests: tuple[str, ...]


TARGETS: dict[str, Target] = {
    "vn": Target(
        ("src/commplan/vn/",), ("tests/unit/", "tests/render/test_filters.py", "tests/pinned/")
    ),
    "rules": Target(("src/commplan/rules/",), ("tests/rules/", "tests/pinned/")),
    "reporters": Target(("src/commplan/reporters/",), ("tests/cli/", "tests/pinned/")),
    "audit-checks": Target(("src/commplan/audit/checks/",), ("tests/audit/", "tests/pinned/")),
    "source": Target(
        ("src/commplan/source/loader.py", "src/commplan/source/positions.py"),
        ("tests/cli/test_validate_input.py", "tests/cli/test_validate_schema.py", "tests/unit/"),
    ),
    "atomic": Target(
        ("src/commplan/atomic.py",),
        ("tests/pinned/", "tests/render/test_cli.py", "tests/badinput/test_outputs.py"),
    ),
    "settings": Target(("src/commplan/settings/",), ("tests/cli/", "tests/pinned/")),
}


def _config(target: Target) -> str:
    def toml_list(items: tuple[str, ...] | list[str]) -> str:
        return "[" + ", ".join(f'"{i}"' for i in items) + "]"

    return (
        "\n[tool.mutmut]\n"
        f"source_paths = {toml_list(target.sources)}\n"
        'also_copy = ["examples", "templates", "scripts", "tests", "src/commplan"]\n'
        f"pytest_add_cli_args_test_selection = {toml_list(target.tests)}\n"
        # Tests that read the source text (the message catalogue's) see mutmut's copies, not code.
        'pytest_add_cli_args = ["-q", "-p", "no:cacheprovider", "-p", "no:xdist", '
        '"--ignore=tests/unit/test_i18n.py"]\n'
    )


def _copy_tree(folder: Path) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, tracked):
        source = ROOT / name.decode()
        if source.is_file():
            target = folder / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def _mutmut(folder: Path, *args: str, timeout: float | None = None) -> str:
    # A process group, so that the budget stops mutmut's forked workers too.
    with subprocess.Popen(
        [sys.executable, "-m", "mutmut", *args],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            out, _ = process.communicate()
    return out


def run(name: str, minutes: float, workers: int) -> str:
    """Mutate one package within ``minutes`` and return the report's text."""
    target = TARGETS[name]
    with tempfile.TemporaryDirectory(prefix=f"commplan-mutation-{name}-") as tmp:
        folder = Path(tmp)
        _copy_tree(folder)
        with (folder / "pyproject.toml").open("a", encoding="utf-8") as fp:
            fp.write(_config(target))
        _mutmut(folder, "run", "--max-children", str(workers), timeout=minutes * 60)
        results = _mutmut(folder, "results", "--all", "true")
        states = [line.strip().rsplit(": ", 1) for line in results.splitlines() if ": " in line]
        survivors = [m for m, state in states if state == "survived"]
        killed = sum(state == "killed" for _, state in states)
        tested = sum(state in {"killed", "survived", "timeout"} for _, state in states)
        lines = [
            f"# mutation testing: {name} ({', '.join(target.sources)})",
            f"# tests: {', '.join(target.tests)}; budget {minutes:g} min",
            f"killed {killed} of {tested} tested ({len(states)} generated): "
            f"score {killed / tested:.1%}"
            if tested
            else "no mutant was tested in the budget",
            "",
        ]
        for mutant in survivors:
            diff = _mutmut(folder, "show", mutant, timeout=60)
            changed = [
                d for d in diff.splitlines() if d[:1] in "+-" and d[:3] not in {"+++", "---"}
            ]
            lines += [f"## {mutant}", *changed, ""]
        return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", help="names from --list (default: all)")
    parser.add_argument("--minutes", type=float, default=10.0, help="budget per package")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--list", action="store_true", help="list the packages and stop")
    args = parser.parse_args()
    if args.list:
        for name, target in TARGETS.items():
            print(f"{name}: {', '.join(target.sources)}")
        return 0
    unknown = [p for p in args.packages if p not in TARGETS]
    if unknown:
        parser.error(f"unknown package {', '.join(unknown)}; see --list")
    OUT.mkdir(exist_ok=True)
    for name in args.packages or list(TARGETS):
        report = run(name, args.minutes, args.workers)
        (OUT / f"{name}.txt").write_text(report + "\n", encoding="utf-8")
        print(report.splitlines()[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
