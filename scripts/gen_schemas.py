"""Regenerate the shipped JSON Schemas from the model, and their copies beside the examples.

`commplan schema` prints the copy shipped in the package (it never imports the model, so it is
fast); this script writes that copy from the model:

    python scripts/gen_schemas.py
"""

from __future__ import annotations

from pathlib import Path

from commplan.model.jsonschema import schema_text

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "ke-hoach": ("src/commplan/data/commplan.schema.json", "examples/commplan.schema.json"),
    "bao-cao": ("src/commplan/data/bao-cao.schema.json", "examples/bao-cao/bao-cao.schema.json"),
}

if __name__ == "__main__":
    for kind, files in TARGETS.items():
        text = schema_text(kind)
        for name in files:
            (ROOT / name).write_text(text, encoding="utf-8")
