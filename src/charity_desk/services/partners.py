"""The directory of other associations a request can be referred to (clause 5-10).

A partner's phone is often a landline or a unified 920 number, so it is kept as typed; only a
number written as a Saudi mobile is checked and stored in the one mobile form.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.models import PartnerAssociation
from charity_desk.domain.digits import compact_number, to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.phone import normalize_mobile
from charity_desk.services.errors import InvalidInput
from charity_desk.services.referral_views import PartnerInput, PartnerView

_WRITTEN_AS_MOBILE = re.compile(r"(?:\+966|00966|966)?0?5")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_LIMITS = {"name": 200, "city": 80, "phone": 30, "email": 200, "contact_person": 200}


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message("Referrals", text, params), field=field)


def _phone(raw: str) -> str:
    if _WRITTEN_AS_MOBILE.match(compact_number(raw)):
        return normalize_mobile(raw)
    return to_western_digits(raw.strip())


def clean_partner(session: Session, data: PartnerInput, partner_id: int | None) -> dict[str, str]:
    """The values to store, or InvalidInput naming each field to fix."""
    values = {"name": data.name.strip(), "services": data.services.strip(), "city": data.city.strip(),
              "phone": "", "email": data.email.strip(), "contact_person": data.contact_person.strip()}
    errors = []
    if not values["name"]:
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "Enter the association's name."), "name"))
    elif session.scalar(select(PartnerAssociation.id).where(PartnerAssociation.name == values["name"],
                                                            PartnerAssociation.id != (partner_id or 0))):
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "An association with this name is already in the "
                                                            "directory."), "name"))
    if data.phone.strip():
        try:
            values["phone"] = _phone(data.phone)
        except DomainError as error:
            errors.append(DomainError(error.message, field="phone"))
    if values["email"] and not _EMAIL.fullmatch(values["email"]):
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "The e-mail address is not complete, for example "
                                                            "info@example.org."), "email"))
    for field, limit in _LIMITS.items():
        if len(values[field]) > limit:
            errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "At most {limit} characters."), field, limit=limit))
    if errors:
        raise InvalidInput(errors)
    return values


def partner_view(row: PartnerAssociation) -> PartnerView:
    return PartnerView(row.id, row.version_id, row.name, row.services, row.city, row.phone, row.email,
                       row.contact_person, row.active)
