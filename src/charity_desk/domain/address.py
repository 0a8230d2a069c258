"""The Saudi national address (العنوان الوطني): every part optional, but right in form when given.

Every part is stored in Western digits, without invisible direction marks, spaces tidied.  The
numbers are kept as text (a building number may start with 0); the short address is upper-cased
without spaces, as printed on the address card (RRRD2929).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from charity_desk.domain.digits import compact_number, strip_direction_marks, to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Address"


@dataclass(frozen=True)
class NationalAddress:
    building_number: str = ""
    street: str = ""
    district: str = ""
    city: str = ""
    postal_code: str = ""
    additional_number: str = ""
    unit: str = ""
    short_address: str = ""


#: The parts that have a fixed form: the pattern, and the message that says how to write it.
_FORMS = {
    "building_number": (
        re.compile(r"[0-9]{4}"),
        QT_TRANSLATE_NOOP("Address", "Enter the building number as 4 digits, for example 2929."),
    ),
    "postal_code": (
        re.compile(r"[0-9]{5}"),
        QT_TRANSLATE_NOOP("Address", "Enter the postal code as 5 digits, for example 12345."),
    ),
    "additional_number": (
        re.compile(r"[0-9]{4}"),
        QT_TRANSLATE_NOOP("Address", "Enter the additional number as 4 digits, for example 7788."),
    ),
    "short_address": (
        re.compile(r"[A-Z]{4}[0-9]{4}"),
        QT_TRANSLATE_NOOP(
            "Address", "Enter the short address as 4 Latin letters and 4 digits, for example RRRD2929."
        ),
    ),
}


def _cleaned(name: str, value: str) -> str:
    if name == "short_address":
        return compact_number(value).upper()
    if name in _FORMS:
        return compact_number(value)
    return " ".join(strip_direction_marks(to_western_digits(value or "")).split())


def validate_national_address(address: NationalAddress) -> NationalAddress:
    """The address with digits Western and spaces tidied, or a DomainError naming the first bad part."""
    cleaned = NationalAddress(**{f.name: _cleaned(f.name, getattr(address, f.name)) for f in fields(address)})
    for name, (form, text) in _FORMS.items():
        value = getattr(cleaned, name)
        if value and not form.fullmatch(value):
            raise DomainError(Message(CONTEXT, text), field=name)
    return cleaned
