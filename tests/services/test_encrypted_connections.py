"""Connections to an encrypted database keep what they decrypted (db.cipher.PAGE_CACHE_KIB, db.engine's pool);
a plain database's connections stay as they were, and a file encrypted before these settings still opens."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import text

from charity_desk.db import cipher
from charity_desk.db.engine import Database, is_encrypted_engine


@pytest.fixture
def encrypted(tmp_path):
    db = Database(f"sqlite:///{(tmp_path / 'encrypted.sqlite3').as_posix()}", cipher.new_key())
    yield db
    db.dispose()


def _pragma(db: Database, name: str) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_an_encrypted_connection_keeps_a_large_page_cache_within_a_memory_limit_and_temporary_data_in_memory(
        encrypted):
    assert is_encrypted_engine(encrypted.engine)
    assert _pragma(encrypted, "cache_size") == -cipher.PAGE_CACHE_KIB
    assert _pragma(encrypted, "soft_heap_limit") == cipher.MEMORY_LIMIT
    memory = 2
    assert _pragma(encrypted, "temp_store") == memory


def test_a_plain_connection_keeps_sqlites_own_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)
    db = Database(f"sqlite:///{(tmp_path / 'plain.sqlite3').as_posix()}")
    try:
        assert not is_encrypted_engine(db.engine)
        with closing(sqlite3.connect(":memory:")) as default:
            for name in ("cache_size", "soft_heap_limit", "temp_store"):
                assert _pragma(db, name) == default.execute(f"PRAGMA {name}").fetchone()[0], name
    finally:
        db.dispose()


def test_the_connection_used_last_serves_the_next_unit_of_work(encrypted):
    """Its page cache holds what was just decrypted; a connection left idle longer has a colder one."""
    first, second = encrypted.engine.connect(), encrypted.engine.connect()
    first_raw, second_raw = first.connection.dbapi_connection, second.connection.dbapi_connection
    assert first_raw is not second_raw
    first.close()
    second.close()  # returned last
    with encrypted.read_session() as session:
        session.execute(text("SELECT 1"))
        assert session.connection().connection.dbapi_connection is second_raw


def test_a_database_encrypted_with_sqlciphers_defaults_still_opens(tmp_path):
    """A file keyed as every encrypted desk's was before the connections were tuned (the key alone):
    what a connection runs first must not change how a page is read."""
    path = tmp_path / "older.sqlite3"
    key = cipher.new_key()
    with closing(cipher.dbapi().connect(str(path))) as older:
        older.execute(cipher.key_pragma(key))
        older.execute("CREATE TABLE family (name TEXT)")
        older.execute("INSERT INTO family VALUES ('آل سالم')")
        older.commit()
    db = Database(f"sqlite:///{path.as_posix()}", key)
    try:
        with db.read_session() as session:
            assert session.execute(text("SELECT name FROM family")).scalar() == "آل سالم"
    finally:
        db.dispose()
    assert not path.read_bytes().startswith(cipher.PLAIN_HEADER)
