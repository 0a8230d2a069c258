"""Shared fixtures: a real, migrated database (SQLite file, and PostgreSQL when CI provides one)."""

from __future__ import annotations

import gc
import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from charity_desk.config import DATA_DIR_ENV
from charity_desk.db import key_slots
from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services

PG_URL_ENV = "CHARITY_DESK_TEST_PG_URL"
ADMIN_PASSWORD = "correct horse 42"

# New SQLite databases are encrypted (db.cipher), so every account made in a test wraps the database
# key with argon2id (db.key_slots).  The product's cost is 64 MiB a slot; tests make hundreds of
# accounts, so in this process they wrap at a cheap cost (stored with each slot: unwrapping reads it).
key_slots.KDF_COST = {"m": 8 * 1024, "t": 1, "p": 1}


#: Tests between two full collections of the cycles on the main thread.
FULL_COLLECTION_EVERY = 25


@pytest.fixture(autouse=True, scope="session")
def cycles_collected_on_the_main_thread():
    """As the application does (ui.gui_thread_gc): Python's automatic cycle collection is off, since it
    runs in whichever thread allocates (a background task's, the log's checkpoint thread), and freeing
    there a cycle that holds a widget destroys the widget off the GUI thread and corrupts the heap (a
    worker of the suite aborted so, now and then, late in the run).  The tests' garbage is collected
    on the main thread instead, after each test (``_collected_after_each_test``)."""
    gc.disable()
    yield
    gc.enable()


_tests_run = 0


@pytest.fixture(autouse=True)
def _collected_after_each_test(cycles_collected_on_the_main_thread):
    global _tests_run
    yield
    _tests_run += 1
    gc.collect(2 if _tests_run % FULL_COLLECTION_EVERY == 0 else 1)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Settings files and backups go to a fresh folder, never the developer's own."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def _postgres_database_url() -> str:
    """A brand-new, empty database on the test server, dropped when the session ends."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL server for this run")
    name = f"cd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


def _drop_postgres_database(url: str) -> None:
    base = os.environ[PG_URL_ENV]
    name = url.rsplit("/", 1)[1]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'charity.sqlite3').as_posix()}"
        return
    url = _postgres_database_url()
    yield url
    _drop_postgres_database(url)


@pytest.fixture
def database(database_url, tmp_path):
    db = Database(database_url)
    upgrade_database(db.engine, tmp_path / "backups")
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(tmp_path):
    """For tests about SQLite itself (pragmas, files, backups)."""
    db = Database(f"sqlite:///{(tmp_path / 'charity.sqlite3').as_posix()}")
    upgrade_database(db.engine, tmp_path / "backups")
    yield db
    db.dispose()


@pytest.fixture
def services(database) -> Services:
    return Services(database)


@pytest.fixture
def admin(services):
    """A set-up association with one administrator, signed in."""
    services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", ADMIN_PASSWORD)
    return services.auth.login("admin", ADMIN_PASSWORD)


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD
