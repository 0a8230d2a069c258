"""Registering a walk-in (clause 5-1): the person, and the interview, in one transaction.

Duplicates are caught before anything is saved: the same national ID is refused (the existing
file is named), and a person who may already have a file (domain.duplicate_score: the name, birth
date, mobile or an ID one typo away alike) must be confirmed as a different person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, ContactEntry
from charity_desk.domain.duplicate_score import PersonFacts, blocking_keys
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.reference import channels
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import (
    BeneficiarySummary,
    fill_search_text,
    join_name,
    summary_columns,
)
from charity_desk.services.caseload import sees_all_files
from charity_desk.services.duplicate_candidates import refresh_file, scored_matches
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.households import relink
from charity_desk.services.permission_guard import requires
from charity_desk.services.person_input import IdOverride, PersonInput, clean_person
from charity_desk.services.privacy_notice import (
    NoticeAcknowledgementInput,
    acknowledge,
    acknowledgement_errors,
)


@dataclass(frozen=True)
class InterviewInput:
    channel: str
    reason: str
    asked: str = ""
    answered: str = ""
    minutes_spent: int = 0
    kind: str = "interview"


class DuplicatePerson(ServiceError):
    def __init__(self, existing: BeneficiarySummary):
        super().__init__(
            Message(
                "Registration",
                QT_TRANSLATE_NOOP(
                    "Registration",
                    "This national ID is already registered to {name}: open the existing file.",
                ),
                {"name": existing.full_name},
            ),
            field="national_id",
        )
        self.existing = existing


class PossibleDuplicate(ServiceError):
    def __init__(self, candidates: list[BeneficiarySummary]):
        super().__init__(
            Message(
                "Registration",
                QT_TRANSLATE_NOOP(
                    "Registration",
                    "A person who may be the same is already registered (the name, the birth date, the mobile "
                    "or the ID are alike). Check that this is not the same person.",
                ),
            )
        )
        self.candidates = candidates


def _interview_errors(interview: InterviewInput) -> None:
    if interview.channel not in {c.code for c in channels()}:
        raise ServiceError(
            Message(
                "Registration", QT_TRANSLATE_NOOP("Registration", "Choose the channel the person came by.")
            ),
            field="channel",
        )
    if not 0 <= interview.minutes_spent <= 600:
        raise ServiceError(
            Message(
                "Registration", QT_TRANSLATE_NOOP("Registration", "The time spent must be 0 to 600 minutes.")
            ),
            field="minutes_spent",
        )


def add_contact(
    session: Session, actor: Actor, beneficiary_id: int, interview: InterviewInput
) -> ContactEntry:
    _interview_errors(interview)
    entry = ContactEntry(
        beneficiary_id=beneficiary_id,
        kind=interview.kind,
        channel=interview.channel,
        reason=interview.reason.strip(),
        asked=interview.asked.strip(),
        answered=interview.answered.strip(),
        minutes_spent=interview.minutes_spent,
        staff_id=actor.user_id,
    )
    session.add(entry)
    session.flush()
    audit.record(session, actor, "contact.logged", "beneficiary", beneficiary_id, channel=interview.channel)
    return entry


def refuse_registered_id(session: Session, national_id: str) -> None:
    existing = session.execute(
        select(*summary_columns()).where(Beneficiary.national_id == national_id)
    ).first()
    if existing is not None:
        raise DuplicatePerson(BeneficiarySummary.from_row(existing))


def similar_people(session: Session, values: dict, exclude_id: int | None = None) -> list[BeneficiarySummary]:
    """The files this person may already have, the likeliest first, scored as the review queue scores two
    files (services.duplicate_candidates); only files the session's user may open are named."""
    facts = PersonFacts((values["first_name"], values["father_name"], values["grandfather_name"],
                         values["family_name"]), values["national_id"], values["birth_date"], values["gender"],
                        (values["mobile"], values.get("mobile_alt", "")))
    matches = scored_matches(session, facts, blocking_keys(facts), exclude=exclude_id)
    likeliest = sorted(matches, key=lambda file_id: (-matches[file_id][0].score, file_id))[:10]
    found = {row[0]: BeneficiarySummary.from_row(row)
             for row in session.execute(select(*summary_columns()).where(Beneficiary.id.in_(likeliest)))}
    return [found[file_id] for file_id in likeliest if file_id in found]


class RegistrationService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_EDIT)
    def register(
        self,
        person: PersonInput,
        interview: InterviewInput | None = None,
        override: IdOverride | None = None,
        confirmed_not_duplicate: bool = False,
        today: date | None = None,
        notice: NoticeAcknowledgementInput | None = None,
    ) -> int:
        """Save a new person (and the interview); returns the new file's id.

        A walk-in (a person registered with their interview) must come with the acknowledgement of the
        privacy notice, reported together with the person's other errors.
        """
        refuse_formulas(*texts_of(interview, "reason", "asked", "answered"))
        notice_errors = acknowledgement_errors(notice) if interview is not None or notice is not None else []
        try:
            values = clean_person(person, today or date.today(), override)
        except InvalidInput as invalid:
            raise InvalidInput(invalid.errors + notice_errors) from None
        if notice_errors:
            raise InvalidInput(notice_errors)
        if interview is not None:
            _interview_errors(interview)
        with self._db.session() as session:
            refuse_registered_id(session, values["national_id"])
            if not confirmed_not_duplicate and (candidates := similar_people(session, values)):
                raise PossibleDuplicate(candidates)
            record = Beneficiary(
                **values,
                full_name=join_name(
                    values["first_name"],
                    values["father_name"],
                    values["grandfather_name"],
                    values["family_name"],
                ),
                created_by_id=self._actor.user_id,
                # Someone held to their own caseload (services.caseload) keeps the file they open.
                assigned_researcher_id=None if sees_all_files(self._actor) else self._actor.user_id,
                verified_on=today or date.today(),
            )
            fill_search_text(record)
            session.add(record)
            session.flush()
            relink(session, record.id)
            refresh_file(session, record.id)
            audit.record(
                session,
                self._actor,
                "beneficiary.created",
                "beneficiary",
                record.id,
                id_override=bool(values["national_id_override_reason"]),
                override_by=override.supervisor.username if override else "",
            )
            if notice is not None:
                acknowledge(session, self._actor, record.id, notice)
            if interview is not None:
                add_contact(session, self._actor, record.id, interview)
            return record.id
