"""The command line, run as a real process against real databases."""

import json
import os
import subprocess
import sys

import pytest

from charity_desk import __version__


def run_cli(*args, stdin: str = "", env_extra=None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "charity_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_migrate_create_admin_demo_and_search(database_url):
    assert run_cli("migrate", "--db", database_url).returncode == 0
    created = run_cli(
        "create-admin",
        "--username",
        "root",
        "--password-stdin",
        "--db",
        database_url,
        stdin="a strong password\n",
    )
    assert created.returncode == 0, created.stderr
    demo = run_cli("demo", "--beneficiaries", "300", "--seed", "5", "--db", database_url)
    assert demo.returncode == 0, demo.stderr
    assert "300" in demo.stdout

    listing = run_cli("search", "محمد", "--json", "--db", database_url)
    assert listing.returncode == 0, listing.stderr
    people = json.loads(listing.stdout)
    assert people and all("محمد" in p["full_name"] for p in people)

    one = people[0]
    by_id = json.loads(run_cli("search", one["national_id"], "--json", "--db", database_url).stdout)
    assert [p["id"] for p in by_id] == [one["id"]]


def test_db_option_before_the_subcommand_is_used(tmp_path):
    url = f"sqlite:///{tmp_path / 'before.sqlite3'}"
    assert run_cli("--db", url, "demo", "--beneficiaries", "20").returncode == 0
    assert (tmp_path / "before.sqlite3").exists()
    people = json.loads(run_cli("--db", url, "search", "ال", "--json").stdout or "[]")
    again = json.loads(run_cli("search", "ال", "--json", "--db", url).stdout or "[]")
    assert people == again


def test_demo_run_twice_adds_activity_without_clashing(tmp_path):
    url = f"sqlite:///{tmp_path / 'twice.sqlite3'}"
    for seed in ("1", "2"):
        demo = run_cli("demo", "--beneficiaries", "120", "--seed", seed, "--db", url)
        assert demo.returncode == 0, demo.stderr
        assert "service deliveries" in demo.stdout


def test_same_seed_gives_the_same_people(tmp_path):
    first, second = (f"sqlite:///{tmp_path / name}" for name in ("a.sqlite3", "b.sqlite3"))
    for url in (first, second):
        assert run_cli("demo", "--beneficiaries", "50", "--seed", "9", "--db", url).returncode == 0
    ids = [json.loads(run_cli("search", "1", "--json", "--db", url).stdout) for url in (first, second)]
    assert [p["national_id"] for p in ids[0]] == [p["national_id"] for p in ids[1]]


def test_errors_are_arabic_and_exit_non_zero(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    short = run_cli("create-admin", "--username", "root", "--password-stdin", "--db", url, stdin="short\n")
    assert short.returncode == 1
    assert "كلمة المرور" in short.stderr
    bad_count = run_cli("demo", "--beneficiaries", "0", "--db", url)
    assert bad_count.returncode == 1
    assert bad_count.stderr.strip()


def test_duplicate_admin_leaves_the_first_untouched(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert (
        run_cli(
            "create-admin", "--username", "root", "--password-stdin", "--db", url, stdin="first password\n"
        ).returncode
        == 0
    )
    again = run_cli(
        "create-admin", "--username", "ROOT", "--password-stdin", "--db", url, stdin="second password\n"
    )
    assert again.returncode == 1


@pytest.mark.parametrize("args", [["demo"], ["search"], ["no-such-command"]])
def test_usage_errors_exit_2(args):
    assert run_cli(*args).returncode == 2
