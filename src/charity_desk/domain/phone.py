"""Saudi mobile numbers: stored as +9665XXXXXXXX, accepted in every form people write them."""

from __future__ import annotations

import re

from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

FIELD = "phone"
_PREFIXES = ("+966", "00966", "966", "0")


def normalize_mobile(raw: str) -> str:
    """``+9665XXXXXXXX`` from 05XXXXXXXX, 5XXXXXXXX, 9665…, 009665… or +9665… (spaces and dashes allowed)."""
    value = re.sub(r"[\s\-().]", "", to_western_digits(raw or ""))
    if not value:
        raise DomainError(
            Message("Phone", QT_TRANSLATE_NOOP("Phone", "Enter the mobile number.")), field=FIELD
        )
    local = value
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            local = value[len(prefix) :]
            break
    if not re.fullmatch(r"5\d{8}", local):
        raise DomainError(
            Message(
                "Phone",
                QT_TRANSLATE_NOOP(
                    "Phone", "A Saudi mobile number has 10 digits and starts with 05, for example 0551234567."
                ),
            ),
            field=FIELD,
        )
    return "+966" + local


def display_mobile(stored: str) -> str:
    """``05X XXX XXXX``, the way staff read numbers aloud."""
    local = "0" + stored.removeprefix("+966")
    return f"{local[:3]} {local[3:6]} {local[6:]}"


def mobile_search_forms(stored: str) -> list[str]:
    """Digit strings someone might type to find this number: 05…, 5…, 9665…."""
    local = stored.removeprefix("+966")
    return ["0" + local, local, "966" + local]
