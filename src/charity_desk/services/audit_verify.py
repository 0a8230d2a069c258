"""Checking the audit trail's hash chain: finds the first row that was altered or removed.

Rows are streamed in id order, so a trail of millions of rows is checked in constant memory.
A chain alone cannot show rows cut off at its very end; everything before the last row is covered.
Entries past their retention period are removed from the start of the chain by an approved
destruction, which records the hash the kept chain now starts from (its anchor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from charity_desk.db.engine import Database
from charity_desk.db.models import AuditEntry, DestructionRecord
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.audit import GENESIS_HASH, entry_hash
from charity_desk.services.errors import ServiceError

CONTEXT = "AuditVerify"
BATCH = 10_000
# How often (in rows) progress is reported and a cancel request is looked at.
STEP = 1_000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class VerifyCancelled(ServiceError):
    def __init__(self):
        super().__init__(
            Message(CONTEXT, QT_TRANSLATE_NOOP("AuditVerify", "The check of the audit trail was cancelled."))
        )


class Problem(StrEnum):
    # The row's contents no longer give its stored hash.
    ALTERED = "altered"
    # The row is intact but does not follow the row before it: rows in between were removed
    # (or the row before it was rewritten together with its hash).
    REMOVED = "removed"


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows_checked: int
    first_bad_id: int | None = None
    problem: Problem | None = None

    def message(self) -> Message:
        if self.ok:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("AuditVerify", "The audit trail is intact: {rows} entries checked."),
                {"rows": self.rows_checked},
            )
        if self.problem is Problem.ALTERED:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "AuditVerify",
                    "The audit trail was tampered with: entry {id} was altered after it was written.",
                ),
                {"id": self.first_bad_id},
            )
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "AuditVerify",
                "The audit trail was tampered with: one or more entries just before entry {id} were removed.",
            ),
            {"id": self.first_bad_id},
        )


_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_id,
    AuditEntry.username,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.details,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def verify_chain(
    db: Database,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ChainReport:
    """Walk the whole trail in id order and stop at the first broken row.

    ``progress(done, total)`` is called every few thousand rows; ``cancelled()`` returning true
    stops the walk with :class:`VerifyCancelled`.
    """
    expected_prev = GENESIS_HASH
    checked = 0
    with db.read_session() as session:
        anchors = set(session.scalars(select(DestructionRecord.chain_anchor).where(
            DestructionRecord.category == "audit", DestructionRecord.chain_anchor != "")))
        total = session.scalar(select(func.count()).select_from(AuditEntry)) if progress else 0
        rows = session.execute(
            select(*_COLUMNS).order_by(AuditEntry.id).execution_options(yield_per=batch_size)
        )
        for row in rows:
            recomputed = entry_hash(
                row.prev_hash,
                row.at,
                row.user_id,
                row.username,
                row.action,
                row.entity,
                row.entity_id,
                row.details,
            )
            if recomputed != row.hash:
                return ChainReport(False, checked, row.id, Problem.ALTERED)
            if checked == 0 and row.prev_hash in anchors:
                expected_prev = row.prev_hash
            if row.prev_hash != expected_prev:
                return ChainReport(False, checked, row.id, Problem.REMOVED)
            expected_prev = row.hash
            checked += 1
            if checked % STEP == 0:
                if cancelled is not None and cancelled():
                    raise VerifyCancelled()
                if progress is not None:
                    progress(checked, total)
    return ChainReport(True, checked)


class AuditVerifyService:
    """Administrators check the trail (from the command line or the Audit screen)."""

    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    def verify(
        self, batch_size: int = BATCH, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> ChainReport:
        self._actor.require(Permission.SETTINGS_MANAGE)
        return verify_chain(self._db, batch_size, progress, cancelled)
