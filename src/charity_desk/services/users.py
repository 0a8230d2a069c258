"""Staff accounts: creating them, unlocking them, listing them; the recovery code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import UserAccount
from charity_desk.domain.free_text import name_errors
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission, Role
from charity_desk.services import audit, key_slot_updates, recovery_code
from charity_desk.services import sign_in_throttle as throttle
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.errors import NotFound, ServiceError, from_domain
from charity_desk.services.passwords import check_new_password, hash_password
from charity_desk.services.permission_guard import requires

CONTEXT = "Users"
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{3,64}$")


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    full_name: str
    role: Role
    #: Locked now after failed sign-ins (the lock ends by itself).
    locked: bool
    active: bool


def _summary(user: UserAccount, locked: set[str]) -> UserSummary:
    return UserSummary(
        user.id, user.username, user.full_name, Role(user.role), throttle.key(user.username) in locked, user.active
    )


def validate_new_account(username: str, full_name: str, password: str) -> None:
    if not _USERNAME.match(username):
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Users",
                    "The username must be 3 to 64 Latin letters, digits, dots, dashes or underscores.",
                ),
            ),
            field="username",
        )
    if errors := name_errors([("full_name", full_name.strip())]):
        raise from_domain(errors[0])
    if not full_name.strip():
        raise ServiceError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Users", "Enter the employee's full name.")), field="full_name"
        )
    check_new_password(password)


def add_account(
    session, actor: Actor, username: str, full_name: str, role: Role, password: str
) -> UserAccount:
    """Create an account inside the caller's transaction (used by set-up and by the users screen)."""
    username = username.strip()
    validate_new_account(username, full_name, password)
    if session.scalar(select(UserAccount.id).where(func.lower(UserAccount.username) == username.lower())):
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Users", "The username {username} is already taken."),
                {"username": username},
            ),
            field="username",
        )
    user = UserAccount(
        username=username, full_name=full_name.strip(), role=role.value, password_hash=hash_password(password)
    )
    session.add(user)
    session.flush()
    key_slot_updates.user_password(session, username, password)
    audit.record(session, actor, "user.created", "user", user.id, role=role.value)
    return user


class UserService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.USERS_MANAGE)
    def create(self, username: str, full_name: str, role: Role, password: str) -> UserSummary:
        with self._db.session() as session:
            return _summary(add_account(session, self._actor, username, full_name, role, password), set())

    @requires(Permission.USERS_MANAGE)
    def list(self) -> list[UserSummary]:
        with self._db.read_session() as session:
            locked = throttle.locked_names(session, utcnow())
            return [_summary(u, locked) for u in session.scalars(select(UserAccount).order_by(UserAccount.username))]

    @requires(Permission.USERS_MANAGE)
    def unlock(self, user_id: int) -> UserSummary:
        """End the account's lock now (it would end by itself after its minutes)."""
        with self._db.session() as session:
            user = session.get(UserAccount, user_id)
            if user is None:
                raise NotFound("user", user_id)
            throttle.clear(session, user.username)
            audit.record(session, self._actor, "user.unlocked", "user", user.id)
            return _summary(user, set())

    @requires(Permission.USERS_MANAGE)
    def deactivate(self, user_id: int) -> UserSummary:
        """Close an account: it can no longer sign in, and its key slot goes, so its password no
        longer opens an encrypted database (its history stays, under its name)."""
        with self._db.session() as session:
            user = session.get(UserAccount, user_id)
            if user is None:
                raise NotFound("user", user_id)
            if user.id == self._actor.user_id:
                raise ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Users", "You cannot close your own account: ask another administrator.")))
            user.active = False
            throttle.clear(session, user.username)
            key_slot_updates.user_removed(session, user.username)
            audit.record(session, self._actor, "user.deactivated", "user", user.id)
            return _summary(user, set())

    @requires(Permission.USERS_MANAGE)
    def has_recovery_code(self) -> bool:
        with self._db.read_session() as session:
            return recovery_code.exists(session)

    @requires(Permission.USERS_MANAGE)
    def new_recovery_code(self, password: str) -> str:
        """A new recovery code (the old one stops working), after the administrator's password; it is
        returned to be shown once and never stored in clear."""
        AuthService(self._db).confirm_password(self._actor, password)
        with self._db.session() as session:
            code = recovery_code.replace(session)
            audit.record(session, self._actor, "recovery.code_replaced")
        return code
