"""YAML syntax errors explained in the officer's words, with the fix and the caret at the spot."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from commplan.source.yaml_errors import explain
from commplan.source.yamlparse import LOADER, _PyLoader

Cli = Callable[..., Any]
Write = Callable[[str, str | bytes], Path]

HEAD = "schema_version: 1\n"
CASES = [
    # (id, plan text after the first line, line, column, English words, Vietnamese words)
    ("tab", "document:\n\tissuer: A\n", 3, 1, "tab character", "thay ký tự tab bằng dấu cách"),
    ("tab-in-text", "name: >-\n  a\n\tb\n", 4, 1, "tab character", "thay ký tự tab bằng dấu cách"),
    ("at", "name: @abc\n", 2, 7, "cannot start with '@'", "ngoặc kép"),
    ("colon-in-text", "name: Kế hoạch: năm 2022\n", 2, 15, "': '", "ngoặc kép"),
    (
        "too-deep",
        "document:\n  issuer: A\n    name: B\n",
        4,
        5,
        "'name' is indented more",
        "'name'",
    ),
    ("not-aligned", "document:\n  issuer: A\n name: B\n", 4, 2, "does not line up", "'name'"),
    ("item", "activities:\n  - id: a\n  title: B\n", 4, 3, "list item above", "'- '"),
    ("item-field", "activities:\n  - id: a\n    title: B\n   owner: c\n", 5, 4, "line 5", "dòng 5"),
    ("dash-in-mapping", "- a\n", 2, 1, "list item ('- ')", "'- '"),
    ("dash-after-key", "x: - a\n", 2, 4, "cannot follow a key", "[a, b]"),
    ("double-quote", 'name: "Kế hoạch\nperiod: năm 2022\n', 2, 7, "never closed", "dấu nháy"),
    ("single-quote", "name: 'Kế hoạch\nperiod: năm 2022\n", 2, 7, "never closed", "dấu nháy"),
    ("backslash", 'name: "C:\\dir"\n', 2, 10, "backslash", "nháy đơn"),
    ("alias", "name: *abc\n", 2, 7, "anchor", "ngoặc kép"),
    ("flow-list", "name: [a, b\nx: 1\n", 3, 2, "'[' opened on line 2", "'['"),
    ("flow-map", "name: {a: b\nx: 1\n", 3, 2, "'{' opened on line 2", "'{'"),
    ("no-colon", "name\nx: 1\n", 2, 1, "line 2 is not a 'key: value'", "dòng 2"),
    ("two-documents", "---\nx: 1\n", 2, 1, "more than one YAML document", "'---'"),
]


@pytest.mark.parametrize(
    ("body", "line", "column", "english", "vietnamese"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_syntax_errors_in_the_officers_words(
    cli: Cli,
    write: Write,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    line: int,
    column: int,
    english: str,
    vietnamese: str,
) -> None:
    plan = str(write("plan.yaml", HEAD + body))
    (found,) = json.loads(cli("validate", plan, "--format", "json").stdout)
    assert (found["rule"], found["line"], found["column"]) == ("SYNTAX", line, column)
    assert english in found["message"] + found["hint"]
    assert "while parsing" not in found["message"] and "did not find" not in found["message"]
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    text = cli("validate", plan).stdout
    assert vietnamese in text and "gợi ý:" in text and "YAML không hợp lệ" not in text


@pytest.mark.parametrize("loader", [LOADER, _PyLoader], ids=["libyaml", "python"])
def test_both_parsers_get_the_same_explanation(loader: Any) -> None:
    for _name, body, line, column, english, _vi in CASES:
        text = HEAD + body
        with pytest.raises(yaml.MarkedYAMLError) as caught:
            yaml.compose(text, Loader=loader)
        span, message, hint = explain(caught.value, text)
        assert span.line == line and english in message + (hint or ""), (_name, message)
        assert abs(span.column - column) <= 1, _name  # the parsers differ by one on escapes


def test_the_tab_hint_is_the_fix(cli: Cli, write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    plan = write("plan.yaml", HEAD + "document:\n\tissuer: A\n")
    text = cli("validate", str(plan)).stdout
    assert "dùng ký tự tab để thụt lề" in text and "thay ký tự tab bằng dấu cách" in text


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ke-hoach-ubnd-tinh-2022.yaml"


@pytest.mark.parametrize(
    ("old", "new", "column", "vietnamese"),
    [
        (
            "    type: khac\n    phase: gd_hoach_dinh",
            "\ttype: khac\n    phase: gd_hoach_dinh",
            1,
            "thay ký tự tab bằng dấu cách",
        ),
        (
            "    type: khac\n    phase: gd_hoach_dinh",
            "     type: khac\n    phase: gd_hoach_dinh",
            6,
            "thụt lề 'type' bằng đúng số dấu cách như các trường cùng cấp",
        ),
        (
            "    type: khac\n    phase: gd_hoach_dinh",
            "   type: khac\n    phase: gd_hoach_dinh",
            4,
            "thẳng hàng",
        ),
    ],
    ids=["tab", "too-deep", "too-shallow"],
)
def test_a_real_plan_with_one_line_broken(
    cli: Cli,
    write: Write,
    monkeypatch: pytest.MonkeyPatch,
    old: str,
    new: str,
    column: int,
    vietnamese: str,
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    plan = write("plan.yaml", text.replace(old, new, 1))
    monkeypatch.setenv("COMMPLAN_LANG", "vi")
    result = cli("validate", str(plan))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{plan}:{line}:{column}: error [SYNTAX]")
    assert vietnamese in result.stdout, result.stdout
