"""The Vietnamese catalogue covers every message, keeps placeholders, and is used by default."""

from __future__ import annotations

import gettext
import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest

from tests.conftest import EXAMPLES, ROOT

_spec = importlib.util.spec_from_file_location("messages", ROOT / "scripts" / "messages.py")
assert _spec is not None and _spec.loader is not None
messages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(messages)

PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rsa])?(?::[^}]*)?\}")


@pytest.fixture(scope="module")
def catalogue() -> polib.POFile:
    return polib.pofile(str(messages.PO))


def test_every_message_has_a_vietnamese_translation(catalogue: polib.POFile) -> None:
    translated = {e.msgid: e for e in catalogue if e.translated()}
    missing = [
        (text, places[0])
        for text, places in messages.extract().items()
        if (text[0] if isinstance(text, tuple) else text) not in translated
    ]
    assert missing == [], "run scripts/messages.py extract, translate, then compile"


def test_messages_translated_from_variables_are_extracted() -> None:
    # Translated with _(name) on a variable: only their N_() marks keep them in the catalogue.
    found = messages.extract()
    for text in (
        "top",
        "bottom",
        "a report names an activity the plan does not have",
        "the cut-off date is outside the report's period",
    ):
        assert text in found, text


def test_translations_keep_placeholders_and_are_nfc(catalogue: polib.POFile) -> None:
    for entry in catalogue:
        target = entry.msgstr or entry.msgstr_plural.get(0, "")
        assert sorted(PLACEHOLDER.findall(target)) == sorted(PLACEHOLDER.findall(entry.msgid)), (
            entry.msgid
        )
        assert unicodedata.is_normalized("NFC", target), entry.msgid


def test_shipped_mo_matches_the_po(catalogue: polib.POFile) -> None:
    with messages.MO.open("rb") as fp:
        compiled = gettext.GNUTranslations(fp)
    for entry in catalogue:
        if entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 2) == entry.msgstr_plural[0]
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, "run scripts/messages.py compile"


Cli = Callable[..., Any]


def _broken(tmp_path: Path) -> Path:
    source = sorted(EXAMPLES.glob("*.yaml"))[0].read_text(encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(
        source.replace("schema_version: 1", "schema_version: 1\nprofile: []"), encoding="utf-8"
    )
    return path


def test_vietnamese_is_the_default(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMMPLAN_LANG")
    result = cli("validate", str(_broken(tmp_path)))
    assert "unknown field" not in result.stdout
    assert "profiles" in result.stdout  # the did-you-mean names the field, untranslated
    assert result.stdout.splitlines()[-1].endswith("1 tệp")


def test_lang_option_and_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(_broken(tmp_path))
    assert "unknown field 'profile'" in cli("--lang", "en", "validate", path).stdout
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    assert "unknown field" not in cli("validate", path).stdout
    assert "unknown field" in cli("--lang", "en", "validate", path).stdout


def test_ids_and_json_keys_are_never_translated(cli: Cli, tmp_path: Path) -> None:
    path = str(_broken(tmp_path))
    english = json.loads(cli("--lang", "en", "validate", "--format", "json", path).stdout)
    vietnamese = json.loads(cli("--lang", "vi", "validate", "--format", "json", path).stdout)
    assert [list(r) for r in english] == [list(r) for r in vietnamese]
    assert [(r["rule"], r["severity"], r["line"]) for r in english] == [
        (r["rule"], r["severity"], r["line"]) for r in vietnamese
    ]
    assert [r["message"] for r in english] != [r["message"] for r in vietnamese]
