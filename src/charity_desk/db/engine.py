"""Opening the database: SQLite with durable settings, or PostgreSQL for several desks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from charity_desk.db.checkpoints import BACKSTOP_PAGES, BackgroundCheckpoints
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "Database"
WRITE_OPTION = "charity_desk_write"


class DatabaseLocationError(Exception):
    """The database cannot safely be opened where it is."""

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_network_path(path: Path) -> bool:
    """True for a file on a network share, where SQLite's WAL mode cannot be trusted."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote
    return _linux_filesystem_type(path) in {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "sshfs",
        "fuse.sshfs",
        "9p",
    }


def _linux_filesystem_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    target = path.resolve().parent
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (str(target) + "/").startswith(mount_point.rstrip("/") + "/") and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def check_location(url: str) -> None:
    path = sqlite_path(url)
    if path is not None and is_network_path(path):
        raise DatabaseLocationError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database file {path} is on a network share. SQLite cannot keep it safe there: "
                    "copy it to this computer, or use a PostgreSQL server for several desks.",
                ),
                {"path": str(path)},
            )
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy issue BEGIN itself, so writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        # The log is folded into the file by a background thread after commits (db.checkpoints).
        cursor.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # A write takes the write lock at its start (IMMEDIATE), so two writers never deadlock
        # half-way; a read stays DEFERRED and never waits for a writer under WAL.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class DatabaseLocked(DatabaseLocationError):
    """The database is encrypted and no key for it was unwrapped in this process (sign in first)."""

    def __init__(self, path: Path):
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database {path} is encrypted and cannot be opened without signing in. If its key file "
                    "{keys} was lost, copy the one kept beside your newest backup to that place, then sign in "
                    "with the recovery code.",
                ),
                {"path": str(path), "keys": str(path) + ".keys"},
            )
        )
        self.path = path


def sqlite_key(path: Path) -> bytes | None:
    """The key the SQLite file at ``path`` opens with: None for a plain file; a new key (and key-slot
    file) for a new database while new databases are encrypted (db.cipher)."""
    from charity_desk.db import cipher, key_slots

    if cipher.is_plaintext(path):  # a database from before encryption (converted at the next sign-in)
        return None
    remembered = cipher.key_for(path) if (cipher.is_encrypted(path) or key_slots.exists(path)) else None
    if remembered is not None:
        return remembered
    if key_slots.exists(path):
        key = key_slots.open_key(path)
        if key is None:
            raise DatabaseLocked(path)
        cipher.remember(path, key)
        return key
    if cipher.is_encrypted(path):
        raise DatabaseLocked(path)
    if not cipher.ENCRYPT_NEW_DATABASES:
        return None
    key = cipher.new_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    key_slots.create(path, key)
    cipher.remember(path, key)
    return key


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """``key``: the SQLCipher key of an encrypted SQLite file (by default the one :func:`sqlite_key` finds)."""
    check_location(url)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            from charity_desk.db import cipher

            cipher.remember(path, key)
        key = key or sqlite_key(path)
        if key is None:
            engine = create_engine(url)
        else:
            from charity_desk.db import cipher

            # Last in, first out: the connection used last, whose page cache holds the pages already
            # decrypted (db.cipher.PAGE_CACHE_KIB), serves the next unit of work; a first-in-first-out
            # pool would hand out each pooled connection in turn, each with its own cold cache.
            engine = create_engine(url, module=cipher.dbapi(), pool_use_lifo=True)
            pragmas = cipher.connection_pragmas(key)

            def _unlock(connection, _record):
                for pragma in pragmas:
                    connection.execute(pragma)

            # First of all the connect hooks: nothing can be read before the key is given.
            event.listen(engine, "connect", _unlock, insert=True)
        _configure_sqlite(engine)
        return engine
    _require_postgres_driver()
    return create_engine(url, pool_pre_ping=True)


def _require_postgres_driver() -> None:
    """A one-desk install (``pip install .``) has no PostgreSQL driver: say how to add it."""
    try:
        import psycopg  # noqa: F401 - loaded here only for a PostgreSQL database
    except ImportError as error:
        raise DatabaseLocationError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Database",
                    "This database is on a PostgreSQL server, but the PostgreSQL driver is not installed. "
                    "Install it with: pip install \"psycopg[binary]>=3.2\" (or, in the Charity Desk folder: "
                    "pip install \".[postgres]\"), then start again.",
                ),
            )
        ) from error


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def is_encrypted_engine(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.dialect.dbapi.__name__.startswith("sqlcipher3")


class Database:
    """An engine plus the session factory the services use."""

    def __init__(self, url: str, key: bytes | None = None):
        self.url = url
        self._start(make_engine(url, key))

    def _start(self, engine: Engine) -> None:
        self.engine = engine
        self._checkpoints: BackgroundCheckpoints | None = None
        self._writes = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        from charity_desk.db.activity import track_activity  # the models load with the first database

        track_activity(self._writes)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends normally, rolls everything back otherwise."""
        with self._writes() as session, session.begin():
            yield session
        self._committed()

    def _committed(self) -> None:
        if not is_sqlite(self.engine):
            return
        if self._checkpoints is None:
            self._checkpoints = BackgroundCheckpoints(self.engine)
        self._checkpoints.committed()

    def _stop_checkpoints(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.stop()
            self._checkpoints = None

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only look: never takes the write lock; closing it rolls back anything it began."""
        with self._reads() as session:
            yield session

    def reopen(self, key: bytes | None = None) -> None:
        """Open the file again (after it was replaced by its encrypted copy, say)."""
        self._stop_checkpoints()
        self.engine.dispose()
        self._start(make_engine(self.url, key))

    def dispose(self) -> None:
        """Close every connection (the file may be replaced next); the next unit of work opens it again."""
        self._stop_checkpoints()
        self.engine.dispose()
