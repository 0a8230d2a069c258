"""A process killed outright in the middle of its writes loses nothing it had reported as saved."""

import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import text

from charity_desk.db.engine import Database, sqlite_path
from charity_desk.services.audit_verify import verify_chain
from database_files import open_database_file

# Writes audit rows one transaction at a time and prints each id once its commit has returned.
WRITER = """
import sys
from charity_desk.db.engine import Database
from charity_desk.services import audit
from charity_desk.services.actor import SYSTEM

db = Database(sys.argv[1])
for n in range(1_000_000):
    with db.session() as session:
        entry_id = audit.record(session, SYSTEM, "crash.test", "test", n, n=n).id
    print(entry_id, flush=True)
"""

ROUNDS = 3
ACKNOWLEDGED_BEFORE_KILL = 150


def _write_until_killed(url: str) -> set[int]:
    writer = subprocess.Popen([sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True)
    acknowledged: set[int] = set()
    try:
        while len(acknowledged) < ACKNOWLEDGED_BEFORE_KILL:
            line = writer.stdout.readline()
            assert line, "the writer stopped on its own"
            acknowledged.add(int(line))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        # Lines already in the pipe were printed after their commit too.
        acknowledged |= {
            int(line) for line in writer.stdout.read().splitlines(keepends=True) if line.endswith("\n")
        }
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    return acknowledged


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_burst_keeps_every_acknowledged_write(database):
    url = database.url
    database.dispose()
    acknowledged: set[int] = set()
    for _round in range(ROUNDS):
        acknowledged |= _write_until_killed(url)

    reopened = Database(url)
    try:
        path = sqlite_path(url)
        if path is not None:
            with open_database_file(path) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with reopened.read_session() as session:
            stored = set(session.scalars(text("SELECT id FROM audit_entry WHERE action = 'crash.test'")))
        assert len(acknowledged) >= ROUNDS * ACKNOWLEDGED_BEFORE_KILL
        assert acknowledged <= stored
        assert verify_chain(reopened).ok
    finally:
        reopened.dispose()
