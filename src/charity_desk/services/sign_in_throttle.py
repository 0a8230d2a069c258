"""Failed sign-ins and the lock that grows with them (1, 5, 15, then 60 minutes).

Counted per typed username whether or not an account has it (``SignInThrottle``), so a made-up name
is answered exactly like a real one.  A lock always ends: nobody can lock the only administrator
out for good by typing wrong passwords under their name.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from charity_desk.db.models import SignInThrottle

#: Failures allowed before the first lock.
FREE_ATTEMPTS = 5
#: Each failure from the fifth on locks for the next step (the last one repeats).
LOCK_STEPS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=60))
#: A name that has not failed for this long starts again from nothing (and its row is removed).
FORGET_AFTER = timedelta(days=1)


def key(username: str) -> str:
    return username.strip().lower()[:64]


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite gives times back without their zone; they are stored in UTC."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def locked_until(session: Session, username: str, now: datetime) -> datetime | None:
    """When the lock on ``username`` ends, or None when it may try now."""
    row = session.get(SignInThrottle, key(username))
    until = _aware(row.locked_until) if row is not None else None
    return until if until is not None and until > now else None


def count_failure(session: Session, username: str, now: datetime) -> datetime | None:
    """Count one more failure; returns the end of the lock it starts, if it starts one."""
    session.execute(delete(SignInThrottle).where(SignInThrottle.last_failed_at < now - FORGET_AFTER))
    row = session.get(SignInThrottle, key(username))
    if row is None:
        row = SignInThrottle(username=key(username), failed_attempts=0)
        session.add(row)
    row.failed_attempts += 1
    row.last_failed_at = now
    if row.failed_attempts < FREE_ATTEMPTS:
        return None
    step = LOCK_STEPS[min(row.failed_attempts - FREE_ATTEMPTS, len(LOCK_STEPS) - 1)]
    row.locked_until = now + step
    return row.locked_until


def clear(session: Session, username: str) -> None:
    session.execute(delete(SignInThrottle).where(SignInThrottle.username == key(username)))


def locked_names(session: Session, now: datetime) -> set[str]:
    return set(session.scalars(select(SignInThrottle.username).where(SignInThrottle.locked_until > now)))
