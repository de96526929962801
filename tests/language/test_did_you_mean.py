"""Did you mean: a Vietnamese key or a label typed for a code gets the English name or the code."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.model.codes import LABELS
from commplan.model.plan import Plan
from commplan.model.words import FIELD_WORDS, code_for, field_for, normal
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]
Write = Callable[[str, str | bytes], Path]
EXAMPLE = (EXAMPLES / "ke-hoach-ubnd-tinh-2022.yaml").read_text(encoding="utf-8")


def _hints(cli: Cli, write: Write, text: str) -> dict[str, str]:
    found = json.loads(cli("validate", str(write("p.yaml", text)), "--format", "json").stdout)
    return {f["message"]: f["hint"] for f in found if f["rule"] == "SCHEMA"}


@pytest.mark.parametrize(
    ("written", "typed", "meant"),
    [
        ("budget:", "ngan_sach:", "budget"),
        ("budget:", "ngân sách:", "budget"),
        ("budget:", "kinh_phi:", "budget"),
        ("budget:", "Kinh phí:", "budget"),
        ("period:", "thoi_gian:", "period"),
        ("period:", "thời_gian:", "period"),
        ("activities:", "nhiem_vu:", "activities"),
        ("activities:", "hoat_dong:", "activities"),
        ("legal_bases:", "căn_cứ:", "legal_bases"),
    ],
)
def test_a_vietnamese_key_gets_the_field_name(
    cli: Cli, write: Write, written: str, typed: str, meant: str
) -> None:
    text = EXAMPLE.replace(f"\n{written}", f"\n{typed}", 1)
    hints = _hints(cli, write, text)
    key = typed.rstrip(":")
    assert hints[f"unknown field '{key}'"] == (
        f"did you mean '{meant}'? Field names are written in English"
    )


@pytest.mark.parametrize(
    ("code", "typed"),
    [("hop_bao", "Họp báo"), ("tap_huan", "Tập huấn"), ("tap_huan", "tap huan")],
)
def test_a_label_typed_for_a_code_gets_the_code(
    cli: Cli, write: Write, code: str, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = EXAMPLE.replace(f"type: {code}", f"type: {typed}", 1)
    hints = _hints(cli, write, text)
    (hint,) = hints.values()
    assert hint == f"did you mean '{code}'? Write the code, not its label"
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    assert f"có phải là '{code}'?" in cli("validate", str(write("p.yaml", text))).stdout


def test_english_typos_still_match_first(cli: Cli, write: Write) -> None:
    hints = _hints(cli, write, EXAMPLE.replace("\nbudget:", "\nbudgte:", 1))
    assert hints["unknown field 'budgte'"] == "did you mean 'budget'?"


def test_the_words_name_real_fields_and_never_two_at_one_level() -> None:
    from commplan.check.schema_errors import _inner_model

    models: list[Any] = [Plan]
    seen: set[str] = set()
    fields: set[str] = set()
    while models:
        model = models.pop()
        if model.__name__ in seen:
            continue
        seen.add(model.__name__)
        fields |= set(model.model_fields)
        words: dict[str, str] = {}
        for name, info in model.model_fields.items():
            for word in FIELD_WORDS.get(name, ()):
                assert words.setdefault(normal(word), name) == name, (model.__name__, word)
            inner = _inner_model(info.annotation)
            if inner is not None:
                models.append(inner)
    assert set(FIELD_WORDS) <= fields


def test_matching_ignores_diacritics_case_and_separators() -> None:
    assert normal("Thời-gian thực hiện") == "thoi_gian_thuc_hien"
    assert field_for("Đơn vị", ["units", "staff"]) == "units"
    assert field_for("xyz", ["units"]) is None
    assert code_for("Đồng bào dân tộc thiểu số", LABELS["audience_kind"]) == "dong_bao_dtts"
