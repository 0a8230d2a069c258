"""Saudi national ID and Iqama numbers: ten digits, 1 (citizen) or 2 (resident), Luhn check digit.

The check-digit algorithm is community-derived, not published officially, so a failed check is an
error a supervisor may override with a recorded reason (``overridable=True``).  Every other problem
is a plain mistake in what was typed, and is checked first: an ID accepted by override always has
the right form.
"""

from __future__ import annotations

import re
from enum import StrEnum

from charity_desk.domain.digits import compact_number
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "NationalId"
FIELD = "national_id"
LENGTH = 10
_DIGITS = re.compile(r"[0-9]+")


class IdKind(StrEnum):
    """What the first digit says about the holder."""

    CITIZEN = "1"
    RESIDENT = "2"


def normalize_national_id(raw: str) -> str:
    """Western digits, without spaces, dashes or direction marks; not checked."""
    return compact_number(raw)


def _luhn_total(digits: str) -> int:
    """Luhn sum where the rightmost digit is the check digit (not doubled)."""
    total = 0
    for offset, char in enumerate(reversed(digits)):
        value = int(char) * (2 if offset % 2 else 1)
        total += value - 9 if value > 9 else value
    return total


def luhn_ok(digits: str) -> bool:
    """Luhn mod 10 over all the digits.

    Counted from the right, as Luhn is defined; for ten digits that doubles positions 1, 3, 5, 7
    and 9 from the left, exactly as SAUDI.md describes.  Anything but Western digits fails.
    """
    return bool(_DIGITS.fullmatch(digits)) and _luhn_total(digits) % 10 == 0


def complete_with_check_digit(first_nine: str) -> str:
    """The valid ten-digit number that starts with ``first_nine`` (demo data, tests)."""
    if not (_DIGITS.fullmatch(first_nine) and len(first_nine) == LENGTH - 1):
        raise ValueError(f"expected nine Western digits, got {first_nine!r}")
    check = -_luhn_total(first_nine + "0") % 10
    return first_nine + str(check)


def _error(text: str, overridable: bool = False, **params) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), field=FIELD, overridable=overridable)


def validate_national_id(raw: str) -> str:
    """The normalized ID, or a DomainError that says what to fix."""
    value = normalize_national_id(raw)
    if not value:
        raise _error(QT_TRANSLATE_NOOP("NationalId", "Enter the national ID or Iqama number."))
    if not _DIGITS.fullmatch(value):
        raise _error(
            QT_TRANSLATE_NOOP(
                "NationalId", "The national ID must contain digits only; remove any letters or symbols."
            )
        )
    if len(value) != LENGTH:
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
    """Citizen or resident, from the first digit of a validated ID."""
    return IdKind(national_id[0])
