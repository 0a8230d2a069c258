"""Numbers that must never repeat or skip under two desks: application, letter and meeting numbers."""

from __future__ import annotations

from sqlalchemy.orm import Session

from charity_desk.db.models import Setting


def next_in_sequence(session: Session, name: str) -> int:
    """The next number of ``name`` inside the caller's transaction (locked until it commits)."""
    return reserve_in_sequence(session, name, 1)


def reserve_in_sequence(session: Session, name: str, count: int) -> int:
    """Reserve ``count`` consecutive numbers of ``name`` at once (an import); returns the first."""
    key = f"sequence:{name}"
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        row = Setting(key=key, value="0")
        session.add(row)
    first = int(row.value) + 1
    row.value = str(first + count - 1)
    session.flush()
    return first
