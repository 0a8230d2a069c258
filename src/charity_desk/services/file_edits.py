"""Changing a beneficiary's file: every change is one transaction, audited by field name, and
every correction of a saved value keeps its history (old value, new value, who, when, why)."""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    DocumentContent,
    FamilyMember,
    FieldChange,
    HealthRecord,
    Housing,
    MoneyItem,
    NeedsAssessment,
    StoredDocument,
    UserAccount,
)
from charity_desk.domain.dates import check_not_future, format_gregorian
from charity_desk.domain.free_text import name_errors
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.national_id import validate_national_id
from charity_desk.domain.needs import NeedsResult, Questionnaire, assess
from charity_desk.domain.roles import Permission
from charity_desk.reference import choices, needs_questionnaire_data
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import fill_search_text, join_name
from charity_desk.services.beneficiary_file import load_person
from charity_desk.services.duplicate_candidates import refresh_file
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError, StaleRecord
from charity_desk.services.field_names import field_list
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.households import relink
from charity_desk.services.permission_guard import requires
from charity_desk.services.person_input import IdOverride, PersonInput, clean_person
from charity_desk.services.registration import InterviewInput, add_contact, refuse_registered_id

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class FamilyMemberInput:
    full_name: str
    relation: str
    national_id: str = ""
    gender: str = ""
    birth_date: date | None = None
    monthly_income: Decimal = Decimal("0")
    disability: str = ""
    schooling: str = ""


@dataclass(frozen=True)
class HousingInput:
    tenure: str
    kind: str
    rooms: int
    monthly_rent: Decimal
    condition: str
    notes: str = ""


@dataclass(frozen=True)
class HealthInput:
    chronic_conditions: str
    disability: str
    medications: str
    notes: str = ""


def _message(text: str, **params) -> Message:
    return Message("FileEdits", text, params)


def _as_text(value) -> str:
    return "" if value is None else str(value)


def record_changes(
    session: Session,
    actor: Actor,
    beneficiary_id: int,
    entity: str,
    entity_id: object,
    row,
    new_values: dict,
    reason: str,
) -> list[str]:
    """Apply ``new_values`` to ``row``; a changed value that was not empty needs a reason and is kept."""
    changed = [name for name, value in new_values.items() if _as_text(getattr(row, name)) != _as_text(value)]
    corrections = [name for name in changed if _as_text(getattr(row, name))]
    if corrections and not reason.strip():
        raise ServiceError(
            _message(QT_TRANSLATE_NOOP("FileEdits", "Write why the saved information is being corrected.")),
            field="reason",
        )
    for name in changed:
        session.add(
            FieldChange(
                beneficiary_id=beneficiary_id,
                entity=entity,
                entity_id=str(entity_id),
                field=name,
                old_value=_as_text(getattr(row, name)),
                new_value=_as_text(new_values[name]),
                reason=reason.strip(),
                changed_by_id=actor.user_id,
            )
        )
        setattr(row, name, new_values[name])
    return changed


def _check_version(session: Session, row, expected: int, entity: str, entity_id: object) -> None:
    """Refuse a save made from an older copy, saying who changed what since, from the history."""
    if row.version_id == expected:
        return
    latest = session.scalars(select(FieldChange).where(FieldChange.entity == entity,
                                                       FieldChange.entity_id == str(entity_id))
                             .order_by(FieldChange.id.desc()).limit(1)).first()
    if latest is None:
        raise StaleRecord()
    same_save = session.scalars(select(FieldChange.field).where(
        FieldChange.entity == entity, FieldChange.entity_id == str(entity_id),
        FieldChange.changed_by_id == latest.changed_by_id,
        FieldChange.changed_at >= latest.changed_at - timedelta(seconds=5)).order_by(FieldChange.id)).all()
    who = session.get(UserAccount, latest.changed_by_id) if latest.changed_by_id else None
    at = latest.changed_at if latest.changed_at.tzinfo else latest.changed_at.replace(tzinfo=UTC)
    local = at.astimezone()
    raise StaleRecord(who.full_name if who else "", f"{local:%H:%M} {format_gregorian(local.date())}",
                      field_list(entity, list(same_save)))


def _clean_member(data: FamilyMemberInput, today: date) -> dict:
    errors: list[DomainError] = []
    values = {
        "full_name": " ".join(data.full_name.split()),
        "relation": data.relation,
        "gender": data.gender,
        "birth_date": data.birth_date,
        "monthly_income": data.monthly_income,
        "disability": data.disability.strip(),
        "schooling": data.schooling,
        "national_id": "",
    }
    if not values["full_name"]:
        errors.append(
            DomainError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "Enter the family member's name.")), field="full_name"
            )
        )
    errors += name_errors([("full_name", values["full_name"])])
    if data.relation not in {c.code for c in choices("relation")}:
        errors.append(
            DomainError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "Choose the relation to the beneficiary.")),
                field="relation",
            )
        )
    if data.national_id.strip():
        try:
            values["national_id"] = validate_national_id(data.national_id)
        except DomainError as error:
            errors.append(error)
    if data.birth_date is not None:
        try:
            check_not_future(data.birth_date, today)
        except DomainError as error:
            errors.append(DomainError(error.message, field="birth_date"))
    if data.monthly_income < 0:
        errors.append(
            DomainError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "The income cannot be negative.")),
                field="monthly_income",
            )
        )
    if errors:
        raise InvalidInput(errors)
    return values


def store_document_bytes(session: Session, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    if session.get(DocumentContent, digest) is None:
        session.add(DocumentContent(sha256=digest, data=content))
    return digest


class FileEditService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @contextmanager
    def _edit(self):
        try:
            with self._db.session() as session:
                yield session
        except StaleDataError as error:
            # Another desk saved the row between this save's read and its write (version check
            # in the UPDATE): refused like a save from an older copy.
            raise StaleRecord() from error

    @requires(Permission.BENEFICIARY_EDIT)
    def update_person(
        self,
        beneficiary_id: int,
        expected_version: int,
        data: PersonInput,
        reason: str = "",
        override: IdOverride | None = None,
        today: date | None = None,
    ) -> list[str]:
        """Save corrected personal data; returns the names of the fields that changed."""
        refuse_formulas(("reason", reason))
        values = clean_person(data, today or date.today(), override)
        with self._edit() as session:
            person = load_person(session, beneficiary_id)
            _check_version(session, person, expected_version, "beneficiary", beneficiary_id)
            if values["national_id"] != person.national_id:
                refuse_registered_id(session, values["national_id"])
            values["full_name"] = join_name(
                values["first_name"], values["father_name"], values["grandfather_name"], values["family_name"]
            )
            changed = record_changes(
                session, self._actor, beneficiary_id, "beneficiary", beneficiary_id, person, values, reason
            )
            if changed:
                fill_search_text(person)
                relink(session, beneficiary_id)
                refresh_file(session, beneficiary_id)
                audit.record(
                    session, self._actor, "beneficiary.changed", "beneficiary", beneficiary_id, fields=changed
                )
            return changed

    @requires(Permission.BENEFICIARY_EDIT)
    def add_family_member(
        self, beneficiary_id: int, data: FamilyMemberInput, today: date | None = None
    ) -> int:
        values = _clean_member(data, today or date.today())
        with self._edit() as session:
            load_person(session, beneficiary_id)
            member = FamilyMember(beneficiary_id=beneficiary_id, **values)
            session.add(member)
            relink(session, beneficiary_id)
            refresh_file(session, beneficiary_id)
            audit.record(
                session, self._actor, "family.added", "beneficiary", beneficiary_id, member=member.id
            )
            return member.id

    @requires(Permission.BENEFICIARY_EDIT)
    def update_family_member(
        self,
        member_id: int,
        expected_version: int,
        data: FamilyMemberInput,
        reason: str = "",
        today: date | None = None,
    ) -> list[str]:
        refuse_formulas(("reason", reason))
        values = _clean_member(data, today or date.today())
        with self._edit() as session:
            member = session.get(FamilyMember, member_id)
            if member is None:
                raise NotFound("family_member", member_id)
            _check_version(session, member, expected_version, "family_member", member_id)
            changed = record_changes(
                session,
                self._actor,
                member.beneficiary_id,
                "family_member",
                member_id,
                member,
                values,
                reason,
            )
            relink(session, member.beneficiary_id)
            refresh_file(session, member.beneficiary_id)
            audit.record(
                session,
                self._actor,
                "family.changed",
                "beneficiary",
                member.beneficiary_id,
                member=member_id,
                fields=changed,
            )
            return changed

    @requires(Permission.BENEFICIARY_EDIT)
    def remove_family_member(self, member_id: int, reason: str) -> None:
        refuse_formulas(("reason", reason))
        with self._edit() as session:
            member = session.get(FamilyMember, member_id)
            if member is None:
                raise NotFound("family_member", member_id)
            record_changes(
                session,
                self._actor,
                member.beneficiary_id,
                "family_member",
                member_id,
                member,
                {"full_name": ""},
                reason,
            )
            session.delete(member)
            relink(session, member.beneficiary_id)
            refresh_file(session, member.beneficiary_id)
            audit.record(
                session, self._actor, "family.removed", "beneficiary", member.beneficiary_id, member=member_id
            )

    @requires(Permission.INCOME_VIEW)
    def add_money_item(
        self, beneficiary_id: int, direction: str, category: str, amount: Decimal, description: str = ""
    ) -> int:
        refuse_formulas(("description", description))
        kinds = {"income": "income_category", "expense": "expense_category"}
        if direction not in kinds or category not in {c.code for c in choices(kinds[direction])}:
            raise ServiceError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "Choose the kind of income or expense.")),
                field="category",
            )
        if amount <= 0:
            raise ServiceError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "The monthly amount must be more than zero.")),
                field="amount",
            )
        with self._edit() as session:
            load_person(session, beneficiary_id)
            item = MoneyItem(
                beneficiary_id=beneficiary_id,
                direction=direction,
                category=category,
                monthly_amount=amount,
                description=description.strip(),
            )
            session.add(item)
            session.flush()
            audit.record(session, self._actor, "money.added", "beneficiary", beneficiary_id, item=item.id)
            return item.id

    @requires(Permission.INCOME_VIEW)
    def remove_money_item(self, item_id: int, reason: str) -> None:
        refuse_formulas(("reason", reason))
        with self._edit() as session:
            item = session.get(MoneyItem, item_id)
            if item is None:
                raise NotFound("money_item", item_id)
            record_changes(
                session,
                self._actor,
                item.beneficiary_id,
                "money_item",
                item_id,
                item,
                {"monthly_amount": Decimal("0")},
                reason,
            )
            session.delete(item)
            audit.record(
                session, self._actor, "money.removed", "beneficiary", item.beneficiary_id, item=item_id
            )

    @requires(Permission.BENEFICIARY_EDIT)
    def save_housing(self, beneficiary_id: int, data: HousingInput, reason: str = "") -> None:
        refuse_formulas(("reason", reason))
        if data.rooms < 0 or data.monthly_rent < 0:
            raise ServiceError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "Rooms and rent cannot be negative.")), field="rooms"
            )
        self._save_part(Housing, "housing", beneficiary_id, data, reason)

    @requires(Permission.HEALTH_VIEW)
    def save_health(self, beneficiary_id: int, data: HealthInput, reason: str = "") -> None:
        refuse_formulas(("reason", reason), *texts_of(data, "chronic_conditions", "disability", "medications", "notes"))
        self._save_part(HealthRecord, "health", beneficiary_id, data, reason)

    def _save_part(self, model, entity: str, beneficiary_id: int, data, reason: str) -> None:
        """Create or correct a part of the file kept as one row per person (housing, health)."""
        with self._edit() as session:
            load_person(session, beneficiary_id)
            row = session.get(model, beneficiary_id) or model(beneficiary_id=beneficiary_id)
            session.add(row)
            changed = record_changes(session, self._actor, beneficiary_id, entity, beneficiary_id, row,
                                     vars(data).copy(), reason)
            audit.record(session, self._actor, f"{entity}.saved", "beneficiary", beneficiary_id, fields=changed)

    @requires(Permission.BENEFICIARY_EDIT)
    def assess_needs(self, beneficiary_id: int, answers: dict[str, str]) -> NeedsResult:
        questionnaire = Questionnaire.from_data(needs_questionnaire_data())
        result = assess(questionnaire, answers)
        with self._edit() as session:
            load_person(session, beneficiary_id)
            session.add(
                NeedsAssessment(
                    beneficiary_id=beneficiary_id,
                    assessed_by_id=self._actor.user_id,
                    questionnaire_version=questionnaire.version,
                    answers=json.dumps(answers, ensure_ascii=False, sort_keys=True),
                    score=result.score,
                    band=result.band.code,
                )
            )
            audit.record(
                session, self._actor, "needs.assessed", "beneficiary", beneficiary_id, band=result.band.code
            )
        return result

    @requires(Permission.BENEFICIARY_EDIT)
    def attach_document(self, beneficiary_id: int, kind: str, path: Path) -> int:
        if kind not in {c.code for c in choices("document_kind")}:
            raise ServiceError(
                _message(QT_TRANSLATE_NOOP("FileEdits", "Choose the kind of document.")), field="kind"
            )
        size = path.stat().st_size
        if size == 0 or size > MAX_DOCUMENT_BYTES:
            raise ServiceError(
                _message(
                    QT_TRANSLATE_NOOP("FileEdits", "A document must be between 1 byte and {mb} MB."),
                    mb=MAX_DOCUMENT_BYTES // (1024 * 1024),
                ),
                field="path",
            )
        content = path.read_bytes()
        with self._edit() as session:
            load_person(session, beneficiary_id)
            digest = store_document_bytes(session, content)
            document = StoredDocument(
                beneficiary_id=beneficiary_id,
                kind=kind,
                original_name=path.name[:255],
                sha256=digest,
                size_bytes=size,
                added_by_id=self._actor.user_id,
            )
            session.add(document)
            session.flush()
            audit.record(
                session,
                self._actor,
                "document.attached",
                "beneficiary",
                beneficiary_id,
                document=document.id,
                sha256=digest,
            )
            return document.id

    @requires(Permission.BENEFICIARY_VIEW)
    def document_content(self, document_id: int) -> tuple[str, bytes]:
        """The original file name and the bytes, to open or save a copy; the view is audited."""
        with self._edit() as session:
            document = session.get(StoredDocument, document_id)
            if document is None:
                raise NotFound("document", document_id)
            content = session.get(DocumentContent, document.sha256).data
            audit.record(
                session,
                self._actor,
                "document.opened",
                "beneficiary",
                document.beneficiary_id,
                document=document_id,
            )
            return document.original_name, content

    @requires(Permission.BENEFICIARY_EDIT)
    def log_contact(self, beneficiary_id: int, contact: InterviewInput) -> int:
        refuse_formulas(*texts_of(contact, "reason", "asked", "answered"))
        with self._edit() as session:
            load_person(session, beneficiary_id)
            return add_contact(session, self._actor, beneficiary_id, contact).id
