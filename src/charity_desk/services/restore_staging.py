"""Checking a backup's database in its staging folder: upgraded there, then checked again.

Nothing here touches the live database.  The copy must be a complete Charity Desk database of a
revision this version knows (db.restore), must upgrade cleanly, must hold as many people and audit
entries as its manifest says, and its audit trail must verify under the key that sealed the backup,
up to the high-water mark the manifest carries.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, table

from charity_desk.db.engine import Database
from charity_desk.db.restore import RestoreError, check_sqlite_copy, check_upgraded_copy, not_upgraded
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.audit_verify import ChainReport, Problem, Progress, check_plain_chain, verify_chain
from charity_desk.services.backup_files import COUNTED
from charity_desk.services.backup_manifest import Manifest, altered

CONTEXT = "Restore"


def _counts(db: Database) -> dict[str, int]:
    with db.read_session() as session:
        return {name: session.scalar(select(func.count()).select_from(table(name))) for name in COUNTED}


def check_staged_sqlite(
    staged: Path, manifest: Manifest | None, key: bytes, progress: Progress | None = None
) -> None:
    """Raise :class:`RestoreError` (or a manifest error) unless the staged copy is fit to go live.

    ``manifest`` is None for an encrypted backup from before backups were sealed: its trail is
    checked as the plain SHA-256 chain it is (it is sealed under ``key`` once restored).
    ``progress(done, total)`` follows the check of the audit trail.
    """
    revision = check_sqlite_copy(staged)
    if manifest is not None and manifest.revision is not None and revision != manifest.revision:
        raise altered()
    from charity_desk.db.migrate import upgrade_database

    db = Database(f"sqlite:///{staged.as_posix()}")
    try:
        try:
            upgrade_database(db.engine)
        except Exception as error:  # any failure of a migration on this copy: the copy is refused
            raise not_upgraded() from error
        if manifest is not None and manifest.counts is not None and _counts(db) != manifest.counts:
            raise RestoreError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Restore",
                "The database in this backup does not hold the number of people and audit entries its "
                "seal records, so nothing was restored.",
            )))
        report = staged_trail_report(db, manifest, key, progress)
        refuse_unless_ok(report)
    finally:
        db.dispose()
    check_upgraded_copy(staged)


def staged_trail_report(
    db: Database, manifest: Manifest | None, key: bytes, progress: Progress | None = None
) -> ChainReport:
    """The check of a staged copy's audit trail: under the backup's key up to its high-water mark;
    a trail from before seals (a backup without a manifest, or one sealed while its trail was not
    yet -- the copy taken before the upgrade that seals it) as the plain chain it is, which the seal
    of the copy vouches for."""
    if manifest is not None:
        report = verify_chain(db, keys=[key], mark=manifest.high_water, progress=progress)
        if manifest.high_water is not None or report.problem is not Problem.UNSEALED:
            return report
    with db.read_session() as session:
        return check_plain_chain(session).report()


def refuse_unless_ok(report: ChainReport) -> None:
    if not report.ok:
        raise RestoreError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Restore", "The audit trail in this backup does not verify, so nothing was restored. {problem}"
        ), {"problem": report.message()}))
