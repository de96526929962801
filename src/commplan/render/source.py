"""Finding a template: a built-in name (``ke-hoach``) or the path of a .docx file."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from commplan.atomic import read_failure
from commplan.errors import TemplateError
from commplan.i18n import _

BUILTIN: Final = {"ke-hoach": "ke-hoach.docx"}
"""Built-in template names and their files in the package's ``templates`` folder."""
DEFAULT: Final = "ke-hoach"


@dataclass(frozen=True, slots=True)
class TemplateSource:
    """A template's bytes and the name shown in messages."""

    name: str
    data: bytes


def builtin_bytes(name: str) -> bytes:
    """The bytes of a built-in template (found through importlib.resources, wheel or not)."""
    return (resources.files("commplan") / "templates" / BUILTIN[name]).read_bytes()


MAX_TEMPLATE_BYTES: Final = 100 * 1024 * 1024
"""A template with pictures is a few megabytes; the built-in one is 30 kB."""


def read_bounded(path: Path) -> bytes:
    """The bytes of a template file, read no further than the limit.

    Raises:
        TemplateError: the file is larger than MAX_TEMPLATE_BYTES.
        OSError: the file cannot be read.
    """
    with path.open("rb") as fp:
        data = fp.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(
            _("template {path} is larger than {limit} MB; it is not a Word template").format(
                path=path.as_posix(), limit=MAX_TEMPLATE_BYTES // 2**20
            )
        )
    return data


def load_template(spec: str | None) -> TemplateSource:
    """The template a ``--template`` value names (None: the default built-in one).

    Raises:
        TemplateError: the file does not exist, is a folder or cannot be read.
    """
    spec = spec or DEFAULT
    if spec in BUILTIN:
        return TemplateSource(spec, builtin_bytes(spec))
    path = Path(spec)
    shown = path.as_posix()
    if path.is_dir():
        raise TemplateError(_("template {path} is a folder; give a .docx file").format(path=shown))
    try:
        return TemplateSource(shown, read_bounded(path))
    except FileNotFoundError:
        raise TemplateError(
            _(
                "template {path} not found; give a .docx file or a built-in name ({names}), "
                "or export one with 'commplan template export ke-hoach -o FILE.docx'"
            ).format(path=shown, names=", ".join(BUILTIN))
        ) from None
    except OSError as exc:
        raise TemplateError(
            _("cannot read template {path}: {reason}").format(path=shown, reason=read_failure(exc))
        ) from None
