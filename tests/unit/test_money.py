"""Conformance table and properties for commplan.vn.money (ND30 V1, V2; ECOSYSTEM 6.1)."""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

import pytest

from commplan.vn.money import amount_in_words, amount_line, format_money

# --- format_money --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (0, "0"),
        (5, "5"),
        (999, "999"),
        (1000, "1.000"),
        (1005, "1.005"),
        (12345, "12.345"),
        (100000, "100.000"),
        (1500000, "1.500.000"),
        (145001000, "145.001.000"),
        (1093000000, "1.093.000.000"),
        (1100000000000, "1.100.000.000.000"),
        (10**18, "1.000.000.000.000.000.000"),
    ],
)
def test_format_money(amount: int, expected: str) -> None:
    assert format_money(amount) == expected


def test_format_money_round_trips() -> None:
    for amount in [*range(0, 1_000_000, 997), *SAMPLE]:
        text = format_money(amount)
        assert re.fullmatch(r"\d{1,3}(\.\d{3})*", text), text
        assert int(text.replace(".", "")) == amount


@pytest.mark.parametrize("amount", [-1, -1000, -(10**12)])
def test_format_money_rejects_negative(amount: int) -> None:
    with pytest.raises(ValueError, match=">= 0"):
        format_money(amount)


@pytest.mark.parametrize("amount", [True, 1.5, "1000", None])
def test_format_money_rejects_non_int(amount: Any) -> None:
    with pytest.raises(TypeError):
        format_money(amount)


# --- amount_in_words: conformance table ------------------------------------------------------

WORDS = [
    (0, "Không đồng"),
    (1, "Một đồng"),
    (4, "Bốn đồng"),
    (5, "Năm đồng"),
    (7, "Bảy đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi bốn đồng"),
    (25, "Hai mươi lăm đồng"),
    (55, "Năm mươi lăm đồng"),
    (91, "Chín mươi mốt đồng"),
    (99, "Chín mươi chín đồng"),
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (104, "Một trăm linh bốn đồng"),
    (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"),
    (111, "Một trăm mười một đồng"),
    (115, "Một trăm mười lăm đồng"),
    (121, "Một trăm hai mươi mốt đồng"),
    (500, "Năm trăm đồng"),
    (555, "Năm trăm năm mươi lăm đồng"),
    (1000, "Một nghìn đồng"),
    (1001, "Một nghìn không trăm linh một đồng"),
    (1005, "Một nghìn không trăm linh năm đồng"),
    (1010, "Một nghìn không trăm mười đồng"),
    (1015, "Một nghìn không trăm mười lăm đồng"),
    (1021, "Một nghìn không trăm hai mươi mốt đồng"),
    (1100, "Một nghìn một trăm đồng"),
    (2024, "Hai nghìn không trăm hai mươi bốn đồng"),
    (10000, "Mười nghìn đồng"),
    (15000, "Mười lăm nghìn đồng"),
    (21000, "Hai mươi mốt nghìn đồng"),
    (100000, "Một trăm nghìn đồng"),
    (105000, "Một trăm linh năm nghìn đồng"),
    (523056, "Năm trăm hai mươi ba nghìn không trăm năm mươi sáu đồng"),
    (1000000, "Một triệu đồng"),
    (1000008, "Một triệu không trăm linh tám đồng"),
    (1000050, "Một triệu không trăm năm mươi đồng"),
    (1500000, "Một triệu năm trăm nghìn đồng"),
    (2350000, "Hai triệu ba trăm năm mươi nghìn đồng"),
    (145001000, "Một trăm bốn mươi lăm triệu không trăm linh một nghìn đồng"),
    (1000000000, "Một tỷ đồng"),
    (1000000005, "Một tỷ không trăm linh năm đồng"),
    (1001001000, "Một tỷ không trăm linh một triệu không trăm linh một nghìn đồng"),
    (1093000000, "Một tỷ không trăm chín mươi ba triệu đồng"),
    (1250000000, "Một tỷ hai trăm năm mươi triệu đồng"),
    (10000000005, "Mười tỷ không trăm linh năm đồng"),
    (999999999999, "Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
                   "chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"),
    (1000000000000, "Một nghìn tỷ đồng"),
    (1000000000005, "Một nghìn tỷ không trăm linh năm đồng"),
    (1005000000000, "Một nghìn không trăm linh năm tỷ đồng"),
    (1100000000000, "Một nghìn một trăm tỷ đồng"),
    (2000000000000, "Hai nghìn tỷ đồng"),
    (1000000000000000, "Một triệu tỷ đồng"),
    (1000000000000000000, "Một tỷ tỷ đồng"),
    (1000000001000000000, "Một tỷ không trăm linh một tỷ đồng"),
    (1000000000000000000000, "Một nghìn tỷ tỷ đồng"),
]  # fmt: skip


@pytest.mark.parametrize(("amount", "expected"), WORDS)
def test_amount_in_words(amount: int, expected: str) -> None:
    assert amount_in_words(amount) == expected


def test_conformance_table_is_large_enough() -> None:
    assert len(WORDS) >= 40
    assert len({amount for amount, _ in WORDS}) == len(WORDS)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (105, "Một trăm lẻ năm đồng"),
        (1001, "Một nghìn không trăm lẻ một đồng"),
        (1000008, "Một triệu không trăm lẻ tám đồng"),
        (1000000005, "Một tỷ không trăm lẻ năm đồng"),
        (145001000, "Một trăm bốn mươi lăm triệu không trăm lẻ một nghìn đồng"),
        (1010, "Một nghìn không trăm mười đồng"),
        (5, "Năm đồng"),
    ],
)
def test_amount_in_words_le_variant(amount: int, expected: str) -> None:
    assert amount_in_words(amount, zero_tens="lẻ") == expected


@pytest.mark.parametrize("amount", [-1, -5, -(10**9)])
def test_amount_in_words_rejects_negative(amount: int) -> None:
    with pytest.raises(ValueError, match=">= 0"):
        amount_in_words(amount)


@pytest.mark.parametrize("amount", [True, False, 1.0, "5", None])
def test_amount_in_words_rejects_non_int(amount: Any) -> None:
    with pytest.raises(TypeError):
        amount_in_words(amount)


@pytest.mark.parametrize("zero_tens", ["lẽ", "linh ", "", "Linh"])
def test_amount_in_words_rejects_unknown_zero_tens(zero_tens: Any) -> None:
    with pytest.raises(ValueError, match="zero_tens"):
        amount_in_words(105, zero_tens=zero_tens)


@pytest.mark.parametrize(
    ("amount", "zero_tens", "expected"),
    [
        (1500000, "linh", "Bằng chữ: Một triệu năm trăm nghìn đồng."),
        (0, "linh", "Bằng chữ: Không đồng."),
        (1005, "linh", "Bằng chữ: Một nghìn không trăm linh năm đồng."),
        (1005, "lẻ", "Bằng chữ: Một nghìn không trăm lẻ năm đồng."),
    ],
)
def test_amount_line(amount: int, zero_tens: Any, expected: str) -> None:
    assert amount_line(amount, zero_tens=zero_tens) == expected


def test_amount_line_rejects_negative() -> None:
    with pytest.raises(ValueError):
        amount_line(-1)


# --- amount_in_words: properties ----------------------------------------------------------------

# An independent reader of the words, used as an oracle: every spelled amount must read back.
_DIGIT = {
    w: i
    for i, w in enumerate(["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"])
}


def _read_group(words: list[str]) -> int:
    total = pending = 0
    for word in words:
        if word in _DIGIT:
            pending = _DIGIT[word]
        elif word == "trăm":
            total, pending = total + pending * 100, 0
        elif word == "mươi":
            total, pending = total + pending * 10, 0
        elif word == "mười":
            total += 10
        elif word in ("mốt", "lăm"):
            pending = 1 if word == "mốt" else 5
        else:
            assert word in ("linh", "lẻ"), word
    return total + pending


def _read(words: list[str]) -> int:
    for scale, value in (("tỷ", 10**9), ("triệu", 10**6), ("nghìn", 1000)):
        if scale in words:
            cut = len(words) - 1 - words[::-1].index(scale)
            return _read(words[:cut]) * value + _read(words[cut + 1 :])
    return _read_group(words)


def _body(amount: int, zero_tens: Any = "linh") -> str:
    text = amount_in_words(amount, zero_tens=zero_tens)
    assert text.endswith(" đồng")
    return text.removesuffix(" đồng").lower()


def _sample() -> list[int]:
    rng = random.Random(20200305)
    big = [rng.randrange(10**k) for k in range(4, 25) for _ in range(40)]
    # Mostly-zero amounts exercise the skipped groups and "không trăm (linh)".
    zeros = [int("".join(rng.choices("0001", k=rng.randrange(4, 22)))) for _ in range(400)]
    return big + zeros


SAMPLE = _sample()


SMALL = range(0, 2001)


def test_reader_oracle_on_known_words() -> None:
    for amount, expected in WORDS:
        assert _read(expected.removesuffix(" đồng").lower().split()) == amount


def test_words_read_back() -> None:
    for amount in [*range(0, 20001), *SAMPLE]:
        assert _read(_body(amount).split()) == amount, amount


def test_words_read_back_le_variant() -> None:
    for amount in [*range(0, 3000), *SAMPLE]:
        assert _read(_body(amount, "lẻ").split()) == amount


def test_words_are_well_formed() -> None:
    for amount in [*SMALL, *SAMPLE]:
        text = amount_in_words(amount)
        assert text[0].isupper() and text[1:] == text[1:].lower(), text
        assert "  " not in text and text == text.strip(), text
        assert unicodedata.is_normalized("NFC", text), text
        assert not text.endswith("."), text


def test_forbidden_forms_never_appear() -> None:
    bad = ("mươi một", "mười mốt", "mươi năm", "mười năm", "tư", "ngàn", "lẻ", "linh không")
    for amount in [*SMALL, *SAMPLE]:
        words = f" {_body(amount)} "
        for form in bad:
            assert f" {form} " not in words, (amount, form)


def test_le_variant_never_says_linh() -> None:
    for amount in SMALL:
        assert "linh" not in amount_in_words(amount, zero_tens="lẻ")
        assert amount_in_words(amount, zero_tens="lẻ").replace("lẻ", "linh") == amount_in_words(
            amount
        )


def test_units_after_tens() -> None:
    for amount in SMALL:
        tens, unit = amount // 10 % 10, amount % 10
        body = _body(amount)
        if unit == 5 and tens >= 1:
            assert body.endswith("lăm"), amount
        if unit == 5 and tens == 0:
            assert body.endswith("năm"), amount
        if unit == 1 and tens >= 2:
            assert body.endswith("mươi mốt"), amount
        if unit == 1 and tens == 1:
            assert body.endswith("mười một"), amount
        if tens == 1:
            assert "mươi" not in body.split()[-2:], amount
        if tens >= 2:
            assert body.split()[-1 if unit == 0 else -2] == "mươi", amount


def test_zero_tens_digit_says_linh() -> None:
    for amount in range(100, 20001):
        tens, unit = amount // 10 % 10, amount % 10
        body = _body(amount)
        words = body.split()
        if tens == 0 and unit:
            assert words[-3:-1] == ["trăm", "linh"], amount
        else:
            assert "linh" not in words[-2:], amount


def test_inner_groups_are_said_in_full() -> None:
    # After a higher non-zero group, every spoken group starts with a hundreds digit.
    for amount in [*range(1000, 20001, 7), *SAMPLE]:
        words = _body(amount).split()
        for i, word in enumerate(words[:-1]):
            if word in ("nghìn", "triệu", "tỷ") and words[i + 1] != "tỷ":
                assert words[i + 2 : i + 3] == ["trăm"], (amount, words)


def test_only_zero_starts_with_khong() -> None:
    for amount in [*SMALL, *SAMPLE]:
        assert amount_in_words(amount).startswith("Không") == (amount == 0), amount
