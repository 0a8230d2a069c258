"""Every audited action is sealed under the installation's secret and chained to the one before it."""

import json
import stat
import threading
from datetime import datetime

import pytest
from sqlalchemy import select, text

from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.models import AuditEntry
from charity_desk.services import audit, installation_secret
from charity_desk.services.actor import SYSTEM
from charity_desk.services.audit import GENESIS_HASH, TRANSITION, entry_hash, entry_seal
from charity_desk.services.audit_verify import Problem, verify_chain


def _rows(db) -> list[AuditEntry]:
    with db.read_session() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()


def test_chain_links_and_seals_recompute_under_the_key(services, admin, admin_password):
    services.auth.login("admin", admin_password)
    services.auth.logout(admin)
    [key] = installation_secret.read_keys(services.db.url)
    rows = _rows(services.db)
    assert len(rows) >= 4
    assert rows[0].prev_hash == GENESIS_HASH
    assert [row.id for row in rows] == list(range(rows[0].id, rows[0].id + len(rows)))
    for previous, row in zip(rows, rows[1:], strict=False):
        assert row.prev_hash == previous.hash
    for row in rows:
        assert row.hash == entry_seal(key, row.id, row.prev_hash, row.at, row.user_id, row.username, row.action,
                                      row.entity, row.entity_id, row.details)
        assert row.hash != entry_hash(row.prev_hash, row.at, row.user_id, row.username, row.action, row.entity,
                                      row.entity_id, row.details)


def test_the_secret_lives_outside_the_database_readable_by_its_owner_only(sqlite_database):
    with sqlite_database.session() as session:
        audit.record(session, SYSTEM, "test.event")
    database_file = sqlite_path(sqlite_database.url)
    key_file = installation_secret.key_path(sqlite_database.url)
    assert key_file.parent == database_file.parent
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    [key] = installation_secret.read_keys(sqlite_database.url)
    sqlite_database.dispose()
    stored = database_file.read_bytes() + (database_file.with_name(database_file.name + "-wal").read_bytes()
                                           if database_file.with_name(database_file.name + "-wal").exists() else b"")
    assert key not in stored and key.hex().encode() not in stored


def test_the_default_database_keeps_its_secret_in_the_data_folder(isolated_data_dir):
    from charity_desk.config import default_database_url

    assert installation_secret.key_path(default_database_url()).parent == isolated_data_dir
    server = "postgresql+psycopg://desk@db.example:5432/charity"
    assert installation_secret.key_path(server).parent == isolated_data_dir
    assert installation_secret.mark_path(server).parent == isolated_data_dir


def test_two_writers_at_once_never_fork_the_chain(database):
    """Two desks (separate engines, one secret) append at the same moment; the chain stays one line."""
    sqlite_database = database
    with sqlite_database.session() as session:
        audit.record(session, SYSTEM, "test.start")
    url = sqlite_database.url
    failures = []
    barrier = threading.Barrier(2)

    def writer(name: str) -> None:
        desk = Database(url)
        try:
            barrier.wait()
            for n in range(40):
                with desk.session() as session:
                    audit.record(session, SYSTEM, "test.event", "desk", name, n=n)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)
        finally:
            desk.dispose()

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    rows = _rows(sqlite_database)
    assert len(rows) == 81
    assert len({row.prev_hash for row in rows}) == len(rows)  # no two entries chained onto the same one
    assert verify_chain(sqlite_database).ok
    key_file = installation_secret.key_path(url)
    assert not list(key_file.parent.glob("*.partial"))


def test_a_desk_without_the_secret_refuses_to_write_rather_than_leave_entries_unsealed(database):
    """A second desk on the server that was never given the secret file: a clear refusal."""
    sqlite_database = database
    with sqlite_database.session() as session:
        audit.record(session, SYSTEM, "test.event")
    key_file = installation_secret.key_path(sqlite_database.url)
    key_file.rename(key_file.with_name("elsewhere"))
    before = len(_rows(sqlite_database))
    with pytest.raises(installation_secret.MissingSecret) as refused, sqlite_database.session() as session:
        audit.record(session, SYSTEM, "test.unsealed")
    assert key_file.name in str(refused.value)
    assert len(_rows(sqlite_database)) == before
    report = verify_chain(sqlite_database)
    assert (report.ok, report.problem) == (False, Problem.NO_SECRET)


def _plain_trail(db, count: int) -> None:
    """A trail as the previous version wrote it: plain SHA-256 links, no key, no mark."""
    previous = GENESIS_HASH
    with db.engine.begin() as connection:
        for n in range(count):
            row = {"at": "2024-05-01 10:00:00.000000", "user_id": None, "username": "system", "action": "old.event",
                   "entity": "test", "entity_id": str(n), "details": json.dumps({"n": n})}
            digest = entry_hash(previous, datetime(2024, 5, 1, 10, 0), None, "system", "old.event", "test", str(n),
                                row["details"])
            connection.execute(text(
                "INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, details, prev_hash, hash)"
                " VALUES (:at, :user_id, :username, :action, :entity, :entity_id, :details, :prev, :hash)"),
                {**row, "prev": previous, "hash": digest})
            previous = digest


def test_an_existing_plain_trail_is_checked_then_sealed_with_a_transition_entry(sqlite_database):
    _plain_trail(sqlite_database, 12)
    assert not installation_secret.key_path(sqlite_database.url).exists()
    with sqlite_database.session() as session:
        audit.record(session, SYSTEM, "first.sealed")
    rows = _rows(sqlite_database)
    transition, first = rows[12], rows[13]
    assert transition.action == TRANSITION
    details = json.loads(transition.details)
    assert details["legacy_entries"] == 12
    assert details["legacy_intact"] is True
    assert details["legacy_start"] == GENESIS_HASH
    assert transition.prev_hash == rows[11].hash
    assert first.prev_hash == transition.hash
    assert verify_chain(sqlite_database).ok


def test_an_old_entry_rewritten_after_the_transition_is_still_caught(sqlite_database):
    _plain_trail(sqlite_database, 6)
    with sqlite_database.session() as session:
        audit.record(session, SYSTEM, "first.sealed")
    with sqlite_database.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET entity_id = 'x' WHERE id = 3"))
    report = verify_chain(sqlite_database)
    assert (report.ok, report.first_bad_id, report.problem) == (False, 3, Problem.ALTERED)


def test_a_trail_already_broken_when_sealed_says_so_in_the_transition(sqlite_database):
    _plain_trail(sqlite_database, 6)
    with sqlite_database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE id = 4"))
    with sqlite_database.session() as session:
        audit.record(session, SYSTEM, "first.sealed")
    transition = next(row for row in _rows(sqlite_database) if row.action == TRANSITION)
    details = json.loads(transition.details)
    assert (details["legacy_intact"], details["legacy_first_bad"]) == (False, 5)
    report = verify_chain(sqlite_database)
    assert (report.ok, report.first_bad_id, report.problem) == (False, 5, Problem.REMOVED)
