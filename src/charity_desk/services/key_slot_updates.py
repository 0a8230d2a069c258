"""Keeping the key-slot file (db.key_slots) in step with the accounts: a slot for each account's
password and one for the recovery code.  A new account's slot is written once its transaction has
committed; a changed password's, and a new recovery code's, beside the old one before the commit, the
old one retired after it, so that a crash at any point leaves the secret the database records able to
open it (the next sign-in then retires the other).

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
    _settle_when_it_ends(session, lambda: key_slots.keep_user_slot(path, key, username, slot_id),
                         lambda: key_slots.drop_user_slot(path, key, username, slot_id))


def _settle_when_it_ends(session: Session, committed, rolled_back) -> None:
    """``committed()`` once ``session``'s transaction commits, or ``rolled_back()`` if it rolls back."""
    settled = []

    def settle(outcome) -> None:
        if settled:  # the transaction ends once: the other listener must do nothing
            return
        settled.append(outcome)
        outcome()

    event.listen(session, "after_commit", lambda _session: settle(committed), once=True)
    event.listen(session, "after_rollback", lambda _session: settle(rolled_back), once=True)


def user_removed(session: Session, username: str) -> None:
    _after_commit(session, lambda path, key: key_slots.remove_user(path, key, username))


def recovery_code_added(session: Session, code: str) -> str | None:
    """A new recovery code, in the slot file as in ``session``'s transaction (which records its hash and
    the id returned here): the new slot is written now beside the old one, the old one goes once the
    transaction commits, the new one if it rolls back.  A crash in between leaves both slots, and the
    next sign-in keeps only the one the database records (:func:`settle_recovery`).  Call it once the
    transaction holds its write lock (flush first).  None when the database is not an encrypted file."""
    opened = _file_and_key(session)
    if opened is None:
        return None
    path, key = opened
    slot_id = key_slots.add_recovery(path, key, code)
    _settle_when_it_ends(session, lambda: key_slots.keep_recovery_slot(path, key, slot_id),
                         lambda: key_slots.drop_recovery_slot(path, key, slot_id))
    return slot_id


def recovery_unsettled(session: Session) -> bool:
    """Whether a replacement of the recovery code was interrupted: two recovery slots in the file."""
    path = encrypted_file(session)
    return path is not None and len(key_slots.recovery_slot_ids(path)) > 1


def settle_recovery(session: Session, recorded_slot: str) -> None:
    """Keep only the recovery slot the database records (``recorded_slot``): after a crash between
    writing a new code's slot and retiring the old one, exactly the recorded code opens the database.
    Call it while ``session``'s transaction holds the write lock (flush a change first), so the record
    read is the newest and no other desk replaces the code meanwhile."""
    opened = _file_and_key(session)
    if opened is not None:
        key_slots.keep_recovery_slot(*opened, recorded_slot)


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
