"""Changing one's own password and an administrator resetting a colleague's, as the attacks they stop:
a wrong current password, a clerk resetting someone else's, an old password kept working after the
change, and a crash between writing the new key slot and committing the new hash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from charity_desk.db import cipher, key_slots
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import upgrade_database
from charity_desk.db.models import AuditEntry, UserAccount
from charity_desk.domain.roles import Role
from charity_desk.services import auth
from charity_desk.services.auth import LoginFailed
from charity_desk.services.errors import PermissionDenied, ServiceError
from charity_desk.services.registry import Services

PASSWORD = "correct horse 42"
CLERK_PASSWORD = "a clerk's password"
NEW_PASSWORD = "a brand new password 7"


class Desk:
    """An encrypted desk: the database file, its key-slot file, and this process holding its key."""

    def __init__(self, folder: Path):
        self.db = Database(f"sqlite:///{(folder / 'charity.sqlite3').as_posix()}")
        upgrade_database(self.db.engine, folder / "backups")
        self.services = Services(self.db)
        self.services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", PASSWORD)
        self.path = sqlite_path(self.db.url)
        self.admin = self.services.auth.login("admin", PASSWORD)
        self.clerk = self.services.acting_as(self.admin).users.create(
            "clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)

    @property
    def url(self) -> str:
        return self.db.url

    def keys(self) -> bytes:
        return key_slots.path_for(self.path).read_bytes()

    def as_a_new_process(self) -> None:
        """What a fresh start (or a thief) has: the files, and no key in memory."""
        self.db.dispose()
        cipher.forget(self.path)


@pytest.fixture(autouse=True)
def encrypted(monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", True)
    monkeypatch.setattr(auth, "_unopened_failures", {})  # failed unwraps are counted per process


@pytest.fixture
def desk(tmp_path):
    made = Desk(tmp_path / "desk")
    yield made
    made.db.dispose()


def _hash(db: Database, username: str) -> str:
    with db.read_session() as session:
        return session.scalar(select(UserAccount.password_hash).where(UserAccount.username == username))


def _actions(db: Database) -> list[str]:
    with db.read_session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def _opens(url: str, username: str, password: str) -> bool:
    """Whether ``password`` unwraps the key (in a fresh process) and then signs in to the database."""
    path = sqlite_path(url)
    cipher.forget(path)
    try:
        auth.unlock(url, username, password)
    except LoginFailed:
        return False
    db = Database(url)
    try:
        return Services(db).auth.login(username, password).username == username
    except LoginFailed:
        return False
    finally:
        db.dispose()


# --- changing one's own password -------------------------------------------------------------------


def test_a_wrong_current_password_changes_nothing(desk):
    clerk = desk.services.auth.login("clerk1", CLERK_PASSWORD)
    hash_before, keys_before = _hash(desk.db, "clerk1"), desk.keys()
    users = desk.services.acting_as(clerk).users
    with pytest.raises(ServiceError) as refused:
        users.change_own_password("a guess at it", NEW_PASSWORD)
    assert refused.value.field == "current_password"
    with pytest.raises(ServiceError) as too_short:  # refused before the current password is even looked at
        users.change_own_password(CLERK_PASSWORD, "short")
    assert too_short.value.field == "new_password"
    assert _hash(desk.db, "clerk1") == hash_before
    assert desk.keys() == keys_before
    assert _actions(desk.db)[-1] == "password.confirm_failed"  # counted towards the lock, as a sign-in
    desk.as_a_new_process()
    assert _opens(desk.url, "clerk1", CLERK_PASSWORD)
    assert not _opens(desk.url, "clerk1", NEW_PASSWORD)


def test_guessing_the_current_password_locks_the_account(desk):
    users = desk.services.acting_as(desk.services.auth.login("clerk1", CLERK_PASSWORD)).users
    for guess in ("one guess", "two guess", "three guess", "four guess"):
        with pytest.raises(ServiceError):
            users.change_own_password(guess, NEW_PASSWORD)
    with pytest.raises(LoginFailed, match="Too many failed attempts") as locked:
        users.change_own_password("five guess", NEW_PASSWORD)
    assert locked.value.locked_account
    with pytest.raises(LoginFailed, match="Too many failed attempts"):  # even the right one, while locked
        users.change_own_password(CLERK_PASSWORD, NEW_PASSWORD)


def test_after_a_change_the_old_password_no_longer_opens_the_database(desk):
    clerk = desk.services.auth.login("clerk1", CLERK_PASSWORD)
    desk.services.acting_as(clerk).users.change_own_password(CLERK_PASSWORD, NEW_PASSWORD)
    assert _actions(desk.db)[-1] == "password.changed"
    assert key_slots.user_slot_kinds(desk.path, "clerk1") == [key_slots.USER]  # the old slot is gone
    desk.as_a_new_process()
    with pytest.raises(LoginFailed, match="Wrong username or password"):
        auth.unlock(desk.url, "clerk1", CLERK_PASSWORD)
    assert _opens(desk.url, "clerk1", NEW_PASSWORD)
    assert _opens(desk.url, "admin", PASSWORD)  # nobody else's slot was touched


def test_a_crash_between_the_new_slot_and_the_commit_leaves_a_password_that_opens_it(desk, tmp_path):
    """The power goes after the new slot is written, before the hash commits: the files as they are at
    that moment are copied aside, then the transaction is made to fail."""
    clerk = desk.services.auth.login("clerk1", CLERK_PASSWORD)
    keys_before = desk.keys()
    crashed = tmp_path / "crashed"
    crashed.mkdir()

    def power_cut(_session):
        if len(key_slots.user_slot_kinds(desk.path, "clerk1")) < 2:  # not the change's transaction yet
            return
        for file in desk.path.parent.glob(f"{desk.path.name}*"):  # the database, its log, key and seal files
            if not file.name.endswith("-shm"):
                shutil.copyfile(file, crashed / file.name)
        raise OSError("power cut")

    event.listen(Session, "before_commit", power_cut)
    try:
        with pytest.raises(OSError, match="power cut"):
            desk.services.acting_as(clerk).users.change_own_password(CLERK_PASSWORD, NEW_PASSWORD)
    finally:
        event.remove(Session, "before_commit", power_cut)

    # The process that saw the failure put the key-slot file back as it was.
    assert desk.keys() == keys_before
    desk.as_a_new_process()
    assert _opens(desk.url, "clerk1", CLERK_PASSWORD)
    assert not _opens(desk.url, "clerk1", NEW_PASSWORD)

    # The files the power cut left: both slots, the old hash.  The old password opens and signs in,
    # and that sign-in leaves the clerk one slot: the new password, never committed, opens nothing.
    url = f"sqlite:///{(crashed / desk.path.name).as_posix()}"
    assert key_slots.user_slot_kinds(crashed / desk.path.name, "clerk1") == [key_slots.USER, key_slots.USER]
    assert _opens(url, "clerk1", CLERK_PASSWORD)
    assert key_slots.user_slot_kinds(crashed / desk.path.name, "clerk1") == [key_slots.USER]
    assert not _opens(url, "clerk1", NEW_PASSWORD)
    assert _opens(url, "admin", PASSWORD)


def test_a_key_file_not_rewritten_after_the_commit_still_opens_with_the_new_password(desk, monkeypatch):
    """The hash committed, then the old slot could not be dropped (a full disk, a crash): both slots stay,
    the new password opens and signs in, and that sign-in drops the old password's slot."""
    clerk = desk.services.auth.login("clerk1", CLERK_PASSWORD)

    def disk_full(*_args):
        raise OSError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(key_slots, "keep_user_slot", disk_full)
        with pytest.raises(OSError, match="disk full"):
            desk.services.acting_as(clerk).users.change_own_password(CLERK_PASSWORD, NEW_PASSWORD)
    assert key_slots.user_slot_kinds(desk.path, "clerk1") == [key_slots.USER, key_slots.USER]
    desk.as_a_new_process()
    assert _opens(desk.url, "clerk1", NEW_PASSWORD)
    assert key_slots.user_slot_kinds(desk.path, "clerk1") == [key_slots.USER]
    cipher.forget(desk.path)
    with pytest.raises(LoginFailed, match="Wrong username or password"):
        auth.unlock(desk.url, "clerk1", CLERK_PASSWORD)


def test_a_new_password_the_same_as_the_current_one_is_refused(services, admin):
    with pytest.raises(ServiceError, match="same as the current one") as refused:
        services.acting_as(admin).users.change_own_password(PASSWORD, PASSWORD)
    assert refused.value.field == "new_password"


def test_changing_ones_own_password_on_every_store(services, admin):
    """PostgreSQL too: no key-slot file there, the hash alone changes, in one audited step."""
    users = services.acting_as(admin).users
    clerk = users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    services.acting_as(services.auth.login("clerk1", CLERK_PASSWORD)).users.change_own_password(
        CLERK_PASSWORD, NEW_PASSWORD)
    with pytest.raises(LoginFailed):
        services.auth.login("clerk1", CLERK_PASSWORD)
    assert services.auth.login("clerk1", NEW_PASSWORD).user_id == clerk.id
    assert "password.changed" in _actions(services.db)


# --- an administrator resetting a colleague's password ---------------------------------------------


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMINISTRATOR])
def test_only_those_who_manage_accounts_may_reset_a_password(services, admin, role):
    users = services.acting_as(admin).users
    colleague = users.create("colleague", "زميل", Role.FRONT_DESK, CLERK_PASSWORD)
    users.create("caller", "موظف", role, "the caller's password")
    caller = services.acting_as(services.auth.login("caller", "the caller's password")).users
    before = {name: _hash(services.db, name) for name in ("admin", "colleague")}
    for target in (admin.user_id, colleague.id):  # to take over the administrator, or a colleague
        with pytest.raises(PermissionDenied):
            caller.reset_password(target, "the caller's password", NEW_PASSWORD)
    assert {name: _hash(services.db, name) for name in ("admin", "colleague")} == before
    assert services.auth.login("admin", PASSWORD).user_id == admin.user_id
    assert services.auth.login("colleague", CLERK_PASSWORD).user_id == colleague.id


def test_a_reset_needs_the_administrators_own_password(services, admin):
    users = services.acting_as(admin).users
    clerk = users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    before = _hash(services.db, "clerk1")
    path = sqlite_path(services.db.url)
    keys = key_slots.path_for(path).read_bytes() if path is not None else None  # PostgreSQL: no key file
    with pytest.raises(ServiceError, match="Your password is wrong") as refused:
        users.reset_password(clerk.id, "not the admin's password", NEW_PASSWORD)
    assert refused.value.field == "password"
    assert _hash(services.db, "clerk1") == before
    assert keys is None or key_slots.path_for(path).read_bytes() == keys
    with pytest.raises(ServiceError, match="own password"):  # one's own: with the current one instead
        users.reset_password(admin.user_id, PASSWORD, NEW_PASSWORD)
    users.deactivate(clerk.id)
    with pytest.raises(ServiceError, match="closed"):
        users.reset_password(clerk.id, PASSWORD, NEW_PASSWORD)


def test_a_reset_password_opens_the_database_and_the_colleagues_old_one_does_not(desk):
    hash_before = _hash(desk.db, "clerk1")
    desk.services.acting_as(desk.admin).users.reset_password(desk.clerk.id, PASSWORD, NEW_PASSWORD)
    assert _hash(desk.db, "clerk1") != hash_before
    assert _actions(desk.db)[-1] == "password.reset"
    assert key_slots.user_slot_kinds(desk.path, "clerk1") == [key_slots.USER]
    desk.as_a_new_process()
    with pytest.raises(LoginFailed, match="Wrong username or password"):
        auth.unlock(desk.url, "clerk1", CLERK_PASSWORD)
    assert _opens(desk.url, "clerk1", NEW_PASSWORD)
    assert _opens(desk.url, "admin", PASSWORD)


def test_the_colleague_owes_a_change_after_a_reset_until_they_choose_their_own(services, admin, admin_password):
    users = services.acting_as(admin).users
    clerk = users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    assert not services.auth.login("clerk1", CLERK_PASSWORD).must_change_password
    users.reset_password(clerk.id, admin_password, "temporary password 1")
    signed_in = services.auth.login("clerk1", "temporary password 1")
    assert signed_in.must_change_password
    services.acting_as(signed_in).users.change_own_password("temporary password 1", NEW_PASSWORD)
    assert not services.auth.login("clerk1", NEW_PASSWORD).must_change_password


def test_a_reset_ends_the_colleagues_lock(services, admin, admin_password):
    users = services.acting_as(admin).users
    clerk = users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    for guess in ("one guess", "two guess", "three guess", "four guess", "five guess"):
        with pytest.raises(LoginFailed):
            services.auth.login("clerk1", guess)
    with pytest.raises(LoginFailed, match="Too many failed attempts"):
        services.auth.login("clerk1", CLERK_PASSWORD)
    users.reset_password(clerk.id, admin_password, "temporary password 1")
    assert services.auth.login("clerk1", "temporary password 1").user_id == clerk.id
