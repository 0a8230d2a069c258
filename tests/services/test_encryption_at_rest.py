"""The database encrypted at rest, attacked: by someone who copies the files, guesses a password, edits
the key-slot file, or was an employee once; and the conversion of a plain database, which must lose
nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from charity_desk.db import cipher, key_slots
from charity_desk.db.engine import Database, DatabaseLocked, sqlite_path
from charity_desk.db.migrate import upgrade_database
from charity_desk.db.models import AuditEntry, Beneficiary, HealthRecord
from charity_desk.domain.roles import Role
from charity_desk.i18n import in_arabic
from charity_desk.reference import audit_action_label
from charity_desk.services import auth, encryption_conversion
from charity_desk.services.audit_verify import verify_chain
from charity_desk.services.auth import LoginFailed
from charity_desk.services.demo import generate_demo
from charity_desk.services.registry import Services
from charity_desk.ui import audit_sentences

PASSWORD = "correct horse 42"
CLERK_PASSWORD = "a clerk's password"


@dataclass
class Desk:
    db: Database
    services: Services
    code: str
    path: Path

    @property
    def url(self) -> str:
        return self.db.url

    def as_a_new_process(self) -> None:
        """What a thief or a fresh start has: the files, and no key in memory."""
        self.db.dispose()
        cipher.forget(self.path)


def _make_desk(folder: Path, people: int = 40) -> Desk:
    db = Database(f"sqlite:///{(folder / 'charity.sqlite3').as_posix()}")
    upgrade_database(db.engine, folder / "backups")
    services = Services(db)
    code = services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", PASSWORD)
    generate_demo(db, services.auth.login("admin", PASSWORD), people, seed=3)
    with db.session() as session:  # the demo records no health data: a few files get some
        for person_id in session.scalars(select(Beneficiary.id).order_by(Beneficiary.id).limit(5)):
            session.add(HealthRecord(beneficiary_id=person_id, chronic_conditions=f"سكري من النوع الثاني {person_id}",
                                     medications="ميتفورمين", notes="يراجع مستشفى الملك فهد"))
    return Desk(db, services, code, sqlite_path(db.url))


@pytest.fixture
def encrypted(monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", True)


@pytest.fixture(autouse=True)
def no_failures_counted_yet(monkeypatch):
    """Failed unwraps are counted per process (services.auth): each test starts with none."""
    monkeypatch.setattr(auth, "_unopened_failures", {})


@pytest.fixture
def desk(encrypted, tmp_path) -> Desk:
    made = _make_desk(tmp_path / "desk")
    yield made
    made.db.dispose()


def _personal_values(db: Database) -> list[bytes]:
    with db.read_session() as session:
        people = session.execute(select(Beneficiary.national_id, Beneficiary.full_name).limit(20)).all()
        notes = [n for n in session.scalars(select(HealthRecord.chronic_conditions)) if len(n) >= 6][:10]
    values = [value for row in people for value in row] + notes
    assert len(values) >= 30 and notes, "the demo must hold names, IDs and health notes to look for"
    return [value.encode("utf-8") for value in values]


def _files_of(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal", "-journal") if Path(f"{path}{s}").exists())


def test_the_files_of_a_demo_hold_no_readable_personal_data(desk, tmp_path, monkeypatch):
    values = _personal_values(desk.db)
    with desk.db.session() as session:  # a write still in the log, not yet in the file
        session.execute(text("UPDATE health_record SET notes = 'ربو مزمن شديد' WHERE beneficiary_id = 1"))
    assert Path(f"{desk.path}-wal").stat().st_size > 0
    raw = _files_of(desk.path)
    assert not raw.startswith(cipher.PLAIN_HEADER)
    for value in [*values, "ربو مزمن شديد".encode()]:
        assert value not in raw

    # The same look at a plain database finds them: the look itself works.
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)
    plain = _make_desk(tmp_path / "plain")
    plain_raw = _files_of(plain.path)
    assert any(value in plain_raw for value in _personal_values(plain.db))
    plain.db.dispose()


def test_a_copied_file_cannot_be_read_without_a_password(desk):
    desk.as_a_new_process()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(desk.path).execute("SELECT count(*) FROM beneficiary").fetchone()
    with pytest.raises(DatabaseLocked):
        Database(desk.url)
    for guess in ("admin", "password", "correct horse 41", ""):
        with pytest.raises(LoginFailed, match="Wrong username or password"):
            auth.unlock(desk.url, "admin", guess)
    with pytest.raises(LoginFailed, match="Wrong username or password"):  # the same answer for no such user
        auth.unlock(desk.url, "nobody", PASSWORD)
    assert auth.is_locked(desk.url)


def test_guessing_passwords_at_a_locked_database_locks_the_name(desk):
    desk.as_a_new_process()
    for guess in ("one", "two", "three", "four"):
        with pytest.raises(LoginFailed, match="Wrong username or password"):
            auth.unlock(desk.url, "admin", guess)
    with pytest.raises(LoginFailed, match="Too many failed attempts") as locked:
        auth.unlock(desk.url, "admin", "five")
    assert locked.value.locked_account
    with pytest.raises(LoginFailed, match="Too many failed attempts"):  # even the right one, while locked
        auth.unlock(desk.url, "admin", PASSWORD)
    assert auth.is_locked(desk.url)
    for guess in ("1", "2", "3", "4", "5"):  # the recovery code is counted apart, and locks too
        with pytest.raises(LoginFailed):
            auth.unlock_with_recovery(desk.url, guess)
    with pytest.raises(LoginFailed, match="Too many failed attempts"):
        auth.unlock_with_recovery(desk.url, desk.code)


def test_the_right_password_opens_it_and_search_works(desk):
    desk.as_a_new_process()
    auth.unlock(desk.url, "ADMIN ", PASSWORD)  # the user name as the sign-in takes it
    db = Database(desk.url)
    services = Services(db)
    admin = services.auth.login("admin", PASSWORD)
    with db.read_session() as session:
        name = session.scalar(select(Beneficiary.full_name).limit(1))
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    first = name.split()[0]
    found = services.acting_as(admin).beneficiaries.search(first)
    assert found and any(first in hit.full_name for hit in found)
    db.dispose()


def test_a_changed_password_opens_it_and_the_old_one_no_longer_does(desk):
    desk.services.auth.recover("admin", desk.code, "a brand new password")
    desk.as_a_new_process()
    with pytest.raises(LoginFailed):
        auth.unlock(desk.url, "admin", PASSWORD)
    auth.unlock(desk.url, "admin", "a brand new password")
    assert Services(Database(desk.url)).auth.login("admin", "a brand new password").username == "admin"


def test_the_recovery_code_opens_it(desk):
    desk.as_a_new_process()
    with pytest.raises(LoginFailed, match="recovery code is wrong"):
        auth.unlock_with_recovery(desk.url, "AAAA-BBBB-CCCC-DDDD-EEEE")
    auth.unlock_with_recovery(desk.url, desk.code.lower().replace("-", " "))
    services = Services(Database(desk.url))
    recovered = services.auth.recover("admin", desk.code, "after the recovery")
    desk.as_a_new_process()
    with pytest.raises(LoginFailed):  # a used code is replaced, in the key-slot file too
        auth.unlock_with_recovery(desk.url, desk.code)
    auth.unlock_with_recovery(desk.url, recovered.new_code)
    auth.unlock(desk.url, "admin", "after the recovery")


def test_a_closed_account_no_longer_opens_it(desk):
    admin = desk.services.auth.login("admin", PASSWORD)
    clerk = desk.services.acting_as(admin).users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    desk.as_a_new_process()
    auth.unlock(desk.url, "clerk1", CLERK_PASSWORD)  # it opened while the account was open
    services = Services(Database(desk.url))
    services.acting_as(services.auth.login("admin", PASSWORD)).users.deactivate(clerk.id)
    desk.db = services.db
    desk.as_a_new_process()
    with pytest.raises(LoginFailed, match="Wrong username or password"):
        auth.unlock(desk.url, "clerk1", CLERK_PASSWORD)


def _slots(desk: Desk) -> dict:
    return json.loads(key_slots.path_for(desk.path).read_text(encoding="utf-8"))


def _write_slots(desk: Desk, slots: dict) -> None:
    key_slots.path_for(desk.path).write_text(json.dumps(slots), encoding="utf-8")


def test_a_key_slot_file_with_a_byte_flipped_is_refused(desk):
    desk.as_a_new_process()
    original = key_slots.path_for(desk.path).read_bytes()
    slots = _slots(desk)
    slot = next(s for s in slots["slots"] if s["kind"] == key_slots.USER)
    wrapped = bytearray(key_slots._unb64(slot["wrapped"]))
    wrapped[3] ^= 0x01
    slot["wrapped"] = key_slots._b64(bytes(wrapped))
    _write_slots(desk, slots)
    with pytest.raises(LoginFailed):
        auth.unlock(desk.url, "admin", PASSWORD)

    slots = json.loads(original)
    slots["association"] = "جمعية أخرى"  # what the sign-in window would show
    _write_slots(desk, slots)
    with pytest.raises(LoginFailed, match="key file is damaged or was altered"):
        auth.unlock(desk.url, "admin", PASSWORD)

    slots = json.loads(original)
    slots["slots"].append(dict(slots["slots"][0]))  # a slot added
    _write_slots(desk, slots)
    with pytest.raises(LoginFailed, match="key file is damaged or was altered"):
        auth.unlock(desk.url, "admin", PASSWORD)
    assert auth.is_locked(desk.url)


def test_a_slot_or_a_key_slot_file_from_another_database_is_refused(desk, tmp_path):
    other = _make_desk(tmp_path / "other")  # the attacker's own desk: same user name, a password they know
    other.as_a_new_process()
    desk.as_a_new_process()
    theirs = next(s for s in _slots(other)["slots"] if s["kind"] == key_slots.USER)
    slots = _slots(desk)
    slots["slots"] = [s for s in slots["slots"] if s["kind"] != key_slots.USER] + [theirs]
    _write_slots(desk, slots)
    with pytest.raises(LoginFailed):
        auth.unlock(desk.url, "admin", PASSWORD)

    shutil.copyfile(key_slots.path_for(other.path), key_slots.path_for(desk.path))  # the whole file
    with pytest.raises(LoginFailed, match="key file is damaged or was altered"):
        auth.unlock(desk.url, "admin", PASSWORD)
    assert auth.is_locked(desk.url)


def test_backups_stay_encrypted_and_a_lost_key_file_comes_back_from_the_backups_folder(desk):
    values = _personal_values(desk.db)
    admin = desk.services.auth.login("admin", PASSWORD)
    backup = desk.services.acting_as(admin).backups.create()
    raw = backup.read_bytes()
    assert cipher.PLAIN_HEADER not in raw
    assert not any(value in raw for value in values)

    desk.as_a_new_process()
    key_slots.path_for(desk.path).unlink()
    with pytest.raises(DatabaseLocked, match="copy the one kept beside your newest backup"):
        Database(desk.url)
    shutil.copyfile(backup.parent / key_slots.path_for(desk.path).name, key_slots.path_for(desk.path))
    auth.unlock_with_recovery(desk.url, desk.code)
    with Database(desk.url).read_session() as session:
        assert session.scalar(select(Beneficiary.id).limit(1)) is not None


def test_a_plain_database_is_converted_losing_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)
    plain = _make_desk(tmp_path / "old desk", people=60)
    admin = plain.services.auth.login("admin", PASSWORD)
    plain.services.acting_as(admin).users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    before = encryption_conversion.table_counts(plain.db)
    values = _personal_values(plain.db)
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", True)
    assert encryption_conversion.due(plain.db)

    backup = encryption_conversion.convert(plain.db, tmp_path / "old desk" / "backups", "admin", PASSWORD)

    assert not encryption_conversion.due(plain.db)
    assert encryption_conversion.table_counts(plain.db) == {**before, "audit_entry": before["audit_entry"] + 1}
    with plain.db.read_session() as session:  # the trail of the encrypted file says who had it encrypted
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.username) == ("database.encrypted", "admin")
    assert json.loads(entry.details) == {"tables": len(before), "rows": sum(before.values())}
    assert audit_action_label("database.encrypted", "ar").startswith("تشفير قاعدة البيانات")  # the Audit page's words
    assert [in_arabic("AuditSentences", audit_sentences.KEYS[k]) for k in ("rows", "tables")] == ["الصفوف", "الجداول"]
    assert verify_chain(plain.db).ok
    assert not any(value in _files_of(plain.path) for value in values)
    assert backup.is_file() and "before-encryption" in backup.name
    assert any(value in backup.read_bytes() for value in values)  # the person is told: it is not encrypted
    plain.as_a_new_process()
    for user, password in (("admin", PASSWORD), ("clerk1", CLERK_PASSWORD)):  # the clerk: a legacy slot
        auth.unlock(plain.url, user, password)
        plain.as_a_new_process()
    auth.unlock_with_recovery(plain.url, plain.code)
    services = Services(Database(plain.url))
    services.auth.login("clerk1", CLERK_PASSWORD)  # replaces the clerk's legacy slot with their own
    assert key_slots.has_user_slot(plain.path, "clerk1")
    services.db.dispose()


def test_a_conversion_that_fails_its_check_leaves_the_plain_database(tmp_path, monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)
    plain = _make_desk(tmp_path / "old desk", people=10)
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", True)
    real_counts = encryption_conversion.table_counts

    def one_row_lost(db):
        counts = real_counts(db)
        if "encrypting" in db.url:
            counts["beneficiary"] -= 1
        return counts

    monkeypatch.setattr(encryption_conversion, "table_counts", one_row_lost)
    with pytest.raises(Exception, match="could not be encrypted"):
        encryption_conversion.convert(plain.db, tmp_path / "old desk" / "backups", "admin", PASSWORD)
    assert cipher.is_plaintext(plain.path)
    assert not key_slots.exists(plain.path)
    assert not Path(f"{plain.path}.encrypting").exists()
    assert Services(plain.db).auth.login("admin", PASSWORD).username == "admin"
    plain.db.dispose()


def test_a_new_database_is_encrypted_by_default(tmp_path):
    """What the product does with no switch touched: a new file is encrypted; until set-up gives it an
    account, its key waits in an open slot, which the first account's own slot replaces."""
    path = tmp_path / "new.sqlite3"
    db = Database(f"sqlite:///{path.as_posix()}")
    upgrade_database(db.engine)
    assert cipher.ENCRYPT_NEW_DATABASES
    assert not cipher.is_plaintext(path) and key_slots.open_key(path) is not None
    Services(db).setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", PASSWORD)
    assert key_slots.open_key(path) is None
    db.dispose()
    cipher.forget(path)
    assert auth.is_locked(db.url)
