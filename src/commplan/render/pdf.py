"""PDF through LibreOffice: find ``soffice`` and convert a .docx in a private profile."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final

from commplan.atomic import os_error_message, write_atomic
from commplan.errors import OutputError
from commplan.i18n import _

TIMEOUT_SECONDS: Final = 180


def _install_folders() -> list[Path]:
    # Officers on Windows rarely have LibreOffice on the PATH; look where its installer puts it.
    if sys.platform == "win32":
        roots = {os.environ.get(v, "") for v in ("PROGRAMFILES", "PROGRAMFILES(X86)")}
        return [Path(r) / "LibreOffice" / "program" / "soffice.exe" for r in sorted(roots) if r]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    found = [Path("/usr/lib/libreoffice/program/soffice")]
    return found + sorted(Path("/opt").glob("libreoffice*/program/soffice"))


def find_soffice() -> str | None:
    """The LibreOffice executable: on the PATH, else in the usual install folders."""
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    return next((str(p) for p in _install_folders() if p.is_file()), None)


def _command(soffice: str, docx: Path, folder: Path) -> list[str]:
    # A throw-away user profile: works while the officer has LibreOffice open, leaves nothing.
    profile = f"-env:UserInstallation={(folder / 'profile').as_uri()}"
    # Absolute paths: a file named "-dash.docx" must not reach LibreOffice as an option.
    return [soffice, profile, "--headless", "--norestore", "--convert-to", "pdf",
            "--outdir", str(folder.resolve()), str(docx.resolve())]  # fmt: skip


def convert_to_pdf(docx: Path, pdf: Path, soffice: str) -> None:
    """Convert ``docx`` to ``pdf`` (written atomically) with LibreOffice, headless.

    Raises:
        OutputError: LibreOffice failed, timed out, or the PDF cannot be written.
    """
    with tempfile.TemporaryDirectory(prefix="commplan-pdf-") as tmp:
        folder = Path(tmp)
        try:
            subprocess.run(
                _command(soffice, docx, folder),
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError(
                _("LibreOffice could not convert {path} to PDF: {reason}").format(
                    path=docx.as_posix(), reason=_why_not_run(exc)
                )
            ) from None
        produced = folder / f"{docx.stem}.pdf"
        if not produced.is_file():
            raise OutputError(
                _(
                    "LibreOffice produced no PDF for {path}; open it in LibreOffice to see why"
                ).format(path=docx.as_posix())
            )
        write_atomic(pdf, produced.read_bytes())


def _why_not_run(exc: OSError | subprocess.TimeoutExpired) -> str:
    # Neither the OS's English nor the timeout's text (which quotes the whole command line).
    if isinstance(exc, subprocess.TimeoutExpired):
        return _("it did not finish within {seconds} seconds").format(seconds=TIMEOUT_SECONDS)
    return os_error_message(exc)
