"""Money amounts in figures and in words, as Vietnamese official documents write them.

Figures (ND30 V1): whole đồng, grouped by "." (``1.500.000``).

Words (ND30 V2, the "Bằng chữ" line). The conventions, chosen to match accounting practice and
CLDR ``vi`` spell-out, are:

* digits: không, một, hai, ba, bốn, năm, sáu, bảy, tám, chín ("bốn", never "tư");
* tens: "mười" for 10-19, "<digit> mươi" for 20-99;
* units after a tens word: 1 is "mốt" after "mươi" ("hai mươi mốt") but "một" after "mười"
  ("mười một"); 5 is "lăm" after "mười" or "mươi" ("mười lăm", "hai mươi lăm"), "năm" elsewhere;
* a zero tens digit before a non-zero unit, once a hundreds word has been said, is "linh"
  (default) or "lẻ": 105 is "một trăm linh năm";
* scale words per group of three digits: nghìn (never "ngàn"), triệu, tỷ. Above a tỷ the number of
  tỷ is itself spelled out and followed by "tỷ", so 10^12 is "một nghìn tỷ", 10^15 "một triệu tỷ",
  10^18 "một tỷ tỷ", and 1 100 000 000 000 is "một nghìn một trăm tỷ" (not "một nghìn tỷ một
  trăm tỷ");
* a group of three digits that is all zeros is skipped together with its scale word;
* a non-zero group spoken after any higher non-zero group is said in full, so a group below 100
  gets "không trăm" and a group below 10 "không trăm linh": 1 005 is "một nghìn không trăm linh
  năm", 1 000 000 005 "một tỷ không trăm linh năm";
* zero is "không"; the result starts with a capital letter and ends with " đồng" (no "chẵn",
  no final period). :func:`amount_line` adds the "Bằng chữ: " prefix and the period.

Amounts must be ``int`` (``bool`` is refused) and not negative: a plan's budget has no negative
lines, so a negative amount is a data error, not something to spell as "âm ...".
"""

from __future__ import annotations

from typing import Literal

__all__ = ["amount_in_words", "amount_line", "format_money"]

ZeroTens = Literal["linh", "lẻ"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION = 10**9
# Scale words for the three groups below a tỷ, highest first; larger amounts recurse on tỷ.
_GROUP_SCALES = ("triệu", "nghìn", "")


def _check_amount(amount: int) -> None:
    # bool is an int subclass; True would otherwise be spelled "Một đồng".
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amount must be an int number of đồng, got {type(amount).__name__}")
    if amount < 0:
        raise ValueError(f"amount must be a whole number of đồng >= 0, got {amount}")


def format_money(amount: int) -> str:
    """Write an amount in figures with "." between groups of three digits.

    Args:
        amount: Whole đồng, zero or more.

    Returns:
        The grouped figure, e.g. ``"1.500.000"``; ``"0"`` for zero.

    Raises:
        TypeError: If ``amount`` is not an ``int`` (or is a ``bool``).
        ValueError: If ``amount`` is negative.
    """
    _check_amount(amount)
    return f"{amount:,}".replace(",", ".")


def _unit_after_tens(tens: int, unit: int) -> str:
    if unit == 1 and tens >= 2:
        return "mốt"
    if unit == 5:
        return "lăm"
    return _DIGITS[unit]


def _tens_and_units(tens: int, unit: int, after_hundreds: bool, zero_tens: ZeroTens) -> list[str]:
    if tens == 0:
        if unit == 0:
            return []
        return [zero_tens, _DIGITS[unit]] if after_hundreds else [_DIGITS[unit]]
    words = ["mười"] if tens == 1 else [_DIGITS[tens], "mươi"]
    if unit:
        words.append(_unit_after_tens(tens, unit))
    return words


def _group(value: int, full: bool, zero_tens: ZeroTens) -> list[str]:
    # ``full``: a higher non-zero group was already said, so "không trăm" must fill the hundreds.
    hundreds, rest = divmod(value, 100)
    words = [_DIGITS[hundreds], "trăm"] if hundreds or full else []
    return words + _tens_and_units(rest // 10, rest % 10, bool(words), zero_tens)


def _below_billion(value: int, full: bool, zero_tens: ZeroTens) -> list[str]:
    words: list[str] = []
    groups = (value // 10**6, value // 1000 % 1000, value % 1000)
    for group, scale in zip(groups, _GROUP_SCALES, strict=True):
        if group == 0:
            continue
        words += _group(group, full or bool(words), zero_tens)
        if scale:
            words.append(scale)
    return words


def _spell(value: int, zero_tens: ZeroTens) -> list[str]:
    if value < _BILLION:
        return _below_billion(value, False, zero_tens)
    # The count of tỷ is spelled on its own, which yields "nghìn tỷ", "triệu tỷ", "tỷ tỷ".
    billions, rest = divmod(value, _BILLION)
    return [*_spell(billions, zero_tens), "tỷ", *_below_billion(rest, True, zero_tens)]


def amount_in_words(amount: int, *, zero_tens: ZeroTens = "linh") -> str:
    """Spell an amount of money in Vietnamese words, as on a "Bằng chữ" line.

    Args:
        amount: Whole đồng, zero or more.
        zero_tens: The word for a zero tens digit before a non-zero unit
            (``"linh"``, the default, or ``"lẻ"``).

    Returns:
        The words with a capital first letter and a final ``" đồng"``, e.g.
        ``"Một nghìn không trăm linh năm đồng"`` for 1005 and ``"Không đồng"`` for 0.

    Raises:
        TypeError: If ``amount`` is not an ``int`` (or is a ``bool``).
        ValueError: If ``amount`` is negative or ``zero_tens`` is neither "linh" nor "lẻ".
    """
    _check_amount(amount)
    if zero_tens not in ("linh", "lẻ"):
        raise ValueError(f'zero_tens must be "linh" or "lẻ", got {zero_tens!r}')
    words = " ".join(_spell(amount, zero_tens)) if amount else _DIGITS[0]
    return f"{words[0].upper()}{words[1:]} đồng"


def amount_line(amount: int, *, zero_tens: ZeroTens = "linh") -> str:
    """Build the full "Bằng chữ" line for an amount.

    Args:
        amount: Whole đồng, zero or more.
        zero_tens: As for :func:`amount_in_words`.

    Returns:
        ``"Bằng chữ: "`` + the words + ``"."``, e.g. ``"Bằng chữ: Một triệu năm trăm nghìn đồng."``.

    Raises:
        TypeError: If ``amount`` is not an ``int`` (or is a ``bool``).
        ValueError: If ``amount`` is negative or ``zero_tens`` is invalid.
    """
    return f"Bằng chữ: {amount_in_words(amount, zero_tens=zero_tens)}."
