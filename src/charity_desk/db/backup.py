"""Copies of the database taken before risky work (schema upgrades, restores)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from charity_desk.db.engine import sqlite_path


class BackupError(Exception):
    pass


def sqlite_online_backup(source: Path, destination: Path) -> Path:
    """Copy a live SQLite file with the online backup API, then check the copy's integrity."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(destination.suffix + ".partial")
    # closing(): sqlite3's own context manager only commits, and Windows cannot rename an open file.
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
    with closing(sqlite3.connect(partial)) as check:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"integrity check of the backup failed: {result}")
    partial.replace(destination)
    return destination


def postgres_dump(url: str, destination: Path) -> Path:
    """A custom-format ``pg_dump`` of the whole database (needs the PostgreSQL client tools)."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError("pg_dump was not found; back up the PostgreSQL database before upgrading")
    destination.parent.mkdir(parents=True, exist_ok=True)
    dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
    subprocess.run(
        [pg_dump, "--format=custom", f"--file={destination}", dsn], check=True, capture_output=True
    )
    return destination


def backup_before_upgrade(engine: Engine, backup_dir: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    label = f"before-upgrade-{revision or 'unversioned'}-{stamp}"
    path = sqlite_path(str(engine.url))
    if path is not None:
        return sqlite_online_backup(path, backup_dir / f"{label}.sqlite3")
    return postgres_dump(engine.url.render_as_string(hide_password=False), backup_dir / f"{label}.pgdump")
