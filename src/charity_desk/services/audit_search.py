"""Searching the audit trail by person, user and period, newest first, a page at a time.

Each filter has an index that returns its rows already in order (``ix_audit_entry_entity_at``,
``ix_audit_entry_user_at``, ``ix_audit_entry_at``), and pages continue after the last row shown
(keyset, no OFFSET), so a page costs the same at the top of millions of entries or deep in them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, select, tuple_

from charity_desk.db.engine import Database
from charity_desk.db.models import AuditEntry, UserAccount
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import BeneficiarySummary, search_summaries
from charity_desk.services.permission_guard import requires

PAGE_SIZE = 100
PEOPLE_LIMIT = 20


@dataclass(frozen=True)
class AuditFilter:
    beneficiary_id: int | None = None
    user_id: int | None = None
    #: Days on this computer's calendar, both included.
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    details: str
    #: The staff member's name as it is now; empty for the application itself (``system``).
    full_name: str = ""


@dataclass(frozen=True)
class AuditPageKey:
    """Where the previous page stopped."""

    at: datetime
    id: int


@dataclass(frozen=True)
class StaffChoice:
    id: int
    full_name: str
    username: str


def _utc_day_start(day: date) -> datetime:
    """Midnight of ``day`` on this computer's clock, as the UTC time the trail stores."""
    return datetime.combine(day, time.min).astimezone(UTC)


def audit_statement(criteria: AuditFilter, after: AuditPageKey | None, limit: int) -> Select:
    statement = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.username,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.details,
        UserAccount.full_name,
    ).outerjoin(UserAccount, UserAccount.id == AuditEntry.user_id)
    if criteria.beneficiary_id is not None:
        statement = statement.where(
            AuditEntry.entity == "beneficiary", AuditEntry.entity_id == str(criteria.beneficiary_id)
        )
    if criteria.user_id is not None:
        statement = statement.where(AuditEntry.user_id == criteria.user_id)
    if criteria.start is not None:
        statement = statement.where(AuditEntry.at >= _utc_day_start(criteria.start))
    if criteria.end is not None:
        statement = statement.where(AuditEntry.at < _utc_day_start(criteria.end + timedelta(days=1)))
    if after is not None:
        statement = statement.where(tuple_(AuditEntry.at, AuditEntry.id) < (after.at, after.id))
    return statement.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)


class AuditSearchService:
    """Administrators look up who did what to whom, and when (the Audit page)."""

    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.SETTINGS_MANAGE)
    def page(
        self, criteria: AuditFilter, after: AuditPageKey | None = None, limit: int = PAGE_SIZE
    ) -> list[AuditRow]:
        """The next ``limit`` entries, newest first; a new search (no ``after``) is itself audited."""
        if after is None:
            with self._db.session() as session:
                audit.record(
                    session,
                    self._actor,
                    "audit.searched",
                    "audit_entry",
                    "",
                    beneficiary=criteria.beneficiary_id,
                    user=criteria.user_id,
                    start=criteria.start,
                    end=criteria.end,
                )
        with self._db.read_session() as session:
            return [AuditRow(*row) for row in session.execute(audit_statement(criteria, after, limit))]

    @requires(Permission.SETTINGS_MANAGE)
    def staff(self) -> list[StaffChoice]:
        with self._db.read_session() as session:
            rows = session.execute(
                select(UserAccount.id, UserAccount.full_name, UserAccount.username).order_by(
                    UserAccount.full_name
                )
            )
            return [StaffChoice(*row) for row in rows]

    @requires(Permission.SETTINGS_MANAGE)
    def people(self, query: str) -> list[BeneficiarySummary]:
        """People to filter by, found as at the front desk (every file: this is the administrators' view)."""
        return search_summaries(self._db, query, PEOPLE_LIMIT)
