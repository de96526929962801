"""A template is a program from anyone: every way it can fail is one line and exit 2."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from commplan.render import limits
from commplan.render.source import builtin_bytes
from tests.helpers import one_line_error
from tests.render.test_templates import edited

Cli = Callable[..., Any]
TITLE = "{{ document.title }}"


def _render(cli: Cli, plan: Path, template: bytes) -> Any:
    mine = plan.parent / "mine.docx"
    mine.write_bytes(template)
    result = cli("render", str(plan), "--template", str(mine), "-o", "out.docx")
    assert not (plan.parent / "out.docx").exists()
    return result


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        pytest.param("{{ 1 // 0 }}", ["cannot be rendered", "by zero"], id="divide-by-zero"),
        pytest.param("{{ [].pop() }}", ["empty or too short list"], id="pop-empty"),
        pytest.param("{{ 10.0 ** 400 }}", ["cannot be rendered"], id="float-overflow"),
        pytest.param("{{ 2 ** 100000 }}", ["was stopped", "bits"], id="huge-power"),
        pytest.param(
            "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
            ["calls itself"],
            id="recursion",
        ),
        pytest.param("{{ 'x' * 3000000000 }}", ["was stopped", "'*'"], id="3-gb-string"),
        pytest.param(
            "{% set ns = namespace(s='xx') %}{% for i in range(60) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
            ["was stopped", "characters"],
            id="doubling",
        ),
    ],
)
def test_jinja_that_fails_while_running(cli: Cli, plan: Path, tag: str, words: list[str]) -> None:
    one_line_error(_render(cli, plan, edited({TITLE: tag})), "mine.docx", *words)


def test_a_loop_that_never_ends_is_stopped_at_the_deadline(
    cli: Cli, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_SECONDS", 1.0)
    loop = (
        "{% set r = range(100000)|list %}{% macro m() %}{% for i in r %}{% for j in r %}"
        "{% endfor %}{% endfor %}{% endmacro %}{{ m() }}"
    )
    one_line_error(_render(cli, plan, edited({TITLE: loop})), "ran for more than 1 seconds")


def _with_part(name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(builtin_bytes("ke-hoach")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, data if info.filename == name else source.read(info))
    return out.getvalue()


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
)
W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    ("template", "words"),
    [
        pytest.param(_with_part("word/document.xml", b"<w:document"), ["not well-formed"], id="broken"),
        pytest.param(_with_part("word/document.xml", b""), ["not well-formed"], id="empty-part"),
        pytest.param(b"", ["not a Word .docx"], id="empty-file"),
        pytest.param(_with_part("word/document.xml", BOMB), ["word/document.xml"], id="entity-bomb"),
        pytest.param(
            _with_part(
                "word/document.xml",
                b"<w:document " + W_NS + b"><w:body>" + b"<w:p>" * 300 + b"</w:p>" * 300
                + b"</w:body></w:document>",
            ),
            ["not well-formed", "too deeply"],
            id="too-deep",
        ),
        pytest.param(
            _with_part("word/document.xml", b"<html><body/></html>"),
            ["not a Word .docx"],
            id="wrong-root",
        ),
    ],
)  # fmt: skip
def test_template_xml_that_cannot_be_read(
    cli: Cli, plan: Path, template: bytes, words: list[str]
) -> None:
    one_line_error(_render(cli, plan, template), "mine.docx", *words)
    checked = cli("template", "check", str(plan.parent / "mine.docx"))
    one_line_error(checked, *words)


def test_a_template_that_inflates_past_the_budget(cli: Cli, plan: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"<" + b" " * (300 * 2**20))
    one_line_error(_render(cli, plan, out.getvalue()), "inflates to more than 256 MB")


def test_a_template_with_a_small_dtd_is_refused(cli: Cli, plan: Path) -> None:
    xml = builtin_bytes("ke-hoach")
    document = zipfile.ZipFile(io.BytesIO(xml)).read("word/document.xml")
    head, rest = document.split(b"?>", 1)
    with_dtd = head + b'?><!DOCTYPE w:document [<!ENTITY x "y">]>' + rest
    one_line_error(_render(cli, plan, _with_part("word/document.xml", with_dtd)), "DTD")


@pytest.mark.parametrize(
    "tag",
    [
        "{{ 1 // 0 }}",
        "{{ [].pop() }}",
        "{{ 10.0 ** 400 }}",
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
        "{{ 'x' * 3000000000 }}",
    ],
)
def test_template_check_reports_what_fails_whatever_the_plan(
    cli: Cli, tmp_path: Path, tag: str
) -> None:
    mine = tmp_path / "mine.docx"
    mine.write_bytes(edited({TITLE: tag}))
    result = cli("template", "check", str(mine))
    assert result.exit_code == 1
    headline = result.stdout.splitlines()[0]
    assert re.search(r"mine\.docx:\d+: error \[TPL-RUNTIME\] the template fails whatever", headline)
    assert f"«{tag[:20]}" in headline  # the paragraph the tag is in


def test_template_check_stops_a_loop_at_its_deadline(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commplan.render import trial

    monkeypatch.setattr(trial, "TRIAL_SECONDS", 1.0)
    mine = tmp_path / "mine.docx"
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    mine.write_bytes(edited({TITLE: loop}))
    result = cli("template", "check", str(mine))
    assert result.exit_code == 1 and "ran for more than 1 seconds" in result.stdout


def test_the_built_in_template_passes_the_trial(cli: Cli, tmp_path: Path) -> None:
    mine = tmp_path / "mine.docx"
    mine.write_bytes(builtin_bytes("ke-hoach"))
    result = cli("template", "check", str(mine))
    assert (result.exit_code, result.stdout) == (0, "No problems in 1 file\n")


@pytest.mark.parametrize(
    ("part", "old", "new"),
    [
        ("[Content_Types].xml", b"Types", b"Typez"),
        ("_rels/.rels", b"Relationships", b"Relationshipz"),
    ],
)
def test_bookkeeping_parts_with_a_wrong_root(
    cli: Cli, plan: Path, part: str, old: bytes, new: bytes
) -> None:
    """Found by the fuzz test: python-docx reads these parts without checking their root."""
    xml = zipfile.ZipFile(io.BytesIO(builtin_bytes("ke-hoach"))).read(part).replace(old, new)
    broken = _with_part(part, xml)
    one_line_error(_render(cli, plan, broken), "not a Word .docx")
    one_line_error(cli("template", "check", str(plan.parent / "mine.docx")), "not a Word .docx")
    assert cli("render", str(plan), "-o", "good.docx").exit_code == 0
    document = plan.parent / "good.docx"
    good = document.read_bytes()
    xml = zipfile.ZipFile(io.BytesIO(good)).read(part).replace(old, new)
    document.write_bytes(_with_part_of(good, part, xml))
    audited = cli("audit", "--format", "json", str(document))
    assert audited.exit_code == 1 and '"rule": "X-FILE"' in audited.stdout


def _with_part_of(raw: bytes, name: str, data: bytes) -> bytes:
    from tests.badinput.fuzzing import rezip

    return rezip(raw, {name: data})


def test_a_template_value_python_docx_reads_after_jinja(cli: Cli, plan: Path) -> None:
    """Found by the fuzz test: a number edited into "0--- " fails only when formatting is read."""
    document = zipfile.ZipFile(io.BytesIO(builtin_bytes("ke-hoach"))).read("word/document.xml")
    broken = re.sub(rb'w:val="\d+"', b'w:val="0--- "', document, count=1)
    one_line_error(
        _render(cli, plan, _with_part("word/document.xml", broken)), "cannot be rendered"
    )
