"""render --pdf warns when the face standing in for Times New Roman lacks Vietnamese letters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from commplan.render import fontcheck
from commplan.render.fontcheck import VIETNAMESE_PROBE, uncovered_times_face

Cli = Callable[..., Any]
OLD = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
NEW = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


def _fontconfig(times_face: str, covering: list[str]) -> fontcheck.Runner:
    """A stand-in for fc-match/fc-list that answers like a machine with these fonts."""

    def run(command: Sequence[str]) -> str:
        if command[0] == "fc-match":
            assert command[-1] == "Times New Roman"
            return times_face
        assert command[0] == "fc-list"
        wanted = {int(code, 16) for code in command[1].removeprefix(":charset=").split()}
        assert wanted == {ord(ch) for ch in VIETNAMESE_PROBE}
        return "".join(f"{path}: \n" for path in covering)

    return run


def test_liberation2_covers_vietnamese() -> None:
    assert uncovered_times_face(_fontconfig(NEW, [NEW, "/x/DejaVuSerif.ttf"])) is None


def test_old_liberation_is_named() -> None:
    assert uncovered_times_face(_fontconfig(OLD, [NEW, "/x/DejaVuSerif.ttf"])) == OLD


def test_no_answer_means_no_warning() -> None:
    assert uncovered_times_face(_fontconfig("", [])) is None


def _patch_pdf(monkeypatch: pytest.MonkeyPatch, face: str | None) -> None:
    from commplan.render import pdf

    monkeypatch.setattr(fontcheck, "uncovered_times_face", lambda _run=None: face)
    monkeypatch.setattr(pdf, "find_soffice", lambda: "/bin/true")
    monkeypatch.setattr(
        pdf, "convert_to_pdf", lambda _docx, target, _soffice: target.write_bytes(b"%PDF-1.7")
    )


@pytest.mark.parametrize(("face", "warned"), [(OLD, True), (None, False)])
def test_render_pdf_warns_once_in_vietnamese(
    cli: Cli,
    write: Callable[[str, bytes], Path],
    monkeypatch: pytest.MonkeyPatch,
    face: str | None,
    warned: bool,
) -> None:
    from commplan.i18n import choose_language
    from tests.conftest import EXAMPLES

    _patch_pdf(monkeypatch, face)
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    choose_language("vi")
    plan = write("plan.yaml", (EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml").read_bytes())
    result = cli("render", str(plan), "--pdf")
    assert result.exit_code == 0, result.stderr
    assert Path(plan).with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert result.stderr.count("fonts-liberation2") == (1 if warned else 0)
    if warned:
        assert "không có các chữ cái tiếng Việt" in result.stderr
        assert OLD in result.stderr
