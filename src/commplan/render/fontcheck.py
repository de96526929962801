"""Does the face LibreOffice will use for Times New Roman have the Vietnamese letters?

On Linux LibreOffice asks fontconfig for "Times New Roman" and gets Liberation Serif. The old
Liberation 1.07 (Debian's ``fonts-liberation``) lacks ơ, ư, ổ, ự and most other Vietnamese
letters, so LibreOffice sets those in another face (DejaVu Serif): the PDF mixes two typefaces and
breaks lines where Word would not. The 2.x fonts (``fonts-liberation2``) cover them. Without
fontconfig (Windows, macOS) LibreOffice uses the system's Times New Roman, which covers them.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Sequence
from typing import Final

# Letters the old Liberation Serif lacks and every Vietnamese document uses.
VIETNAMESE_PROBE: Final = "ơưổứựầộở"
TIMEOUT_SECONDS: Final = 20

Runner = Callable[[Sequence[str]], str]
"""Runs a fontconfig command and returns its standard output ('' when it fails)."""


def _run(command: Sequence[str]) -> str:
    try:
        done = subprocess.run(
            list(command), capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout if done.returncode == 0 else ""


def uncovered_times_face(run: Runner | None = None) -> str | None:
    """The font file fontconfig gives for Times New Roman when it lacks Vietnamese letters.

    None when the face covers them, or when fontconfig is absent or says nothing (no warning is
    better than a wrong one).
    """
    if run is None:
        if shutil.which("fc-match") is None or shutil.which("fc-list") is None:
            return None
        run = _run
    face = run(["fc-match", "--format=%{file}", "Times New Roman"]).strip()
    if not face:
        return None
    charset = " ".join(f"{ord(ch):x}" for ch in VIETNAMESE_PROBE)
    covering = run(["fc-list", f":charset={charset}", "file"])
    files = {line.strip().rstrip(":").strip() for line in covering.splitlines()}
    return None if face in files else face
