"""Keeping the key-slot file (db.key_slots) in step with the accounts: a slot for each account's
password and one for the recovery code, written once the transaction that made them has committed.

Nothing happens for a plain SQLite file or a PostgreSQL server.  Each update verifies the slot
file under the database key before writing it, so an altered file is never extended.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from charity_desk.db import cipher, key_slots
from charity_desk.db.engine import is_encrypted_engine, sqlite_path


def encrypted_file(session: Session) -> Path | None:
    """The encrypted SQLite file ``session`` works on, or None."""
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    if not is_encrypted_engine(engine):
        return None
    return sqlite_path(engine.url.render_as_string(hide_password=False))


def _after_commit(session: Session, update) -> None:
    path = encrypted_file(session)
    if path is None:
        return
    key = cipher.key_for(path)
    if key is None:
        return
    event.listen(session, "after_commit", lambda _session: update(path, key), once=True)


def user_password(session: Session, username: str, password: str) -> None:
    """``username`` opens the database with ``password`` from the commit on (any older slot goes)."""
    _after_commit(session, lambda path, key: key_slots.set_user(path, key, username, password))


def user_removed(session: Session, username: str) -> None:
    _after_commit(session, lambda path, key: key_slots.remove_user(path, key, username))


def recovery_code(session: Session, code: str) -> None:
    _after_commit(session, lambda path, key: key_slots.set_recovery(path, key, code))


def association_name(path: Path, name: str) -> None:
    """The name the sign-in window shows before the database is opened."""
    key = cipher.key_for(path)
    if key is not None and key_slots.exists(path):
        key_slots.set_association(path, key, name)


def needs_own_slot(session: Session, username: str) -> bool:
    """Whether ``username`` still opens the database only through a legacy slot (or none)."""
    path = encrypted_file(session)
    return path is not None and key_slots.exists(path) and not key_slots.has_user_slot(path, username)
