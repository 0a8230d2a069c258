"""The encrypted-writes benchmark still runs: a few writes on a database of a few hundred people.

Not a timing test: it checks that the copies are made (the second one encrypted by the conversion),
that every write goes through on both and is reported, so the benchmark does not rot while the
services change.
"""

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
WRITES = ("a new connection: key, schema, first row", "file: save the housing part",
          "applications: mark a checklist item", "file: record a delivery", "complaints: log a complaint")


def test_the_encrypted_writes_benchmark_makes_each_write_on_both_copies(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cache, folder = tmp_path / "cache", tmp_path / "copies"
    built = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
         "from window_data import window_database; window_database(Path(sys.argv[2]), 300)",
         str(BENCHMARKS), str(cache)], capture_output=True, text=True, env=environment, timeout=120)
    assert built.returncode == 0, built.stderr[-3000:]

    finished = subprocess.run(
        [sys.executable, str(BENCHMARKS / "encrypted_writes.py"), "--cache", str(cache), "--folder", str(folder),
         "--people", "300", "--rounds", "2", "--warm-up", "1"],
        capture_output=True, text=True, env=environment, timeout=120)
    assert finished.returncode == 0, finished.stderr[-3000:]
    lines = {line[:42].strip(): line for line in finished.stdout.splitlines()}
    for write in WRITES:
        assert write in lines, finished.stdout
    assert "connections opened during the timed writes" in finished.stdout
    encrypted = folder / "encrypted-300.sqlite3"
    assert not encrypted.read_bytes()[:16].startswith(b"SQLite format 3"), "the second copy is encrypted"
    assert (folder / "plain-300.sqlite3").read_bytes()[:16].startswith(b"SQLite format 3")
    assert not list(folder.glob("*/before-encryption-*")), "the conversion's plain backup is removed again"
