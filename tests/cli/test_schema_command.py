"""`commplan schema`: the committed, shipped and generated schemas agree, and they work."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from commplan.model.jsonschema import SCHEMA_FILES, schema_text, shipped_schema_text
from tests.conftest import EXAMPLES

Cli = Callable[..., Any]


def test_shipped_and_committed_schemas_equal_the_generated_one(cli: Cli) -> None:
    generated = schema_text()
    assert shipped_schema_text() == generated, "run: python scripts/gen_schemas.py"
    assert (EXAMPLES / "commplan.schema.json").read_text(encoding="utf-8") == generated
    assert cli("schema").stdout == generated


def test_schema_is_draft7_with_vietnamese_descriptions() -> None:
    schema = json.loads(schema_text())
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in schema
    activity = schema["definitions"]["Activity"]
    assert activity["additionalProperties"] is False
    assert activity["properties"]["owner"]["description"] == "Mã đơn vị chủ trì"
    money = schema["definitions"]["BudgetLine"]["properties"]["unit_price"]
    assert {s["type"] for s in money["anyOf"]} == {"integer", "string"}


def test_schema_output_file(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert cli("schema", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == schema_text()


class _Yaml12Loader(yaml.SafeLoader):
    """What an editor sees: YAML 1.2 core schema, where 1_500_000 is text and dates are text."""


_Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag.endswith(("int", "float", "null"))]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for first in "tfTF":
    _Yaml12Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list(first)
    )


ALL_EXAMPLES = sorted(EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("bao-cao/*.yaml"))


def _kind(example: Path) -> str:
    return "bao-cao" if "\nkind: bao_cao\n" in example.read_text(encoding="utf-8") else "ke-hoach"


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda p: p.name)
def test_every_example_passes_its_json_schema(example: Path) -> None:
    schema = json.loads(schema_text(_kind(example)))
    data = yaml.load(example.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    jsonschema.Draft7Validator(schema).validate(data)


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda p: p.name)
def test_every_example_has_the_schema_modeline(example: Path) -> None:
    first = example.read_text(encoding="utf-8").splitlines()[0]
    name = SCHEMA_FILES[_kind(example)]
    assert first == f"# yaml-language-server: $schema={name}"
    assert (example.parent / name).is_file()  # the modeline resolves offline, beside the file


def test_the_report_schema_is_shipped_committed_and_printed(cli: Cli) -> None:
    generated = schema_text("bao-cao")
    assert shipped_schema_text("bao-cao") == generated, "run: python scripts/gen_schemas.py"
    assert (EXAMPLES / "bao-cao" / "bao-cao.schema.json").read_text(encoding="utf-8") == generated
    assert cli("schema", "--kind", "bao-cao").stdout == generated
    schema = json.loads(generated)
    jsonschema.Draft7Validator.check_schema(schema)
    status = schema["definitions"]["ActivityProgress"]["properties"]["status"]["anyOf"][0]
    assert status["enum"] == ["chua_thuc_hien", "dang_thuc_hien", "hoan_thanh", "tam_hoan", "huy"]
    bad = cli("schema", "--kind", "bao_cao_quy")
    assert bad.exit_code == 2 and "bao_cao_quy" in bad.stderr
