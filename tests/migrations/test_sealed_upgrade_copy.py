"""The copy a start-up upgrade takes is a sealed backup that ``restore`` accepts, and the upgrade step
seals an old audit trail once, so that the first sign-in after it writes one entry at normal cost."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import current_revision, head_revision
from charity_desk.services import installation_secret
from charity_desk.services.audit import TRANSITION
from charity_desk.services.audit_verify import verify_chain
from charity_desk.services.backup_manifest import MAGIC, is_sealed
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import Services
from cli_runs import run_cli
from migrations.old_desk import ADMIN, ASSOCIATION, OLD_REVISION, PASSWORD, before_upgrade_copy, make_old_desk

ENTRIES = 40


@pytest.fixture
def upgraded(tmp_path):
    """The old desk after ``charity-desk migrate`` (the upgrade every start runs): its URL."""
    url = make_old_desk(tmp_path / "desk.sqlite3", ENTRIES)
    migrated = run_cli("migrate", "--db", str(tmp_path / "desk.sqlite3"))
    assert migrated.returncode == 0, migrated.stderr
    return url


def _actions(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return list(connection.execute(text("SELECT action FROM audit_entry ORDER BY id")).scalars())


def _association(db: Database) -> str:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT name FROM association_profile")).scalar()


def test_the_upgrade_leaves_a_sealed_copy_that_restores_the_data_from_before_it(upgraded, tmp_path):
    copy = before_upgrade_copy(tmp_path / "backups")
    assert is_sealed(copy)
    db = Database(upgraded)
    services = Services(db)
    admin = services.auth.login(ADMIN, PASSWORD)
    with db.engine.begin() as connection:  # work done after the upgrade, which the copy must not hold
        connection.execute(text("UPDATE association_profile SET name = 'اسم بعد الترقية'"))

    kept = services.acting_as(admin).backups.restore(copy)

    assert kept.exists()
    assert _association(db) == ASSOCIATION
    assert current_revision(db.engine) == head_revision()  # upgraded in staging before it went live
    actions = _actions(db)
    # The copy's own trail (the old entries), sealed by the restore's entry, then the restore itself.
    assert actions[:ENTRIES] == ["old.event"] * ENTRIES
    assert actions[ENTRIES:] == [TRANSITION, "backup.restored"]
    assert verify_chain(db).ok
    assert services.auth.login(ADMIN, PASSWORD).username == ADMIN
    db.dispose()


@pytest.mark.parametrize("where", ["manifest", "database"])
def test_the_copy_with_one_byte_flipped_is_refused_and_the_live_data_kept(upgraded, tmp_path, where):
    copy = before_upgrade_copy(tmp_path / "backups")
    data = bytearray(copy.read_bytes())
    manifest_length = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    header = bytes(data[len(MAGIC) + 4:len(MAGIC) + 4 + manifest_length])
    if where == "manifest":  # the revision it claims, with the MAC left as it was
        at = len(MAGIC) + 4 + header.index(f'"{OLD_REVISION}"'.encode()) + 4
    else:
        at = len(MAGIC) + 4 + manifest_length + (len(data) - manifest_length) // 2
    data[at] ^= 0x01
    copy.write_bytes(bytes(data))
    db = Database(upgraded)
    services = Services(db)
    admin = services.auth.login(ADMIN, PASSWORD)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE association_profile SET name = 'اسم بعد الترقية'"))

    with pytest.raises(ServiceError, match="damaged or was altered"):
        services.acting_as(admin).backups.restore(copy)

    assert _association(db) == "اسم بعد الترقية"
    assert _actions(db)[-1] == "backup.restore_refused"
    assert verify_chain(db).ok
    db.dispose()


def test_the_upgrade_step_seals_the_old_trail_and_a_sign_in_reads_none_of_it(upgraded):
    db = Database(upgraded)
    actions = _actions(db)
    assert actions == ["old.event"] * ENTRIES + [TRANSITION]  # sealed by the upgrade, before anyone signs in
    with db.engine.connect() as connection:
        details = json.loads(connection.execute(
            text("SELECT details FROM audit_entry WHERE action = :a"), {"a": TRANSITION}).scalar())
    assert (details["legacy_entries"], details["legacy_intact"]) == (ENTRIES, True)
    assert installation_secret.has_mark(db.url)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_rest: statements.append(" ".join(statement.split())))

    Services(db).auth.login(ADMIN, PASSWORD)
    during_sign_in = list(statements)

    assert _actions(db)[ENTRIES + 1:] == ["login"]
    whole_trail_reads = [s for s in during_sign_in if "FROM audit_entry" in s and "LIMIT" not in s]
    assert whole_trail_reads == []  # the sign-in looked at the newest entry only
    assert verify_chain(db).ok
    db.dispose()


def test_a_desk_already_at_this_version_needs_no_upgrade_work(upgraded, tmp_path):
    from charity_desk.services import schema_upgrade

    db = Database(upgraded)
    assert not schema_upgrade.work_due(db)
    assert run_cli("migrate", "--db", str(tmp_path / "desk.sqlite3")).returncode == 0
    assert len(list((tmp_path / "backups").glob("before-upgrade-*"))) == 1  # no second copy
    assert _actions(db).count(TRANSITION) == 1
    db.dispose()


def test_a_desk_without_its_trail_secret_is_not_upgraded_and_says_what_to_copy(tmp_path):
    """The copy could not be sealed (nor the trail written to): nothing changes, and the message names
    the secret file to bring back."""
    from charity_desk.services import audit

    path = tmp_path / "desk.sqlite3"
    url = make_old_desk(path, ENTRIES)
    db = Database(url)
    with db.session() as session:  # a trail this desk sealed under the previous release's keys
        audit.seal_trail(session)
    db.dispose()
    installation_secret.key_path(url).unlink()

    refused = run_cli("migrate", "--db", str(path))

    assert refused.returncode == 1
    assert installation_secret.key_path(url).name in refused.stderr and "السرّ" in refused.stderr
    db = Database(url)
    assert current_revision(db.engine) == OLD_REVISION
    folder = tmp_path / "backups"
    assert (list(folder.glob("*")) if folder.exists() else []) == []  # no copy, not even a half-written one
    db.dispose()


def test_the_copy_restores_the_data_from_before_the_upgrade_on_either_database(database_url, tmp_path):
    """On PostgreSQL the upgrade step's copy is a sealed ``pg_dump``; restoring it (checked in a scratch
    database, then upgraded again) brings back the data from before the upgrade, as on SQLite."""
    from charity_desk.services import schema_upgrade

    make_old_desk(database_url, ENTRIES)
    db = Database(database_url)
    schema_upgrade.upgrade(db, tmp_path / "backups")
    assert _actions(db) == ["old.event"] * ENTRIES + [TRANSITION]
    copy = before_upgrade_copy(tmp_path / "backups", "sqlite3" if database_url.startswith("sqlite") else "pgdump")
    assert is_sealed(copy)
    services = Services(db)
    admin = services.auth.login(ADMIN, PASSWORD)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE association_profile SET name = 'اسم بعد الترقية'"))

    services.acting_as(admin).backups.restore(copy)

    assert _association(db) == ASSOCIATION
    assert current_revision(db.engine) == head_revision()
    assert _actions(db)[ENTRIES:] == [TRANSITION, "backup.restored"]
    assert verify_chain(db).ok
    db.dispose()
