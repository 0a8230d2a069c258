"""Signing in, the growing lock after repeated failures, checking the password again, and the
recovery code that lets an administrator in again."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission, Role
from charity_desk.services import audit, key_slot_updates, recovery_code
from charity_desk.services import sign_in_throttle as throttle
from charity_desk.services.actor import SYSTEM, Actor
from charity_desk.services.errors import ServiceError
from charity_desk.services.grants import role_grants
from charity_desk.services.passwords import (
    DUMMY_HASH,
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)

CONTEXT = "Auth"
#: The throttle's name for recovery-code attempts (no username can hold "#").
RECOVERY_ATTEMPTS = "#recovery"


class LoginFailed(ServiceError):
    def __init__(self, message: Message, locked_account: bool = False):
        super().__init__(message)
        #: The account is now locked: the person must be signed out.
        self.locked_account = locked_account


def _bad_credentials() -> LoginFailed:
    """The one answer to a wrong password and to a username nobody has."""
    return LoginFailed(Message(CONTEXT, QT_TRANSLATE_NOOP("Auth", "Wrong username or password.")))


def _locked(until: datetime, now: datetime) -> LoginFailed:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return LoginFailed(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Auth",
                "Too many failed attempts with this username. Wait {minutes} min, then try again; an "
                "administrator can also unlock the account.",
            ),
            {"minutes": minutes},
        ),
        locked_account=True,
    )


def _bad_recovery() -> LoginFailed:
    return LoginFailed(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Auth", "The recovery code is wrong, or the username is not an administrator's account."
            ),
        )
    )


@dataclass(frozen=True)
class Recovered:
    """An administrator let in by the recovery code, and the new code to write down (shown once)."""

    actor: Actor
    new_code: str


def _key_file_refused() -> LoginFailed:
    return LoginFailed(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Auth",
                "The database's key file is damaged or was altered, so the database was not opened. Put back "
                "the key file kept beside your newest backup, then sign in with the recovery code.",
            ),
        )
    )


def is_locked(url: str) -> bool:
    """Whether the database at ``url`` is encrypted and its key is not unwrapped in this process yet."""
    from charity_desk.db import cipher, key_slots
    from charity_desk.db.engine import sqlite_path

    path = sqlite_path(url)
    if path is None or not key_slots.exists(path):
        return False
    if cipher.key_for(path) is not None:
        return False
    try:
        return key_slots.open_key(path) is None
    except key_slots.KeySlotError:
        return True


#: Failed unwraps before the database is open, per typed name (or RECOVERY_ATTEMPTS): they cannot be
#: counted in the database, so this process counts them with the same growing lock as a sign-in.
_unopened_failures: dict[str, tuple[int, datetime | None]] = {}


def _refuse_while_locked(name: str, now: datetime) -> None:
    _count, until = _unopened_failures.get(throttle.key(name), (0, None))
    if until is not None and until > now:
        raise _locked(until, now)


def _count_unopened_failure(name: str, now: datetime) -> LoginFailed | None:
    count, _until = _unopened_failures.get(throttle.key(name), (0, None))
    count += 1
    until = None
    if count >= throttle.FREE_ATTEMPTS:
        until = now + throttle.LOCK_STEPS[min(count - throttle.FREE_ATTEMPTS, len(throttle.LOCK_STEPS) - 1)]
    _unopened_failures[throttle.key(name)] = (count, until)
    return _locked(until, now) if until is not None else None


def unlock(url: str, username: str, password: str) -> None:
    """Before an encrypted database is opened: unwrap its key with the user's password.

    The same answer, at the same cost (one argon2 derivation), for an unknown username and a wrong
    password; the database itself then checks the sign-in as usual (lock, role, audit).  Failures
    here lock the name for 1, 5, 15, then 60 minutes in this process, as a sign-in's would.
    """
    from charity_desk.db import key_slots
    from charity_desk.db.engine import sqlite_path

    if not is_locked(url):
        return
    now = utcnow()
    _refuse_while_locked(username, now)
    path = sqlite_path(url)
    try:
        key = key_slots.unlock(path, username, password)
    except key_slots.WrongSecret:
        raise (_count_unopened_failure(username, now) or _bad_credentials()) from None
    except key_slots.KeySlotError as error:
        raise _key_file_refused() from error
    _remember_if_it_opens(path, key)
    _unopened_failures.pop(throttle.key(username), None)


def _remember_if_it_opens(path, key: bytes) -> None:
    """A key from a key-slot file of another database (the whole file swapped) opens nothing here."""
    from charity_desk.db import cipher

    if cipher.is_encrypted(path) and not cipher.opens_with(path, key):
        raise _key_file_refused()
    cipher.remember(path, key)


def unlock_with_recovery(url: str, code: str) -> None:
    """As :func:`unlock`, with the association's recovery code."""
    from charity_desk.db import key_slots
    from charity_desk.db.engine import sqlite_path

    if not is_locked(url):
        return
    now = utcnow()
    _refuse_while_locked(RECOVERY_ATTEMPTS, now)
    path = sqlite_path(url)
    try:
        key = key_slots.unlock_with_recovery(path, recovery_code.normalize(code))
    except key_slots.WrongSecret:
        raise (_count_unopened_failure(RECOVERY_ATTEMPTS, now) or _bad_recovery()) from None
    except key_slots.KeySlotError as error:
        raise _key_file_refused() from error
    _remember_if_it_opens(path, key)
    _unopened_failures.pop(throttle.key(RECOVERY_ATTEMPTS), None)


def actor_for(session, user: UserAccount) -> Actor:
    """The signed-in person, holding their role's permissions as stored now (the matrix in Settings)."""
    role = Role(user.role)
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=role,
        grants=role_grants(session, role),
        must_change_password=user.must_change_password,
    )


class AuthService:
    """Signing in.  Every attempt costs one argon2 check, whoever the username belongs to."""

    def __init__(self, db: Database):
        self._db = db

    def login(self, username: str, password: str) -> Actor:
        """The signed-in actor; raises LoginFailed (the failure is counted and audited).

        The same answer, at the same cost, for a username nobody has and for a wrong password; after
        five failures the username is locked for 1, 5, 15, then 60 minutes (never for good).
        """
        now = utcnow()
        with self._db.session() as session:
            user = _account(session, username)
            valid = verify_password(user.password_hash if user is not None else DUMMY_HASH, password)
            failure = self._refusal(session, username, user, valid, now)
            if failure is None:
                throttle.clear(session, username)
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                if key_slot_updates.needs_own_slot(session, user.username):
                    key_slot_updates.user_password(session, user.username, password)
                user.last_login_at = now
                actor = actor_for(session, user)
                audit.record(session, actor, "login", "user", user.id)
                recovery_code.settle_after_crash(session)
                return actor
        # Raised after the block so that the counted failure is committed.
        raise failure

    def confirm_password(self, actor: Actor, password: str) -> None:
        """Ask again before sensitive work or to leave the idle lock; failures count towards the lock."""
        now = utcnow()
        with self._db.session() as session:
            user = session.get(UserAccount, actor.user_id) if actor.user_id is not None else None
            user = user if user is not None and user.active else None
            valid = verify_password(user.password_hash if user is not None else DUMMY_HASH, password)
            failure = self._refusal(session, actor.username, user, valid, now)
            if failure is None:
                throttle.clear(session, actor.username)
            audit.record(
                session,
                actor,
                "password.confirmed" if failure is None else "password.confirm_failed",
                "user",
                actor.user_id,
            )
        if failure is not None:
            raise failure

    def authorize(self, username: str, password: str, permission: Permission, acting: Actor) -> Actor:
        """A supervisor approves one action at someone else's desk (e.g. a national ID override).

        The supervisor's password counts towards their lock-out like any sign-in; ``acting`` is the
        person at the desk, recorded with the approval.  A supervisor whose password an administrator
        reset approves nothing until they chose their own (the temporary one is known to another).
        """
        supervisor = self.login(username, password)
        supervisor.require(permission)
        with self._db.session() as session:
            audit.record(
                session,
                supervisor,
                "supervisor.approved",
                "user",
                acting.user_id,
                permission=permission.value,
            )
        return supervisor

    def recover(self, username: str, code: str, new_password: str) -> Recovered:
        """Let an administrator in with the association's recovery code, setting a new password.

        The code is then replaced by a new one (returned, to be shown once).  A wrong code, or a
        username that is not an active administrator's, gets one answer; the attempts are counted
        together and lock the recovery like a sign-in.
        """
        check_new_password(new_password)
        now = utcnow()
        with self._db.session() as session:
            user = _account(session, username)
            valid = recovery_code.matches(session, code)
            until = throttle.locked_until(session, RECOVERY_ATTEMPTS, now)
            if until is not None:
                failure = _locked(until, now)
            elif not valid or user is None or user.role != Role.ADMINISTRATOR.value:
                audit.record(session, SYSTEM, "recovery.failed", "user", user.id if user else "",
                             username=username.strip()[:64])
                locked = throttle.count_failure(session, RECOVERY_ATTEMPTS, now)
                failure = _locked(locked, now) if locked is not None else _bad_recovery()
                recovery_code.settle_after_crash(session)  # a code whose replacement crashed opens no more
            else:
                user.password_hash = hash_password(new_password)
                user.must_change_password = False
                session.flush()
                key_slot_updates.password_changed(session, user.username, new_password)
                user.last_login_at = now
                throttle.clear(session, username)
                throttle.clear(session, RECOVERY_ATTEMPTS)
                new_code = recovery_code.replace(session)
                actor = actor_for(session, user)
                audit.record(session, actor, "recovery.used", "user", user.id)
                return Recovered(actor, new_code)
        raise failure

    def logout(self, actor: Actor) -> None:
        with self._db.session() as session:
            audit.record(session, actor, "logout", "user", actor.user_id)

    @staticmethod
    def _refusal(session, username: str, user: UserAccount | None, valid: bool, now) -> LoginFailed | None:
        """Why this attempt is refused (counted and audited), or None when it succeeds."""
        until = throttle.locked_until(session, username, now)
        if until is not None:
            audit.record(session, SYSTEM, "login.refused_locked", "user", user.id if user else "",
                         username=username.strip()[:64])
            return _locked(until, now)
        if user is not None and valid:
            return None
        audit.record(session, SYSTEM, "login.failed", "user", user.id if user else "",
                     username=username.strip()[:64])
        locked = throttle.count_failure(session, username, now)
        if locked is None:
            return _bad_credentials()
        audit.record(session, SYSTEM, "user.locked", "user", user.id if user else "",
                     username=username.strip()[:64], until=locked.isoformat(timespec="seconds"))
        return _locked(locked, now)


def _account(session, username: str) -> UserAccount | None:
    """The active account holding ``username``, or None."""
    user = session.scalar(select(UserAccount).where(func.lower(UserAccount.username) == throttle.key(username)))
    return user if user is not None and user.active else None
