"""The window benchmark still plays: a few interactions on a database of a few hundred people.

Not a timing test: it checks that the script finds the widgets it drives and reports each
interaction, so the benchmark does not rot while the screens change.
"""

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "window.py"


def test_the_window_benchmark_plays_a_few_interactions(tmp_path):
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--people", "300", "--roles", "smoke", "--no-import", "--cache", str(tmp_path),
         "--timeout", "10"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert finished.returncode == 0, finished.stderr[-3000:]
    table = {line.split("  ")[0].strip(): line for line in finished.stdout.splitlines()}
    for interaction in ("sign in: main window ready", "front desk: Enter opens the file", "file: a tab",
                        "applications: switch to queue 'visits'", "sign out"):
        assert interaction in table, finished.stdout
        assert "FAILED" not in table[interaction], table[interaction]
    assert list(tmp_path.glob("window-*-300-seed7-*.sqlite3")), "the built database is kept for the next run"


def test_the_window_benchmark_plays_the_same_day_on_an_encrypted_copy_too(tmp_path):
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--people", "300", "--roles", "smoke", "--no-import", "--cache", str(tmp_path),
         "--timeout", "10", "--encrypted-too"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=180)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert "plain and encrypted (SQLCipher) in one run" in finished.stdout, finished.stdout
    compared = finished.stdout.split("plain and encrypted (SQLCipher) in one run")[1]
    table = {line.split("  ")[0].strip(): line.split() for line in compared.splitlines()}
    for interaction in ("sign in: main window ready", "front desk: Enter opens the file", "file: a tab"):
        assert interaction in table, compared
        assert "FAILED" not in table[interaction], table[interaction]
    encrypted = next(tmp_path.glob("played-encrypted-*.sqlite3"))
    assert not encrypted.read_bytes()[:16].startswith(b"SQLite format 3"), "the second day played on an encrypted file"
    assert list(tmp_path.glob("window-*-300-seed7-*.sqlite3")), "the built database is kept as built"
