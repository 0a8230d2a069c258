"""Backup and restore report their progress (the copy, the checks, the seal), and the command line
draws it as a bar on a terminal only."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from charity_desk.services.demo import generate_demo
from charity_desk.services.registry import Services
from cli_runs import ADMIN, ADMIN_PASSWORD, create_admin, run_as_admin, run_cli

PASSPHRASE = "a long backup passphrase"


@pytest.fixture
def backups(sqlite_database, admin_password):
    services = Services(sqlite_database)
    services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", admin_password)
    admin = services.auth.login("admin", admin_password)
    generate_demo(sqlite_database, admin, 30, seed=3)
    return services.acting_as(admin).backups


def _steady(reports: list[tuple[int, int]]) -> None:
    """Forward only, to the whole, through more than one step."""
    done = [d for d, _total in reports]
    assert done == sorted(done) and len(set(done)) >= 3
    assert reports[-1] == (100, 100)
    assert {total for _done, total in reports} == {100}


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_a_backup_and_its_restore_report_progress_to_the_end(backups, tmp_path, passphrase):
    made: list[tuple[int, int]] = []
    file = backups.create(tmp_path / "copy.backup", passphrase, progress=lambda d, t: made.append((d, t)))
    _steady(made)
    restored: list[tuple[int, int]] = []
    backups.restore(file, passphrase, progress=lambda d, t: restored.append((d, t)))
    _steady(restored)


def _on_a_terminal(*args: str, stdin: str) -> tuple[int, str]:
    """Run the command with its standard error on a pseudo-terminal; its return code and what it drew."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "charity_desk", *args], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    process.stdin.write(stdin.encode())
    process.stdin.close()
    drawn = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the command ended: the terminal is gone
            break
        if not chunk:
            break
        drawn += chunk
    os.close(controller)
    process.stdout.read()
    return process.wait(timeout=300), drawn.decode(errors="replace")


def test_the_command_line_draws_a_bar_for_backup_and_restore_on_a_terminal_only(tmp_path):
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    assert run_cli("demo", "--beneficiaries", "20", "--db", url).returncode == 0
    create_admin(url)
    file = tmp_path / "copy.backup"

    code, drawn = _on_a_terminal("backup", "--to", str(file), "--db", url, "--user", ADMIN, "--password-stdin",
                                 stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, drawn
    assert "█" in drawn and "100%" in drawn
    code, drawn = _on_a_terminal("restore", str(file), "--db", url, "--user", ADMIN, "--password-stdin",
                                 stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, drawn
    assert "█" in drawn and "100%" in drawn

    piped = run_as_admin("backup", "--to", str(tmp_path / "piped.backup"), "--db", url)
    assert piped.returncode == 0, piped.stderr
    assert "█" not in piped.stderr and "%" not in piped.stderr  # a script or a log gets no bar
