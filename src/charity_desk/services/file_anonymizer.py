"""Anonymizing a beneficiary's file at the end of its retention period.

Who the person is goes: names, national IDs, phones, street address, family details, health,
documents, contact notes, corrections history and every free text. What the statistics count stays:
gender, year of birth, region, household size and money figures, needs scores, applications and
their outcomes, services received. The file keeps its number, so figures per file still add up.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Complaint,
    ContactEntry,
    FamilyMember,
    FieldChange,
    HealthRecord,
    HomeVisit,
    Housing,
    Inquiry,
    IssuedLetter,
    MoneyItem,
    Referral,
    ServiceDelivery,
    StoredDocument,
    SurveyResponse,
    VisitPhoto,
)
from charity_desk.services.duplicate_candidates import forget_file
from charity_desk.services.households import relink
from charity_desk.services.retention_records import (
    anonymize_applications,
    anonymize_inquiries,
    anonymize_survey_answers,
    delete_documents,
    drop_unused_contents,
)

ANONYMOUS_NAME = "مستفيد مجهول"
_ADDRESS = ("building_number", "street", "district", "postal_code", "additional_number", "unit", "short_address",
            "city")


def _year_only(day: date | None) -> date | None:
    """The age band needs the year of birth, not the day."""
    return date(day.year, 1, 1) if day else None


def placeholder_id(beneficiary_id: int) -> str:
    """Unique like a national ID (the column is), but never a valid one."""
    return f"X{beneficiary_id:09d}"


def _person(person: Beneficiary) -> None:
    person.first_name = ANONYMOUS_NAME
    person.father_name = person.grandfather_name = person.family_name = ""
    person.full_name = f"{ANONYMOUS_NAME} {person.id}"
    person.national_id = placeholder_id(person.id)
    person.national_id_override_reason = ""
    person.mobile = person.mobile_alt = ""
    for name in _ADDRESS:
        setattr(person, name, "")
    person.birth_date = _year_only(person.birth_date)
    person.search_text = ""
    person.absorbed_national_ids = ""
    person.assigned_researcher_id = None
    person.status = "anonymized"
    person.anonymized_at = utcnow()


def anonymize_files(session: Session, ids: list[int]) -> int:
    done = 0
    for beneficiary_id in ids:
        person = session.get(Beneficiary, beneficiary_id)
        if person is None or person.legal_hold or person.anonymized_at is not None:
            continue
        _person(person)
        forget_file(session, beneficiary_id)
        done += 1
        # The files merged into it are pointers that still name the person: they go with it.
        for pointer in session.scalars(select(Beneficiary).where(Beneficiary.merged_into_id == beneficiary_id)):
            _person(pointer)
            forget_file(session, pointer.id)
        for member in session.scalars(select(FamilyMember).where(FamilyMember.beneficiary_id == beneficiary_id)):
            member.full_name, member.national_id, member.disability = "", "", ""
            member.birth_date = _year_only(member.birth_date)
        housing = session.get(Housing, beneficiary_id)
        if housing is not None:
            housing.notes = ""
        session.execute(delete(HealthRecord).where(HealthRecord.beneficiary_id == beneficiary_id))
        session.execute(update(MoneyItem).where(MoneyItem.beneficiary_id == beneficiary_id)
                        .values(description="", version_id=MoneyItem.version_id + 1))
        session.execute(delete(ContactEntry).where(ContactEntry.beneficiary_id == beneficiary_id))
        session.execute(delete(FieldChange).where(FieldChange.beneficiary_id == beneficiary_id))
        delete_documents(session, StoredDocument.beneficiary_id == beneficiary_id)
        visits = select(HomeVisit.id).where(HomeVisit.beneficiary_id == beneficiary_id)
        photos = set(session.scalars(select(VisitPhoto.sha256).where(VisitPhoto.visit_id.in_(visits))))
        session.execute(delete(VisitPhoto).where(VisitPhoto.visit_id.in_(visits)))
        drop_unused_contents(session, photos)
        session.execute(update(HomeVisit).where(HomeVisit.beneficiary_id == beneficiary_id).values(
            findings="", recommendation="", version_id=HomeVisit.version_id + 1))
        anonymize_applications(session, list(session.scalars(
            select(Application.id).where(Application.beneficiary_id == beneficiary_id))))
        session.execute(update(Referral).where(Referral.beneficiary_id == beneficiary_id).values(
            reason="", outcome="", version_id=Referral.version_id + 1))
        session.execute(update(ServiceDelivery).where(ServiceDelivery.beneficiary_id == beneficiary_id)
                        .values(notes=""))
        anonymize_inquiries(session, Inquiry.beneficiary_id == beneficiary_id)
        anonymize_survey_answers(session, SurveyResponse.beneficiary_id == beneficiary_id)
        session.execute(update(Complaint).where(Complaint.beneficiary_id == beneficiary_id).values(
            person_name="", phone="", details="", reply="", beneficiary_id=None,
            version_id=Complaint.version_id + 1))
        session.execute(update(IssuedLetter).where(IssuedLetter.beneficiary_id == beneficiary_id).values(
            addressee=ANONYMOUS_NAME, body="[]"))
        relink(session, beneficiary_id)  # no ID or name left to link it to a household by
    session.flush()
    return done
