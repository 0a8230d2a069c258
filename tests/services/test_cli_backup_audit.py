"""``charity-desk audit verify``, ``backup`` and ``restore``, run as real processes."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from charity_desk.services.backup_crypto import MAGIC

PASSPHRASE = "a long backup passphrase"


def run_cli(*args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "charity_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=300,
    )


def _sql(url: str, statement: str, **params):
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


@pytest.fixture
def filled_url(database_url):
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
    assert run_cli("demo", "--beneficiaries", "20", "--db", database_url).returncode == 0
    return database_url


def test_audit_verify_passes_then_names_the_altered_row(filled_url):
    intact = run_cli("audit", "verify", "--db", filled_url)
    assert intact.returncode == 0, intact.stderr
    rows = _sql(filled_url, "SELECT count(*) FROM audit_entry")[0][0]
    assert str(rows) in intact.stdout

    [(bad_id,)] = _sql(filled_url, "SELECT min(id) FROM audit_entry")
    _sql(filled_url, "UPDATE audit_entry SET username = 'someone else' WHERE id = :id", id=bad_id)
    broken = run_cli("audit", "verify", "--db", filled_url)
    assert broken.returncode == 1
    assert str(bad_id) in broken.stderr


def test_audit_verify_names_the_row_after_a_removed_one(filled_url):
    assert run_cli("backup", "--db", filled_url).returncode == 0  # one more audited action
    ids = [row[0] for row in _sql(filled_url, "SELECT id FROM audit_entry ORDER BY id")]
    _sql(filled_url, "DELETE FROM audit_entry WHERE id = :id", id=ids[1])
    broken = run_cli("audit", "verify", "--db", filled_url)
    assert broken.returncode == 1
    assert str(ids[2]) in broken.stderr


def test_encrypted_backup_and_restore(filled_url, tmp_path):
    target = tmp_path / "outside" / "charity.backup"
    backup = run_cli(
        "backup", "--to", str(target), "--passphrase-stdin", "--db", filled_url, stdin=PASSPHRASE + "\n"
    )
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.strip() == str(target)
    assert target.read_bytes().startswith(MAGIC)
    people = _sql(filled_url, "SELECT id, national_id FROM beneficiary ORDER BY id")

    assert run_cli("demo", "--beneficiaries", "5", "--seed", "8", "--db", filled_url).returncode == 0
    wrong = run_cli("restore", str(target), "--passphrase-stdin", "--db", filled_url, stdin="not it at all\n")
    assert wrong.returncode == 1
    assert wrong.stderr.strip()
    assert len(_sql(filled_url, "SELECT id FROM beneficiary")) == len(people) + 5

    restored = run_cli(
        "restore", str(target), "--passphrase-stdin", "--db", filled_url, stdin=PASSPHRASE + "\n"
    )
    assert restored.returncode == 0, restored.stderr
    assert "before-restore-" in restored.stdout
    assert _sql(filled_url, "SELECT id, national_id FROM beneficiary ORDER BY id") == people
    assert run_cli("audit", "verify", "--db", filled_url).returncode == 0


def test_backup_without_destination_goes_to_the_backup_folder(tmp_path, isolated_data_dir):
    url = f"sqlite:///{(tmp_path / 'db.sqlite3').as_posix()}"
    backup = run_cli("backup", "--db", url)
    assert backup.returncode == 0, backup.stderr
    written = backup.stdout.strip()
    assert written.startswith(str(isolated_data_dir / "backups"))
    assert written.endswith(".sqlite3")


def test_restore_of_a_missing_file_fails_cleanly(tmp_path):
    url = f"sqlite:///{(tmp_path / 'db.sqlite3').as_posix()}"
    missing = run_cli("restore", str(tmp_path / "nowhere.backup"), "--db", url)
    assert missing.returncode == 1
    assert "nowhere.backup" in missing.stderr
    assert "Traceback" not in missing.stderr
