"""One translation function for every message meant for people.

Source strings are English. The Vietnamese catalogue (``locale/vi/LC_MESSAGES/commplan.mo``)
is looked up lazily, so a message is translated when it is formatted, not when a module is
imported; that is what lets ``--lang`` take effect after the rules are loaded.
"""

from __future__ import annotations

import gettext
import os
from importlib import resources

DOMAIN = "commplan"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


class _Active:
    """The language in force and its catalogue, chosen on first use."""

    lang: str | None = None
    loaded: gettext.NullTranslations | None = None  # read on first use: --version needs none


def _load(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    catalogue = resources.files("commplan") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with catalogue.open("rb") as fp:
            return gettext.GNUTranslations(fp)
    except FileNotFoundError:
        return gettext.NullTranslations()


def choose_language(lang: str | None = None) -> str:
    """Pick the language: the argument, then ``COMMPLAN_LANG``, then Vietnamese.

    Args:
        lang: ``vi`` or ``en`` from the command line, or None.

    Returns:
        The language now in force.
    """
    chosen = lang or os.environ.get("COMMPLAN_LANG", "") or DEFAULT_LANGUAGE
    if chosen not in LANGUAGES:
        chosen = DEFAULT_LANGUAGE
    _Active.lang = chosen
    _Active.loaded = None
    return chosen


def _translations() -> gettext.NullTranslations:
    if _Active.lang is None:
        choose_language()
    if _Active.loaded is None:
        _Active.loaded = _load(_Active.lang or DEFAULT_LANGUAGE)
    return _Active.loaded


def language() -> str:
    """The language in force (``vi`` or ``en``)."""
    if _Active.lang is None:
        choose_language()
    assert _Active.lang is not None
    return _Active.lang


def _(message: str) -> str:
    """Translate ``message`` (an English source string) into the active language."""
    return _translations().gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue; it is translated later with ``_()`` on a variable."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on the count ``n``."""
    return _translations().ngettext(singular, plural, n)
