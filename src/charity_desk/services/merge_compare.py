"""Two files side by side, field by field, for the reviewer deciding whether they are one person.

Plain values (the screen formats dates and codes) and, for each file, how many records are attached
to it, so the reviewer sees which file carries the person's history before choosing the survivor.
Income and health are not compared: they need permissions of their own, and a merge keeps both
files' records anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charity_desk.db.models import Beneficiary
from charity_desk.services.merge_rules import RULES, Rule, reference_columns

#: Fields shown, in order: the national ID first (each file keeps its own), then what may be chosen.
COMPARED = ("national_id", "first_name", "father_name", "grandfather_name", "family_name", "gender", "birth_date",
            "nationality", "marital_status", "mobile", "mobile_alt", "region", "city", "district", "street",
            "building_number", "postal_code", "additional_number", "unit", "short_address")
#: The attached records counted for each file, by the table they live in.
COUNTED = ("application", "home_visit", "service_delivery", "stored_document", "family_member", "contact_entry",
           "complaint", "inquiry", "referral", "issued_letter")


@dataclass(frozen=True)
class ComparedField:
    field: str
    first: str | date | None
    second: str | date | None

    @property
    def differs(self) -> bool:
        return (self.first or "") != (self.second or "")


@dataclass(frozen=True)
class FileSide:
    id: int
    full_name: str
    national_id: str
    version: int
    registered_at: datetime
    status: str
    #: Attached records by table (``COUNTED``), and every other moved record under "other".
    records: dict[str, int]


@dataclass(frozen=True)
class FileComparison:
    first: FileSide
    second: FileSide
    fields: tuple[ComparedField, ...]

    @property
    def differences(self) -> tuple[str, ...]:
        return tuple(f.field for f in self.fields if f.differs)


def _records(session: Session, beneficiary_id: int) -> dict[str, int]:
    counts = dict.fromkeys(COUNTED, 0)
    counts["other"] = 0
    for reference, rule in RULES.items():
        if rule not in (Rule.MOVE, Rule.ONE_PER_FILE):
            continue
        _model, column, key = reference_columns(reference)
        found = session.scalar(select(func.count(key)).where(column == beneficiary_id)) or 0
        table = reference.split(".")[0]
        counts[table if table in counts else "other"] += found
    return counts


def _side(session: Session, person: Beneficiary) -> FileSide:
    return FileSide(person.id, person.full_name, person.national_id, person.version_id, person.created_at,
                    person.status, _records(session, person.id))


def compare(session: Session, first: Beneficiary, second: Beneficiary) -> FileComparison:
    fields = tuple(ComparedField(f, getattr(first, f), getattr(second, f)) for f in COMPARED)
    return FileComparison(_side(session, first), _side(session, second), fields)
