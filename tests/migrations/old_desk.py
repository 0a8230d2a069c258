"""A desk as the previous release left it: schema 0010, its first administrator, and an audit trail
chained with plain SHA-256 (no secret, no high-water mark)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import alembic_config
from charity_desk.services.audit import GENESIS_HASH, entry_hash
from migrations.old_schema import set_up_old_database

OLD_REVISION = "0010"
ASSOCIATION = "جمعية البر الخيرية"
ADMIN, PASSWORD = "admin", "correct horse 42"


def make_old_desk(path: Path | str, entries: int = 40) -> str:
    """The old desk in the file at ``path`` (or the database at a URL); returns its URL."""
    url = path if isinstance(path, str) else f"sqlite:///{path.as_posix()}"
    db = Database(url)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, OLD_REVISION)
    set_up_old_database(db, ASSOCIATION, ADMIN, "مدير النظام", PASSWORD)
    previous = GENESIS_HASH
    with db.engine.begin() as connection:
        for n in range(entries):
            details = json.dumps({"n": n})
            digest = entry_hash(previous, datetime(2024, 5, 1, 10, 0), None, "system", "old.event", "test", str(n),
                                details)
            connection.execute(text(
                "INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, details, prev_hash, hash)"
                " VALUES ('2024-05-01 10:00:00.000000', NULL, 'system', 'old.event', 'test', :n, :details, :prev,"
                " :hash)"), {"n": str(n), "details": details, "prev": previous, "hash": digest})
            previous = digest
    db.dispose()
    return url


def before_upgrade_copy(folder: Path, kind: str = "sqlite3") -> Path:
    (copy,) = folder.glob(f"before-upgrade-{OLD_REVISION}-*.{kind}")
    return copy
