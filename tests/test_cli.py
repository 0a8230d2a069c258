"""The command line, run as a real process against real databases."""

import json

import pytest

from charity_desk import __version__
from cli_runs import ADMIN_PASSWORD, create_admin, run_as_admin, run_cli


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_migrate_create_admin_demo_and_search(database_url):
    assert run_cli("migrate", "--db", database_url).returncode == 0
    create_admin(database_url)
    demo = run_as_admin("demo", "--beneficiaries", "300", "--seed", "5", "--db", database_url)
    assert demo.returncode == 0, demo.stderr
    assert "300" in demo.stdout

    listing = run_as_admin("search", "محمد", "--json", "--db", database_url)
    assert listing.returncode == 0, listing.stderr
    people = json.loads(listing.stdout)
    assert people and all("محمد" in p["full_name"] for p in people)

    one = people[0]
    by_id = json.loads(run_as_admin("search", one["national_id"], "--json", "--db", database_url).stdout)
    assert [p["id"] for p in by_id] == [one["id"]]


def test_options_before_the_subcommand_are_used(tmp_path):
    url = f"sqlite:///{tmp_path / 'before.sqlite3'}"
    assert run_cli("--db", url, "demo", "--beneficiaries", "20").returncode == 0
    assert (tmp_path / "before.sqlite3").exists()
    create_admin(url)
    before = run_cli("--db", url, "--user", "root", "--password-stdin", "search", "ال", "--json",
                     stdin=ADMIN_PASSWORD + "\n")
    after = run_as_admin("search", "ال", "--json", "--db", url)
    assert before.returncode == 0, before.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout)


def test_demo_run_twice_adds_activity_without_clashing(tmp_path):
    url = f"sqlite:///{tmp_path / 'twice.sqlite3'}"
    assert run_cli("demo", "--beneficiaries", "120", "--seed", "1", "--db", url).returncode == 0
    create_admin(url)
    again = run_as_admin("demo", "--beneficiaries", "120", "--seed", "2", "--db", url)
    assert again.returncode == 0, again.stderr


def test_same_seed_gives_the_same_people(tmp_path):
    first, second = (f"sqlite:///{tmp_path / name}" for name in ("a.sqlite3", "b.sqlite3"))
    for url in (first, second):
        assert run_cli("demo", "--beneficiaries", "50", "--seed", "9", "--db", url).returncode == 0
        create_admin(url)
    ids = [json.loads(run_as_admin("search", "1", "--json", "--db", url).stdout) for url in (first, second)]
    assert ids[0] and [p["national_id"] for p in ids[0]] == [p["national_id"] for p in ids[1]]


def test_errors_are_arabic_and_exit_non_zero(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    short = run_cli("create-admin", "--username", "root", "--password-stdin", "--db", url, stdin="short\n")
    assert short.returncode == 1
    assert "كلمة المرور" in short.stderr
    bad_count = run_cli("demo", "--beneficiaries", "0", "--db", url)
    assert bad_count.returncode == 1
    assert "--beneficiaries" in bad_count.stderr and "عدد" in bad_count.stderr


def test_a_second_administrator_needs_the_first_ones_sign_in(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    create_admin(url)
    unsigned = run_cli("create-admin", "--username", "intruder", "--password-stdin", "--db", url,
                       stdin="second password\n")
    assert unsigned.returncode == 1
    assert "--user" in unsigned.stderr
    taken = run_as_admin("create-admin", "--username", "ROOT", "--db", url, more_stdin="second password\n")
    assert taken.returncode == 1
    second = run_as_admin("create-admin", "--username", "deputy", "--db", url, more_stdin="second password\n")
    assert second.returncode == 0, second.stderr
    deputy = run_cli("audit", "verify", "--db", url, "--user", "deputy", "--password-stdin",
                     stdin="second password\n")
    assert deputy.returncode == 0, deputy.stderr  # an administrator's command, signed in as the new one


@pytest.mark.parametrize("args", [["demo"], ["search"], ["no-such-command"]])
def test_usage_errors_exit_2(args):
    assert run_cli(*args).returncode == 2
