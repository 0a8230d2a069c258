"""``charity-desk audit verify``, ``backup`` and ``restore``, run as real processes."""

import json
import sqlite3

import pytest
from sqlalchemy import text

from charity_desk.db.engine import make_engine
from charity_desk.services import auth
from charity_desk.services.backup_crypto import MAGIC
from cli_runs import ADMIN, ADMIN_PASSWORD, create_admin, run_as_admin, run_cli

PASSPHRASE = "a long backup passphrase"


def _sql(url: str, statement: str, **params):
    """As someone at the desk with the administrator's password (an encrypted file opens with it)."""
    auth.unlock(url, ADMIN, ADMIN_PASSWORD)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


@pytest.fixture
def filled_url(database_url):
    assert run_cli("demo", "--beneficiaries", "20", "--db", database_url).returncode == 0
    create_admin(database_url)
    return database_url


def test_audit_verify_passes_then_names_the_altered_row(filled_url):
    intact = run_as_admin("audit", "verify", "--db", filled_url)
    assert intact.returncode == 0, intact.stderr
    rows = _sql(filled_url, "SELECT count(*) FROM audit_entry")[0][0]
    assert str(rows) in intact.stdout

    [(bad_id,)] = _sql(filled_url, "SELECT min(id) FROM audit_entry")
    _sql(filled_url, "UPDATE audit_entry SET username = 'someone else' WHERE id = :id", id=bad_id)
    broken = run_as_admin("audit", "verify", "--db", filled_url)
    assert broken.returncode == 1
    assert str(bad_id) in broken.stderr


def test_audit_verify_names_the_row_after_a_removed_one(filled_url):
    assert run_as_admin("backup", "--db", filled_url).returncode == 0  # one more audited action
    ids = [row[0] for row in _sql(filled_url, "SELECT id FROM audit_entry ORDER BY id")]
    _sql(filled_url, "DELETE FROM audit_entry WHERE id = :id", id=ids[1])
    broken = run_as_admin("audit", "verify", "--db", filled_url)
    assert broken.returncode == 1
    assert str(ids[2]) in broken.stderr


def test_encrypted_backup_and_restore(filled_url, tmp_path):
    target = tmp_path / "outside" / "charity.backup"
    backup = run_as_admin(
        "backup", "--to", str(target), "--passphrase-stdin", "--db", filled_url, more_stdin=PASSPHRASE + "\n"
    )
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.strip() == str(target)
    assert target.read_bytes().startswith(MAGIC)
    people = _sql(filled_url, "SELECT id, national_id FROM beneficiary ORDER BY id")

    assert run_as_admin("demo", "--beneficiaries", "5", "--seed", "8", "--db", filled_url).returncode == 0
    wrong = run_as_admin("restore", str(target), "--passphrase-stdin", "--db", filled_url,
                         more_stdin="not it at all\n")
    assert wrong.returncode == 1
    assert wrong.stderr.strip()
    assert len(_sql(filled_url, "SELECT id FROM beneficiary")) == len(people) + 5

    restored = run_as_admin(
        "restore", str(target), "--passphrase-stdin", "--db", filled_url, more_stdin=PASSPHRASE + "\n"
    )
    assert restored.returncode == 0, restored.stderr
    assert "before-restore-" in restored.stdout
    assert _sql(filled_url, "SELECT id, national_id FROM beneficiary ORDER BY id") == people
    assert run_as_admin("audit", "verify", "--db", filled_url).returncode == 0


def test_backups_and_the_copy_before_a_restore_go_beside_the_database(tmp_path, isolated_data_dir):
    url = f"sqlite:///{(tmp_path / 'db.sqlite3').as_posix()}"
    create_admin(url)
    backup = run_as_admin("backup", "--json", "--db", url)
    assert backup.returncode == 0, backup.stderr
    written = json.loads(backup.stdout)
    assert written["path"].startswith(str(tmp_path / "backups"))
    assert written["path"].endswith(".sqlite3") and written["encrypted"] is False
    restored = run_as_admin("restore", written["path"], "--db", url)
    assert restored.returncode == 0, restored.stderr
    kept = [p.name for p in (tmp_path / "backups").iterdir() if p.name.startswith("before-restore-")]
    assert kept and kept[0] in restored.stdout
    assert not (isolated_data_dir / "backups").exists()


def test_backup_and_restore_need_an_administrators_sign_in(tmp_path):
    url = f"sqlite:///{(tmp_path / 'db.sqlite3').as_posix()}"
    create_admin(url)
    assert run_as_admin("create-admin", "--username", "clerk", "--db", url, more_stdin="clerk password\n"
                        ).returncode == 0
    for command in (["backup"], ["restore", str(tmp_path / "x.sqlite3")], ["audit", "verify"]):
        unsigned = run_cli(*command, "--db", url)
        assert unsigned.returncode == 1 and "--user" in unsigned.stderr
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_restore_of_a_missing_file_fails_cleanly(tmp_path):
    url = f"sqlite:///{(tmp_path / 'db.sqlite3').as_posix()}"
    create_admin(url)
    missing = run_as_admin("restore", str(tmp_path / "nowhere.backup"), "--db", url)
    assert missing.returncode == 1
    assert "nowhere.backup" in missing.stderr
    assert "Traceback" not in missing.stderr


def _break(path) -> None:
    """What an attacker with write access leaves: a small SQLite file that is no Charity Desk database."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE audit_entry(x)")
    connection.execute("CREATE TABLE alembic_version(version_num VARCHAR(32))")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()


def test_a_broken_database_is_restored_by_an_administrator_of_the_backup(tmp_path):
    live = tmp_path / "db.sqlite3"
    url = f"sqlite:///{live.as_posix()}"
    assert run_cli("demo", "--beneficiaries", "20", "--db", url).returncode == 0
    create_admin(url)
    backup = json.loads(run_as_admin("backup", "--json", "--db", url).stdout)["path"]
    _break(live)
    assert run_as_admin("search", "ال", "--db", url).returncode == 1

    wrong = run_cli("restore", backup, "--db", url, "--user", "root", "--password-stdin", stdin="not the one\n")
    assert wrong.returncode == 1
    assert _sql(url, "SELECT version_num FROM alembic_version") == [("0001",)]  # still the broken file

    restored = run_as_admin("restore", backup, "--db", url)
    assert restored.returncode == 0, restored.stderr
    assert len(_sql(url, "SELECT id FROM beneficiary")) == 20
    assert run_as_admin("audit", "verify", "--db", url).returncode == 0
    assert run_as_admin("search", "ال", "--db", url).returncode == 0
