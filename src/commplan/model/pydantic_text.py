"""pydantic's English error messages, by error type, in the officer's language.

pydantic words its messages in English ("Field required"); commplan says what is wrong by the
error's ``type`` instead, so profile files and the rare plan error without a message of its own
read like every other message. An unlisted type keeps pydantic's text.
"""

from __future__ import annotations

import re
from typing import Final

from pydantic_core import ErrorDetails

from commplan.i18n import N_, _

_QUOTED: Final = re.compile(r"'([^']*)'")

_BY_TYPE: Final = {
    "missing": N_("a required field is missing"),
    "extra_forbidden": N_("this field is not allowed here"),
    "string_type": N_("expected a text"),
    "int_type": N_("expected a whole number"),
    "int_parsing": N_("expected a whole number"),
    "bool_type": N_("expected true or false"),
    "bool_parsing": N_("expected true or false"),
    "date_type": N_("expected a date (YYYY-MM-DD)"),
    "date_parsing": N_("expected a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": N_("expected a date (YYYY-MM-DD)"),
    "dict_type": N_("expected a mapping of 'key: value' lines"),
    "model_type": N_("expected a mapping of 'key: value' lines"),
    "list_type": N_("expected a list"),
    "literal_error": N_("expected one of {expected}"),
    "enum": N_("expected one of {expected}"),
}


def pydantic_message(error: ErrorDetails) -> str:
    """The message of one pydantic error, translated by its type."""
    text = _BY_TYPE.get(error["type"])
    if text is None:
        return error["msg"]
    expected = str((error.get("ctx") or {}).get("expected", ""))
    # pydantic writes "'error' or 'warning'"; list the values without its English "or".
    values = _QUOTED.findall(expected)
    return _(text).format(expected=", ".join(values) if values else expected)
