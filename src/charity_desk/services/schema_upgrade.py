"""Bringing a database to this version when the desk starts: a sealed copy, the schema, the trail's seal.

The upgrade step (db.migrate) copies an older database before it changes it; this module passes it
the sealing step, so the copy is a backup like any other (manifest, SHA-256, keyed MAC) that
``restore`` accepts.  Then, once, it seals an audit trail written before keyed seals
(services.audit): that reads the whole trail, so it belongs here, with a progress indication, and
not in the first audit entry after the upgrade (often the sign-in).

:func:`work_due` is the cheap question the start-up path asks first (a revision compare, one audit
row): the sealing modules load only when there is work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import UpgradeResult, upgrade_database, upgrade_due

Progress = Callable[[int, int], None]


def trail_needs_sealing(db: Database) -> bool:
    from charity_desk.services import audit

    with db.read_session() as session:
        return audit.needs_sealing(session)


def work_due(db: Database) -> bool:
    """Whether opening ``db`` has long work to do: a schema upgrade or the trail's one-time seal."""
    return upgrade_due(db.engine) or trail_needs_sealing(db)


def sealer(db: Database, revision: Callable[[], str | None], progress: Progress | None):
    """The step that seals the bare copy db.backup takes before an upgrade, as BackupService seals
    its backups: under the trail's key, with the trail's high-water mark -- none for a trail not
    sealed yet, which a restore then checks as the plain chain it is."""

    def seal_copy(bare: Path) -> Path:
        from sqlalchemy import inspect

        from charity_desk.db.restore import PGDUMP, SQLITE
        from charity_desk.services import audit, installation_secret
        from charity_desk.services.backup_files import CopyFacts, seal

        if inspect(db.engine).has_table("audit_entry"):
            with db.read_session() as session:
                unsealed = audit.needs_sealing(session)  # first: it makes this desk's key for a trail that has none
                key, mark = audit.trail_key(session)
                if unsealed:
                    mark = None
        else:  # a database older than the audit trail itself
            keys = installation_secret.read_keys(db.url)
            key, mark = (keys[-1] if keys else installation_secret.new_key(db.url)), None
        sqlite = sqlite_path(db.url) is not None
        facts = _sqlite_facts(bare) if sqlite else CopyFacts(revision(), None)
        return seal(bare, bare.parent, SQLITE if sqlite else PGDUMP, facts, key, mark, None,
                    progress=progress)

    def _sqlite_facts(bare: Path):
        import sqlite3

        from charity_desk.db import cipher
        from charity_desk.services.backup_files import CopyFacts, sqlite_copy_facts

        try:
            return sqlite_copy_facts(bare)
        except (sqlite3.OperationalError, cipher.dbapi().OperationalError):  # no counted tables: the revision is enough
            return CopyFacts(revision(), None)

    return seal_copy


def upgrade(db: Database, backup_dir: Path | None, progress: Progress | None = None) -> UpgradeResult:
    """Upgrade ``db`` (after a sealed copy into ``backup_dir`` when it holds data), then seal its
    trail if it was never sealed.  ``progress(done, total)`` follows the whole: the copy, its seal,
    the schema, then the check of the old trail."""
    from charity_desk.db.migrate import current_revision
    from charity_desk.services.backup_progress import Steps

    steps = Steps(progress, copy=3, seal=3, schema=1, trail=3)
    before = current_revision(db.engine)
    result = upgrade_database(db.engine, backup_dir, sealer(db, lambda: before, steps.of("seal")), steps.of("copy"))
    steps.finished("schema")
    if trail_needs_sealing(db):
        from charity_desk.services import audit

        with db.session() as session:
            audit.seal_trail(session, steps.of("trail"))
    steps.finished("trail")
    return result
