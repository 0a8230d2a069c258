"""Command-line benchmark: ``--version``, ``--help`` and a signed-in ``search`` on a 200,000-person
database, against the interpreter alone.

    python benchmarks/cli.py [--runs 7] [--db FILE]

Each figure is a real process (``python -m charity_desk ...``) timed from its start to its exit; the
median and the best of several runs are printed, after one run that warms the page cache.  The
database (``--db``, by default one in the temporary folder) is made once with
``charity-desk demo --beneficiaries 200000`` and an administrator, and kept for the next run.
Targets (issue 16): ``--version`` and ``--help`` within 0.3 s, ``search`` within 0.6 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from charity_desk.config import DATA_DIR_ENV

PEOPLE = 200_000
USER = "bench"
PASSWORD = "benchmark password"
TARGETS = {"--version": 0.3, "--help": 0.3, "search": 0.6}


def seconds(command: list[str], env: dict[str, str], stdin: str = "") -> float:
    started = time.perf_counter()
    subprocess.run(command, input=stdin, env=env, text=True, capture_output=True, check=False)
    return time.perf_counter() - started


def median_and_best(command: list[str], env: dict[str, str], runs: int, stdin: str = "") -> tuple[float, float]:
    seconds(command, env, stdin)
    samples = [seconds(command, env, stdin) for _ in range(runs)]
    return statistics.median(samples), min(samples)


def prepared(database: Path, env: dict[str, str]) -> None:
    """The 200,000-person database with the benchmark's administrator, made once."""
    if database.exists():
        return
    desk = [sys.executable, "-m", "charity_desk"]
    subprocess.run([*desk, "demo", "--beneficiaries", str(PEOPLE), "--seed", "7", "--db", str(database)],
                   env=env, check=True)
    subprocess.run([*desk, "create-admin", "--username", USER, "--password-stdin", "--db", str(database)],
                   input=PASSWORD + "\n", env=env, text=True, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each figure")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / f"charity-desk-cli-{PEOPLE}.sqlite3",
                        help="the database to search (made when missing)")
    args = parser.parse_args()
    env = {**os.environ, DATA_DIR_ENV: str(args.db.parent / "charity-desk-cli-data")}
    prepared(args.db, env)
    desk = [sys.executable, "-m", "charity_desk"]
    figures = {
        "python -c pass": median_and_best([sys.executable, "-c", "pass"], env, args.runs),
        "--version": median_and_best([*desk, "--version"], env, args.runs),
        "--help": median_and_best([*desk, "--help"], env, args.runs),
        "search": median_and_best([*desk, "search", "محمد الشهري", "--db", str(args.db), "--user", USER,
                                   "--password-stdin"], env, args.runs, stdin=PASSWORD + "\n"),
    }
    print(f"{args.runs} runs each, warm start, {PEOPLE:,} people        median      best   target")
    met = True
    for name, (median, best) in figures.items():
        target = TARGETS.get(name)
        if target is not None:
            met = met and best <= target
        print(f"  {name:<40} {median:7.3f} s {best:7.3f} s   {f'<= {target} s' if target else ''}")
    print(f"  targets (best run): {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
