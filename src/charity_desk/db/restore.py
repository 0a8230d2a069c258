"""Putting a backup in place of the current database, only after a staging copy has been checked.

A restore never touches the current database until the copy has passed every check: it must be a
complete Charity Desk database of a schema revision this version knows (every table, column and
trigger the migrations make, nothing else), pass SQLite's ``integrity_check`` and
``foreign_key_check``, and still do so once upgraded in its staging folder.  The current file is then
kept as a "before-restore" copy and replaced with one atomic rename.  Nothing here needs the current
database to be readable, so a broken one can be replaced too.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from charity_desk.db.schema_check import SchemaProblem, compare, read_schema, reference_schema
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
    kind = next((kind for kind, magic in _MAGIC.items() if start.startswith(magic)), None)
    if kind is None:
        from charity_desk.db import cipher

        if cipher.key_for(path) is not None:  # this desk's encrypted database (db.cipher)
            return SQLITE
    return kind


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from charity_desk.db.migrate import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def head_revision() -> str:
    from charity_desk.db.migrate import head_revision as head

    return head()


def _database_errors() -> tuple[type[Exception], ...]:
    from charity_desk.db import cipher

    return cipher.database_errors()


def _open_untrusted(path: Path) -> sqlite3.Connection:
    """Read-only, with SQLite's guards for a file that may have been crafted (plain, or encrypted
    with this desk's key)."""
    from charity_desk.db import cipher

    connection = cipher.open_file(path, read_only=True)
    connection.execute("PRAGMA trusted_schema=OFF")
    connection.execute("PRAGMA cell_size_check=ON")
    return connection


def _read_copy(path: Path):
    """integrity_check, foreign_key_check, the stored revisions and the schema of a SQLite file."""
    try:
        with closing(_open_untrusted(path)) as connection:
            problems = connection.execute("PRAGMA integrity_check").fetchall()
            if problems != [("ok",)]:
                raise damaged_copy()
            broken_links = connection.execute("PRAGMA foreign_key_check").fetchmany(1)
            schema = read_schema(connection)
            revisions = (
                [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in schema.tables
                else []
            )
    except _database_errors() as error:
        raise damaged_copy() from error
    if broken_links:
        raise _error(QT_TRANSLATE_NOOP(
            "Restore",
            "The database in this backup has records that point to records it does not hold (table {table}), "
            "so nothing was restored.",
        ), table=broken_links[0][0])
    return revisions, schema


def not_charity_desk() -> RestoreError:
    return _error(QT_TRANSLATE_NOOP("Restore", "This file is not a Charity Desk backup."))


def incomplete(problem: SchemaProblem) -> RestoreError:
    if problem.kind.startswith("missing"):
        return _error(QT_TRANSLATE_NOOP(
            "Restore",
            "This file is not a complete Charity Desk database ({name} is missing), so nothing was restored.",
        ), name=problem.name)
    return _error(QT_TRANSLATE_NOOP(
        "Restore",
        "This file holds {name}, which Charity Desk does not make, so it was not restored.",
    ), name=problem.name)


def check_sqlite_copy(path: Path) -> str:
    """Refuse a copy that is damaged, is not a complete Charity Desk database, or comes from a newer
    version; return its schema revision."""
    revisions, schema = _read_copy(path)
    if "audit_entry" not in schema.tables or len(revisions) != 1:
        raise not_charity_desk()
    revision = revisions[0]
    check_known_revision(revision)
    problem = compare(schema, reference_schema(revision))
    if problem is not None:
        raise incomplete(problem)
    return revision


def check_known_revision(revision: str) -> None:
    """Refuse a schema revision this version does not know (one from a newer version)."""
    if not _known_revision(revision):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Restore", "This backup comes from a newer version of Charity Desk: update the program first."
            )
        )


def check_upgraded_copy(path: Path) -> None:
    """After the staging upgrade: still sound, and exactly the schema of this version."""
    revisions, schema = _read_copy(path)
    if revisions != [head_revision()]:
        raise not_upgraded()
    problem = compare(schema, reference_schema(revisions[0]))
    if problem is not None:
        raise incomplete(problem)


def is_current_database(path: Path) -> bool:
    """Whether the live file can be written to safely: this version's complete schema (a quick look,
    read-only, so a broken file is left exactly as it is)."""
    try:
        with closing(_open_untrusted(path)) as connection:
            schema = read_schema(connection)
            revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    except _database_errors():
        return False
    return revisions == [head_revision()] and compare(schema, reference_schema(revisions[0])) is None


def not_upgraded() -> RestoreError:
    return _error(QT_TRANSLATE_NOOP(
        "Restore", "The database in this backup could not be brought up to this version, so nothing was restored."
    ))


def damaged_copy() -> RestoreError:
    return _error(
        QT_TRANSLATE_NOOP("Restore", "The database in this backup is damaged, so nothing was restored.")
    )


def _leave_wal(path: Path) -> None:
    """Fold the write-ahead log into the file and switch it off.

    This needs the database to itself, so it also proves no other window or desk has it open; and
    no -wal file is left behind that SQLite would replay onto the restored file.
    """
    from charity_desk.db import cipher

    busy = (sqlite3.OperationalError, cipher.dbapi().OperationalError)
    try:
        with closing(cipher.open_file(path, timeout=2, isolation_level=None)) as connection:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except busy as error:
        if "not a database" in str(error) or "encrypted" in str(error):
            return  # the current file is damaged: it is kept as it is, log included
        raise in_use() from error
    except cipher.database_errors():
        return  # the current file is damaged: it is kept as it is, log included
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


def swap_in(staged: Path, current: Path, keep: Callable[[Path], None]) -> None:
    """Put the checked ``staged`` file (in ``current``'s folder) in place of ``current`` with one atomic
    rename, after ``keep(current)`` has saved what it replaces.  Every engine on ``current`` must have
    been disposed first."""
    if current.exists():
        _leave_wal(current)
        keep(current)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{current}{suffix}").unlink(missing_ok=True)
    os.replace(staged, current)
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
    """Replace the database's contents in one transaction: on any error the server keeps the old data.

    ``pg_restore --clean`` drops only what the dump holds.  After a dump of an older schema (the copy
    taken before an upgrade) the tables only the newer schema has would stay, their foreign keys
    stopping the drop of the dumped tables they refer to, and the upgrade that follows would fail to
    create them.  So those tables are dropped first, in the same transaction as the restore: the
    restore's script (``pg_restore -f -``) runs through psql after that drop, all under one BEGIN.
    The same for a newer schema's sequences not owned by a table (the search's activity rank)."""
    tables, sequences = _what_the_dump_lacks(url, dump)
    drops = "".join(f'DROP TABLE IF EXISTS public."{name}" CASCADE;' for name in sorted(tables))
    drops += "".join(f'DROP SEQUENCE IF EXISTS public."{name}" CASCADE;' for name in sorted(sequences))
    script = subprocess.Popen(
        [_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges", "--file=-", str(dump)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    command = [_pg_tool("psql"), "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction"]
    if drops:
        command.append(f"--command={drops}")
    command += ["--file=-", f"--dbname={_libpq_url(url)}"]
    result = subprocess.run(command, stdin=script.stdout, capture_output=True, text=True)
    script.stdout.close()
    script_errors = script.communicate()[1].decode("utf-8", "replace")
    if result.returncode != 0 or script.returncode != 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Restore", "The server refused the restore, so nothing was changed. Details: {details}"
            ),
            details=(result.stderr + script_errors).strip()[-500:],
        )


_TOC_ENTRY = re.compile(r"^\d+;\s+\d+\s+\d+\s+(TABLE|SEQUENCE)\s+(\S+)\s+(\S+)\s", re.MULTILINE)


def _what_the_dump_lacks(url: str, dump: Path) -> tuple[set[str], set[str]]:
    """The live database's tables and sequences that the dump does not hold (none when its listing
    cannot be read)."""
    from sqlalchemy import create_engine, inspect

    listing = subprocess.run([_pg_tool("pg_restore"), "--list", str(dump)], capture_output=True, text=True)
    held = {(kind, name) for kind, schema, name in _TOC_ENTRY.findall(listing.stdout) if schema == "public"}
    if ("TABLE", "alembic_version") not in held:  # a listing not read as expected: drop nothing
        return set(), set()
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            live = inspect(connection)
            tables = set(live.get_table_names(schema="public"))
            sequences = set(live.get_sequence_names(schema="public"))
    finally:
        engine.dispose()
    return ({name for name in tables if ("TABLE", name) not in held},
            {name for name in sequences if ("SEQUENCE", name) not in held})
