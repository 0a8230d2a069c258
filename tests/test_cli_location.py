"""A mistyped ``--db`` is refused and leaves nothing behind: no folder, no empty database."""

import pytest

from cli_runs import ADMIN, ADMIN_PASSWORD, create_admin, run_as_admin, run_cli


@pytest.mark.parametrize("command", [
    ["search", "محمد", "--user", ADMIN, "--password-stdin"],
    ["demo", "--beneficiaries", "5"],
    ["create-admin", "--username", "root", "--password-stdin"],
    ["migrate"],
    [],  # the window
])
def test_a_database_in_a_missing_folder_is_refused_and_the_folder_is_not_made(tmp_path, command):
    missing = tmp_path / "no such folder" / "deeper"
    result = run_cli(*command, "--db", str(missing / "charity.sqlite3"), stdin=ADMIN_PASSWORD + "\n")
    assert result.returncode == 1
    assert str(missing) in result.stderr and "غير موجود" in result.stderr
    assert not (tmp_path / "no such folder").exists()


@pytest.mark.parametrize("command", [
    ["search", "محمد"], ["export", "beneficiaries", "out.xlsx"], ["backup"], ["audit", "verify"],
    ["import", "applications", "form.xlsx", "--program", "FOOD"],
])
def test_a_missing_database_is_refused_by_commands_that_do_not_make_one(tmp_path, command):
    missing = tmp_path / "typo.sqlite3"
    result = run_as_admin(*command, "--db", str(missing))
    assert result.returncode == 1
    assert str(missing) in result.stderr
    assert not missing.exists() and not (tmp_path / "backups").exists()


def test_a_new_database_is_made_by_the_first_administrator(tmp_path):
    url = str(tmp_path / "new.sqlite3")
    create_admin(url)
    assert (tmp_path / "new.sqlite3").is_file()
    assert not (tmp_path / "backups").exists()  # a new database has nothing to copy before its upgrade
    signed_in = run_cli("search", "x", "--db", url, "--user", ADMIN, "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert signed_in.returncode == 1 and "لا أحد يطابق" in signed_in.stderr  # signed in; nobody registered yet
