"""Copies of the database taken before risky work (schema upgrades, restores).

A copy taken before a schema upgrade is sealed like every other backup, so that ``restore`` accepts
it; sealing needs the installation's secret, which the service layer holds, so the caller passes the
sealing step in (``seal``) and this layer only makes the bare copy it seals.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import Engine

from charity_desk.db.engine import sqlite_path

#: ``progress(done, total)`` as a long copy goes.
Progress = Callable[[int, int], None]
#: Turns a bare copy into a sealed backup file, written beside it; returns that file.
Seal = Callable[[Path], Path]
_PAGES_A_STEP = 1024


class BackupError(Exception):
    pass


def sqlite_online_backup(source: Path, destination: Path, progress: Progress | None = None) -> Path:
    """Copy a live SQLite file with the online backup API, then check the copy's integrity."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(destination.suffix + ".partial")

    def copied(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    from charity_desk.db import cipher

    # An encrypted database's copy is encrypted under the same key.
    key = cipher.key_for(source) if cipher.is_encrypted(source) else None
    partial.unlink(missing_ok=True)
    # closing(): sqlite3's own context manager only commits, and Windows cannot rename an open file.
    with closing(cipher.open_file(source)) as src, closing(
        cipher.connect(partial, key) if key is not None else sqlite3.connect(partial)
    ) as dst:
        src.backup(dst, pages=_PAGES_A_STEP, progress=copied)
    with closing(cipher.open_file(partial)) as check:
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


def backup_before_upgrade(
    engine: Engine, backup_dir: Path, revision: str | None, seal: Seal | None = None,
    progress: Progress | None = None,
) -> Path:
    """The copy of the database as it is before an upgrade, in ``backup_dir``: sealed by ``seal``
    (a bare copy without one, which ``restore`` refuses -- for callers that only need a file)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    label = f"before-upgrade-{revision or 'unversioned'}-{stamp}"
    path = sqlite_path(str(engine.url))
    destination = backup_dir / f"{label}.{'sqlite3' if path is not None else 'pgdump'}"
    backup_dir.mkdir(parents=True, exist_ok=True)
    # The work folder sits beside the destination so the final rename is atomic.
    with TemporaryDirectory(dir=backup_dir, prefix=".charity-desk-upgrade-") as work:
        bare = Path(work) / destination.name
        if path is not None:
            sqlite_online_backup(path, bare, progress)
        else:
            postgres_dump(engine.url.render_as_string(hide_password=False), bare)
        sealed = seal(bare) if seal is not None else bare
        os.chmod(sealed, 0o600)
        os.replace(sealed, destination)
    return destination
