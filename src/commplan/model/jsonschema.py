"""The JSON Schema of the plan file, for editors (draft-07, as yaml-language-server reads it)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from commplan.model.plan import Plan
from commplan.model.profile_ids import shipped_profile_ids
from commplan.vn.dates import ACCEPTED_FORMS

SCHEMA_ID = "https://commplan.invalid/schema/plan-1.json"
"""An identifier only: the schema is always read from the file beside the plan (offline)."""


def build_schema() -> dict[str, Any]:
    """Generate the schema from the model, rewritten to draft-07 forms."""
    schema = Plan.model_json_schema(ref_template="#/definitions/{model}", mode="validation")
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


def schema_text() -> str:
    """The schema as the stable, pretty-printed JSON text that is committed and shipped."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def shipped_schema_text() -> str:
    """The copy of the schema inside the package (no model import needed)."""
    return (resources.files("commplan") / "data" / "commplan.schema.json").read_text("utf-8")
