"""Duplicates in a period, for the reports: pairs found, files merged, pairs dismissed, merges undone.

Each figure counts events whose time falls in the period (a pair found in March and dismissed in
April counts as found in March and dismissed in April).  Merges count every merge made in the period,
undone or not; the undone ones are also counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charity_desk.db.models import DuplicatePair, FileMerge
from charity_desk.db.models.duplicates import DISMISSED


@dataclass(frozen=True)
class DuplicateFigures:
    start: date
    end: date
    found: int
    merged: int
    dismissed: int
    undone: int


def _between(column, start: date, end: date):
    low = datetime.combine(start, time.min, tzinfo=UTC)
    high = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    return (column >= low) & (column < high)


def figures(session: Session, start: date, end: date) -> DuplicateFigures:
    def count(statement) -> int:
        return session.scalar(statement) or 0

    return DuplicateFigures(
        start, end,
        found=count(select(func.count(DuplicatePair.id)).where(_between(DuplicatePair.found_at, start, end))),
        merged=count(select(func.count(FileMerge.id)).where(_between(FileMerge.merged_at, start, end))),
        dismissed=count(select(func.count(DuplicatePair.id)).where(
            DuplicatePair.status == DISMISSED, _between(DuplicatePair.decided_at, start, end))),
        undone=count(select(func.count(FileMerge.id)).where(_between(FileMerge.undone_at, start, end))),
    )
