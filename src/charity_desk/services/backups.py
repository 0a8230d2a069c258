"""Backups an administrator takes and restores: sealed copies, encrypted on request, rotated.

Backups are personal data (SAUDI.md, PDPL): a passphrase encrypts them before they leave the
machine; the daily automatic copy stays in the backups folder beside the database it copies.
Every backup is sealed (services.backup_manifest); a restore checks the seal, then the copy in a
staging folder (services.restore_staging), and only then swaps it in (db.restore) -- any failure
leaves the live database as it was.  A restore never needs the live database to be readable.
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
from charity_desk.db.restore import PGDUMP, SQLITE, RestoreError
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit, installation_secret, schema_upgrade
from charity_desk.services.actor import Actor
from charity_desk.services.backup_files import CopyFacts, Unpacked, seal, sqlite_copy_facts, unpack
from charity_desk.services.backup_manifest import Manifest, write_sealed
from charity_desk.services.backup_progress import Progress, Steps
from charity_desk.services.backup_rotation import backup_name, has_backup_on, rotate
from charity_desk.services.errors import ServiceError
from charity_desk.services.permission_guard import requires

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


def _as_known_in(session, actor: Actor) -> Actor:
    """The actor as the restored data knows them: an older backup may not hold their account (or
    hold another person under its id), so the entry then names them without linking an account."""
    from dataclasses import replace

    from charity_desk.db.models import UserAccount

    user = session.get(UserAccount, actor.user_id) if actor.user_id is not None else None
    return actor if user is not None and user.username == actor.username else replace(actor, user_id=None)


def _plain_inside_passphrase(copy: Path) -> Path:
    """The plain form of an encrypted database's copy, for a backup the passphrase encrypts: it must
    restore on a desk that holds another database key (a new computer).  Written in the backup's
    private work folder, removed with it."""
    from charity_desk.db import cipher

    key = cipher.key_for(copy)
    if key is None:
        return copy
    plain = copy.with_name("plain." + copy.name)
    cipher.export_plain(copy, plain, key)
    copy.unlink()
    return plain


def _encrypted_like(current: Path, staged: Path) -> Path:
    """``staged``, encrypted under the live database's key when the live database is encrypted: a plain
    copy (a passphrase backup, or one from before encryption) is encrypted, one under another key
    this desk holds is given the live key."""
    from charity_desk.db import cipher, key_slots

    key = cipher.key_for(current) if key_slots.exists(current) else None
    if key is None:
        return staged
    if not cipher.is_plaintext(staged):
        cipher.rekey(staged, key)  # a copy of another database of this process (a test's other desk)
        return staged
    encrypted = staged.with_name("encrypted." + staged.name)
    cipher.encrypt_copy(staged, encrypted, key)
    staged.unlink()
    return encrypted


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

    @property
    def _kind(self) -> str:
        return SQLITE if self._sqlite_file else PGDUMP

    @requires(Permission.SETTINGS_MANAGE)
    def create(
        self, destination: Path | None = None, passphrase: str | None = None, progress: Progress | None = None
    ) -> Path:
        """A sealed copy at ``destination`` (or a new, rotated file in the backup folder).

        ``progress(done, total)`` follows the copy, its checks, the sealing and the encryption.
        """
        if passphrase is not None:
            from charity_desk.services.backup_crypto import check_passphrase

            check_passphrase(passphrase)
        target = (
            Path(destination)
            if destination
            else self.folder / backup_name(datetime.now(), self._kind, passphrase is not None)
        )
        self._refuse_overwriting_the_database(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with self._db.session() as session:
            audit.seal_trail(session)  # a backup always carries a sealed trail
        with self._db.read_session() as session:
            # Read before the copy: entries written meanwhile only put the mark a little behind the end.
            key, mark = audit.trail_key(session)
        # The work folder sits beside the target so the final rename is atomic.
        steps = Steps(progress, copy=4, checks=1, seal=4, encrypt=2 if passphrase is not None else 0)
        with TemporaryDirectory(dir=target.parent, prefix=".charity-desk-backup-") as work:
            facts = self._facts()
            copy = self._copy_database(Path(work) / f"copy.{self._kind}", steps.of("copy"))
            if self._sqlite_file is not None:
                facts = sqlite_copy_facts(copy)
                if passphrase is not None:
                    copy = _plain_inside_passphrase(copy)
            steps.finished("checks")
            written = seal(copy, Path(work), self._kind, facts, key, mark, passphrase, steps.of("seal"))
            steps.finished("encrypt")
            os.chmod(written, 0o600)
            os.replace(written, target)
        self._keep_key_slots()
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

    def _keep_key_slots(self) -> None:
        """A copy of the encrypted database's key-slot file in the backups folder: the database key
        never changes, so with it and a password (or the recovery code) any backup, and the database
        itself, opens again after the file beside the database was lost."""
        from charity_desk.db import key_slots

        current = self._sqlite_file
        if current is not None and key_slots.exists(current):
            kept = self.folder / key_slots.path_for(current).name
            shutil.copyfile(key_slots.path_for(current), kept)
            os.chmod(kept, 0o600)

    def _facts(self) -> CopyFacts:
        """A server's schema revision (a SQLite copy is read itself, after the copy)."""
        if self._sqlite_file is not None:
            return CopyFacts(None, None)
        from charity_desk.db.migrate import current_revision

        return CopyFacts(current_revision(self._db.engine), None)

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

    @requires(Permission.SETTINGS_MANAGE)
    def create_daily(self) -> Path | None:
        """Today's automatic backup, unless one was taken today.

        SQLite only: a PostgreSQL server is backed up on the server, and a dump on every desk would
        spread everyone's personal data across the office.
        """
        if self._sqlite_file is None or has_backup_on(self.folder, date.today()):
            return None
        return self.create()

    def _copy_database(self, destination: Path, progress: Progress | None = None) -> Path:
        try:
            if self._sqlite_file is not None:
                return sqlite_online_backup(self._sqlite_file, destination, progress)
            return postgres_dump(self._db.engine.url.render_as_string(hide_password=False), destination)
        except (BackupError, OSError, subprocess.CalledProcessError) as error:
            raise _failed(error) from error

    @requires(Permission.SETTINGS_MANAGE)
    def restore(self, file: Path, passphrase: str | None = None, progress: Progress | None = None) -> Path:
        """Put a backup in place of the current data; returns the copy kept of the data replaced.

        Every check runs on a private copy first: a damaged or altered file, a wrong passphrase, an
        incomplete or newer database or a backup of the other kind leaves the current data exactly
        as it was -- and none of it needs the current database to be readable.
        ``progress(done, total)`` follows the unpacking, the checks of the copy and the swap.
        """
        file = Path(file)
        current = self._sqlite_file
        steps = Steps(progress, unpack=3, checks=5, swap=2)
        try:
            with TemporaryDirectory(
                dir=current.parent if current else self.folder, prefix=".charity-desk-restore-"
            ) as work:
                unpacked = unpack(file, Path(work), self._db.url, passphrase, self._kind, steps.of("unpack"))
                steps.finished("unpack")
                new_secret = unpacked.key not in installation_secret.read_keys(self._db.url)
                if current is not None:
                    kept = self._restore_sqlite(unpacked, current, steps)
                else:
                    kept = self._restore_postgres(unpacked)
                steps.finished("swap")
        except RestoreError as error:
            self._record_refusal(file, error.message)
            raise ServiceError(error.message) from error
        except ServiceError as error:
            self._record_refusal(file, error.message)
            raise
        with self._db.session() as session:
            audit.record(
                session, _as_known_in(session, self._actor), "backup.restored", "backup", file.name[:64],
                before_restore=kept.name,
                # An encrypted backup sealed elsewhere brings its own secret, trusted on its passphrase alone.
                new_secret=installation_secret.key_id(unpacked.key) if new_secret else "",
            )
        return kept

    def _record_refusal(self, file: Path, reason: Message) -> None:
        """In the live trail, when the live database can still take it: a broken one is not opened
        for writing at all, so not one of its bytes changes."""
        from charity_desk.db.restore import is_current_database

        current = self._sqlite_file
        if current is not None and not (current.is_file() and is_current_database(current)):
            return
        try:
            with self._db.session() as session:
                audit.record(
                    session, self._actor, "backup.restore_refused", "backup", file.name[:64], reason=reason.text
                )
        except Exception:  # noqa: BLE001 - the refusal itself is what the person must see
            self._db.dispose()

    def _keep(self, current: Path, kept: Path, progress: Progress | None = None) -> None:
        """The data being replaced, kept as a sealed backup (so it can be restored in its turn)
        under the key of the trail it holds; a file this desk cannot seal is kept as it is."""
        keys = installation_secret.read_keys(self._db.url)
        try:
            mark = installation_secret.read_mark(self._db.url)
        except installation_secret.MarkUnreadable:
            mark = None
        key = next((k for k in reversed(keys) if mark is not None and mark.sealed_by([k])), None)
        if key is None:
            key, mark = (keys[-1] if keys else None), None
        if key is None:
            shutil.copyfile(current, kept)
            return
        manifest = Manifest(
            kind=self._kind, size=0, sha256="", created_at=datetime.now().isoformat(timespec="seconds"),
            revision=None, app_version="", key_id=installation_secret.key_id(key), high_water=mark, counts=None,
        )
        write_sealed(current, kept, manifest, key, progress)
        os.chmod(kept, 0o600)
        wal = Path(f"{current}-wal")
        if wal.exists():  # a damaged file's log, kept beside it as it was
            shutil.copyfile(wal, Path(f"{kept}-wal"))

    def _restore_sqlite(self, unpacked: Unpacked, current: Path, steps: Steps) -> Path:
        from charity_desk.db.restore import swap_in
        from charity_desk.services.restore_staging import check_staged_sqlite

        check_staged_sqlite(unpacked.payload, unpacked.manifest, unpacked.key, steps.of("checks"))
        steps.finished("checks")
        staged = _encrypted_like(current, unpacked.payload)
        kept = self.folder / f"before-restore-{_stamp()}.sqlite3"
        self._db.dispose()
        swap_in(staged, current, lambda old: self._keep(old, kept, steps.of("swap")))
        # The file replaced may have been plain (a broken one), the restored one is not; an actor's view
        # of the database (services.caseload) shares the engine of the database it views.
        getattr(self._db, "_db", self._db).reopen()
        self._adopt_seal(unpacked)
        return kept

    def _restore_postgres(self, unpacked: Unpacked) -> Path:
        """Checked in a scratch database on the server first (services.restore_staging_postgres;
        an account that may not create one gets the seal, the archive's table of contents and its
        schema revision checked); restored in one transaction, then upgraded."""
        from charity_desk.db.restore import check_known_revision, check_postgres_dump, postgres_restore
        from charity_desk.services.restore_staging_postgres import check_staged_postgres

        check_postgres_dump(unpacked.payload)
        if unpacked.manifest is not None and unpacked.manifest.revision is not None:
            check_known_revision(unpacked.manifest.revision)
        url = self._db.engine.url.render_as_string(hide_password=False)
        check_staged_postgres(url, unpacked.payload, unpacked.manifest, unpacked.key)
        kept = self.folder / f"before-restore-{_stamp()}.pgdump"
        with TemporaryDirectory(dir=self.folder, prefix=".charity-desk-keep-") as work:
            raw = self._copy_database(Path(work) / "copy.pgdump")
            self._keep(raw, kept)
        self._db.dispose()
        postgres_restore(self._db.engine.url.render_as_string(hide_password=False), unpacked.payload)
        self._adopt_seal(unpacked)  # first: the upgrade seals its copy, and an old trail, under these keys
        schema_upgrade.upgrade(self._db, self.folder)
        return kept

    def _adopt_seal(self, unpacked: Unpacked) -> None:
        """The restored trail's key and high-water mark become this desk's."""
        installation_secret.add_key(self._db.url, unpacked.key)
        # A trail from before seals has no mark: without one here, its next entry seals it (services.audit).
        mark = unpacked.manifest.high_water if unpacked.manifest is not None else None
        if mark is None:
            installation_secret.mark_path(self._db.url).unlink(missing_ok=True)
        else:
            installation_secret.write_mark(self._db.url, mark, only_forward=False)
