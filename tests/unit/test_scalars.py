"""Plain scalars are resolved the commplan way, not the YAML 1.1 way."""

from __future__ import annotations

import pytest

from commplan.source.scalars import SourceFloat, SourceInt, resolve_plain, source_text
from commplan.source.textcheck import looks_legacy


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("", None, type(None)),
        ("~", None, type(None)),
        ("null", None, type(None)),
        ("true", True, bool),
        ("False", False, bool),
        ("yes", "yes", str),
        ("No", "No", str),
        ("off", "off", str),
        ("012", 12, SourceInt),
        ("1_500_000", 1_500_000, SourceInt),
        ("+84912345678", 84912345678, SourceInt),
        ("1.500", 1.5, SourceFloat),
        ("1e3", 1000.0, SourceFloat),
        ("0x1F", "0x1F", str),
        ("8:30", "8:30", str),
        ("2022-03-05", "2022-03-05", str),
        (".inf", ".inf", str),
        ("1.500.000", "1.500.000", str),
        ("Quý II/2022", "Quý II/2022", str),
    ],
)
def test_resolve_plain(text: str, value: object, kind: type) -> None:
    resolved = resolve_plain(text)
    assert resolved == value
    assert type(resolved) is kind


@pytest.mark.parametrize("text", ["012", "+84912345678", "1.500", "1_500"])
def test_numbers_keep_their_source(text: str) -> None:
    assert source_text(resolve_plain(text)) == text


@pytest.mark.parametrize(
    ("text", "legacy"),
    [
        ("Bé Th«ng tin vµ TruyÒn th«ng", True),
        ("Boä Thoâng tin vaø Truyeàn thoâng", True),
        ("Bộ Thông tin và Truyền thông", False),
        ("Hà Nội «trích dẫn»", False),
        ("plain ascii", False),
    ],
)
def test_legacy_encoding_heuristic(text: str, legacy: bool) -> None:
    assert looks_legacy(text) is legacy
