"""Converting a plain SQLite database into an encrypted one, on the first sign-in after the upgrade.

Order: a sealed backup of the plain file first (the ``backups`` folder; it is NOT encrypted, and the
person is told where it is); then an encrypted copy beside the file (``sqlcipher_export``), checked
table by table (the same rows in every table) and by its audit trail (it verifies under this desk's
secret up to its mark); only then the key-slot file (db.key_slots), and the encrypted copy put in
place of the plain file with one rename, its write-ahead log removed with it.  A failure before that
rename leaves the plain database exactly as it was.

The accounts whose passwords are not known at this moment (everyone but the person signing in) and
the recovery code get legacy slots (db.key_slots), replaced at their next use.  The conversion is
then written into the encrypted file's audit trail («database.encrypted», under the person signing
in, with the tables and rows the check counted).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import func, inspect, select, text

from charity_desk.db import cipher, key_slots
from charity_desk.db.backup import sqlite_online_backup
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.errors import ServiceError

Progress = Callable[[int, int], None]
CONTEXT = "Encryption"


def due(db: Database) -> bool:
    """Whether ``db`` is a plain SQLite file this version encrypts."""
    path = sqlite_path(db.url)
    return path is not None and cipher.ENCRYPT_NEW_DATABASES and cipher.is_plaintext(path)


def _not_converted(details: str) -> ServiceError:
    return ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
        "Encryption",
        "The database could not be encrypted, so it was left as it was (not encrypted). Details: {details}",
    ), {"details": details}))


def table_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())
        return {name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one() for name in names}


def _plain_backup(db: Database, folder: Path, progress: Progress | None) -> Path:
    """The sealed copy of the plain file, as restore accepts it."""
    from charity_desk.db.migrate import current_revision
    from charity_desk.services.schema_upgrade import sealer

    revision = current_revision(db.engine)
    destination = folder / f"before-encryption-{datetime.now().strftime('%Y%m%d-%H%M%S')}.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    with TemporaryDirectory(dir=folder, prefix=".charity-desk-encryption-") as work:
        bare = sqlite_online_backup(sqlite_path(db.url), Path(work) / destination.name, progress)
        sealed = sealer(db, lambda: revision, None)(bare)
        os.chmod(sealed, 0o600)
        os.replace(sealed, destination)
    return destination


def _accounts(db: Database) -> tuple[str, dict[str, str], str | None]:
    from charity_desk.db.models import AssociationProfile, Setting, UserAccount
    from charity_desk.services import recovery_code

    with db.read_session() as session:
        name = session.scalar(select(AssociationProfile.name).limit(1)) or ""
        users = {u.username: u.password_hash for u in session.scalars(select(UserAccount).where(UserAccount.active))}
        row = session.get(Setting, recovery_code.SETTING)
        return name, users, row.value if row is not None else None


def _check(db: Database, encrypted: Path, key: bytes, counts: dict[str, int]) -> None:
    """The encrypted copy holds every row, and its audit trail verifies as the plain one did."""
    from charity_desk.services import installation_secret
    from charity_desk.services.audit_verify import verify_chain

    copy = Database(f"sqlite:///{encrypted.as_posix()}", key)
    try:
        found = table_counts(copy)
        if found != counts:
            raise _not_converted(f"row counts differ: {sorted(set(found.items()) ^ set(counts.items()))[:3]}")
        try:
            mark = installation_secret.read_mark(db.url)
        except installation_secret.MarkUnreadable:
            mark = None
        report = verify_chain(copy, keys=installation_secret.read_keys(db.url), mark=mark)
        if not report.ok:
            raise _not_converted(report.message().render())
    finally:
        copy.dispose()
        cipher.forget(encrypted)


def convert(db: Database, backup_folder: Path, username: str, password: str,
            progress: Progress | None = None) -> Path:
    """Encrypt ``db`` in place (``username`` signed in with ``password`` gets an ordinary slot);
    returns the plain backup taken first.  ``progress(done, total)`` follows the backup copy."""
    path = sqlite_path(db.url)
    with db.engine.connect() as connection:  # everything into the file itself before it is copied
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = _plain_backup(db, backup_folder, progress)
    counts = table_counts(db)
    association, users, recovery_hash = _accounts(db)
    key = cipher.new_key()
    encrypted = path.with_name(path.name + ".encrypting")
    try:
        cipher.encrypt_copy(path, encrypted, key)
        _check(db, encrypted, key, counts)
    except ServiceError:
        encrypted.unlink(missing_ok=True)
        raise
    except Exception as error:  # noqa: BLE001 - any failure leaves the plain file as it was
        encrypted.unlink(missing_ok=True)
        raise _not_converted(str(error)) from error
    db.dispose()
    key_slots.create_converted(path, key, association, users, recovery_hash)
    key_slots.set_user(path, key, username, password)
    os.replace(encrypted, path)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    cipher.remember(path, key)
    db.reopen(key)
    _record(db, username, counts)
    return backup


def _record(db: Database, username: str, counts: dict[str, int]) -> None:
    """The audit entry of the conversion, in the trail of the encrypted file."""
    from charity_desk.db.models import UserAccount
    from charity_desk.services import audit
    from charity_desk.services.actor import SYSTEM
    from charity_desk.services.auth import actor_for

    with db.session() as session:
        user = session.scalar(select(UserAccount).where(func.lower(UserAccount.username) == username.strip().lower()))
        actor = actor_for(session, user) if user is not None else SYSTEM
        audit.record(session, actor, "database.encrypted", tables=len(counts), rows=sum(counts.values()))
