"""Backups come back row for row; a damaged file or a wrong passphrase never touches the data."""

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from charity_desk.db.engine import sqlite_path
from charity_desk.domain.roles import Role
from charity_desk.services import installation_secret
from charity_desk.services.actor import Actor
from charity_desk.services.audit_verify import verify_chain
from charity_desk.services.backup_crypto import MAGIC
from charity_desk.services.backup_files import CopyFacts, seal
from charity_desk.services.backup_rotation import backup_name, regular_backups, to_delete
from charity_desk.services.demo import generate_demo
from charity_desk.services.errors import PermissionDenied, ServiceError
from charity_desk.services.registry import Services
from database_files import open_database_file

PASSPHRASE = "مفتاح النسخ 2024"


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    with db.engine.connect() as connection:
        return {
            table: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))), key=repr
            )
            for table in inspect(connection).get_table_names()
        }


def audit_rows(db) -> list[tuple]:
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text("SELECT * FROM audit_entry ORDER BY id"))]


def assert_same_data(before: dict, after: dict) -> None:
    """Equal everywhere; the audit trail may only have grown at its end."""
    assert set(before) == set(after)
    for table in before:
        if table != "audit_entry":
            assert after[table] == before[table], table
    assert after["audit_entry"][: len(before["audit_entry"])] == before["audit_entry"]


def _last_action(db) -> str:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar()


@pytest.fixture
def filled(services, admin):
    generate_demo(services.db, admin, 25, seed=3)
    return services.acting_as(admin).backups


@pytest.fixture
def sqlite_services(sqlite_database, admin_password) -> Services:
    services = Services(sqlite_database)
    services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", admin_password)
    generate_demo(sqlite_database, services.auth.login("admin", admin_password), 25, seed=4)
    return services


@pytest.fixture
def sqlite_backups(sqlite_services, admin_password):
    return sqlite_services.acting_as(sqlite_services.auth.login("admin", admin_password)).backups


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_round_trip_restores_every_row(services, admin, filled, passphrase):
    before = snapshot(services.db)
    backup = filled.create(passphrase=passphrase)
    assert backup.parent == filled.folder
    assert (backup.read_bytes()[: len(MAGIC)] == MAGIC) is (passphrase is not None)

    generate_demo(services.db, admin, 10, seed=99)
    with services.db.session() as session:
        session.execute(text("DELETE FROM contact_entry"))
    assert snapshot(services.db) != before

    kept = filled.restore(backup, passphrase)
    assert kept.exists() and kept.name.startswith("before-restore-")
    after = snapshot(services.db)
    assert_same_data(before, after)
    assert _last_action(services.db) == "backup.restored"
    assert verify_chain(services.db).ok


def test_backup_to_a_chosen_file_is_not_rotated_and_is_private(services, filled, tmp_path):
    target = tmp_path / "usb" / "charity.backup"
    assert filled.create(target, PASSPHRASE) == target
    assert target.stat().st_mode & 0o077 == 0
    assert not list(target.parent.glob(".charity-desk-*"))
    assert _last_action(services.db) == "backup.created"


def test_a_backup_is_never_written_over_the_database(sqlite_services, sqlite_backups):
    before = snapshot(sqlite_services.db)
    database_file = sqlite_path(sqlite_services.db.url)
    for target in (database_file, Path(f"{database_file}-wal")):
        with pytest.raises(ServiceError) as refused:
            sqlite_backups.create(target)
        assert refused.value.field == "destination"
    assert_same_data(before, snapshot(sqlite_services.db))


def test_wrong_passphrase_is_refused_and_the_data_untouched(sqlite_services, sqlite_backups):
    backup = sqlite_backups.create(passphrase=PASSPHRASE)
    before = snapshot(sqlite_services.db)
    with pytest.raises(ServiceError) as refused:
        sqlite_backups.restore(backup, "not the passphrase")
    assert "passphrase" in str(refused.value)
    assert_same_data(before, snapshot(sqlite_services.db))
    assert _last_action(sqlite_services.db) == "backup.restore_refused"
    assert not list(sqlite_backups.folder.glob("before-restore-*"))


def test_encrypted_backup_needs_its_passphrase(sqlite_backups):
    backup = sqlite_backups.create(passphrase=PASSPHRASE)
    with pytest.raises(ServiceError, match="encrypted"):
        sqlite_backups.restore(backup)


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("flipped byte", "damaged or was altered"),
        ("cut short", "damaged or was altered"),
        ("page overwritten", "damaged or was altered"),
        ("not a backup", "not a Charity Desk backup"),
        ("bare copy", "without the seal"),
        ("other kind", "other kind of database"),
    ],
)
def test_damaged_backup_is_refused_and_the_data_untouched(sqlite_services, sqlite_backups, damage, reason):
    encrypted = damage in {"flipped byte", "cut short"}
    backup = sqlite_backups.create(passphrase=PASSPHRASE if encrypted else None)
    size = backup.stat().st_size
    if damage == "flipped byte":
        _flip(backup, size // 2)
    elif damage == "cut short":
        backup.write_bytes(backup.read_bytes()[: size - 100])
    elif damage == "page overwritten":
        data = bytearray(backup.read_bytes())
        start = 12 + int.from_bytes(data[8:12], "big")  # after the seal's magic, length and manifest
        data[start + 4096 * 3 : start + 4096 * 4] = os.urandom(4096)
        backup.write_bytes(bytes(data))
    elif damage == "not a backup":
        backup.write_text("a letter, not a database", encoding="utf-8")
    elif damage == "bare copy":
        backup.write_bytes(b"PGDMP" + os.urandom(200))
    else:
        dump = backup.with_name("dump")
        dump.write_bytes(b"PGDMP" + os.urandom(200))
        key = installation_secret.read_keys(sqlite_services.db.url)[-1]
        seal(dump, dump.parent, "pgdump", CopyFacts(None, None), key, None, None).replace(backup)
    before = snapshot(sqlite_services.db)

    with pytest.raises(ServiceError, match=reason):
        sqlite_backups.restore(backup, PASSPHRASE if encrypted else None)

    assert_same_data(before, snapshot(sqlite_services.db))
    assert not list(sqlite_backups.folder.glob("before-restore-*"))
    with open_database_file(sqlite_path(sqlite_services.db.url)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_waits_for_other_windows_to_close(sqlite_services, sqlite_backups):
    backup = sqlite_backups.create()
    before = snapshot(sqlite_services.db)
    other_window = open_database_file(sqlite_path(sqlite_services.db.url))
    other_window.execute("SELECT count(*) FROM audit_entry").fetchone()
    try:
        with pytest.raises(ServiceError, match="another Charity Desk window"):
            sqlite_backups.restore(backup)
    finally:
        other_window.close()
    assert_same_data(before, snapshot(sqlite_services.db))
    sqlite_backups.restore(backup)
    assert _last_action(sqlite_services.db) == "backup.restored"


def test_only_administrators_back_up_and_restore(services, filled, tmp_path):
    backup = filled.create()
    clerk = Actor(user_id=None, username="clerk", full_name="clerk", role=Role.FRONT_DESK)
    backups = services.acting_as(clerk).backups
    with pytest.raises(PermissionDenied):
        backups.create()
    with pytest.raises(PermissionDenied):
        backups.restore(backup)


def test_short_passphrase_is_refused(filled):
    with pytest.raises(ServiceError) as refused:
        filled.create(passphrase="short")
    assert refused.value.field == "passphrase"


def test_daily_backup_is_taken_once_a_day(sqlite_backups):
    first = sqlite_backups.create_daily()
    assert first is not None and first.exists()
    assert sqlite_backups.create_daily() is None
    assert [path for _at, path in regular_backups(sqlite_backups.folder)] == [first]


def test_rotation_keeps_the_newest_ten_then_one_a_day_then_one_a_week():
    sunday_evening = datetime(2024, 6, 30, 18, 0)
    backups = [
        (sunday_evening - timedelta(days=days, hours=hours), (days, 18 - hours))
        for days in range(60)
        for hours in (0, 3)
    ]
    removed = set(to_delete(backups))
    kept = {label for _at, label in backups if label not in removed}
    newest_ten = {(days, hour) for days in range(5) for hour in (18, 15)}
    one_a_day_for_a_week = {(5, 18), (6, 18)}
    one_a_week_for_four_weeks = {(7, 18), (14, 18), (21, 18)}  # Monday to Sunday weeks
    assert kept == newest_ten | one_a_day_for_a_week | one_a_week_for_four_weeks


def test_rotation_runs_after_each_backup_in_the_folder(sqlite_backups):
    folder = sqlite_backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime.now() - timedelta(days=100)
    for day in range(30):
        (folder / backup_name(start + timedelta(days=day * 3), "sqlite3", False)).write_bytes(b"")
    (folder / "before-upgrade-0001-20200101-000000.sqlite3").write_bytes(b"")
    newest = sqlite_backups.create()
    remaining = [path for _at, path in regular_backups(folder)]
    assert remaining[0] == newest
    assert len(remaining) == 10
    assert (folder / "before-upgrade-0001-20200101-000000.sqlite3").exists()
