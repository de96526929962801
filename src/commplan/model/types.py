"""Value types of the plan file: id, text, money, quantity, integer, flag, date, date-expr.

Each type is an ``Annotated`` pydantic type with a plain validator, so that commplan, not
pydantic's coercion rules, decides what is accepted (``yes`` is not a boolean, ``1.500`` is not
money) and every error carries a message and a hint for people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Final, NoReturn

from pydantic import GetCoreSchemaHandler, PlainSerializer, WithJsonSchema
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from commplan.i18n import _
from commplan.source import scalars, textcheck
from commplan.vn import dates

ERROR_TYPE: Final = "commplan"
_ID = re.compile(r"[a-z][a-z0-9_-]{0,63}")
# Characters Word's XML cannot hold (C0 controls, U+FFFE, U+FFFF); DEL is refused as well.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_MONEY_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MONEY_UNDERSCORES = re.compile(r"\d{1,3}(?:_\d{3})+")
_QUANTITY = re.compile(r"\d+(?:\.\d{1,2})?")


def empty_list() -> list[Any]:
    """The default of a list field: a new empty list for each item.

    A factory, not ``default=[]``, which pydantic deep-copies for every item of every plan; a
    Python function, not the built-in ``list``, whose signature pydantic would parse from its
    text at every start (about 10 ms over the models).
    """
    return []


def empty_dict() -> dict[str, Any]:
    """The default of a mapping field (see :func:`empty_list`)."""
    return {}


@dataclass(frozen=True, slots=True)
class Plain:
    """A plain validator: ``func`` alone decides what is accepted and what the value becomes.

    pydantic's own ``PlainValidator`` also builds the schema of the annotated type, twice, to
    derive a serializer from it. With a hundred and forty uses across the models that was a
    tenth of every command's start-up; commplan needs no such serializer (values serialize as
    the Python values they are, or through an explicit ``PlainSerializer``).
    """

    func: Callable[[Any], Any]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        """The core schema: a call of ``func`` (the JSON Schema comes from ``WithJsonSchema``)."""
        del source, handler
        return core_schema.no_info_plain_validator_function(
            self.func, json_schema_input_schema=core_schema.any_schema()
        )


def fail(message: str, hint: str | None = None) -> NoReturn:
    """Raise a validation error whose message and hint are already for people."""
    raise PydanticCustomError(ERROR_TYPE, "{message}", {"message": message, "hint": hint})


def _describe(value: Any) -> str:
    if value is None:
        return _("nothing")
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    return f"'{scalars.source_text(value)}'"


def _to_text(value: Any) -> str:
    # Most values are plain str: they skip the look-up of how a number was written.
    text = value if value.__class__ is str else scalars.source_text(value)
    if text is None or isinstance(value, bool):
        fail(
            _("expected text, found {found}").format(found=_describe(value)),
            _("write the text on the same line; quote it if it holds ': ' or starts with a symbol"),
        )
    if not text or text.isspace():
        fail(_("the text is empty"), _("write the text or remove the field"))
    if match := _CONTROL.search(text):
        fail(
            _("the text holds a control character (U+{code:04X}) that Word cannot store").format(
                code=ord(match.group())
            ),
            _("delete the invisible character (often pasted from a PDF)"),
        )
    return textcheck.nfc(text)


def _to_id(value: Any) -> str:
    text = value if value.__class__ is str else scalars.source_text(value)
    if text is None or isinstance(value, bool) or not _ID.fullmatch(text):
        fail(
            _("{found} is not a valid id").format(found=_describe(value)),
            _("an id starts with a lower-case letter, then a-z, digits, '_' or '-' (64 at most)"),
        )
    return text


def _to_money(value: Any) -> int:
    if isinstance(value, bool) or value is None:
        _money_error(value)
    if isinstance(value, float):
        fail(
            _("{found} is not a whole number of đồng").format(found=_describe(value)),
            _('YAML reads 1.500 as one and a half: write 1500, 1_500 or "1.500" in quotes'),
        )
    if isinstance(value, int):
        if value < 0:
            fail(_("an amount of money cannot be negative"), None)
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() or _MONEY_DOTS.fullmatch(text) or _MONEY_UNDERSCORES.fullmatch(text):
            return int(text.replace(".", "").replace("_", ""))
    _money_error(value)


def _money_error(value: Any) -> NoReturn:
    fail(
        _("{found} is not an amount of money").format(found=_describe(value)),
        _('write whole đồng: 1500000, 1_500_000 or "1.500.000"'),
    )


def _to_quantity(value: Any) -> Decimal:
    text = scalars.source_text(value)
    if isinstance(value, bool) or text is None or not _QUANTITY.fullmatch(text.replace("_", "")):
        fail(
            _("{found} is not a quantity").format(found=_describe(value)),
            _("write a number greater than 0 with at most 2 decimals, such as 12 or 2.5"),
        )
    quantity = Decimal(text.replace("_", ""))
    if quantity <= 0:
        fail(_("the quantity must be greater than 0"), None)
    return quantity


def _to_number_or_text(value: Any) -> int | float | str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return _to_text(value)


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        fail(
            _("expected a whole number, found {found}").format(found=_describe(value)),
            _("write digits only, such as 12"),
        )
    return int(value)


def _to_positive_int(value: Any) -> int:
    number = _to_int(value)
    if number < 1:
        fail(_("the number must be 1 or more"), None)
    return number


DOCUMENT_NUMBER_MAX: Final = 999_999
"""Numbers restart at 01 each year (Nghị định 30/2020, art. 15); no issuer reaches a million."""


def _to_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    hint = _("write true or false")
    if isinstance(value, str) and value in scalars.YAML11_BOOL_WORDS:
        hint = _("'{word}' is not a boolean here: write true or false").format(word=value)
    fail(_("expected true or false, found {found}").format(found=_describe(value)), hint)


def _to_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    text = scalars.source_text(value)
    if text is None or isinstance(value, bool | int | float):
        fail(
            _("expected a date, found {found}").format(found=_describe(value)), _("write 05/3/2022")
        )
    try:
        return dates.parse_date(text)
    except dates.DateError as exc:
        fail(str(exc), _("write the day as 05/3/2022 (day/month/year) or 2022-03-05"))


def _to_date_expr(value: Any) -> dates.DateExpr:
    if isinstance(value, dates.DateExpr):
        return value
    text = scalars.source_text(value)
    if text is None or isinstance(value, bool | int | float):
        fail(
            _("expected a date or period, found {found}").format(found=_describe(value)),
            _("write 05/3/2022, tháng 3/2022, Quý II/2022, 6 tháng đầu năm 2022 or năm 2022"),
        )
    try:
        return dates.parse_date_expr(text)
    except dates.DateError as exc:
        fail(
            str(exc),
            _("write 05/3/2022, tháng 3/2022, Quý II/2022, 6 tháng đầu năm 2022 or năm 2022"),
        )


_DATE_PATTERN = (
    r"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|[Nn]gày \d{1,2} tháng \d{1,2} năm \d{4})$"
)

Text = Annotated[str, Plain(_to_text), WithJsonSchema({"type": "string", "minLength": 1})]
Id = Annotated[
    str,
    Plain(_to_id),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z][a-z0-9_-]{0,63}$"}),
]
Money = Annotated[
    int,
    Plain(_to_money),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 0},
                {"type": "string", "pattern": r"^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(_\d{3})+)$"},
            ],
            "description": 'Số tiền nguyên đồng: 1500000, 1_500_000 hoặc "1.500.000"',
        }
    ),
]
Quantity = Annotated[
    Decimal,
    Plain(_to_quantity),
    PlainSerializer(lambda q: float(q) if q != q.to_integral_value() else int(q)),
    # No "multipleOf": 0.01 here: JSON Schema validators divide in binary floating point and
    # reject 0.29 or 1.15, which validate accepts; the two-decimals rule stays in validate.
    WithJsonSchema(
        {
            "type": "number",
            "exclusiveMinimum": 0,
            "description": "Số lớn hơn 0, tối đa 2 chữ số thập phân",
        }
    ),
]
NumberOrText = Annotated[
    int | float | str,
    Plain(_to_number_or_text),
    WithJsonSchema({"type": ["number", "string"]}),
]
Integer = Annotated[int, Plain(_to_int), WithJsonSchema({"type": "integer"})]
PositiveInt = Annotated[
    int, Plain(_to_positive_int), WithJsonSchema({"type": "integer", "minimum": 1})
]
Flag = Annotated[bool, Plain(_to_flag), WithJsonSchema({"type": "boolean"})]
Day = Annotated[
    date,
    Plain(_to_date),
    PlainSerializer(lambda d: d.isoformat()),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _DATE_PATTERN,
            "description": "Ngày: 05/3/2022, 05-3-2022, ngày 05 tháng 3 năm 2022 hoặc 2022-03-05",
        }
    ),
]
DateExprField = Annotated[
    dates.DateExpr,
    Plain(_to_date_expr),
    PlainSerializer(lambda e: e.text),
    WithJsonSchema(
        {
            "type": "string",
            "description": (
                "Ngày hoặc khoảng thời gian: 05/3/2022, tháng 3/2022, Quý II/2022, "
                "6 tháng đầu năm 2022, năm 2022"
            ),
        }
    ),
]


def _to_doc_number(value: Any) -> int | str:
    # PLAN-MODEL.md: an integer or digit text; "0155" (as published) keeps its zero.
    text = scalars.source_text(value)
    if isinstance(value, bool) or text is None or not text.strip().isdigit():
        fail(
            _("expected the document number in digits, found {found}").format(
                found=_describe(value)
            ),
            _('write digits only, such as 12 or "0155"'),
        )
    text = text.strip()
    if int(text) < 1:
        fail(_("the number must be 1 or more"), None)
    if int(text) > DOCUMENT_NUMBER_MAX:
        fail(
            _("the document number {number} is too large").format(number=text),
            _("a document number has at most 6 digits; numbers restart at 01 each year"),
        )
    return int(text) if not text.startswith("0") else text


DocNumber = Annotated[
    int | str,
    Plain(_to_doc_number),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": DOCUMENT_NUMBER_MAX},
                {"type": "string", "pattern": r"^[0-9]{1,6}$"},
            ],
            "description": 'Số văn bản: 12 hoặc "0155" (giữ số 0 ở đầu)',
        }
    ),
]
