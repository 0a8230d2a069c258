"""Breach register (PDPL): what happened, when it was discovered, what data and how many records, what was
done, and when the authority was notified — due within 72 hours of the discovery."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import BreachRecord, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.privacy_deadlines import (
    as_utc,
    breach_deadline,
    whole_hours_left,
    whole_hours_overdue,
)
from charity_desk.domain.roles import Permission
from charity_desk.reference import breach_categories
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import requires

CONTEXT = "Breaches"
#: A clock a few minutes fast on the desk that typed a time is not a time in the future.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class BreachInput:
    description: str
    discovered_at: datetime
    records_affected: int
    categories: tuple[str, ...]
    actions: str = ""


@dataclass(frozen=True)
class BreachView:
    id: int
    version: int
    description: str
    discovered_at: datetime
    records_affected: int
    categories: tuple[str, ...]
    actions: str
    reported_at: datetime | None
    report_reference: str
    recorded_by: str
    status: str
    closing_summary: str
    closed_at: datetime | None

    @property
    def notify_by(self) -> datetime:
        return breach_deadline(self.discovered_at)

    def hours_left(self, now: datetime) -> int:
        """Whole hours left to notify the authority; negative once the 72 hours have passed."""
        return whole_hours_left(self.notify_by, now)

    def hours_overdue(self, now: datetime) -> int:
        return whole_hours_overdue(self.notify_by, now)

    def notice_overdue(self, now: datetime) -> bool:
        return self.reported_at is None and now > self.notify_by

    @property
    def reported_late(self) -> bool:
        return self.reported_at is not None and self.reported_at > self.notify_by


def _error(text: str, field: str) -> DomainError:
    return DomainError(Message(CONTEXT, text), field=field)


def _refuse(text: str, field: str) -> InvalidInput:
    return InvalidInput([_error(text, field)])


def _check_moment(moment: datetime | None, field: str, now: datetime) -> list[DomainError]:
    if moment is None or moment.tzinfo is None:
        return [_error(QT_TRANSLATE_NOOP("Breaches", "Enter the date and time."), field)]
    if moment > now + CLOCK_SLACK:
        return [_error(QT_TRANSLATE_NOOP("Breaches", "This time is in the future."), field)]
    return []


class BreachService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.PRIVACY_MANAGE)
    def record(self, data: BreachInput, now: datetime | None = None) -> int:
        refuse_formulas(*texts_of(data, "description", "actions"))
        errors = []
        if not data.description.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("Breaches", "Describe what happened."), "description"))
        errors += _check_moment(data.discovered_at, "discovered_at", now or utcnow())
        if data.records_affected < 0:
            errors.append(_error(QT_TRANSLATE_NOOP("Breaches", "Enter the number of records affected (0 if none)."),
                                 "records_affected"))
        known = {c.code for c in breach_categories()}
        if not data.categories or not set(data.categories) <= known:
            errors.append(_error(QT_TRANSLATE_NOOP("Breaches", "Tick at least one kind of data affected."),
                                 "categories"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            breach = BreachRecord(description=data.description.strip(), discovered_at=data.discovered_at,
                                  records_affected=data.records_affected,
                                  categories=json.dumps(sorted(set(data.categories))),
                                  actions=data.actions.strip(), recorded_by_id=self._actor.user_id)
            session.add(breach)
            session.flush()
            audit.record(session, self._actor, "breach.recorded", "breach", breach.id,
                         records_affected=data.records_affected, categories=sorted(set(data.categories)))
            return breach.id

    def _load(self, session, breach_id: int, expected_version: int | None) -> BreachRecord:
        breach = session.get(BreachRecord, breach_id)
        if breach is None:
            raise NotFound("breach", breach_id)
        if expected_version is not None and breach.version_id != expected_version:
            raise StaleRecord()
        if breach.status != "open":
            raise _refuse(QT_TRANSLATE_NOOP("Breaches", "This breach is already closed."), "status")
        return breach

    @requires(Permission.PRIVACY_MANAGE)
    def add_action(self, breach_id: int, action: str, expected_version: int | None = None) -> None:
        refuse_formulas(("actions", action))
        if not action.strip():
            raise _refuse(QT_TRANSLATE_NOOP("Breaches", "Write the action taken."), "actions")
        with self._db.session() as session:
            breach = self._load(session, breach_id, expected_version)
            stamp = utcnow().strftime("%d/%m/%Y %H:%M UTC")
            breach.actions = (breach.actions + "\n" if breach.actions else "") + f"{stamp}: {action.strip()}"
            audit.record(session, self._actor, "breach.action", "breach", breach_id)

    @requires(Permission.PRIVACY_MANAGE)
    def mark_reported(self, breach_id: int, reported_at: datetime, reference: str = "",
                      expected_version: int | None = None, now: datetime | None = None) -> None:
        """The authority was notified at ``reported_at``, with the reference it gave, if any."""
        refuse_formulas(("reference", reference))
        errors = _check_moment(reported_at, "reported_at", now or utcnow())
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            breach = self._load(session, breach_id, expected_version)
            if reported_at < as_utc(breach.discovered_at):
                raise _refuse(QT_TRANSLATE_NOOP("Breaches", "The report cannot be before the discovery."),
                              "reported_at")
            breach.reported_at, breach.report_reference = reported_at, reference.strip()
            late = reported_at > breach_deadline(as_utc(breach.discovered_at))
            audit.record(session, self._actor, "breach.reported", "breach", breach_id, late=late)

    @requires(Permission.PRIVACY_MANAGE)
    def close(self, breach_id: int, summary: str, expected_version: int | None = None) -> None:
        refuse_formulas(("summary", summary))
        if not summary.strip():
            raise _refuse(QT_TRANSLATE_NOOP(
                "Breaches", "Write how the breach was closed (and, if the authority was not notified, why)."),
                "closing_summary")
        with self._db.session() as session:
            breach = self._load(session, breach_id, expected_version)
            breach.status, breach.closing_summary, breach.closed_at = "closed", summary.strip(), utcnow()
            audit.record(session, self._actor, "breach.closed", "breach", breach_id,
                         reported=breach.reported_at is not None)

    @requires(Permission.PRIVACY_MANAGE)
    def list(self, open_only: bool = False, limit: int = 500) -> list[BreachView]:
        statement = (select(BreachRecord, UserAccount.full_name)
                     .outerjoin(UserAccount, UserAccount.id == BreachRecord.recorded_by_id)
                     .order_by(BreachRecord.status.desc(), BreachRecord.discovered_at.desc()).limit(limit))
        if open_only:
            statement = statement.where(BreachRecord.status == "open")
        with self._db.read_session() as session:
            return [BreachView(b.id, b.version_id, b.description, as_utc(b.discovered_at), b.records_affected,
                               tuple(json.loads(b.categories)), b.actions, as_utc(b.reported_at), b.report_reference,
                               name or "", b.status, b.closing_summary, as_utc(b.closed_at))
                    for b, name in session.execute(statement)]
