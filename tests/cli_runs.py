"""Running ``charity-desk`` as a real process, signed in as a real account."""

from __future__ import annotations

import os
import subprocess
import sys

ADMIN = "root"
ADMIN_PASSWORD = "a strong password"


def run_cli(*args: str, stdin: str = "", env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "charity_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env_extra or {})},
        timeout=300,
    )


def run_as(user: str, password: str, *args: str, more_stdin: str = "") -> subprocess.CompletedProcess:
    """``args`` signed in as ``user``; ``more_stdin`` follows the password (a passphrase, say)."""
    return run_cli(*args, "--user", user, "--password-stdin", stdin=f"{password}\n{more_stdin}")


def run_as_admin(*args: str, more_stdin: str = "") -> subprocess.CompletedProcess:
    return run_as(ADMIN, ADMIN_PASSWORD, *args, more_stdin=more_stdin)


def create_admin(url: str) -> None:
    """The first administrator of a new database (no sign-in: there is no administrator yet).

    The database is encrypted (db.cipher): this test process then unwraps its key with the
    administrator's password, as a sign-in would, so the test can open it itself (``Database(url)``).
    """
    created = run_cli("create-admin", "--username", ADMIN, "--password-stdin", "--db", url,
                      stdin=ADMIN_PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    from charity_desk.cli.session import database_url
    from charity_desk.services import auth

    auth.unlock(database_url(url), ADMIN, ADMIN_PASSWORD)  # ``url`` may be a bare path, as --db takes
