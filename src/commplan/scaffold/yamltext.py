"""Writing one value into YAML text so that commplan's loader reads back exactly that value.

A plain (unquoted) scalar is kept whenever it is safe, because that is what an officer would
type; anything that YAML could misread (a leading indicator, ``: ``, `` #``, a flow bracket or
comma, a word that reads as a number, boolean or null) is written double-quoted instead. A
JSON string is a valid YAML double-quoted scalar, so ``json.dumps`` does the escaping.
"""

from __future__ import annotations

import json
import re

from commplan.source.scalars import YAML11_BOOL_WORDS, resolve_plain

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PLAIN_START = re.compile(r"[^\W_]|\(|[+-]\d")
_FLOW_CHARS = frozenset(",[]{}")


def plain_ok(text: str, *, flow: bool) -> bool:
    """Whether ``text`` can be written unquoted and still be read as the same characters.

    Args:
        text: The value as it should be read back.
        flow: True when the value may sit inside ``{...}`` or ``[...]``, where commas and
            brackets end a plain scalar.
    """
    if not text or text != text.strip() or _CONTROL.search(text):
        return False
    if not _PLAIN_START.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    return not (flow and _FLOW_CHARS.intersection(text))


def text_scalar(text: str) -> str:
    """``text`` as a block-context YAML scalar that reads back as that text (never a number)."""
    # A plain 2024, true or null is not text; nor, for YAML-002, is a plain yes or no.
    reads_as_text = isinstance(resolve_plain(text), str) and text not in YAML11_BOOL_WORDS
    if plain_ok(text, flow=False) and reads_as_text:
        return text
    return quoted(text)


def quoted(text: str) -> str:
    """``text`` double-quoted, escaped as YAML (and JSON) require."""
    return json.dumps(text, ensure_ascii=False)


def assigned(raw: str) -> str:
    """The YAML text for the value of ``--set KEY=VALUE``, read as a YAML scalar.

    A value the officer quoted stays as written, so ``'012'`` remains text; a safe plain value
    stays plain, so ``31`` is a number and ``true`` a boolean, as in the file; anything else
    (``Doanh nghiệp, hộ kinh doanh``, ``Bước 1: lấy ý kiến``) becomes the quoted text.
    """
    if _quoted_scalar(raw) or plain_ok(raw, flow=True):
        return raw
    return quoted(raw)


def _quoted_scalar(raw: str) -> bool:
    if len(raw) < 2 or raw[0] != raw[-1] or raw[0] not in "'\"" or "\n" in raw:
        return False
    from commplan.source.loader import load_text

    loaded = load_text(raw, "-")
    return loaded.ok and isinstance(loaded.data, str)


def read_back(raw: str) -> str:
    """The text an ``assigned`` value is read as: quotes removed from a quoted value."""
    if _quoted_scalar(raw):
        from commplan.source.loader import load_text

        value = load_text(raw, "-").data
        return value if isinstance(value, str) else raw
    return raw
