"""Checking the audit trail: names the first entry that was altered, removed or rewritten.

Rows are streamed in id order, so a trail of millions of rows is checked in constant memory.  Each
entry must carry its seal under the installation's secret (services.audit); entries written before
keyed seals may carry the old plain SHA-256 link, but only before the ``audit.sealed`` transition
entry, which vouches for where that old chain started.  The start of the trail is accepted only
where a sealed entry vouches for it: the very beginning, the transition, or an approved retention
destruction that recorded the seal of the last entry it removed.  The end is checked against this
desk's high-water mark (services.installation_secret), so a deleted tail or an emptied trail shows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import AuditEntry, DestructionRecord
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import installation_secret
from charity_desk.services.actor import Actor
from charity_desk.services.audit import _COLUMNS, GENESIS_HASH, TRANSITION, row_hash, seal_trail, sealed_by
from charity_desk.services.errors import ServiceError
from charity_desk.services.permission_guard import requires

CONTEXT = "AuditVerify"
BATCH = 10_000
# How often (in rows) progress is reported and a cancel request is looked at.
STEP = 1_000
#: The audit entry an approved destruction writes; its details name the seal the kept trail starts from.
PRUNED = "retention.destroyed"
PRUNE_ANCHOR = "audit_anchor"
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class VerifyCancelled(ServiceError):
    def __init__(self):
        super().__init__(
            Message(CONTEXT, QT_TRANSLATE_NOOP("AuditVerify", "The check of the audit trail was cancelled."))
        )


class Problem(StrEnum):
    # The row's contents no longer give its stored seal.
    ALTERED = "altered"
    # The row is intact but does not follow the row before it (or, first in the trail, starts from
    # a point no sealed entry vouches for): entries before it were removed.
    REMOVED = "removed"
    # The row carries a plain SHA-256 link where a keyed seal is required: rewritten without the key.
    UNSEALED = "unsealed"
    # The trail ends before the newest entry this desk recorded: its tail was removed.
    TRUNCATED = "truncated"
    # The trail is empty although this desk recorded entries.
    EMPTIED = "emptied"
    # The high-water mark file is not sealed by the trail's key.
    MARK_ALTERED = "mark_altered"
    # This desk does not hold the key the trail is sealed with, so nothing can be checked.
    NO_SECRET = "no_secret"


_MESSAGES = {
    Problem.ALTERED: QT_TRANSLATE_NOOP(
        "AuditVerify", "The audit trail was tampered with: entry {id} was altered after it was written."
    ),
    Problem.REMOVED: QT_TRANSLATE_NOOP(
        "AuditVerify", "The audit trail was tampered with: one or more entries just before entry {id} were removed."
    ),
    Problem.UNSEALED: QT_TRANSLATE_NOOP(
        "AuditVerify",
        "The audit trail was tampered with: entry {id} carries a plain hash instead of its keyed seal, so it "
        "was rewritten by someone without the secret.",
    ),
    Problem.TRUNCATED: QT_TRANSLATE_NOOP(
        "AuditVerify",
        "The audit trail was tampered with: it ends at entry {id}, but this desk recorded entry {expected}; "
        "the entries after {id} were removed.",
    ),
    Problem.EMPTIED: QT_TRANSLATE_NOOP(
        "AuditVerify",
        "The audit trail was tampered with: every entry was removed, but this desk recorded up to entry "
        "{expected}.",
    ),
    Problem.MARK_ALTERED: QT_TRANSLATE_NOOP(
        "AuditVerify",
        "The audit trail's high-water mark kept on this desk was altered or damaged, so the end of the trail "
        "cannot be trusted.",
    ),
    Problem.NO_SECRET: QT_TRANSLATE_NOOP(
        "AuditVerify",
        "Entry {id} cannot be checked: this desk does not have the secret that seals the audit trail. Copy "
        "the secret file from the first desk.",
    ),
}


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows_checked: int
    first_bad_id: int | None = None
    problem: Problem | None = None
    #: For a cut trail: the newest entry this desk recorded.
    expected_id: int | None = None

    def message(self) -> Message:
        if self.ok:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("AuditVerify", "The audit trail is intact: {rows} entries checked."),
                {"rows": self.rows_checked},
            )
        params = {"id": self.first_bad_id, "expected": self.expected_id}
        text = _MESSAGES[self.problem]
        return Message(CONTEXT, text, {k: v for k, v in params.items() if "{" + k + "}" in text})


@dataclass(frozen=True)
class PlainChain:
    """What the check of a trail chained with plain SHA-256 found."""

    rows: int
    start: str
    first_bad_id: int | None
    problem: Problem | None = None

    def report(self) -> ChainReport:
        return ChainReport(self.first_bad_id is None, self.rows, self.first_bad_id, self.problem)


def check_plain_chain(session: Session, batch_size: int = BATCH, progress: Progress | None = None) -> PlainChain:
    """The old check of a plain SHA-256 trail, run once before it is sealed under the key.

    Its start may be an anchor a retention destruction recorded (unsealed then: the transition
    entry seals it from now on).  ``progress(done, total)`` is called every few thousand rows.
    """
    anchors = set(session.scalars(select(DestructionRecord.chain_anchor).where(
        DestructionRecord.category == "audit", DestructionRecord.chain_anchor != "")))
    total = session.scalar(select(func.count()).select_from(AuditEntry)) if progress else 0
    expected, start, rows, first_bad, problem = GENESIS_HASH, GENESIS_HASH, 0, None, None
    for row in session.execute(select(*_COLUMNS).order_by(AuditEntry.id).execution_options(yield_per=batch_size)):
        if rows == 0:
            start = row.prev_hash
            if row.prev_hash in anchors:
                expected = row.prev_hash
        if first_bad is None and (row_hash(row) != row.hash or row.prev_hash != expected):
            first_bad = row.id
            problem = Problem.ALTERED if row_hash(row) != row.hash else Problem.REMOVED
        expected = row.hash
        rows += 1
        if progress is not None and rows % STEP == 0:
            progress(rows, total)
    return PlainChain(rows, start, first_bad, problem)


def _details(row) -> dict:
    try:
        details = json.loads(row.details)
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def _vouched_starts(session: Session, keys: list[bytes]) -> set[str]:
    """Where the trail may start: the beginning, or a point a sealed entry vouches for."""
    starts = {GENESIS_HASH}
    for row in session.execute(select(*_COLUMNS).where(AuditEntry.action.in_((TRANSITION, PRUNED)))):
        if sealed_by(keys, row) is None:
            continue  # the main walk reports it
        details = _details(row)
        if row.action == TRANSITION:
            starts.add(str(details.get("legacy_start", "")))
        elif details.get(PRUNE_ANCHOR):
            starts.add(str(details[PRUNE_ANCHOR]))
    return starts


class _Walk:
    """The state of one pass over the trail."""

    def __init__(self, keys: list[bytes], starts: set[str]):
        self.keys = keys
        self.starts = starts
        self.expected_prev: str | None = None
        self.sealed = False
        self.first_plain: int | None = None
        self.first_id: int | None = None
        self.first_prev: str | None = None
        self.last_id: int | None = None
        self.by_id: dict[int, str] = {}

    def check(self, row, watch: int | None) -> Problem | tuple[Problem, int] | None:
        if self.expected_prev is None:
            self.first_id, self.first_prev = row.id, row.prev_hash
            if row.prev_hash not in self.starts:
                return Problem.REMOVED
        elif row.prev_hash != self.expected_prev:
            return Problem.REMOVED
        # Before the first sealed entry, plain links are the rule: that cheaper check goes first.
        plain = not self.sealed and row_hash(row) == row.hash
        if plain:
            if self.first_plain is None:
                self.first_plain = row.id
        elif sealed_by(self.keys, row) is not None:
            if not self.sealed and self.first_plain is not None and row.action != TRANSITION:
                return Problem.UNSEALED, self.first_plain  # plain entries must end at the transition
            self.sealed = True
        elif row_hash(row) == row.hash:
            return Problem.UNSEALED
        elif not self.keys:
            return Problem.NO_SECRET
        else:
            return Problem.ALTERED
        if watch is not None and row.id == watch:
            self.by_id[row.id] = row.hash
        self.expected_prev = row.hash
        self.last_id = row.id
        return None


def _check_mark(walk: _Walk, mark: installation_secret.Mark | None, keys: list[bytes], rows: int) -> ChainReport | None:
    if mark is None:
        return None
    if not mark.sealed_by(keys):
        return ChainReport(False, rows, None, Problem.MARK_ALTERED)
    if walk.by_id.get(mark.entry_id) == mark.entry_mac:
        return None
    pruned_past_it = (
        walk.first_id is not None and mark.entry_id < walk.first_id and walk.first_prev != GENESIS_HASH
    )
    if pruned_past_it:
        return None
    if walk.last_id is None:
        return ChainReport(False, rows, None, Problem.EMPTIED, mark.entry_id)
    return ChainReport(False, rows, walk.last_id, Problem.TRUNCATED, mark.entry_id)


def verify_chain(
    db: Database,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    keys: list[bytes] | None = None,
    mark: installation_secret.Mark | None | bool = True,
) -> ChainReport:
    """Walk the whole trail in id order and stop at the first broken row.

    ``keys`` and ``mark`` default to this desk's secret and high-water mark for ``db`` (a restore
    passes those of the backup it checks; ``mark=None`` checks no end).  ``progress(done, total)``
    is called every few thousand rows; ``cancelled()`` returning true stops the walk with
    :class:`VerifyCancelled`.
    """
    keys = installation_secret.read_keys(db.url) if keys is None else keys
    if mark is True:
        try:
            mark = installation_secret.read_mark(db.url)
        except installation_secret.MarkUnreadable:
            return ChainReport(False, 0, None, Problem.MARK_ALTERED)
    checked = 0
    with db.read_session() as session:
        walk = _Walk(keys, _vouched_starts(session, keys))
        total = session.scalar(select(func.count()).select_from(AuditEntry)) if progress else 0
        rows = session.execute(select(*_COLUMNS).order_by(AuditEntry.id).execution_options(yield_per=batch_size))
        watch = mark.entry_id if mark else None
        for row in rows:
            problem = walk.check(row, watch)
            if isinstance(problem, tuple):
                return ChainReport(False, checked, problem[1], problem[0])
            if problem is not None:
                return ChainReport(False, checked, row.id, problem)
            checked += 1
            if checked % STEP == 0:
                if cancelled is not None and cancelled():
                    raise VerifyCancelled()
                if progress is not None:
                    progress(checked, total)
    if walk.first_plain is not None and not walk.sealed:
        return ChainReport(False, checked, walk.first_plain, Problem.UNSEALED)
    return _check_mark(walk, mark or None, keys, checked) or ChainReport(True, checked)


class AuditVerifyService:
    """Administrators check the trail (from the command line or the Audit screen)."""

    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.SETTINGS_MANAGE)
    def verify(
        self, batch_size: int = BATCH, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> ChainReport:
        try:
            with self._db.session() as session:
                seal_trail(session)  # a trail never sealed yet (just upgraded) is sealed before it is judged
        except installation_secret.MissingSecret:
            pass  # the walk below reports it
        return verify_chain(self._db, batch_size, progress, cancelled)
