"""Data-subject requests register (PDPL): access, copy, correction or destruction of a person's data,
answered within 30 days of receipt, with one extension of up to 30 days for a stated reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, DataSubjectRequest, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.privacy_deadlines import MAX_EXTENSION_DAYS, as_utc, request_due
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import requires

CONTEXT = "DataRequests"
KINDS = ("access", "copy", "correction", "destruction")
OUTCOMES = ("fulfilled", "partly", "refused")


@dataclass(frozen=True)
class DataRequestInput:
    kind: str
    received_on: date | None
    beneficiary_id: int | None = None
    person_name: str = ""
    details: str = ""
    #: How the identity was checked (for example the national ID card seen); empty when not checked yet.
    identity_how: str = ""


@dataclass(frozen=True)
class DataRequestView:
    id: int
    version: int
    kind: str
    beneficiary_id: int | None
    person_name: str
    details: str
    received_on: date
    received_by: str
    identity_checked_by: str
    identity_checked_at: datetime | None
    identity_how: str
    due_on: date
    extension_days: int
    extension_reason: str
    status: str
    outcome: str
    outcome_details: str
    closed_on: date | None

    def overdue(self, today: date) -> bool:
        return self.status == "open" and today > self.due_on

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days

    @property
    def identity_checked(self) -> bool:
        return self.identity_checked_at is not None


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), field=field)


def _refuse(text: str, field: str, **params) -> InvalidInput:
    return InvalidInput([_error(text, field, **params)])


class DataRequestService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.PRIVACY_MANAGE)
    def receive(self, data: DataRequestInput, today: date | None = None) -> int:
        refuse_formulas(*texts_of(data, "person_name", "details", "identity_how"))
        errors = []
        if data.kind not in KINDS:
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "Choose what the person asks for."), "kind"))
        if data.beneficiary_id is None and not data.person_name.strip():
            errors.append(_error(QT_TRANSLATE_NOOP(
                "DataRequests", "Choose the person's file, or write the name of a person without a file."), "person"))
        if data.received_on is None:
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "Enter the date the request was received."),
                                 "received_on"))
        elif data.received_on > (today or date.today()):
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "The date received cannot be in the future."),
                                 "received_on"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            if data.beneficiary_id is not None and session.get(Beneficiary, data.beneficiary_id) is None:
                raise NotFound("beneficiary", data.beneficiary_id)
            checked = bool(data.identity_how.strip())
            request = DataSubjectRequest(
                kind=data.kind, beneficiary_id=data.beneficiary_id,
                person_name="" if data.beneficiary_id is not None else data.person_name.strip(),
                details=data.details.strip(), received_on=data.received_on, received_by_id=self._actor.user_id,
                identity_how=data.identity_how.strip(),
                identity_checked_by_id=self._actor.user_id if checked else None,
                identity_checked_at=utcnow() if checked else None, due_on=request_due(data.received_on))
            session.add(request)
            session.flush()
            audit.record(session, self._actor, "data_request.received", "data_request", request.id, kind=data.kind,
                         identity_checked=checked)
            return request.id

    def _load(self, session, request_id: int, expected_version: int | None) -> DataSubjectRequest:
        request = session.get(DataSubjectRequest, request_id)
        if request is None:
            raise NotFound("data_request", request_id)
        if expected_version is not None and request.version_id != expected_version:
            raise StaleRecord()
        if request.status != "open":
            raise _refuse(QT_TRANSLATE_NOOP("DataRequests", "This request is already closed."), "status")
        return request

    @requires(Permission.PRIVACY_MANAGE)
    def check_identity(self, request_id: int, how: str, expected_version: int | None = None) -> None:
        refuse_formulas(("identity_how", how))
        if not how.strip():
            raise _refuse(QT_TRANSLATE_NOOP("DataRequests", "Write how the person's identity was checked."),
                          "identity_how")
        with self._db.session() as session:
            request = self._load(session, request_id, expected_version)
            request.identity_how, request.identity_checked_by_id = how.strip(), self._actor.user_id
            request.identity_checked_at = utcnow()
            audit.record(session, self._actor, "data_request.identity_checked", "data_request", request_id)

    @requires(Permission.PRIVACY_MANAGE)
    def extend(self, request_id: int, days: int, reason: str, expected_version: int | None = None) -> date:
        """Extend the due date once; returns the new due date."""
        refuse_formulas(("reason", reason))
        errors = []
        if not 1 <= days <= MAX_EXTENSION_DAYS:
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "An extension is from 1 to {days} days."),
                                 "days", days=MAX_EXTENSION_DAYS))
        if not reason.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "Write why more time is needed."), "reason"))
        with self._db.session() as session:
            request = self._load(session, request_id, expected_version)
            if request.extension_days:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "DataRequests", "This request was already extended once (by {days} days); the law allows "
                                    "only one extension, so it must be answered by its due date."),
                    "days", days=request.extension_days)
            if errors:
                raise InvalidInput(errors)
            request.extension_days, request.extension_reason = days, reason.strip()
            request.due_on = request_due(request.received_on, days)
            audit.record(session, self._actor, "data_request.extended", "data_request", request_id, days=days)
            return request.due_on

    @requires(Permission.PRIVACY_MANAGE)
    def close(self, request_id: int, outcome: str, details: str, closed_on: date | None = None,
              expected_version: int | None = None) -> None:
        """Record the answer. Only a refusal may close a request whose requester's identity was never checked."""
        refuse_formulas(("outcome_details", details))
        errors = []
        if outcome not in OUTCOMES:
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "Choose the outcome."), "outcome"))
        if not details.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("DataRequests", "Write what was done, or why it was refused."),
                                 "outcome_details"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            request = self._load(session, request_id, expected_version)
            if outcome != "refused" and request.identity_checked_at is None:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "DataRequests", "Check the person's identity before giving them their data or changing it."),
                    "outcome")
            request.status, request.outcome, request.outcome_details = "closed", outcome, details.strip()
            request.closed_on, request.closed_by_id = closed_on or date.today(), self._actor.user_id
            audit.record(session, self._actor, "data_request.closed", "data_request", request_id, outcome=outcome,
                         on_time=request.closed_on <= request.due_on)

    @requires(Permission.PRIVACY_MANAGE)
    def list(self, open_only: bool = False, limit: int = 500) -> list[DataRequestView]:
        received_by, checked_by = aliased(UserAccount), aliased(UserAccount)
        statement = (select(DataSubjectRequest, Beneficiary.full_name, received_by.full_name, checked_by.full_name)
                     .outerjoin(Beneficiary, Beneficiary.id == DataSubjectRequest.beneficiary_id)
                     .outerjoin(received_by, received_by.id == DataSubjectRequest.received_by_id)
                     .outerjoin(checked_by, checked_by.id == DataSubjectRequest.identity_checked_by_id)
                     .order_by(DataSubjectRequest.status.desc(), DataSubjectRequest.due_on).limit(limit))
        if open_only:
            statement = statement.where(DataSubjectRequest.status == "open")
        with self._db.read_session() as session:
            return [DataRequestView(
                r.id, r.version_id, r.kind, r.beneficiary_id, file_name or r.person_name, r.details, r.received_on,
                received or "", checked or "", as_utc(r.identity_checked_at), r.identity_how, r.due_on,
                r.extension_days, r.extension_reason, r.status, r.outcome, r.outcome_details, r.closed_on)
                for r, file_name, received, checked in session.execute(statement)]
