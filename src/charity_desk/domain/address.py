"""The Saudi national address (العنوان الوطني): every part optional, but right in form when given."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message


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


_FORMS = {
    "building_number": (
        re.compile(r"\d{4}"),
        QT_TRANSLATE_NOOP("Address", "The building number has 4 digits."),
    ),
    "postal_code": (re.compile(r"\d{5}"), QT_TRANSLATE_NOOP("Address", "The postal code has 5 digits.")),
    "additional_number": (
        re.compile(r"\d{4}"),
        QT_TRANSLATE_NOOP("Address", "The additional number has 4 digits."),
    ),
    "short_address": (
        re.compile(r"[A-Z]{4}\d{4}"),
        QT_TRANSLATE_NOOP(
            "Address", "The short address is 4 Latin letters and 4 digits, for example RRRD2929."
        ),
    ),
}


def validate_national_address(address: NationalAddress) -> NationalAddress:
    """The address with digits normalized and spaces trimmed, or a DomainError naming the field."""
    cleaned = replace(
        address, **{f.name: to_western_digits(getattr(address, f.name)).strip() for f in fields(address)}
    )
    cleaned = replace(cleaned, short_address=cleaned.short_address.replace(" ", "").upper())
    for name, (form, text) in _FORMS.items():
        value = getattr(cleaned, name)
        if value and not form.fullmatch(value):
            raise DomainError(Message("Address", text), field=name)
    return cleaned
