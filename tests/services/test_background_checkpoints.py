"""The write-ahead log is folded into the database file by a thread of its own, never by a commit made
on the window's thread: at 200,000 people the sign-out's commit folded a 1,000-page log and the window
waited about a second for it."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import pytest
from sqlalchemy import event

from charity_desk.db import cipher
from charity_desk.db.checkpoints import BACKSTOP_PAGES
from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.db.models import Setting

WAIT_S = 10


@pytest.fixture
def plain(tmp_path, monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)  # the file read back below without a key
    db = Database(f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}")
    upgrade_database(db.engine, tmp_path / "backups")
    db.dispose()  # closed, SQLite folds the log: the file alone holds the schema
    yield db
    db.dispose()


def _in_the_file_alone(db: Database, tmp_path, key: str) -> bool:
    """Whether the database file, without its log, holds the setting ``key``."""
    copy = tmp_path / "file-alone.sqlite3"
    shutil.copyfile(db.engine.url.database, copy)
    with sqlite3.connect(copy) as connection:
        found = connection.execute("SELECT count(*) FROM setting WHERE key = ?", (key,)).fetchone()[0]
    copy.unlink()
    return found == 1


def test_a_commit_reaches_the_file_through_the_background_thread(plain, tmp_path):
    checkpoints: list[str] = []

    def record(_connection, _cursor, statement, *_args):
        if "wal_checkpoint" in statement:
            checkpoints.append(threading.current_thread().name)

    event.listen(plain.engine, "before_cursor_execute", record)
    with plain.session() as session:
        session.add(Setting(key="letters.next", value="17"))
    assert not _in_the_file_alone(plain, tmp_path, "letters.next")  # in the log only, as committed
    deadline = time.monotonic() + WAIT_S
    while not _in_the_file_alone(plain, tmp_path, "letters.next") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _in_the_file_alone(plain, tmp_path, "letters.next")
    assert checkpoints and threading.main_thread().name not in checkpoints


def test_commits_on_the_windows_thread_never_fold_the_log_themselves(plain):
    with plain.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKSTOP_PAGES


def test_closing_the_database_stops_the_thread_before_the_file_can_be_replaced(plain):
    before = set(threading.enumerate())
    with plain.session() as session:
        session.add(Setting(key="letters.next", value="18"))
    started = [t for t in set(threading.enumerate()) - before if t.name == "sqlite-checkpoints"]
    assert len(started) == 1
    plain.dispose()
    assert not started[0].is_alive()
