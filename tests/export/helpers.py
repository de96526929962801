"""Shared helpers of the export tests: exporting examples, opening files with LibreOffice."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

from commplan.check.validate import check_paths
from commplan.export.tables import PlanTables
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
# Every sheet to its own CSV file (last token -1), cells as shown (token 9), UTF-8 (76).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def tables_of(path: Path) -> PlanTables:
    result = check_paths([str(path)], keep_plans=True)[0]
    assert result.plan is not None, result.diagnostics
    return PlanTables(result.plan, result.settings.profiles(result.plan))


def soffice_convert(files: list[Path], target: str, folder: Path, *infilter: str) -> None:
    """Convert files with LibreOffice in one run, with a profile of its own (xdist-safe)."""
    soffice = shutil.which("soffice")
    assert soffice is not None
    profile = f"-env:UserInstallation={(folder / 'profile').as_uri()}"
    command = [soffice, profile, "--headless", "--norestore", *infilter]
    command += ["--convert-to", target, "--outdir", str(folder), *map(str, files)]
    subprocess.run(command, check=True, capture_output=True, timeout=240)


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def amount(text: str) -> int:
    """A number as LibreOffice shows it with the en-US locale: "1,500,000" -> 1500000."""
    return int(text.replace(",", "").replace(".", ""))
