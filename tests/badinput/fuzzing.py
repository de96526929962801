"""Mutations for the fuzz test: structure-aware (YAML values, XML elements, Jinja tags) and
byte-level (flips, cuts, splices), all from one seeded ``random.Random``."""

from __future__ import annotations

import copy
import io
import random
import zipfile
from typing import Any

import yaml

WEIRD_VALUES: tuple[Any, ...] = (
    "", " ", None, 0, -1, 10**30, 1.5, "1.500", True, "yes", [], {}, [[]], {"a": {"b": {}}},
    "x" * 5000, "\u202ethông", "\ufeffBOM", "a\tb", "a\nb", "{{ x }}", "*alias", "&anchor",
    "05/3/2022", "31/2/2022", "Quý V/2022", "tháng 13/2022", "năm 0", "1_500_000", "- x",
    "Ủy ban nhân dân", "Bé Th«ng tin", "e\u0301", "'; DROP", "\\x1b[31m", "%s%n", "ǅ",
)  # fmt: skip
JINJA = (
    "{{", "}}", "{%", "%}", "{{ document.title }}", "{% for a in activities %}", "{% endfor %}",
    "{% if %}", "{{ 1 // 0 }}", "{{ x|nofilter }}", "“", "{%p if x %}", "{%tr endfor %}",
    "{{ document.title * 99999999 }}", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{{ ''.__class__ }}", "{{ activities|length / 0 }}", "{# #}", "{{ [].pop() }}",
)  # fmt: skip
SPLICES = (
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\t", b"&a ", b"*a ", b"[", b"{", b"---\n",
    b"\xc3", b"\xe2\x80\xae", b": ", b"\n  - ", b"!!python/name:os.system ", b"<<: ",
)  # fmt: skip


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*path, i))
    return found


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def mutate_data(rng: random.Random, data: Any) -> Any:
    """A copy of plan data with one to three values replaced, removed or added."""
    data = copy.deepcopy(data)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_paths(data)[1:] or [()])
        if not path:
            return rng.choice(WEIRD_VALUES)
        parent, key = _parent(data, path), path[-1]
        action = rng.random()
        if action < 0.6:
            parent[key] = copy.deepcopy(rng.choice(WEIRD_VALUES))
        elif action < 0.8:
            del parent[key]
        elif isinstance(parent, dict):
            parent[f"unknown_{rng.randint(0, 9)}"] = rng.choice(WEIRD_VALUES)
        else:
            parent.append(copy.deepcopy(parent[key]))
    return data


def dump(data: Any) -> bytes:
    """Plan data as YAML text."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120).encode("utf-8")


def mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    """``raw`` with a few byte-level edits: flips, splices, cuts, duplicated slices."""
    out = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out) + 1)
        action = rng.random()
        if action < 0.3 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        elif action < 0.6:
            out[at:at] = rng.choice(SPLICES)
        elif action < 0.75:
            del out[at : at + rng.randint(1, 200)]
        elif action < 0.9:
            end = min(len(out), at + rng.randint(1, 300))
            out[at:at] = out[at:end] * rng.randint(1, 3)
        else:
            del out[at:]
    return bytes(out)


def rezip(raw: bytes, edit: dict[str, bytes]) -> bytes:
    """A .docx with some members replaced."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, edit.get(info.filename, source.read(info)))
    return out.getvalue()


def mutate_docx(rng: random.Random, raw: bytes, *, jinja: bool = False) -> bytes:
    """A .docx with its main XML part mutated (text, tags, Jinja), or its zip bytes."""
    if rng.random() < (0.1 if jinja else 0.25):
        return mutate_bytes(rng, raw)
    names = [n for n in zipfile.ZipFile(io.BytesIO(raw)).namelist() if n.endswith(".xml")]
    name = "word/document.xml" if rng.random() < 0.7 else rng.choice(names)
    xml = zipfile.ZipFile(io.BytesIO(raw)).read(name)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(xml) + 1)
        if jinja and rng.random() < 0.8:
            # Inside a w:t, where Word keeps the text an officer types.
            spot = xml.find(b"<w:t", at)
            spot = xml.find(b">", spot) + 1 if spot >= 0 else at
            xml = xml[:spot] + rng.choice(JINJA).encode() + xml[spot:]
        else:
            xml = mutate_bytes(rng, xml)
    return rezip(raw, {name: xml})
