"""A new recovery code and its key slot, as the crash they must survive: the process replacing the code
is killed between writing the new code's slot and the commit of its hash, and between that commit and
retiring the old code's slot.  Afterwards exactly the code the database records opens the key (the
other one does not) and every account's password still opens it; a failure the process sees puts the
key-slot file back as it was."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session
from tests.services.test_password_changes import encrypted  # noqa: F401  (the autouse fixture: an encrypted desk)

from charity_desk.db import cipher, key_slots
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import upgrade_database
from charity_desk.domain.roles import Role
from charity_desk.services import auth, recovery_code
from charity_desk.services.auth import LoginFailed
from charity_desk.services.registry import Services

PASSWORD = "correct horse 42"
CLERK_PASSWORD = "a clerk's password"
CRASHED = 9

#: Replaces the recovery code in a process of its own, killed (no clean-up of any kind) at ``point``:
#: "before-commit" once the new slot is beside the old one, "after-commit" as the old one would go.
#: The code it drew is printed first, as the only witness of what the administrator would have seen.
_REPLACE_AND_DIE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from charity_desk.db import key_slots
    from charity_desk.db.engine import Database, sqlite_path
    from charity_desk.services import auth, recovery_code
    from charity_desk.services.registry import Services

    url, password, point = sys.argv[1:4]
    key_slots.KDF_COST = {"m": 8 * 1024, "t": 1, "p": 1}
    drawn = recovery_code._new_code

    def drawn_and_shown():
        code = drawn()
        print(code, flush=True)
        return code

    recovery_code._new_code = drawn_and_shown
    path = sqlite_path(url)

    def power_cut(*_args):
        os._exit(9)

    if point == "before-commit":
        event.listen(Session, "before_commit",
                     lambda _s: power_cut() if len(key_slots.recovery_slot_ids(path)) > 1 else None)
    else:
        key_slots.keep_recovery_slot = power_cut
    auth.unlock(url, "admin", password)
    services = Services(Database(url))
    admin = services.auth.login("admin", password)
    services.acting_as(admin).users.new_recovery_code(password)
""")


class Desk:
    """An encrypted desk with an administrator, a clerk, and the recovery code set-up showed."""

    def __init__(self, folder: Path):
        self.url = f"sqlite:///{(folder / 'charity.sqlite3').as_posix()}"
        db = Database(self.url)
        upgrade_database(db.engine, folder / "backups")
        services = Services(db)
        self.code = services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", PASSWORD)
        admin = services.auth.login("admin", PASSWORD)
        services.acting_as(admin).users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
        db.dispose()
        self.path = sqlite_path(self.url)
        cipher.forget(self.path)

    def keys(self) -> bytes:
        return key_slots.path_for(self.path).read_bytes()

    def replace_code_and_die(self, point: str) -> str:
        """The code a killed process drew; the files are as the kill left them, no key in this process."""
        run = subprocess.run([sys.executable, "-c", _REPLACE_AND_DIE, self.url, PASSWORD, point],
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == CRASHED, run.stderr
        return run.stdout.split()[0]

    def sign_in(self, username: str, password: str) -> None:
        """A fresh start: the key unwrapped with the password, then the sign-in."""
        cipher.forget(self.path)
        auth.unlock(self.url, username, password)
        db = Database(self.url)
        try:
            assert Services(db).auth.login(username, password).username == username
        finally:
            db.dispose()
            cipher.forget(self.path)

    def code_opens_the_key(self, code: str) -> bool:
        cipher.forget(self.path)
        try:
            auth.unlock_with_recovery(self.url, code)
            return True
        except LoginFailed:
            return False
        finally:
            cipher.forget(self.path)

    def recorded(self, code: str) -> bool:
        """Whether the database records ``code`` (its hash) as the recovery code, read with a password."""
        auth.unlock(self.url, "admin", PASSWORD)
        db = Database(self.url)
        try:
            with db.read_session() as session:
                return recovery_code.matches(session, code)
        finally:
            db.dispose()
            cipher.forget(self.path)

    def every_account_opens_it(self) -> bool:
        users_settled = all(key_slots.user_slot_kinds(self.path, name) == [key_slots.USER]
                            for name in ("admin", "clerk1"))
        for name, password in (("admin", PASSWORD), ("clerk1", CLERK_PASSWORD)):
            self.sign_in(name, password)
        return users_settled


@pytest.fixture
def desk(tmp_path):
    return Desk(tmp_path / "desk")


def test_killed_before_the_new_code_commits_the_old_code_alone_opens_it_after_the_next_sign_in(desk):
    old = desk.code
    new = desk.replace_code_and_die("before-commit")
    assert len(key_slots.recovery_slot_ids(desk.path)) == 2  # the kill came between the two steps
    desk.sign_in("clerk1", CLERK_PASSWORD)  # the next start: anyone's sign-in settles the file
    assert key_slots.recovery_slot_ids(desk.path) and len(key_slots.recovery_slot_ids(desk.path)) == 1
    assert desk.recorded(old) and not desk.recorded(new)
    assert desk.code_opens_the_key(old)
    assert not desk.code_opens_the_key(new)
    assert desk.every_account_opens_it()


def test_killed_after_the_new_code_commits_the_new_code_alone_opens_it_after_the_next_sign_in(desk):
    old = desk.code
    new = desk.replace_code_and_die("after-commit")
    assert len(key_slots.recovery_slot_ids(desk.path)) == 2
    desk.sign_in("admin", PASSWORD)
    assert len(key_slots.recovery_slot_ids(desk.path)) == 1
    assert desk.recorded(new) and not desk.recorded(old)
    assert desk.code_opens_the_key(new)
    assert not desk.code_opens_the_key(old)
    assert desk.every_account_opens_it()


def test_the_retired_code_tried_first_after_the_kill_is_refused_and_opens_the_key_no_more(desk):
    """Nobody signed in since the kill, and the old code is tried at the recovery: it still unwraps the
    key (its slot is there), but the database refuses it, and that refusal retires its slot."""
    old = desk.code
    new = desk.replace_code_and_die("after-commit")
    auth.unlock_with_recovery(desk.url, old)
    db = Database(desk.url)
    try:
        with pytest.raises(LoginFailed, match="recovery code is wrong"):
            Services(db).auth.recover("admin", old, "a new admin password 1")
    finally:
        db.dispose()
        cipher.forget(desk.path)
    assert not desk.code_opens_the_key(old)
    assert desk.code_opens_the_key(new)
    auth.unlock_with_recovery(desk.url, new)
    db = Database(desk.url)
    try:
        recovered = Services(db).auth.recover("admin", new, "a new admin password 1")
    finally:
        db.dispose()
        cipher.forget(desk.path)
    assert not desk.code_opens_the_key(new)  # used once, then replaced
    assert desk.code_opens_the_key(recovered.new_code)
    assert key_slots.user_slot_kinds(desk.path, "clerk1") == [key_slots.USER]
    desk.sign_in("clerk1", CLERK_PASSWORD)
    desk.sign_in("admin", "a new admin password 1")


def test_a_replacement_that_fails_before_its_commit_leaves_the_key_file_as_it_was(desk):
    auth.unlock(desk.url, "admin", PASSWORD)
    db = Database(desk.url)
    services = Services(db)
    admin = services.auth.login("admin", PASSWORD)
    keys_before = desk.keys()

    def disk_full(_session):
        if len(key_slots.recovery_slot_ids(desk.path)) > 1:
            raise OSError("disk full")

    event.listen(Session, "before_commit", disk_full)
    try:
        with pytest.raises(OSError, match="disk full"):
            services.acting_as(admin).users.new_recovery_code(PASSWORD)
    finally:
        event.remove(Session, "before_commit", disk_full)
        db.dispose()
        cipher.forget(desk.path)
    assert desk.keys() == keys_before
    assert desk.code_opens_the_key(desk.code)


def test_a_new_code_opens_it_and_the_old_one_no_longer_does(desk):
    auth.unlock(desk.url, "admin", PASSWORD)
    db = Database(desk.url)
    try:
        services = Services(db)
        new = services.acting_as(services.auth.login("admin", PASSWORD)).users.new_recovery_code(PASSWORD)
    finally:
        db.dispose()
        cipher.forget(desk.path)
    assert len(key_slots.recovery_slot_ids(desk.path)) == 1
    assert desk.code_opens_the_key(new)
    assert not desk.code_opens_the_key(desk.code)
    assert desk.every_account_opens_it()
