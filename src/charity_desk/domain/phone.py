"""Saudi mobile numbers: stored as +9665XXXXXXXX, accepted in every form people write them.

Accepted: 05XXXXXXXX, 5XXXXXXXX, 9665…, 009665…, +9665… (also with the 0 people often keep after
the country code, +966 05…), with spaces, dashes, brackets or dots, in any digits.  A refused number
gets the message that fits the likely mistake: a landline, a foreign number, or a wrong length.
"""

from __future__ import annotations

import re

from charity_desk.domain.digits import compact_number
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Phone"
FIELD = "phone"
_COUNTRY = "+966"
_MOBILE = re.compile(r"(?:\+966|00966|966)?0?(5[0-9]{8})")
_LANDLINE = re.compile(r"(?:\+966|00966|966)?0?1[0-9]{8}")
_FOREIGN = re.compile(r"(?:\+|00)(?!966)[0-9]+")
_STORED = re.compile(r"\+9665[0-9]{8}")


def _error(text: str) -> DomainError:
    return DomainError(Message(CONTEXT, text), field=FIELD)


def normalize_mobile(raw: str) -> str:
    """``+9665XXXXXXXX`` from any accepted form, or a DomainError that says what to fix."""
    value = re.sub(r"[().]", "", compact_number(raw))
    if not value:
        raise _error(QT_TRANSLATE_NOOP("Phone", "Enter the mobile number."))
    if match := _MOBILE.fullmatch(value):
        return _COUNTRY + match.group(1)
    if not re.fullmatch(r"\+?[0-9]+", value):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Phone", "The mobile number may contain only digits, spaces, dashes and a leading +."
            )
        )
    if _LANDLINE.fullmatch(value):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Phone", "This is a landline number; enter a mobile number that starts with 05."
            )
        )
    if _FOREIGN.fullmatch(value):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Phone", "Only Saudi mobile numbers (+966) can be stored; enter a number that starts with 05."
            )
        )
    raise _error(
        QT_TRANSLATE_NOOP(
            "Phone", "A Saudi mobile number has 10 digits and starts with 05, for example 0551234567."
        )
    )


def display_mobile(stored: str) -> str:
    """``05X XXX XXXX``, the way staff read numbers aloud; anything else is shown as it is."""
    if not _STORED.fullmatch(stored):
        return stored
    return f"05{stored[5]} {stored[6:9]} {stored[9:]}"  # +966 5X XXX XXXX


def mobile_search_forms(stored: str) -> list[str]:
    """Digit strings someone might type to find this number: 05…, 5…, 9665…."""
    local = stored.removeprefix(_COUNTRY)
    return ["0" + local, local, "966" + local]


def mobile_query_form(digits: str) -> str:
    """A typed (possibly partial) number as the start of one of ``mobile_search_forms``: 00966… and
    966 0… become 966…; anything else is returned as it is."""
    if digits.startswith("00966"):
        digits = digits[2:]
    if digits.startswith("9660"):
        digits = "966" + digits[4:]
    return digits
