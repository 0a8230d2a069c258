"""Which records of each data category are past retention, and what their destruction does.

Every category answers the same two questions: the records dated before a cutoff (with the person
they concern and the date counted from), leaving out anyone under legal hold; and how to destroy a
set of them — deleted, or anonymized where the figures must stay for the statistics.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from charity_desk.db.base import Base, utcnow
from charity_desk.db.models import (
    Application,
    ApplicationTransition,
    AuditEntry,
    Beneficiary,
    ChecklistItem,
    ContactEntry,
    Decision,
    DocumentContent,
    FieldChange,
    HomeVisit,
    Inquiry,
    Referral,
    ServiceDelivery,
    StoredDocument,
    SurveyResponse,
)

#: (record id, beneficiary id or None, the date counted from)
Candidate = tuple[int, int | None, date]


def as_day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def start_of(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _held() -> Select:
    return select(Beneficiary.id).where(Beneficiary.legal_hold.is_(True))


def _not_held(column, nullable: bool = False):
    return or_(column.is_(None), column.not_in(_held())) if nullable else column.not_in(_held())


def _rows(session: Session, statement: Select, id_column, only: Select | None) -> list[Candidate]:
    if only is not None:
        statement = statement.where(id_column.in_(only))
    return [(row[0], row[1], as_day(row[2])) for row in session.execute(statement.order_by(id_column))]


def _files(session: Session, cutoff: date, only: Select | None) -> list[Candidate]:
    """Files with no activity of any kind since the cutoff: the date is the latest activity. A merged
    file is not one of them: its records moved to its survivor, and it goes when the survivor does."""
    owner = Beneficiary.id

    def latest(column, beneficiary_column):
        return select(func.max(column)).where(beneficiary_column == owner).scalar_subquery()

    activity = (latest(ContactEntry.at, ContactEntry.beneficiary_id),
                latest(Application.submitted_at, Application.beneficiary_id),
                latest(Application.decided_at, Application.beneficiary_id),
                latest(StoredDocument.added_at, StoredDocument.beneficiary_id),
                latest(ServiceDelivery.delivered_on, ServiceDelivery.beneficiary_id),
                latest(HomeVisit.visited_on, HomeVisit.beneficiary_id),
                latest(Referral.updated_at, Referral.beneficiary_id),
                latest(Inquiry.received_at, Inquiry.beneficiary_id),
                latest(FieldChange.changed_at, FieldChange.beneficiary_id))
    statement = select(Beneficiary.id, Beneficiary.updated_at, *activity).where(
        Beneficiary.legal_hold.is_(False), Beneficiary.anonymized_at.is_(None), Beneficiary.merged_into_id.is_(None),
        Beneficiary.updated_at < start_of(cutoff))
    if only is not None:
        statement = statement.where(Beneficiary.id.in_(only))
    found = []
    for beneficiary_id, *dates in session.execute(statement.order_by(Beneficiary.id)):
        last = max(as_day(d) for d in dates if d is not None)
        if last < cutoff:
            found.append((beneficiary_id, beneficiary_id, last))
    return found


def candidates(session: Session, category: str, cutoff: date, only: Select | None = None) -> list[Candidate]:
    """The records of ``category`` dated before ``cutoff``; ``only`` narrows them to a set of ids."""
    moment = start_of(cutoff)
    if category == "beneficiary_file":
        return _files(session, cutoff, only)
    if category == "contact_log":
        statement = select(ContactEntry.id, ContactEntry.beneficiary_id, ContactEntry.at).where(
            ContactEntry.at < moment, _not_held(ContactEntry.beneficiary_id))
        return _rows(session, statement, ContactEntry.id, only)
    if category == "documents":
        statement = select(StoredDocument.id, StoredDocument.beneficiary_id, StoredDocument.added_at).where(
            StoredDocument.added_at < moment, _not_held(StoredDocument.beneficiary_id))
        return _rows(session, statement, StoredDocument.id, only)
    if category == "applications":
        dated = func.coalesce(Application.decided_at, Application.submitted_at)
        statement = select(Application.id, Application.beneficiary_id, dated).where(
            dated < moment, Application.anonymized_at.is_(None), _not_held(Application.beneficiary_id))
        return _rows(session, statement, Application.id, only)
    if category == "survey_answers":
        statement = select(SurveyResponse.id, SurveyResponse.beneficiary_id, SurveyResponse.answered_on).where(
            SurveyResponse.answered_on < cutoff,
            or_(SurveyResponse.beneficiary_id.is_not(None), SurveyResponse.comment != ""),
            _not_held(SurveyResponse.beneficiary_id, nullable=True))
        return _rows(session, statement, SurveyResponse.id, only)
    if category == "inquiries":
        statement = select(Inquiry.id, Inquiry.beneficiary_id, Inquiry.received_at).where(
            Inquiry.received_at < moment,
            or_(Inquiry.person_name != "", Inquiry.phone != "", Inquiry.question != "", Inquiry.answer != "",
                Inquiry.beneficiary_id.is_not(None)),
            _not_held(Inquiry.beneficiary_id, nullable=True))
        return _rows(session, statement, Inquiry.id, only)
    if category == "audit":
        statement = select(AuditEntry.id, None, AuditEntry.at).where(AuditEntry.at < moment)
        return _rows(session, statement, AuditEntry.id, only)
    raise KeyError(category)


def _bump(model) -> dict:
    """Bulk updates bypass the ORM's version counter: move it on so an open editor sees the change."""
    return {"version_id": model.version_id + 1}


def drop_unused_contents(session: Session, hashes: set[str]) -> None:
    """Remove the bytes of ``hashes`` that nothing refers to any more (documents, photos, the logo)."""
    if not hashes:
        return
    used: set[str] = set()
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if any(fk.column is DocumentContent.__table__.c.sha256 for fk in column.foreign_keys):
                used.update(session.scalars(select(column).where(column.in_(hashes))))
    unused = hashes - used
    if unused:
        session.execute(delete(DocumentContent).where(DocumentContent.sha256.in_(unused)))


def delete_documents(session: Session, condition) -> int:
    hashes = set(session.scalars(select(StoredDocument.sha256).where(condition)))
    count = session.execute(delete(StoredDocument).where(condition)).rowcount
    drop_unused_contents(session, hashes)
    return count


def anonymize_applications(session: Session, ids: list[int]) -> int:
    """Guardians' identities and every free text cleared; programs, states, dates and amounts kept."""
    if not ids:
        return 0
    session.execute(update(ApplicationTransition).where(ApplicationTransition.application_id.in_(ids))
                    .values(reason=""))
    session.execute(update(ChecklistItem).where(ChecklistItem.application_id.in_(ids))
                    .values(note="", **_bump(ChecklistItem)))
    session.execute(update(Decision).where(Decision.application_id.in_(ids))
                    .values(reason_text="", missing="", rationale=""))
    session.execute(update(HomeVisit).where(HomeVisit.application_id.in_(ids))
                    .values(findings="", recommendation="", **_bump(HomeVisit)))
    return session.execute(update(Application).where(Application.id.in_(ids)).values(
        guardian_name="", guardian_national_id="", imported_from="", anonymized_at=utcnow(),
        **_bump(Application))).rowcount


def anonymize_survey_answers(session: Session, condition) -> int:
    """The link to the person and every written answer removed; the ratings stay for the results."""
    count = 0
    for response in session.scalars(select(SurveyResponse).where(condition)):
        answers = json.loads(response.answers or "{}")
        response.answers = json.dumps({k: v for k, v in answers.items() if not isinstance(v, str)},
                                      ensure_ascii=False)
        response.beneficiary_id = None
        response.comment = ""
        count += 1
    return count


def anonymize_inquiries(session: Session, condition) -> int:
    """Who asked and what was said removed; the channel and the dates stay for the figures."""
    return session.execute(update(Inquiry).where(condition).values(
        person_name="", phone="", question="", answer="", beneficiary_id=None, **_bump(Inquiry))).rowcount


def delete_audit_prefix(session: Session, last_id: int) -> tuple[int, str]:
    """Entries up to ``last_id`` removed; the hash of the last one is where the kept chain now starts."""
    anchor = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == last_id)) or ""
    count = session.execute(delete(AuditEntry).where(AuditEntry.id <= last_id)).rowcount
    return count, anchor


Destroyer = Callable[[Session, list[int]], int]
