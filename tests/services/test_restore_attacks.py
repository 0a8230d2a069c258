"""A restore under attack: every file below is refused, and the live database stays as it was.

The attacker may hand over a plain backup they changed, or an encrypted backup they made themselves
(anyone can make one: it carries its own key, and they choose the passphrase), so the checks of the
database inside matter as much as the seals around it.
"""

import hashlib
import json
import secrets
import struct
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import head_revision, upgrade_database
from charity_desk.services import installation_secret
from charity_desk.services.audit_verify import verify_chain
from charity_desk.services.backup_crypto import MAGIC as ENCRYPTED_MAGIC
from charity_desk.services.backup_files import CopyFacts, seal
from charity_desk.services.backup_manifest import MAGIC as SEALED_MAGIC
from charity_desk.services.backup_manifest import manifest_mac
from charity_desk.services.demo import generate_demo
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import Services
from database_files import open_database_file, plain_copy

PASSPHRASE = "عبارة مرور طويلة 2025"
ATTACKER_PASSPHRASE = "the attacker's own passphrase"


@pytest.fixture
def desk(sqlite_database, admin_password):
    services = Services(sqlite_database)
    services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", admin_password)
    admin = services.auth.login("admin", admin_password)
    generate_demo(sqlite_database, admin, 12, seed=5)
    return services, services.acting_as(admin).backups


def _live(services) -> Path:
    return sqlite_path(services.db.url)


def _rows(path: Path) -> dict[str, list[tuple]]:
    with closing(open_database_file(path)) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def _bytes_of(services) -> bytes:
    services.db.dispose()
    live = _live(services)
    return b"".join(Path(f"{live}{s}").read_bytes() for s in ("", "-wal") if Path(f"{live}{s}").exists())


def _refused(services, backups, file: Path, passphrase: str | None, match: str) -> None:
    """Refused with ``match``; the live data is the same row for row (the trail only gains the
    refusal at its end), it still verifies and signs in, and no before-restore copy was made."""
    before = _rows(_live(services))
    services.db.dispose()
    with pytest.raises(ServiceError, match=match) as refused:
        backups.restore(file, passphrase)
    assert "passphrase" not in str(refused.value) or "passphrase" in match
    services.db.dispose()
    after = _rows(_live(services))
    assert {t: r for t, r in after.items() if t != "audit_entry"} == {
        t: r for t, r in before.items() if t != "audit_entry"}
    assert after["audit_entry"][: len(before["audit_entry"])] == before["audit_entry"]
    assert len(after["audit_entry"]) == len(before["audit_entry"]) + 1  # backup.restore_refused
    assert verify_chain(services.db).ok
    assert services.auth.login("admin", "correct horse 42").username == "admin"
    assert not list(backups.folder.glob("before-restore-*"))


def _crafted(tmp_path: Path, database: Path, passphrase: str = ATTACKER_PASSPHRASE) -> Path:
    """An encrypted backup of ``database`` made with a key of the attacker's own."""
    work = tmp_path / f"craft-{secrets.token_hex(4)}"
    work.mkdir()
    with closing(open_database_file(database)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    made = seal(database, work, "sqlite3", CopyFacts(revision, None), secrets.token_bytes(32), None, passphrase)
    return made.rename(tmp_path / f"{work.name}.sqlite3.enc")


def _fake_12kb(path: Path) -> Path:
    """The file of the report: only audit_entry(x) and alembic_version = '0001'."""
    with closing(open_database_file(path)) as connection:
        connection.execute("CREATE TABLE audit_entry(x)")
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.commit()
    return path


def _copy_of_live(services, tmp_path: Path, name: str) -> Path:
    services.db.dispose()
    return plain_copy(_live(services), tmp_path / name)


def test_the_12kb_fake_database_is_refused_sealed_or_not(desk, tmp_path):
    services, backups = desk
    fake = _fake_12kb(tmp_path / "fake.sqlite3")
    assert fake.stat().st_size <= 12 * 1024
    _refused(services, backups, fake, None, "without the seal")
    _refused(services, backups, _crafted(tmp_path, fake), ATTACKER_PASSPHRASE, "not a complete Charity Desk database")


def test_a_database_of_a_newer_revision_is_refused(desk, tmp_path):
    services, backups = desk
    newer = _copy_of_live(services, tmp_path, "newer.sqlite3")
    with closing(open_database_file(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    _refused(services, backups, _crafted(tmp_path, newer), ATTACKER_PASSPHRASE, "newer version")


@pytest.mark.parametrize(
    ("change", "missing"),
    [("DROP TABLE referral", "referral"), ("ALTER TABLE beneficiary DROP COLUMN legal_hold_reason", "beneficiary.legal_hold_reason"),
     ("DROP TRIGGER beneficiary_fts_update", "beneficiary_fts_update")],
    ids=["table", "column", "trigger"],
)
def test_a_missing_table_column_or_trigger_is_refused(desk, tmp_path, change, missing):
    services, backups = desk
    cut = _copy_of_live(services, tmp_path, "cut.sqlite3")
    with closing(open_database_file(cut)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(change)
        connection.commit()
    _refused(services, backups, _crafted(tmp_path, cut), ATTACKER_PASSPHRASE, f"{missing} is missing")


def test_a_trigger_planted_in_a_backup_is_refused(desk, tmp_path):
    services, backups = desk
    planted = _copy_of_live(services, tmp_path, "planted.sqlite3")
    with closing(open_database_file(planted)) as connection:
        connection.execute("CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM audit_entry; END")
        connection.commit()
    _refused(services, backups, _crafted(tmp_path, planted), ATTACKER_PASSPHRASE, "wipe")


def test_broken_links_between_tables_are_refused(desk, tmp_path):
    services, backups = desk
    orphaned = _copy_of_live(services, tmp_path, "orphaned.sqlite3")
    with closing(open_database_file(orphaned)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE application SET beneficiary_id = 999999 WHERE id = (SELECT min(id) FROM application)")
        connection.commit()
    _refused(services, backups, _crafted(tmp_path, orphaned), ATTACKER_PASSPHRASE, "point to records")


def _manifest(path: Path) -> tuple[dict, int]:
    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[8:12])
    return json.loads(data[12 : 12 + length]), 12 + length


def _rewrite(path: Path, manifest: dict, payload: bytes) -> None:
    header = json.dumps(manifest).encode()
    path.write_bytes(SEALED_MAGIC + struct.pack(">I", len(header)) + header + payload)


def test_a_plain_backup_with_one_byte_flipped_is_refused(desk):
    services, backups = desk
    backup = backups.create()
    manifest, start = _manifest(backup)
    data = bytearray(backup.read_bytes())
    data[start + len(data[start:]) // 2] ^= 0x01  # a stored value, not the structure: integrity_check says ok
    backup.write_bytes(bytes(data))
    _refused(services, backups, backup, None, "damaged or was altered")


@pytest.mark.parametrize("mac", ["kept", "recomputed with a guessed key", "removed"])
def test_a_plain_backup_whose_manifest_hash_was_recomputed_is_refused(desk, mac):
    services, backups = desk
    backup = backups.create()
    manifest, start = _manifest(backup)
    payload = bytearray(backup.read_bytes()[start:])
    payload[len(payload) // 3] ^= 0x01
    manifest["sha256"] = hashlib.sha256(payload).hexdigest()
    if mac == "recomputed with a guessed key":
        fields = {k: v for k, v in manifest.items() if k != "mac"}
        manifest["mac"] = manifest_mac(b"\x00" * 32, fields)
    elif mac == "removed":
        del manifest["mac"]
    _rewrite(backup, manifest, bytes(payload))
    _refused(services, backups, backup, None, "damaged or was altered")


def test_a_plain_backup_cannot_bring_its_own_key(desk, tmp_path):
    """Only an encrypted backup may carry a key; a plain one that does is refused."""
    services, backups = desk
    backup = backups.create()
    manifest, start = _manifest(backup)
    own_key = secrets.token_bytes(32)
    manifest["key_id"] = installation_secret.key_id(own_key)
    manifest["secret"] = own_key.hex()
    fields = {k: v for k, v in manifest.items() if k != "mac"}
    manifest["mac"] = manifest_mac(own_key, fields)
    _rewrite(backup, manifest, backup.read_bytes()[start:])
    _refused(services, backups, backup, None, "damaged or was altered")


@pytest.mark.parametrize("offset", [8, 9, 12, 20, 30, 45, 60, 75, 84], ids=lambda o: f"byte{o}")
def test_an_encrypted_backup_with_an_altered_header_is_damaged_not_a_wrong_passphrase(desk, offset):
    services, backups = desk
    backup = backups.create(passphrase=PASSPHRASE)
    data = bytearray(backup.read_bytes())
    assert data[:8] == ENCRYPTED_MAGIC
    data[offset] ^= 0x01
    backup.write_bytes(bytes(data))
    _refused(services, backups, backup, PASSPHRASE, "damaged or was altered")


def test_a_wrong_passphrase_is_still_called_one(desk):
    services, backups = desk
    backup = backups.create(passphrase=PASSPHRASE)
    _refused(services, backups, backup, "not the passphrase", "passphrase")


def test_a_plain_backup_from_another_installation_is_refused(desk, tmp_path, admin_password):
    services, backups = desk
    other = Database(f"sqlite:///{(tmp_path / 'other' / 'desk.sqlite3').as_posix()}")
    upgrade_database(other.engine)
    other_services = Services(other)
    other_services.setup.initialize("جمعية أخرى", "admin", "مدير", admin_password)
    foreign = other_services.acting_as(other_services.auth.login("admin", admin_password)).backups.create(
        tmp_path / "foreign.sqlite3")
    other.dispose()
    _refused(services, backups, foreign, None, "another Charity Desk installation")


def test_an_encrypted_backup_restored_on_a_new_installation_verifies(desk, tmp_path, admin_password):
    services, backups = desk
    services.db.dispose()
    original = _rows(_live(services))
    backup = backups.create(tmp_path / "carried.sqlite3.enc", passphrase=PASSPHRASE)

    fresh = Database(f"sqlite:///{(tmp_path / 'new computer' / 'charity.sqlite3').as_posix()}")
    upgrade_database(fresh.engine)
    fresh_services = Services(fresh)
    fresh_services.setup.initialize("جمعية جديدة", "admin", "مدير", admin_password)
    assert installation_secret.read_keys(fresh.url) != installation_secret.read_keys(services.db.url)
    fresh_services.acting_as(fresh_services.auth.login("admin", admin_password)).backups.restore(backup, PASSPHRASE)

    restored = _rows(sqlite_path(fresh.url))
    assert {t: r for t, r in restored.items() if t != "audit_entry"} == {
        t: r for t, r in original.items() if t != "audit_entry"}
    assert restored["audit_entry"][: len(original["audit_entry"])] == original["audit_entry"]
    assert installation_secret.read_keys(services.db.url)[-1] in installation_secret.read_keys(fresh.url)
    report = verify_chain(fresh)
    assert report.ok, report.message().render()
    assert fresh_services.auth.login("admin", admin_password).username == "admin"
    assert verify_chain(fresh).ok
    fresh.dispose()


def _break_live(services, replacement: bytes) -> None:
    services.db.dispose()
    live = _live(services)
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    live.write_bytes(replacement)


@pytest.mark.parametrize("broken", ["the 12 KB fake", "not a database at all", "an empty file"])
def test_restore_works_while_the_live_database_is_broken(desk, tmp_path, broken, admin_password):
    services, backups = desk
    good = backups.create(passphrase=PASSPHRASE)
    services.db.dispose()
    original = _rows(_live(services))
    replacement = {
        "the 12 KB fake": _fake_12kb(tmp_path / "fake.sqlite3").read_bytes(),
        "not a database at all": b"\x00garbage" * 4096,
        "an empty file": b"",
    }[broken]
    _break_live(services, replacement)
    with pytest.raises(Exception):  # noqa: B017 - whatever the broken file makes SQLite raise
        services.auth.login("admin", admin_password)
    services.db.dispose()

    kept = backups.restore(good, PASSPHRASE)

    assert kept.exists()
    restored = _rows(_live(services))
    assert {t: r for t, r in restored.items() if t != "audit_entry"} == {
        t: r for t, r in original.items() if t != "audit_entry"}
    assert services.auth.login("admin", admin_password).username == "admin"
    assert verify_chain(services.db).ok
    with services.db.engine.connect() as connection:
        assert connection.execute(text("SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar() in {
            "login", "backup.restored"}


def test_a_refused_restore_of_a_broken_live_database_leaves_it_byte_identical(desk, tmp_path):
    """With nothing readable to record the refusal in, not one byte of the live file changes."""
    services, backups = desk
    _break_live(services, _fake_12kb(tmp_path / "fake.sqlite3").read_bytes())
    before = _bytes_of(services)
    forged = _crafted(tmp_path, _fake_12kb(tmp_path / "fake2.sqlite3"))
    with pytest.raises(ServiceError, match="not a complete"):
        backups.restore(forged, ATTACKER_PASSPHRASE)
    assert _bytes_of(services) == before
    assert not list(backups.folder.glob("before-restore-*"))


def test_the_data_replaced_is_kept_as_a_sealed_backup_that_restores(desk, admin_password):
    services, backups = desk
    first = backups.create()
    with services.db.session() as session:
        session.execute(text("DELETE FROM contact_entry"))
    services.db.dispose()
    changed = _rows(_live(services))
    kept = backups.restore(first)
    assert kept.read_bytes()[:8] == SEALED_MAGIC
    admin = services.auth.login("admin", admin_password)
    services.acting_as(admin).backups.restore(kept)
    services.db.dispose()
    back = _rows(_live(services))
    assert back["contact_entry"] == changed["contact_entry"] == []
    assert verify_chain(services.db).ok


def test_a_backup_of_an_older_revision_is_upgraded_in_staging_before_it_goes_live(desk, tmp_path):
    from alembic import command

    from charity_desk.db.migrate import alembic_config
    from charity_desk.services import audit
    from charity_desk.services.actor import SYSTEM

    services, backups = desk
    old = Database(f"sqlite:///{(tmp_path / 'old desk' / 'charity.sqlite3').as_posix()}")
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    with old.session() as session:
        for n in range(5):
            audit.record(session, SYSTEM, "old.event", "test", n)
    [old_key] = installation_secret.read_keys(old.url)
    old.dispose()
    backup = seal(sqlite_path(old.url), tmp_path, "sqlite3", CopyFacts("0008", None), old_key, None, PASSPHRASE)

    backups.restore(backup, PASSPHRASE)

    with closing(open_database_file(_live(services))) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert verify_chain(services.db).ok
    assert not list(_live(services).parent.glob(".charity-desk-restore-*"))


def test_a_crafted_backup_with_a_damaged_page_is_refused_by_the_integrity_check(desk, tmp_path):
    services, backups = desk
    damaged = _copy_of_live(services, tmp_path, "damaged.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 * 5 : 4096 * 6] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    _refused(services, backups, _crafted(tmp_path, damaged), ATTACKER_PASSPHRASE, "database in this backup is damaged")


def _desk_key(services) -> bytes:
    return installation_secret.read_keys(services.db.url)[-1]


def test_a_crafted_backup_whose_trail_was_not_sealed_by_its_key_is_refused(desk, tmp_path):
    """A copy of the real data, one value changed, wrapped with a key of the attacker's own: the
    trail inside is sealed by the desk's key, not the one carried, so it does not verify."""
    services, backups = desk
    changed = _copy_of_live(services, tmp_path, "changed.sqlite3")
    with closing(open_database_file(changed)) as connection:
        connection.execute("UPDATE beneficiary SET mobile = '0500000000' WHERE id = (SELECT min(id) FROM beneficiary)")
        connection.commit()
    _refused(services, backups, _crafted(tmp_path, changed), ATTACKER_PASSPHRASE, "audit trail in this backup")


def test_a_backup_whose_counts_do_not_match_its_seal_is_refused(desk, tmp_path):
    services, backups = desk
    copy = _copy_of_live(services, tmp_path, "fewer.sqlite3")
    work = tmp_path / "fewer"
    work.mkdir()
    with closing(open_database_file(copy)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    made = seal(copy, work, "sqlite3", CopyFacts(revision, {"beneficiary": 999, "audit_entry": 1}),
                _desk_key(services), None, PASSPHRASE)
    _refused(services, backups, made, PASSPHRASE, "number of people")


def test_an_encrypted_backup_bringing_a_new_secret_is_recorded_as_such(desk, tmp_path, admin_password):
    services, backups = desk
    other = Database(f"sqlite:///{(tmp_path / 'elsewhere' / 'desk.sqlite3').as_posix()}")
    upgrade_database(other.engine)
    other_services = Services(other)
    other_services.setup.initialize("جمعية أخرى", "admin", "مدير", admin_password)
    made = other_services.acting_as(other_services.auth.login("admin", admin_password)).backups.create(
        tmp_path / "elsewhere.enc", PASSPHRASE)
    other_key = installation_secret.read_keys(other.url)[-1]
    other.dispose()
    backups.restore(made, PASSPHRASE)
    with services.db.engine.connect() as connection:
        details = connection.execute(text(
            "SELECT details FROM audit_entry WHERE action = 'backup.restored' ORDER BY id DESC LIMIT 1")).scalar()
    assert json.loads(details)["new_secret"] == installation_secret.key_id(other_key)
    assert verify_chain(services.db).ok


def _encrypt_as_before_seals(source: Path, destination: Path, passphrase: str) -> Path:
    """An encrypted backup exactly as the version before sealed backups wrote it (header version 1,
    the database itself inside, no manifest)."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from charity_desk.services import backup_crypto as crypto

    salt, prefix = os.urandom(16), os.urandom(7)
    key, check = crypto._derive(passphrase, salt, 15, 8, 1)
    header = crypto._HEADER_V1.pack(crypto.MAGIC, 1, 15, 8, 1, salt, prefix, check)
    aead = AESGCM(key)
    with source.open("rb") as plain, destination.open("wb") as out:
        out.write(header)
        for index, (piece, last) in enumerate(crypto._segments(plain, crypto.SEGMENT)):
            out.write(aead.encrypt(crypto._nonce(prefix, index, last), piece, header))
    return destination


def _plain_trail(path: Path, tamper: bool = False) -> int:
    """The copy's trail rewritten as the version before keyed seals chained it (plain SHA-256)."""
    from sqlalchemy import select

    from charity_desk.db.models import AuditEntry
    from charity_desk.services import audit

    copy = Database(f"sqlite:///{path.as_posix()}")
    with copy.read_session() as session:
        rows = session.execute(select(*audit._COLUMNS).order_by(AuditEntry.id)).all()
    previous = audit.GENESIS_HASH
    with copy.engine.begin() as connection:
        for row in rows:
            digest = audit.entry_hash(previous, row.at, row.user_id, row.username, row.action, row.entity,
                                      row.entity_id, row.details)
            connection.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :id"),
                               {"p": previous, "h": digest, "id": row.id})
            previous = digest
        if tamper:
            connection.execute(text("UPDATE audit_entry SET username = 'x' WHERE id = :id"), {"id": rows[2].id})
    copy.dispose()
    return len(rows)


def test_an_encrypted_backup_from_before_seals_is_restored_and_its_trail_sealed(desk, tmp_path):
    services, backups = desk
    old = _copy_of_live(services, tmp_path, "old.sqlite3")
    entries = _plain_trail(old)
    backup = _encrypt_as_before_seals(old, tmp_path / "old.sqlite3.enc", PASSPHRASE)

    backups.restore(backup, PASSPHRASE)

    with services.db.engine.connect() as connection:
        sealed = connection.execute(text(
            "SELECT details FROM audit_entry WHERE action = 'audit.sealed' ORDER BY id DESC LIMIT 1")).scalar()
    details = json.loads(sealed)
    assert (details["legacy_entries"], details["legacy_intact"]) == (entries, True)
    assert verify_chain(services.db).ok


def test_an_encrypted_backup_from_before_seals_with_an_altered_trail_is_refused(desk, tmp_path):
    services, backups = desk
    old = _copy_of_live(services, tmp_path, "old.sqlite3")
    _plain_trail(old, tamper=True)
    backup = _encrypt_as_before_seals(old, tmp_path / "old.sqlite3.enc", PASSPHRASE)
    _refused(services, backups, backup, PASSPHRASE, "audit trail in this backup does not verify")


def test_a_server_backup_of_a_newer_revision_is_refused_before_the_server_is_touched(services, admin, tmp_path):
    from charity_desk.services.backup_manifest import extract_payload, open_sealed

    if services.db.engine.dialect.name != "postgresql":
        pytest.skip("the SQLite case is test_a_database_of_a_newer_revision_is_refused")
    backups = services.acting_as(admin).backups
    genuine = backups.create(tmp_path / "server.pgdump")
    opened = open_sealed(genuine, services.db.url, from_encrypted=False)
    dump = tmp_path / "dump"
    extract_payload(genuine, opened.manifest, dump)
    work = tmp_path / "newer"
    work.mkdir()
    newer = seal(dump, work, "pgdump", CopyFacts("9999_from_the_future", None), _desk_key(services), None, None)
    with services.db.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    with pytest.raises(ServiceError, match="newer version"):
        backups.restore(newer)
    with services.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_entry")).scalar() == before + 1  # the refusal
    assert verify_chain(services.db).ok


def test_a_server_backup_missing_a_table_is_refused_in_a_scratch_database(services, admin, tmp_path):
    """Checked in a scratch database on the server, dropped afterwards; the live one is not touched."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from charity_desk.db.backup import postgres_dump

    if services.db.engine.dialect.name != "postgresql":
        pytest.skip("the SQLite case is test_a_missing_table_column_or_trigger_is_refused")
    backups = services.acting_as(admin).backups
    url = make_url(services.db.url)
    server = create_engine(url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
    crafted_name = f"{url.database}_crafted"
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{crafted_name}"'))
    crafted_url = url.set(database=crafted_name).render_as_string(hide_password=False)
    crafted = Database(crafted_url)
    try:
        upgrade_database(crafted.engine)
        with crafted.engine.begin() as connection:
            connection.execute(text("DROP TABLE referral CASCADE"))
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        crafted.dispose()
        dump = postgres_dump(crafted_url, tmp_path / "crafted.pgdump")
        work = tmp_path / "seal"
        work.mkdir()
        made = seal(dump, work, "pgdump", CopyFacts(revision, None), _desk_key(services), None, None)
        with services.db.engine.connect() as connection:
            people = connection.execute(text("SELECT count(*) FROM beneficiary")).scalar()
        with pytest.raises(ServiceError, match="referral is missing"):
            backups.restore(made)
        with services.db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM beneficiary")).scalar() == people
            assert connection.execute(text("SELECT count(*) FROM referral")).scalar() is not None
        with server.connect() as connection:
            left = connection.execute(text(
                "SELECT count(*) FROM pg_database WHERE datname LIKE '%restore_check%'")).scalar()
        assert left == 0
        assert verify_chain(services.db).ok
    finally:
        crafted.dispose()
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{crafted_name}" WITH (FORCE)'))
        server.dispose()


def test_a_database_in_a_folder_with_an_arabic_name_and_a_hash_sign_backs_up_and_restores(tmp_path, admin_password):
    folder = tmp_path / "نسخ الجمعية #1"
    db = Database(f"sqlite:///{(folder / 'charity.sqlite3').as_posix()}")
    upgrade_database(db.engine)
    services = Services(db)
    services.setup.initialize("جمعية", "admin", "مدير", admin_password)
    backups = services.acting_as(services.auth.login("admin", admin_password)).backups
    made = backups.create(passphrase=PASSPHRASE)
    assert backups.restore(made, PASSPHRASE).parent == backups.folder
    assert verify_chain(db).ok
    db.dispose()
