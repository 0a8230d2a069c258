"""PDPL deadlines: a data-subject request is answered within 30 days of receipt, extendable once by up to
30 more days with a reason; a breach is notified to the authority within 72 hours of its discovery."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

ANSWER_DAYS = 30
MAX_EXTENSION_DAYS = 30
BREACH_NOTICE_HOURS = 72


def request_due(received_on: date, extension_days: int = 0) -> date:
    return received_on + timedelta(days=ANSWER_DAYS + extension_days)


def breach_deadline(discovered_at: datetime) -> datetime:
    return discovered_at + timedelta(hours=BREACH_NOTICE_HOURS)


def whole_hours_left(deadline: datetime, now: datetime) -> int:
    """Hours left before ``deadline``, rounded down; negative once it has passed (-1 in its first hour)."""
    return math.floor((deadline - now).total_seconds() / 3600)


def whole_hours_overdue(deadline: datetime, now: datetime) -> int:
    """Whole hours since ``deadline`` passed, rounded down (0 in its first hour)."""
    return math.floor((now - deadline).total_seconds() / 3600)


def as_utc(moment: datetime | None) -> datetime | None:
    """A stored time with its zone: SQLite gives UTC times back without one."""
    if moment is None:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
