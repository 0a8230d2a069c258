"""Complaints and suggestions (clauses 2-1, 3-5): received by any channel, assigned, given a target
date from their category, acted on, answered, and closed with whether the person was satisfied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Complaint, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.phone import normalize_mobile
from charity_desk.domain.roles import Permission
from charity_desk.reference import channels, complaint_categories
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import requires


@dataclass(frozen=True)
class ComplaintInput:
    kind: str
    channel: str
    category: str
    details: str
    person_name: str = ""
    phone: str = ""
    beneficiary_id: int | None = None
    assigned_to_id: int | None = None


@dataclass(frozen=True)
class ComplaintView:
    id: int
    version: int
    kind: str
    received_on: date
    channel: str
    category: str
    person_name: str
    details: str
    assigned_to: str
    due_on: date
    status: str
    actions: str
    reply: str
    closed_on: date | None
    person_satisfied: bool | None

    def overdue(self, today: date) -> bool:
        return self.status == "open" and today > self.due_on

    @property
    def closed_on_time(self) -> bool:
        return self.closed_on is not None and self.closed_on <= self.due_on


def _error(text: str, field: str) -> DomainError:
    return DomainError(Message("Complaints", text), field=field)


class ComplaintService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_EDIT)
    def receive(self, data: ComplaintInput, received_on: date | None = None) -> int:
        refuse_formulas(*texts_of(data, "details", "person_name"))
        errors, phone = [], ""
        if data.kind not in ("complaint", "suggestion"):
            errors.append(_error(QT_TRANSLATE_NOOP("Complaints", "Choose complaint or suggestion."), "kind"))
        if data.channel not in {c.code for c in channels()}:
            errors.append(_error(QT_TRANSLATE_NOOP("Complaints", "Choose the channel it came by."), "channel"))
        category = next((c for c in complaint_categories() if c.code == data.category), None)
        if category is None:
            errors.append(_error(QT_TRANSLATE_NOOP("Complaints", "Choose the category."), "category"))
        if not data.details.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("Complaints", "Write what the person said."), "details"))
        if data.phone.strip():
            try:
                phone = normalize_mobile(data.phone)
            except DomainError as error:
                errors.append(error)
        if errors:
            raise InvalidInput(errors)
        received = received_on or date.today()
        with self._db.session() as session:
            complaint = Complaint(kind=data.kind, received_on=received, channel=data.channel, category=data.category,
                                  person_name=data.person_name.strip(), phone=phone,
                                  beneficiary_id=data.beneficiary_id, details=data.details.strip(),
                                  assigned_to_id=data.assigned_to_id,
                                  due_on=received + timedelta(days=category.target_days))
            session.add(complaint)
            session.flush()
            audit.record(session, self._actor, "complaint.received", "complaint", complaint.id, kind=data.kind)
            return complaint.id

    def _load(self, session, complaint_id: int, expected_version: int | None) -> Complaint:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound("complaint", complaint_id)
        if expected_version is not None and complaint.version_id != expected_version:
            raise StaleRecord()
        return complaint

    @requires(Permission.BENEFICIARY_EDIT)
    def add_action(self, complaint_id: int, action: str, assigned_to_id: int | None = None,
                   expected_version: int | None = None) -> None:
        refuse_formulas(("actions", action))
        if not action.strip():
            raise InvalidInput([_error(QT_TRANSLATE_NOOP("Complaints", "Write the action taken."), "actions")])
        with self._db.session() as session:
            complaint = self._load(session, complaint_id, expected_version)
            stamp = date.today().strftime("%d/%m/%Y")
            complaint.actions = (complaint.actions + "\n" if complaint.actions else "") + f"{stamp}: {action.strip()}"
            if assigned_to_id is not None:
                complaint.assigned_to_id = assigned_to_id
            audit.record(session, self._actor, "complaint.action", "complaint", complaint_id)

    @requires(Permission.BENEFICIARY_EDIT)
    def close(self, complaint_id: int, reply: str, person_satisfied: bool | None,
              closed_on: date | None = None, expected_version: int | None = None) -> None:
        refuse_formulas(("reply", reply))
        if not reply.strip():
            raise InvalidInput([_error(QT_TRANSLATE_NOOP("Complaints", "Write the reply given to the person."),
                                       "reply")])
        with self._db.session() as session:
            complaint = self._load(session, complaint_id, expected_version)
            complaint.reply, complaint.person_satisfied = reply.strip(), person_satisfied
            complaint.status, complaint.closed_on = "closed", closed_on or date.today()
            audit.record(session, self._actor, "complaint.closed", "complaint", complaint_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def list(self, open_only: bool = False, limit: int = 500) -> list[ComplaintView]:
        statement = (select(Complaint, UserAccount.full_name)
                     .outerjoin(UserAccount, UserAccount.id == Complaint.assigned_to_id)
                     .order_by(Complaint.due_on).limit(limit))
        if open_only:
            statement = statement.where(Complaint.status == "open")
        with self._db.read_session() as session:
            return [ComplaintView(c.id, c.version_id, c.kind, c.received_on, c.channel, c.category, c.person_name,
                                  c.details, name or "", c.due_on, c.status, c.actions, c.reply, c.closed_on,
                                  c.person_satisfied) for c, name in session.execute(statement)]
