"""The SQLite file encrypted at rest: SQLCipher, opened with a random 256-bit key.

Binding: ``sqlcipher3`` (SQLCipher 4 community edition, BSD-style licence; the binding is pysqlite's
zlib licence).  Its wheels for Windows (win_amd64) and Linux (manylinux_2_28, musllinux) carry
SQLCipher with FTS5 and OpenSSL built in, so nothing native is installed beside it, and the Windows
bundle collects it like any extension module.  It is a drop-in DB-API module for SQLAlchemy's
pysqlite dialect (``module=``), so every query, Alembic, WAL and the online backup API work as on
plain SQLite.  Not chosen: ``sqlcipher3-binary`` (Linux wheels only), ``sqlcipher3-wheels`` (a
repackaging that trails the upstream release), SQLite3 Multiple Ciphers through ``apsw-sqlite3mc``
(APSW is not a DB-API module: no SQLAlchemy dialect drives it).

The key is given raw (``x'..'``): SQLCipher then skips its own PBKDF2, which is pointless for a
random key, so opening a connection costs no more than on plain SQLite.  Where the key comes from
is db.key_slots; this module only holds the keys this process has unwrapped, by database file.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

KEY_BYTES = 32
#: The first bytes of every plain SQLite file; an encrypted one starts with its random salt.
PLAIN_HEADER = b"SQLite format 3\x00"
#: Whether a database file created from now on is encrypted (tests of the plain store turn it off).
ENCRYPT_NEW_DATABASES = True

_keys: dict[Path, bytes] = {}


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _where(path: Path) -> Path:
    return Path(path).resolve()


def remember(path: Path, key: bytes) -> None:
    """The key of the database at ``path`` (and of the copies made from it), for this process."""
    _keys[_where(path)] = key


def forget(path: Path) -> None:
    _keys.pop(_where(path), None)


def known_keys() -> list[bytes]:
    return list(dict.fromkeys(_keys.values()))


def is_plaintext(path: Path) -> bool:
    """A plain SQLite file (an empty or missing one is neither plain nor encrypted)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """A non-empty file that is not plain SQLite: encrypted, or not a database at all."""
    try:
        return Path(path).stat().st_size > 0 and not is_plaintext(path)
    except OSError:
        return False


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


#: Each encrypted connection's page cache, in KiB.  A page that is not in it is read from the operating
#: system's cache, which plain SQLite pays with a copy and SQLCipher with an AES decryption and an
#: HMAC-SHA512 check of the page (about 7 microseconds a page, seven times the copy), so an encrypted
#: desk keeps the pages it has decrypted.  At 200,000 people a search by ID prefix or a work queue's
#: count and first page read more pages than SQLCipher's default cache (8 MiB) holds, so each one
#: decrypted them all again: an ID search cost 6x plain, a queue 4x; with a large cache, as much as
#: plain once the pages were read.  The cache fills only with the pages read (a day in the window at
#: 200,000 people: about 135 MiB over the plain desk's memory, on the two connections it used).
PAGE_CACHE_KIB = 256 * 1024
#: What SQLite inside SQLCipher may hold in all, in bytes, page caches included (its soft heap limit,
#: for the whole process): at this size each connection's cache reuses its oldest pages instead of
#: growing, so a larger database or more connections take about this much at most.  It concerns
#: SQLCipher's own copy of SQLite only, not the standard library's that opens plain files.
MEMORY_LIMIT = 320 * 2**20


def connection_pragmas(key: bytes) -> list[str]:
    """What every connection to an encrypted file runs first: the key (nothing can be read before it),
    its page cache within the memory limit, and temporary tables and sorts kept in memory (what this
    binding's build does by default, said here so that a build that differs never writes them to a
    plain temporary file).

    Left at SQLCipher's defaults, on purpose: ``cipher_memory_security`` (off by default since SQLCipher
    4.5: wiping and locking every allocation of SQLite costs much and protects only against reading
    this process's memory, where the key itself lives anyway); the page size and HMAC settings (they
    are the file format: a changed value would no longer open an existing file).  Memory-mapped reading
    (``mmap_size``) does not apply: SQLCipher never maps an encrypted file, since its pages must be
    decrypted into the cache anyway.

    A commit is the plain store's: the same write-ahead log, ``synchronous = FULL`` and automatic
    checkpoint (engine._configure_sqlite); this build syncs with fsync where the system's SQLite uses
    fdatasync, as quick on a local disk.  Measured at 200,000 people (benchmarks/encrypted_writes.py),
    a service's write costs 0.4 to 1.5 ms more processor time than plain (pages read for the first time
    decrypted, pages written encrypted) and waits for the disk no longer.  Where the window benchmark
    showed a write 20-30 ms slower encrypted, that time was spent waiting for a processor other programs
    held while the encrypted day was played, not in the commit."""
    return [key_pragma(key), f"PRAGMA cache_size = -{PAGE_CACHE_KIB}", f"PRAGMA soft_heap_limit = {MEMORY_LIMIT}",
            "PRAGMA temp_store = MEMORY"]


_quiet = False


def dbapi():
    """The sqlcipher3 module; SQLCipher's own log (a line on stderr for every wrong key) is silenced:
    the caller reports what went wrong."""
    global _quiet
    import sqlcipher3.dbapi2

    if not _quiet:
        connection = sqlcipher3.dbapi2.connect(":memory:")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.close()
        _quiet = True
    return sqlcipher3.dbapi2


def connect(path: Path | str, key: bytes, uri: bool = False, **kwargs):
    """A sqlcipher3 connection to ``path`` keyed with ``key`` (nothing read yet)."""
    connection = dbapi().connect(str(path), uri=uri, **kwargs)
    connection.execute(key_pragma(key))
    return connection


def opens_with(path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the file at ``path`` (reads its first page only)."""
    try:
        connection = connect(f"{_where(path).as_uri()}?mode=ro", key, uri=True)
    except dbapi().DatabaseError:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi().DatabaseError:
        return False
    finally:
        connection.close()


def key_for(path: Path) -> bytes | None:
    """The key of the encrypted file at ``path``: the one remembered for it, else a known key that
    opens it (a staged or backed-up copy of this desk's database); None when no key does."""
    remembered = _keys.get(_where(path))
    if remembered is not None:
        return remembered
    if not is_encrypted(path):
        return None
    return next((key for key in known_keys() if opens_with(path, key)), None)


def open_file(path: Path, read_only: bool = False, **kwargs):
    """A DB-API connection to a database file, plain or encrypted with a key this process holds.

    Raises ``sqlite3.DatabaseError`` for an encrypted file no known key opens.  Errors raised later
    by an encrypted connection are ``sqlcipher3`` errors: catch :func:`database_errors`.
    """
    target = f"{_where(path).as_uri()}?mode=ro" if read_only else str(path)
    if not is_encrypted(path):
        return sqlite3.connect(target, uri=read_only, **kwargs)
    key = key_for(path)
    if key is None:
        raise sqlite3.DatabaseError("file is not a database (or is encrypted with a key this desk does not hold)")
    return connect(target, key, uri=read_only, **kwargs)


def database_errors() -> tuple[type[Exception], ...]:
    """The errors a plain or an encrypted connection raises for a bad file or statement."""
    return (sqlite3.DatabaseError, dbapi().DatabaseError)


def rekey(path: Path, key: bytes) -> None:
    """Give the encrypted file at ``path`` (opened with a key this process holds) the key ``key``."""
    old = key_for(path)
    if old is None or old == key:
        return
    connection = connect(str(path), old, isolation_level=None)
    try:
        connection.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
    finally:
        connection.close()
    _keys.pop(_where(path), None)


def export_plain(encrypted: Path, destination: Path, key: bytes) -> None:
    """Write a plain copy of the encrypted database ``encrypted`` (for a passphrase-encrypted backup,
    whose own encryption protects it and which must restore on a desk that holds another key)."""
    destination.unlink(missing_ok=True)
    connection = connect(str(encrypted), key, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(destination),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()


def encrypt_copy(plain: Path, destination: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to ``destination`` (sqlcipher_export:
    the schema, every row and the user version; the online backup API cannot change encryption)."""
    destination.unlink(missing_ok=True)
    connection = dbapi().connect(str(plain), isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", (str(destination),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
