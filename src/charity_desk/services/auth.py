"""Signing in, locking out after repeated failures, and checking the password again."""

from __future__ import annotations

from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission, Role
from charity_desk.services import audit
from charity_desk.services.actor import SYSTEM, Actor
from charity_desk.services.errors import PermissionDenied, ServiceError
from charity_desk.services.grants import role_grants
from charity_desk.services.passwords import hash_password, needs_rehash, verify_password

CONTEXT = "Auth"
MAX_FAILED_ATTEMPTS = 5


class LoginFailed(ServiceError):
    def __init__(self, message: Message, locked_account: bool = False):
        super().__init__(message)
        #: The account is now locked: the person must be signed out.
        self.locked_account = locked_account


def _bad_credentials(remaining: int | None) -> LoginFailed:
    if remaining is None:
        return LoginFailed(Message(CONTEXT, QT_TRANSLATE_NOOP("Auth", "Wrong username or password.")))
    return LoginFailed(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Auth", "Wrong username or password. {remaining} attempts left before the account is locked."
            ),
            {"remaining": remaining},
        )
    )


def _locked() -> LoginFailed:
    return LoginFailed(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Auth",
                "This account is locked after repeated failed attempts. Ask an administrator to unlock it.",
            ),
        ),
        locked_account=True,
    )


def actor_for(session, user: UserAccount) -> Actor:
    """The signed-in person, holding their role's permissions as stored now (the matrix in Settings)."""
    role = Role(user.role)
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=role,
        grants=role_grants(session, role),
    )


class AuthService:
    def __init__(self, db: Database):
        self._db = db

    def login(self, username: str, password: str) -> Actor:
        """The signed-in actor; raises LoginFailed (the failure is counted and audited)."""
        with self._db.session() as session:
            user = session.scalar(
                select(UserAccount).where(func.lower(UserAccount.username) == username.strip().lower())
            )
            if user is None or not user.active:
                audit.record(session, SYSTEM, "login.failed", "user", "", username=username.strip()[:64])
                failure = _bad_credentials(None)
            else:
                failure = self._check_password(session, user, password)
            if failure is None:
                user.last_login_at = utcnow()
                actor = actor_for(session, user)
                audit.record(session, actor, "login", "user", user.id)
                return actor
        # Raised after the block so that the counted failure is committed.
        raise failure

    def confirm_password(self, actor: Actor, password: str) -> None:
        """Ask again before sensitive work or to leave the idle lock; failures count towards the lock."""
        with self._db.session() as session:
            user = session.get(UserAccount, actor.user_id)
            failure = (
                _bad_credentials(None)
                if user is None or not user.active
                else self._check_password(session, user, password)
            )
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
        person at the desk, recorded with the approval.
        """
        supervisor = self.login(username, password)
        if not supervisor.can(permission):
            raise PermissionDenied(permission.value)
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

    def logout(self, actor: Actor) -> None:
        with self._db.session() as session:
            audit.record(session, actor, "logout", "user", actor.user_id)

    @staticmethod
    def _check_password(session, user: UserAccount, password: str) -> LoginFailed | None:
        if user.locked:
            audit.record(session, SYSTEM, "login.refused_locked", "user", user.id)
            return _locked()
        if not verify_password(user.password_hash, password):
            user.failed_attempts += 1
            audit.record(session, SYSTEM, "login.failed", "user", user.id, attempts=user.failed_attempts)
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked = True
                audit.record(session, SYSTEM, "user.locked", "user", user.id)
                return _locked()
            return _bad_credentials(MAX_FAILED_ATTEMPTS - user.failed_attempts)
        user.failed_attempts = 0
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        return None
