"""Fuzzing validate, render, audit and template check: never a traceback, exit 0/1/2, lines.

Seeded, so a run can be repeated (``COMMPLAN_FUZZ_SEED``); a failing input is kept in
``COMMPLAN_FUZZ_KEEP`` (default: the test's temporary folder). Each target runs for
``COMMPLAN_FUZZ_SECONDS`` (default 2 s, enough for CI); set it higher for a real campaign:
``COMMPLAN_FUZZ_SECONDS=600 python -m pytest tests/badinput/test_fuzz.py``.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from commplan.cli import app
from commplan.render.source import builtin_bytes
from tests.badinput import fuzzing
from tests.badinput.conftest import EXAMPLE

SECONDS = float(os.environ.get("COMMPLAN_FUZZ_SECONDS", "2"))
SEED = int(os.environ.get("COMMPLAN_FUZZ_SEED", "20261207"))
HEADLINE = re.compile(r"^(?P<file>\S.*?):(?P<line>\d+)(?::\d+)?: (error|warning) \[")


def _cases(name: str) -> Iterator[random.Random]:
    """One seeded generator per case, until the time for ``name`` is spent."""
    end = time.monotonic() + SECONDS
    case = 0
    while time.monotonic() < end or case < 3:
        yield random.Random(f"{SEED}-{name}-{case}")
        case += 1


def _run(*args: str, input: bytes | None = None) -> Any:
    return CliRunner().invoke(app, ["--lang", "en", *args], input=input, catch_exceptions=True)


def _problems(result: Any, what: str) -> list[str]:
    found = []
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        found.append(f"{what}: {type(result.exception).__name__}: {result.exception}")
    if result.exit_code not in (0, 1, 2):
        found.append(f"{what}: exit code {result.exit_code}")
    if "Traceback" in result.output:
        found.append(f"{what}: a traceback in the output")
    return found


def _json_lines(result: Any, what: str) -> list[str]:
    if result.exit_code == 2 or result.exception is not None:
        return []
    rows = json.loads(result.stdout)
    return [f"{what}: a finding without a line: {r}" for r in rows if not r.get("line")]


class Campaign:
    """Failures of one target, with the inputs kept for reproduction."""

    def __init__(self, folder: Path, keep: Path) -> None:
        self.folder = folder
        self.keep = keep
        self.failures: list[str] = []
        self.cases = 0

    def check(
        self,
        problems: list[str],
        rng: random.Random,
        data: bytes,
        suffix: str,
        template: bytes | None = None,
    ) -> None:
        self.cases += 1
        if problems:
            kept = self.keep / f"failure-{rng.random():.12f}{suffix}"
            kept.write_bytes(data)
            if template is not None:  # the plan was rendered with a mutated template
                kept.with_suffix(".template.docx").write_bytes(template)
            self.failures += [f"{p} (input kept in {kept})" for p in problems]


@pytest.fixture
def campaign(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Campaign:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "commplan.toml").write_text("", encoding="utf-8")
    # Failing inputs are kept where COMMPLAN_FUZZ_KEEP says (pytest prunes its own folders).
    keep = Path(os.environ.get("COMMPLAN_FUZZ_KEEP", tmp_path))
    keep.mkdir(parents=True, exist_ok=True)
    return Campaign(tmp_path, keep)


def _example_data() -> Any:
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


def test_fuzz_validate(campaign: Campaign) -> None:
    data, raw = _example_data(), EXAMPLE.read_bytes()
    for rng in _cases("validate"):
        plan = fuzzing.dump(fuzzing.mutate_data(rng, data))
        if rng.random() < 0.5:
            plan = fuzzing.mutate_bytes(rng, plan if rng.random() < 0.5 else raw)
        path = campaign.folder / "p.yaml"
        path.write_bytes(plan)
        fmt = rng.choice(["json", "text", "junit", "sarif"])
        result = _run("validate", "--format", fmt, str(path))
        found = _problems(result, "validate")
        found += _json_lines(result, "validate") if fmt == "json" and not found else []
        campaign.check(found, rng, plan, ".yaml")
    assert campaign.failures == [], "\n".join(campaign.failures)


def test_fuzz_render(campaign: Campaign) -> None:
    data = _example_data()
    template = builtin_bytes("ke-hoach")
    for rng in _cases("render"):
        plan = fuzzing.dump(fuzzing.mutate_data(rng, data))
        args = ["render", "p.yaml", "-o", "out.docx", "--force"]
        if rng.random() < 0.3:
            (campaign.folder / "t.docx").write_bytes(fuzzing.mutate_docx(rng, template, jinja=True))
            args += ["--template", "t.docx"]
        (campaign.folder / "p.yaml").write_bytes(plan)
        template_used = (campaign.folder / "t.docx").read_bytes() if "t.docx" in args else None
        campaign.check(_problems(_run(*args), "render"), rng, plan, ".yaml", template_used)
    assert campaign.failures == [], "\n".join(campaign.failures)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("rendered")
    out = folder / "d.docx"
    assert _run("render", str(EXAMPLE), "-o", str(out)).exit_code == 0
    return out.read_bytes()


def test_fuzz_audit(campaign: Campaign, rendered: bytes) -> None:
    for rng in _cases("audit"):
        docx = fuzzing.mutate_docx(rng, rendered)
        path = campaign.folder / "d.docx"
        path.write_bytes(docx)
        result = _run("audit", "--format", "json", str(path))
        found = _problems(result, "audit")
        found += _json_lines(result, "audit") if not found else []
        campaign.check(found, rng, docx, ".docx")
    assert campaign.failures == [], "\n".join(campaign.failures)


def test_fuzz_template_check(campaign: Campaign) -> None:
    template = builtin_bytes("ke-hoach")
    for rng in _cases("template"):
        docx = fuzzing.mutate_docx(rng, template, jinja=True)
        path = campaign.folder / "t.docx"
        path.write_bytes(docx)
        result = _run("template", "check", str(path))
        found = _problems(result, "template check")
        lines = [ln for ln in result.stdout.splitlines() if "] " in ln and not ln.startswith(" ")]
        found += [f"template check: no line in {ln!r}" for ln in lines if not HEADLINE.match(ln)]
        campaign.check(found, rng, docx, ".docx")
    assert campaign.failures == [], "\n".join(campaign.failures)
