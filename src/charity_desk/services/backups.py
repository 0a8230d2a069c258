"""Backups an administrator takes and restores: checked copies, encrypted on request, rotated.

Backups are personal data (SAUDI.md, PDPL): a passphrase encrypts them before they leave the
machine; the daily automatic copy stays in the data folder beside the database it copies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from charity_desk.config import backup_dir
from charity_desk.db.backup import BackupError, postgres_dump, sqlite_online_backup
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import upgrade_database
from charity_desk.db.restore import (
    PGDUMP,
    SQLITE,
    RestoreError,
    check_postgres_dump,
    check_sqlite_copy,
    payload_kind,
    postgres_restore,
    replace_sqlite_file,
)
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.backup_crypto import (
    check_passphrase,
    decrypt_file,
    encrypt_file,
    is_encrypted,
    passphrase_needed,
)
from charity_desk.services.backup_rotation import backup_name, has_backup_on, rotate
from charity_desk.services.errors import ServiceError

CONTEXT = "Backups"


def _failed(error: Exception) -> ServiceError:
    # pg_dump's own output, not the failed command line: that holds the server password.
    details = (
        error.stderr.decode(errors="replace").strip()
        if isinstance(error, subprocess.CalledProcessError)
        else str(error)
    )
    return ServiceError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Backups", "The backup could not be made. Details: {details}"),
            {"details": details},
        )
    )


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


class BackupService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @property
    def folder(self) -> Path:
        return backup_dir(self._db.url)

    @property
    def _sqlite_file(self) -> Path | None:
        return sqlite_path(self._db.url)

    def create(self, destination: Path | None = None, passphrase: str | None = None) -> Path:
        """A checked copy at ``destination`` (or a new, rotated file in the backup folder)."""
        self._actor.require(Permission.SETTINGS_MANAGE)
        if passphrase is not None:
            check_passphrase(passphrase)
        kind = SQLITE if self._sqlite_file else PGDUMP
        target = (
            Path(destination)
            if destination
            else self.folder / backup_name(datetime.now(), kind, passphrase is not None)
        )
        self._refuse_overwriting_the_database(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        # The work folder sits beside the target so the final rename is atomic.
        with TemporaryDirectory(dir=target.parent, prefix=".charity-desk-backup-") as work:
            written = self._copy_database(Path(work) / f"copy.{kind}")
            if passphrase is not None:
                sealed = Path(work) / "sealed"
                encrypt_file(written, sealed, passphrase)
                written = sealed
            os.chmod(written, 0o600)
            os.replace(written, target)
        with self._db.session() as session:
            audit.record(
                session,
                self._actor,
                "backup.created",
                "backup",
                target.name[:64],
                folder=str(target.parent),
                encrypted=passphrase is not None,
                size=target.stat().st_size,
            )
        if destination is None:
            rotate(self.folder)
        return target

    def _refuse_overwriting_the_database(self, target: Path) -> None:
        current = self._sqlite_file
        if current is not None and target.resolve() in {
            Path(f"{current.resolve()}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")
        }:
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Backups", "A backup cannot be written over the database it copies."),
                ),
                field="destination",
            )

    def create_daily(self) -> Path | None:
        """Today's automatic backup, unless one was taken today.

        SQLite only: a PostgreSQL server is backed up on the server, and a dump on every desk would
        spread everyone's personal data across the office.
        """
        if self._sqlite_file is None or has_backup_on(self.folder, date.today()):
            return None
        return self.create()

    def _copy_database(self, destination: Path) -> Path:
        try:
            if self._sqlite_file is not None:
                return sqlite_online_backup(self._sqlite_file, destination)
            return postgres_dump(self._db.engine.url.render_as_string(hide_password=False), destination)
        except (BackupError, OSError, subprocess.CalledProcessError) as error:
            raise _failed(error) from error

    def restore(self, file: Path, passphrase: str | None = None) -> Path:
        """Put a backup in place of the current data; returns the copy kept of the data replaced.

        Every check runs on a private copy first: a damaged file, a wrong passphrase or a backup of
        the other kind of database leaves the current data exactly as it was.
        """
        self._actor.require(Permission.SETTINGS_MANAGE)
        file = Path(file)
        current = self._sqlite_file
        try:
            with TemporaryDirectory(
                dir=current.parent if current else self.folder, prefix=".charity-desk-restore-"
            ) as work:
                payload = Path(work) / "payload"
                self._unpack(file, payload, passphrase)
                kept = self._restore_sqlite(payload, current) if current else self._restore_postgres(payload)
        except RestoreError as error:
            self._record_refusal(file, error.message)
            raise ServiceError(error.message) from error
        except ServiceError as error:
            self._record_refusal(file, error.message)
            raise
        upgrade_database(self._db.engine, self.folder)
        with self._db.session() as session:
            audit.record(
                session, self._actor, "backup.restored", "backup", file.name[:64], before_restore=kept.name
            )
        return kept

    def _record_refusal(self, file: Path, reason: Message) -> None:
        with self._db.session() as session:
            audit.record(
                session, self._actor, "backup.restore_refused", "backup", file.name[:64], reason=reason.text
            )

    def _unpack(self, file: Path, payload: Path, passphrase: str | None) -> None:
        if not file.is_file():
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Backups", "The backup file {path} was not found."),
                    {"path": str(file)},
                )
            )
        if is_encrypted(file):
            if passphrase is None:
                raise passphrase_needed()
            decrypt_file(file, payload, passphrase)
        else:
            shutil.copyfile(file, payload)
        kind = payload_kind(payload)
        if kind is None:
            raise ServiceError(
                Message(CONTEXT, QT_TRANSLATE_NOOP("Backups", "This file is not a Charity Desk backup."))
            )
        if kind != (SQLITE if self._sqlite_file else PGDUMP):
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Backups",
                        "This backup was taken from the other kind of database (a SQLite file or a "
                        "PostgreSQL server), so it cannot be restored here.",
                    ),
                )
            )

    def _restore_sqlite(self, payload: Path, current: Path) -> Path:
        check_sqlite_copy(payload)
        kept = self.folder / f"before-restore-{_stamp()}.sqlite3"
        self._db.dispose()
        replace_sqlite_file(payload, current, kept)
        return kept

    def _restore_postgres(self, payload: Path) -> Path:
        check_postgres_dump(payload)
        kept = self._copy_database(self.folder / f"before-restore-{_stamp()}.pgdump")
        self._db.dispose()
        postgres_restore(self._db.engine.url.render_as_string(hide_password=False), payload)
        return kept
