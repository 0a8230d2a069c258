"""Staff accounts: creating them, unlocking them, listing them, their passwords; the recovery code.

A password change and an administrator's reset rewrap the account's key slot in the same step as the
stored hash (services.key_slot_updates.password_changed): whatever fails, or crashes, the password the
database holds still opens the encrypted file.
"""

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
from charity_desk.services.auth import AuthService, LoginFailed, actor_for
from charity_desk.services.errors import NotFound, ServiceError, from_domain
from charity_desk.services.passwords import check_new_password, hash_password
from charity_desk.services.permission_guard import open_to_signed_in, open_while_password_change_due, requires

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
            user = _colleague_account(session, self._actor, user_id, QT_TRANSLATE_NOOP(
                "Users", "You cannot close your own account: ask another administrator."))
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

    @open_while_password_change_due
    @open_to_signed_in("every member of staff changes their own password, after typing the current one")
    def change_own_password(self, current_password: str, new_password: str) -> Actor:
        """The signed-in person's new password; their key slot is rewrapped to it in the same step.

        Returns the person as they act from now on: after an administrator's reset, the Actor their
        sign-in made is refused everything but this (services.permission_guard); the one returned is not.
        A wrong current password changes nothing and counts towards the account's lock, as a sign-in does.
        """
        _check_new(new_password, "new_password")
        if new_password == current_password:
            raise ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Users", "The new password is the same as the current one: choose a different one.")),
                field="new_password")
        _confirm(self._db, self._actor, current_password, "current_password")
        with self._db.session() as session:
            user = session.get(UserAccount, self._actor.user_id) if self._actor.user_id is not None else None
            if user is None or not user.active:
                raise NotFound("user", self._actor.user_id)
            _set_password(session, user, new_password, must_change=False)
            audit.record(session, self._actor, "password.changed", "user", user.id)
            return actor_for(session, user)

    @requires(Permission.USERS_MANAGE)
    def reset_password(self, user_id: int, password: str, new_password: str) -> UserSummary:
        """A colleague who forgot their password gets ``new_password`` from an administrator, who confirms
        with their own ``password``; the colleague's key slot is rewrapped to it, their lock ends, and
        they choose their own password at their next sign-in."""
        _check_new(new_password, "new_password")
        _confirm(self._db, self._actor, password, "password")
        with self._db.session() as session:
            user = _colleague_account(session, self._actor, user_id, QT_TRANSLATE_NOOP(
                "Users", "To change your own password, use «Change password» beside «Sign out»."))
            if not user.active:
                raise ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Users", "This account is closed: its password cannot be reset.")))
            _set_password(session, user, new_password, must_change=True)
            throttle.clear(session, user.username)
            audit.record(session, self._actor, "password.reset", "user", user.id)
            return _summary(user, set())


def _check_new(password: str, field: str) -> None:
    """The rule for a new password, reported at ``field`` of the form that asked for it."""
    try:
        check_new_password(password)
    except ServiceError as refused:
        raise ServiceError(refused.message, field=field) from None


def _confirm(db: Database, actor: Actor, password: str, field: str) -> None:
    """The acting person's own password, checked as a sign-in (failures counted and audited)."""
    try:
        AuthService(db).confirm_password(actor, password)
    except LoginFailed as refused:
        if refused.locked_account:
            raise
        raise ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Users", "Your password is wrong: type the password you signed in with.")), field=field) from None


def _set_password(session, user: UserAccount, password: str, must_change: bool) -> None:
    """The account's new password hash, and its key slot rewrapped to it before the commit (the
    flush first takes the write lock, so no other desk rewrites the key-slot file meanwhile)."""
    user.password_hash = hash_password(password)
    user.must_change_password = must_change
    session.flush()
    key_slot_updates.password_changed(session, user.username, password)


def _colleague_account(session, actor: Actor, user_id: int, refusal_for_own: str) -> UserAccount:
    """Another person's account, for what an administrator may do to a colleague's and never to their own."""
    user = session.get(UserAccount, user_id)
    if user is None:
        raise NotFound("user", user_id)
    if user.id == actor.user_id:
        raise ServiceError(Message(CONTEXT, refusal_for_own))
    return user
