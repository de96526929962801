"""Help pages and click's own messages speak the officer's language (Vietnamese by default)."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import typer

from commplan.cli import app
from commplan.cli.language import CLICK_MESSAGES, HELP_WORDS, help_strings
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]


def _command_paths(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _command_paths(sub, (*path, name))


TREE = typer.main.get_command(app)
PATHS = list(_command_paths(TREE))
SOURCES = sorted({*help_strings(TREE), *HELP_WORDS} - {"{message}"})


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def vietnamese() -> gettext.NullTranslations:
    from commplan.i18n import _load

    return _load("vi")


def test_every_help_string_has_a_translation(vietnamese: gettext.NullTranslations) -> None:
    untranslated = [s for s in SOURCES if vietnamese.gettext(s) == s]
    assert untranslated == [], "add them to commplan.po (scripts/messages.py extract)"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "commplan")
def test_help_pages_in_both_languages(cli: Cli, path: tuple[str, ...]) -> None:
    vi = cli("--lang", "vi", *path, "--help")
    en = cli(*path, "--help", "--lang", "en")
    assert vi.exit_code == en.exit_code == 0
    assert vi.stdout.startswith("Cách dùng: commplan") and "Tùy chọn:" in vi.stdout
    assert en.stdout.startswith("Usage: commplan") and "Options:" in en.stdout
    page = _flat(vi.stdout)
    english = [s for s in SOURCES if len(s) > 8 and _flat(s) in page]
    assert english == [], f"untranslated on the Vietnamese page: {english}"
    assert "Show this message and exit." in en.stdout
    assert not [label for label in ("<str>", "<path>", "list[str]") if label in vi.stdout]


def test_vietnamese_is_the_default_for_help(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMPLAN_LANG")
    assert "Kiểm tra kế hoạch" in cli("--help").stdout
    monkeypatch.setenv("COMMPLAN_LANG", "en")
    assert "Check plans" in cli("--help").stdout


@pytest.mark.parametrize(
    ("args", "vietnamese", "english"),
    [
        (["validate", "--bogus"], "Không có tùy chọn: --bogus", "No such option: --bogus"),
        (["valdate"], "Có phải là 'validate'?", "Did you mean 'validate'?"),
        (["new"], "Thiếu tham số 'PATH'.", "Missing argument 'PATH'."),
        (["validate", "--format", "xml"], "'xml' không thuộc các giá trị", "is not one of"),
        (["rules", "--explain"], "Tùy chọn '--explain' cần một giá trị.", "requires a value"),
        (["schema", "a"], "Thừa tham số (a)", "Unexpected extra arguments (a)"),
        (["new", "x.yaml", "--yes=1"], "không nhận giá trị", "does not take a value"),
        (["template", "export", "ke-hoach"], "Thiếu tùy chọn '--output'", "Missing option"),
    ],
)
def test_usage_errors_are_translated(
    cli: Cli, args: list[str], vietnamese: str, english: str
) -> None:
    vi = cli("--lang", "vi", *args)
    assert vi.exit_code == 2
    assert vietnamese in vi.stderr and "Lỗi: " in vi.stderr, vi.stderr
    assert "Usage" not in vi.stderr and "Try " not in vi.stderr
    en = cli(*args, "--lang", "en")
    assert en.exit_code == 2 and english in en.stderr and "Error: " in en.stderr


def test_lang_before_or_after_the_subcommand(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = str(sorted(EXAMPLES.glob("*.yaml"))[0])
    monkeypatch.delenv("COMMPLAN_LANG")
    after = cli("validate", plan, "--lang", "en")
    before = cli("--lang=en", "validate", plan)
    assert after.exit_code == before.exit_code == 0
    assert after.stdout == before.stdout and "1 file" in after.stdout
    assert "1 tệp" in cli("validate", plan).stdout
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    assert "1 tệp" in cli("validate", plan).stdout


def test_a_wrong_language_is_a_usage_error(cli: Cli) -> None:
    result = cli("rules", "--lang", "fr")
    assert result.exit_code == 2 and "--lang" in result.stderr and "vi" in result.stderr


def test_every_click_message_pattern_has_a_translation(
    vietnamese: gettext.NullTranslations,
) -> None:
    for _pattern, message in CLICK_MESSAGES:
        assert message == "{message}" or vietnamese.gettext(message) != message
