"""Staff accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned


class UserAccount(Versioned, Timestamps, Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: An administrator reset the password: the holder chooses their own at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                                       server_default=false())


class SignInThrottle(Base):
    """Failed sign-ins under one typed username, whether or not an account has it.

    Kept apart from the accounts so that a name nobody uses locks exactly like a real one: the
    answers never tell which usernames exist.  The row goes when the sign-in succeeds.
    """

    __tablename__ = "sign_in_throttle"

    #: The username as typed, trimmed and lower-cased.
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)


class RolePermission(Base):
    """One cell of the permission matrix: whether ``role`` holds ``permission``.

    A permission with no row for a role falls back to ``domain.roles.DEFAULT_GRANTS`` (a permission
    added by a later release starts from its default); signing in reads the rows into the Actor.
    """

    __tablename__ = "role_permission"

    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    permission: Mapped[str] = mapped_column(String(64), primary_key=True)
    granted: Mapped[bool] = mapped_column(Boolean, nullable=False)
