"""The typing-after-sign-in benchmark still plays: one sign-in on a database of a few hundred people.

Not a timing test: it checks that the script signs in, finds the search box and types each key.
"""

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "typing_after_sign_in.py"
sys.path.insert(0, str(SCRIPT.parent))

from typing_after_sign_in import KEYS  # noqa: E402 - the benchmark's folder is not a package


def test_the_typing_benchmark_types_every_key(tmp_path):
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), "--people", "300", "--runs", "1", "--cache", str(tmp_path)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=180)
    assert finished.returncode == 0, finished.stderr[-3000:]
    figures = next(line.split() for line in finished.stdout.splitlines() if line.split()[:1] == ["300"])
    assert int(figures[1]) == KEYS, finished.stdout
