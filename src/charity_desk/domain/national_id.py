"""Saudi national ID and Iqama numbers: ten digits, 1 (citizen) or 2 (resident), Luhn check digit.

The check-digit algorithm is community-derived, not published officially, so a failed check is an
error a supervisor may override with a recorded reason (``overridable=True``); every other problem
is a plain mistake in what was typed.
"""

from __future__ import annotations

import re
from enum import StrEnum

from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "NationalId"
FIELD = "national_id"


class IdKind(StrEnum):
    CITIZEN = "1"
    RESIDENT = "2"


def normalize_national_id(raw: str) -> str:
    return re.sub(r"[\s\-]", "", to_western_digits(raw or ""))


def luhn_ok(digits: str) -> bool:
    """Luhn mod 10 over all the digits (the first digit is doubled, as SAUDI.md describes)."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def complete_with_check_digit(first_nine: str) -> str:
    """The valid ten-digit number that starts with ``first_nine``."""
    return next(first_nine + d for d in "0123456789" if luhn_ok(first_nine + d))


def _error(text: str, overridable: bool = False, **params) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), field=FIELD, overridable=overridable)


def validate_national_id(raw: str) -> str:
    """The normalized ID, or a DomainError that says what to fix."""
    value = normalize_national_id(raw)
    if not value:
        raise _error(QT_TRANSLATE_NOOP("NationalId", "Enter the national ID or Iqama number."))
    if not value.isdigit():
        raise _error(QT_TRANSLATE_NOOP("NationalId", "The national ID must contain digits only."))
    if len(value) != 10:
        raise _error(
            QT_TRANSLATE_NOOP("NationalId", "The national ID must have 10 digits; you typed {count}."),
            count=len(value),
        )
    if value[0] not in "12":
        raise _error(
            QT_TRANSLATE_NOOP(
                "NationalId",
                "The national ID starts with 1 (citizen) or 2 (resident, Iqama); this one starts with {digit}.",
            ),
            digit=value[0],
        )
    if not luhn_ok(value):
        raise _error(
            QT_TRANSLATE_NOOP(
                "NationalId",
                "The check digit of this national ID does not match: check every digit against the card. "
                "A supervisor may accept it with a reason.",
            ),
            overridable=True,
        )
    return value


def id_kind(national_id: str) -> IdKind:
    return IdKind(national_id[0])
