"""`rules --explain`, `rules --format json`, SARIF help and docs/rules.md: one text, two languages."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.audit import AUDIT_RULES
from commplan.i18n import choose_language
from commplan.rules import ALL_RULES
from commplan.rules.explanations import _data
from tests.conftest import ROOT

Cli = Callable[..., Any]
EVERY = [*ALL_RULES, *AUDIT_RULES]
MARKUP = ("``", "::", ":func:", ":class:", ".. ")


@pytest.mark.parametrize("rule", EVERY, ids=lambda r: r.id)
def test_every_rule_is_explained_in_both_languages(cli: Cli, rule: Any) -> None:
    vi = cli("--lang", "vi", "rules", "--explain", rule.id.lower())
    en = cli("rules", "--explain", rule.id, "--lang", "en")
    assert vi.exit_code == en.exit_code == 0
    for text in (vi.stdout, en.stdout):
        assert text.startswith(rule.id + " · ")
        assert not [m for m in MARKUP if m in text], text
    assert all(h in vi.stdout for h in ("Kiểm tra gì", "Căn cứ", "Cách sửa"))
    assert all(h in en.stdout for h in ("What it checks", "Why", "How to fix it"))
    if rule in ALL_RULES:
        assert "Ví dụ đúng" in vi.stdout and "Ví dụ sai" in vi.stdout
        assert "\nPasses\n" in en.stdout and "\nFails\n" in en.stdout


def test_a_mistyped_id_gets_a_suggestion(cli: Cli) -> None:
    result = cli("--lang", "vi", "rules", "--explain", "bud1")
    assert result.exit_code == 2 and "có phải là 'BUD-001'?" in result.stderr


def test_the_data_names_known_rules_and_sources() -> None:
    data = _data()
    known = {r.id for r in EVERY}
    assert set(data["rules"]) == known
    for rule_id, entry in data["rules"].items():
        why = [entry["why"]] if isinstance(entry["why"], str) else entry["why"]
        assert set(why) <= set(data["sources"]), rule_id
        assert entry["fix"]["vi"] and entry["fix"]["en"], rule_id
    for key, source in data["sources"].items():
        assert source["vi"] and source["en"], key


def test_example_comments_are_translated(cli: Cli) -> None:
    for english in _data()["comments"]:
        rule = next(r for r in ALL_RULES if f"# {english}" in r.doc)
        vi = cli("--lang", "vi", "rules", "--explain", rule.id).stdout
        assert f"# {english}" not in vi or english == _data()["comments"][english], rule.id


def test_the_why_names_the_instrument(cli: Cli) -> None:
    org = cli("--lang", "vi", "rules", "--explain", "ORG-001").stdout
    assert "Công văn của Bộ TT&TT năm 2022" in org and "mục 1" in org
    assert "Nghị định 30/2020/NĐ-CP" in cli("--lang", "vi", "rules", "--explain", "P1").stdout


def test_rules_format_json_lists_the_catalogue(cli: Cli) -> None:
    result = cli("rules", "--format", "json")
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == [r.id for r in EVERY]
    bud = next(r for r in records if r["id"] == "BUD-001")
    assert bud["command"] == "validate" and bud["severity"] == "error" and bud["always_on"]
    assert "quantity" in bud["fails"] and bud["why"] and bud["fix"]
    org = next(r for r in records if r["id"] == "ORG-006")
    assert org["profiles"] == ["cv-btttt-2022"] and not org["always_on"]
    assert next(r for r in records if r["id"] == "H5")["command"] == "audit"


def test_sarif_help_is_the_explanation(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text("schema_version: 1\nname: [a\n", encoding="utf-8")
    log = json.loads(cli("--lang", "vi", "validate", str(plan), "--format", "sarif").stdout)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    syntax = rules["SYNTAX"]
    assert "Cách sửa" in syntax["help"]["text"] and "**Cách sửa.**" in syntax["help"]["markdown"]
    assert "YAML không hợp lệ" in syntax["fullDescription"]["text"]


@pytest.mark.parametrize(("lang", "name"), [("vi", "rules.md"), ("en", "rules.en.md")])
def test_the_rules_page_is_current(lang: str, name: str) -> None:
    from commplan.explain.docs import rules_page

    choose_language(lang)
    page = rules_page()
    choose_language("en")
    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == page, (
        "run python scripts/gen_rules_doc.py"
    )
