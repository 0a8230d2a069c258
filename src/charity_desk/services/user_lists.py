"""Staff accounts as a list read a page at a time, by username, each marked when failed sign-ins
have locked it (the lock is looked up in the same query)."""

from __future__ import annotations

from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import SignInThrottle, UserAccount
from charity_desk.domain.roles import Role
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.users import UserSummary


def _account(row) -> UserSummary:
    user_id, username, full_name, role, locked_until, active = row
    return UserSummary(user_id, username, full_name, Role(role), locked_until is not None, active)


def accounts(db: Database, actor: Actor) -> KeysetList:
    # The throttle is kept per typed name, as services.sign_in_throttle.key() writes it.
    locks = select(SignInThrottle.username, SignInThrottle.locked_until).where(
        SignInThrottle.locked_until > utcnow()).subquery()
    statement = (select(UserAccount.id, UserAccount.username, UserAccount.full_name, UserAccount.role,
                        locks.c.locked_until, UserAccount.active)
                 .outerjoin(locks, locks.c.username == func.lower(func.trim(UserAccount.username))))
    return KeysetList(db, statement, _account, UserAccount.id, {"username": UserAccount.username}, "username",
                      counted=select(UserAccount.id))
