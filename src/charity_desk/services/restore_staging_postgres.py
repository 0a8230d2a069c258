"""Checking a server backup in a scratch database on the same server before the live one is touched.

The dump is restored into a new, empty database, upgraded there, and checked like a SQLite copy
(schema revision, every table and column, the audit trail under the backup's key up to its
high-water mark); the scratch database is then dropped.  A server account that may not create
databases cannot be checked this way: :func:`check_staged_postgres` says so by returning False, and
the restore relies on the seal, the archive's table of contents and ``pg_restore``'s single
transaction alone (README, "Several desks").
"""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from charity_desk.db.engine import Database
from charity_desk.db.restore import (
    check_known_revision,
    incomplete,
    not_charity_desk,
    not_upgraded,
    postgres_restore,
)
from charity_desk.db.schema_check import compare_with_models
from charity_desk.services.backup_manifest import Manifest


def _scratch_name(live: str | None) -> str:
    return f"{(live or 'charity')[:40]}_restore_check_{secrets.token_hex(4)}"


def check_staged_postgres(url: str, dump: Path, manifest: Manifest | None, key: bytes) -> bool:
    """Raise a :class:`~charity_desk.db.restore.RestoreError` unless the dump is fit to go live;
    False when the server does not let this account make the scratch database."""
    from charity_desk.db.migrate import current_revision, upgrade_database
    from charity_desk.services.restore_staging import refuse_unless_ok, staged_trail_report

    live = make_url(url)
    name = _scratch_name(live.database)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        except DBAPIError:
            return False
        scratch_url = live.set(database=name).render_as_string(hide_password=False)
        try:
            postgres_restore(scratch_url, dump)
            db = Database(scratch_url)
            try:
                revision = current_revision(db.engine)
                if revision is None:
                    raise not_charity_desk()
                check_known_revision(revision)
                try:
                    upgrade_database(db.engine)
                except Exception as error:  # any failure of a migration on this copy: the copy is refused
                    raise not_upgraded() from error
                problem = compare_with_models(db.engine)
                if problem is not None:
                    raise incomplete(problem)
                refuse_unless_ok(staged_trail_report(db, manifest, key))
            finally:
                db.dispose()
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
    return True
