"""What the referral screens are given: partners, referrals, disclosures, and the words for their codes.

Data items shared with another association are recorded by name (a code below), never by value,
so the disclosure log itself holds no personal data beyond whose file it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from charity_desk.domain.messages import QT_TRANSLATE_NOOP

#: The data items a referral may share, in the order they are listed.
SHARED_ITEMS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Referrals", "Name"),
    "national_id": QT_TRANSLATE_NOOP("Referrals", "National ID"),
    "mobile": QT_TRANSLATE_NOOP("Referrals", "Mobile number"),
    "family_size": QT_TRANSLATE_NOOP("Referrals", "Family size"),
    "income": QT_TRANSLATE_NOOP("Referrals", "Income"),
    "request": QT_TRANSLATE_NOOP("Referrals", "The request"),
}

#: What became of a referral; the last two end its follow-up.
STATUSES: dict[str, str] = {
    "sent": QT_TRANSLATE_NOOP("Referrals", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("Referrals", "Accepted by them"),
    "declined": QT_TRANSLATE_NOOP("Referrals", "Declined by them"),
    "served": QT_TRANSLATE_NOOP("Referrals", "Served"),
}
FINAL_STATUSES = frozenset({"declined", "served"})


@dataclass(frozen=True)
class PartnerInput:
    name: str
    services: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class PartnerView:
    id: int
    version: int
    name: str
    services: str
    city: str
    phone: str
    email: str
    contact_person: str
    active: bool


@dataclass(frozen=True)
class ReferralView:
    id: int
    version: int
    beneficiary_id: int
    beneficiary_name: str
    partner_name: str
    reason: str
    status: str
    outcome: str
    referred_on: date
    follow_up_on: date | None
    application_number: str
    letter_id: int | None
    letter_reference: str


@dataclass(frozen=True)
class DisclosureView:
    id: int
    shared_at: datetime
    recipient: str
    basis: str
    items: tuple[str, ...]
    shared_by: str
