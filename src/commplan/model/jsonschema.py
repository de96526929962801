"""The JSON Schema of the plan file, for editors (draft-07, as yaml-language-server reads it)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Final

from pydantic.json_schema import GenerateJsonSchema, NoDefault
from pydantic_core import core_schema

from commplan.model.plan import Plan
from commplan.model.profile_ids import shipped_profile_ids
from commplan.model.report import Report
from commplan.model.types import empty_dict, empty_list
from commplan.vn.dates import ACCEPTED_FORMS

SCHEMA_ID = "https://commplan.invalid/schema/plan-1.json"
"""An identifier only: the schema is always read from the file beside the plan (offline)."""

REPORT_SCHEMA_ID = "https://commplan.invalid/schema/bao-cao-1.json"
SCHEMA_FILES: Final = {"ke-hoach": "commplan.schema.json", "bao-cao": "bao-cao.schema.json"}
"""The file name of each kind's schema, shipped in ``data/`` and written beside the files."""


class _Generator(GenerateJsonSchema):
    """pydantic's generator, telling editors the empty default of a list or mapping field.

    The models give such fields a factory (``types.empty_list``: pydantic would otherwise
    deep-copy a shared ``[]`` for every item of every plan); the schema still says
    ``"default": []``.
    """

    def get_default_value(self, schema: core_schema.WithDefaultSchema) -> Any:
        """The field's default; an empty list or mapping for those two factories."""
        factory = schema.get("default_factory")
        if factory is empty_list or factory is empty_dict:
            return factory()
        return super().get_default_value(schema) if factory is None else NoDefault


def build_schema() -> dict[str, Any]:
    """Generate the schema from the model, rewritten to draft-07 forms."""
    schema = Plan.model_json_schema(
        ref_template="#/definitions/{model}", mode="validation", schema_generator=_Generator
    )
    schema["definitions"] = schema.pop("$defs")
    schema["properties"]["period"] = {
        "anyOf": [
            {"$ref": "#/definitions/Period"},
            {"type": "string", "description": "Viết tắt: " + ", ".join(ACCEPTED_FORMS[2:])},
        ],
        "description": "Thời gian thực hiện: {start, end} hoặc một khoảng như năm 2022",
    }
    schema["properties"]["profiles"]["items"] = {"enum": list(shipped_profile_ids())}
    return {"$schema": "http://json-schema.org/draft-07/schema#", "$id": SCHEMA_ID, **schema}


def build_report_schema() -> dict[str, Any]:
    """The schema of a report file (``kind: bao_cao``), in the same draft-07 form."""
    schema = Report.model_json_schema(
        ref_template="#/definitions/{model}", mode="validation", schema_generator=_Generator
    )
    schema["definitions"] = schema.pop("$defs")
    return {"$schema": "http://json-schema.org/draft-07/schema#", "$id": REPORT_SCHEMA_ID, **schema}


def schema_text(kind: str = "ke-hoach") -> str:
    """The schema as the stable, pretty-printed JSON text that is committed and shipped."""
    schema = build_report_schema() if kind == "bao-cao" else build_schema()
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def shipped_schema_text(kind: str = "ke-hoach") -> str:
    """The copy of a kind's schema inside the package (no model import needed)."""
    return (resources.files("commplan") / "data" / SCHEMA_FILES[kind]).read_text("utf-8")
