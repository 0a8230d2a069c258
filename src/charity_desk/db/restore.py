"""Putting a backup in place of the current database, only after the copy has been checked.

A restore never touches the current database until the copy has passed its checks; the current
file is then kept as a "before-restore" copy and replaced with one atomic rename.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import make_url

from charity_desk.db.migrate import alembic_config
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "Restore"
SQLITE = "sqlite3"
PGDUMP = "pgdump"
_MAGIC = {SQLITE: b"SQLite format 3\x00", PGDUMP: b"PGDMP"}


class RestoreError(Exception):
    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


def _error(text: str, **params: object) -> RestoreError:
    return RestoreError(Message(CONTEXT, text, params))


def payload_kind(path: Path) -> str | None:
    """``sqlite3`` or ``pgdump`` from the file's first bytes; None for anything else."""
    with path.open("rb") as stream:
        start = stream.read(16)
    return next((kind for kind, magic in _MAGIC.items() if start.startswith(magic)), None)


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def check_sqlite_copy(path: Path) -> None:
    """Refuse a copy that is damaged, is not a Charity Desk database, or comes from a newer version."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            problems = connection.execute("PRAGMA integrity_check").fetchall()
            tables = {
                name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
    except sqlite3.DatabaseError as error:
        raise damaged_copy() from error
    if problems != [("ok",)]:
        raise damaged_copy()
    if "audit_entry" not in tables or revision is None:
        raise _error(QT_TRANSLATE_NOOP("Restore", "This file is not a Charity Desk backup."))
    if not _known_revision(revision[0]):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Restore", "This backup comes from a newer version of Charity Desk: update the program first."
            )
        )


def damaged_copy() -> RestoreError:
    return _error(
        QT_TRANSLATE_NOOP("Restore", "The database in this backup is damaged, so nothing was restored.")
    )


def _leave_wal(path: Path) -> None:
    """Fold the write-ahead log into the file and switch it off.

    This needs the database to itself, so it also proves no other window or desk has it open; and
    no -wal file is left behind that SQLite would replay onto the restored file.
    """
    try:
        with closing(sqlite3.connect(path, timeout=2, isolation_level=None)) as connection:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        raise in_use() from error
    except sqlite3.DatabaseError:
        return  # the current file is damaged: its log is kept with the before-restore copy
    if mode != "delete":
        raise in_use()


def in_use() -> RestoreError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Restore",
            "The database is open in another Charity Desk window or program. Close it there and try again.",
        )
    )


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; its renames are journalled by NTFS
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _durable_copy(source: Path, destination: Path) -> None:
    with source.open("rb") as src, destination.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def replace_sqlite_file(candidate: Path, current: Path, keep_as: Path) -> None:
    """Put the checked ``candidate`` (in ``current``'s folder) in place of ``current``, keeping the old
    file as ``keep_as``.  Every engine on ``current`` must have been disposed first."""
    if current.exists():
        _leave_wal(current)
        keep_as.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            old = Path(f"{current}{suffix}")
            if old.exists():
                _durable_copy(old, Path(f"{keep_as}{suffix}"))
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{current}{suffix}").unlink(missing_ok=True)
    os.replace(candidate, current)
    _fsync_folder(current.parent)


def _libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise _error(
            QT_TRANSLATE_NOOP("Restore", "{tool} was not found: install the PostgreSQL client tools."),
            tool=name,
        )
    return tool


def check_postgres_dump(path: Path) -> None:
    """Reading the dump's table of contents refuses a damaged archive before anything is dropped."""
    listing = subprocess.run([_pg_tool("pg_restore"), "--list", str(path)], capture_output=True)
    if listing.returncode != 0:
        raise damaged_copy()


def postgres_restore(url: str, dump: Path) -> None:
    """Replace the database's contents in one transaction: on any error the server keeps the old data."""
    result = subprocess.run(
        [
            _pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--no-privileges",
            f"--dbname={_libpq_url(url)}",
            str(dump),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Restore", "The server refused the restore, so nothing was changed. Details: {details}"
            ),
            details=result.stderr.strip()[-500:],
        )
