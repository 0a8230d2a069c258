"""Names of the regular backups in the backup folder, and which old ones to delete.

Only files named by :func:`backup_name` are ever rotated; copies taken before an upgrade or a
restore, and anything a person put in the folder, are left alone.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

PREFIX = "charity-desk-"
STAMP = "%Y%m%d-%H%M%S"
_PATTERN = re.compile(r"^charity-desk-(\d{8}-\d{6})\.(sqlite3|pgdump)(\.enc)?$")

KEEP_NEWEST = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 4


def backup_name(at: datetime, kind: str, encrypted: bool) -> str:
    """``kind`` is ``sqlite3`` or ``pgdump``; the local time keeps the names readable for staff."""
    return f"{PREFIX}{at.strftime(STAMP)}.{kind}{'.enc' if encrypted else ''}"


def taken_at(path: Path) -> datetime | None:
    match = _PATTERN.match(path.name)
    return datetime.strptime(match.group(1), STAMP) if match else None


def regular_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The regular backups in ``folder``, newest first."""
    found = [(at, path) for path in folder.iterdir() if (at := taken_at(path)) is not None]
    return sorted(found, reverse=True)


def has_backup_on(folder: Path, day: date) -> bool:
    return any(at.date() == day for at, _path in regular_backups(folder))


def to_delete(
    backups: list[tuple[datetime, Path]],
    keep_newest: int = KEEP_NEWEST,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> list[Path]:
    """Keep the newest few, the newest of each of the last ``daily`` days that have a backup and
    the newest of each of the last ``weekly`` ISO weeks; everything else goes."""
    ordered = sorted(backups, reverse=True)
    keep = {path for _at, path in ordered[:keep_newest]}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for at, path in ordered:
        if at.date() not in days and len(days) < daily:
            days.add(at.date())
            keep.add(path)
        week = at.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(path)
    return [path for _at, path in ordered if path not in keep]


def rotate(folder: Path) -> list[Path]:
    removed = to_delete(regular_backups(folder))
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
