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


def _file_and_key(session: Session) -> tuple[Path, bytes] | None:
    """The encrypted file ``session`` works on and its key, when this process holds it unwrapped."""
    path = encrypted_file(session)
    key = None if path is None else cipher.key_for(path)
    return None if key is None else (path, key)


def _after_commit(session: Session, update) -> None:
    opened = _file_and_key(session)
    if opened is not None:
        event.listen(session, "after_commit", lambda _session: update(*opened), once=True)


def user_password(session: Session, username: str, password: str) -> None:
    """``username`` opens the database with ``password`` from the commit on (any older slot goes)."""
    _after_commit(session, lambda path, key: key_slots.set_user(path, key, username, password))


def password_changed(session: Session, username: str, password: str) -> None:
    """``username``'s password becomes ``password``, in the slot file as in ``session``'s transaction,
    so that a crash anywhere leaves a password that both signs in and opens the database.

    The new slot is added now, before the commit, beside the old one; once the transaction commits the
    old slot goes, and if it rolls back the new one goes.  A crash in between leaves both slots, so
    whichever password the database holds still unwraps the key; that person's next sign-in keeps only
    the slot of the password they typed (``needs_own_slot``).  Call it after the transaction holds its
    write lock (flush the change first), so no other desk rewrites the slot file meanwhile.
    """
    opened = _file_and_key(session)
    if opened is None:
        return
    path, key = opened
    slot_id = key_slots.add_user(path, key, username, password)
    settled = []

    def settle(keep: bool) -> None:
        if settled:  # the transaction ends once: the other listener must do nothing
            return
        settled.append(keep)
        if keep:
            key_slots.keep_user_slot(path, key, username, slot_id)
        else:
            key_slots.drop_user_slot(path, key, username, slot_id)

    event.listen(session, "after_commit", lambda _session: settle(True), once=True)
    event.listen(session, "after_rollback", lambda _session: settle(False), once=True)


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
    """Whether ``username`` still opens the database only through a legacy slot (or none), or holds
    two slots left by an interrupted password change: their sign-in then writes one for what they typed."""
    path = encrypted_file(session)
    return path is not None and key_slots.exists(path) and key_slots.user_slot_kinds(path, username) != [key_slots.USER]
