"""``password change`` and ``password reset`` on the command line, as real processes, written as the
attacks they stop: a password on the command line's arguments, a wrong current password, a clerk
resetting a colleague's, and a reset account used before its holder chose their own password."""

import pytest
from sqlalchemy import select

from charity_desk.db import cipher, key_slots
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.models import UserAccount
from charity_desk.domain.roles import Role
from charity_desk.services import auth
from charity_desk.services.auth import LoginFailed
from cli_runs import run_as, run_cli

CLERK_PASSWORD = "a clerk's password"
NEW_PASSWORD = "a brand new password 7"


@pytest.fixture
def desk(services, admin, admin_password, monkeypatch):
    monkeypatch.setattr(auth, "_unopened_failures", {})
    users = services.acting_as(admin).users
    users.create("clerk", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    users.create("clerk2", "موظفة الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    return {"url": services.db.url, "db": services.db, "admin_password": admin_password}


def _hash(db, username: str) -> str:
    with db.read_session() as session:
        return session.scalar(select(UserAccount.password_hash).where(UserAccount.username == username))


def _opens_the_file(url: str, username: str, password: str) -> bool:
    """Whether ``password`` unwraps the key in a process that has none (an encrypted desk), then signs in."""
    path = sqlite_path(url)
    if path is not None and key_slots.exists(path):
        key = cipher.key_for(path)
        cipher.forget(path)
        try:
            auth.unlock(url, username, password)
        except LoginFailed:
            return False
        finally:
            cipher.remember(path, key)
    db = Database(url)
    try:
        return auth.AuthService(db).login(username, password).username == username
    except LoginFailed:
        return False
    finally:
        db.dispose()


def test_a_password_is_never_taken_from_the_arguments(desk):
    before = _hash(desk["db"], "clerk")
    for args in (("password", "change", NEW_PASSWORD), ("password", "change", "--password", NEW_PASSWORD),
                 ("password", "reset", "--username", "clerk", NEW_PASSWORD)):
        refused = run_cli(*args, "--db", desk["url"], "--user", "clerk", "--password-stdin",
                          stdin=f"{CLERK_PASSWORD}\n{NEW_PASSWORD}\n")
        assert refused.returncode == 2, refused.stderr
    assert _hash(desk["db"], "clerk") == before
    assert auth.AuthService(desk["db"]).login("clerk", CLERK_PASSWORD).username == "clerk"


def test_changing_ones_own_password(desk):
    before = _hash(desk["db"], "clerk")
    wrong = run_as("clerk", "not my password", "password", "change", "--db", desk["url"], more_stdin=NEW_PASSWORD)
    assert wrong.returncode == 1 and "كلمة المرور" in wrong.stderr
    assert _hash(desk["db"], "clerk") == before

    done = run_as("clerk", CLERK_PASSWORD, "password", "change", "--db", desk["url"], more_stdin=NEW_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "تغيّرت كلمة مرورك" in done.stdout
    assert not _opens_the_file(desk["url"], "clerk", CLERK_PASSWORD)
    assert _opens_the_file(desk["url"], "clerk", NEW_PASSWORD)
    with pytest.raises(LoginFailed):
        auth.AuthService(desk["db"]).login("clerk", CLERK_PASSWORD)


def test_a_clerk_cannot_reset_a_colleagues_password(desk):
    before = _hash(desk["db"], "clerk2")
    refused = run_as("clerk", CLERK_PASSWORD, "password", "reset", "--username", "clerk2", "--db", desk["url"],
                     more_stdin=NEW_PASSWORD)
    assert refused.returncode == 1 and "صلاحية" in refused.stderr
    assert _hash(desk["db"], "clerk2") == before


def test_a_reset_colleague_works_only_once_they_chose_their_own_password(desk):
    reset = run_as("admin", desk["admin_password"], "password", "reset", "--username", "CLERK2", "--db", desk["url"],
                   more_stdin="temporary password 1")
    assert reset.returncode == 0, reset.stderr
    assert "clerk2" in reset.stdout
    assert not _opens_the_file(desk["url"], "clerk2", CLERK_PASSWORD)

    blocked = run_as("clerk2", "temporary password 1", "search", "x", "--db", desk["url"])
    assert blocked.returncode == 1 and "password change" in blocked.stderr

    chosen = run_as("clerk2", "temporary password 1", "password", "change", "--db", desk["url"],
                    more_stdin=NEW_PASSWORD)
    assert chosen.returncode == 0, chosen.stderr
    searched = run_as("clerk2", NEW_PASSWORD, "search", "x", "--db", desk["url"])
    assert searched.returncode in (0, 1) and "password change" not in searched.stderr  # 1: nobody matches
    assert _opens_the_file(desk["url"], "clerk2", NEW_PASSWORD)
    assert not _opens_the_file(desk["url"], "clerk2", "temporary password 1")


def test_resetting_an_account_nobody_has_says_so(desk):
    missing = run_as("admin", desk["admin_password"], "password", "reset", "--username", "nobody", "--db",
                     desk["url"], more_stdin="temporary password 1")
    assert missing.returncode == 1 and "لا يوجد حساب مفتوح" in missing.stderr
