"""What encryption at rest costs: the same database plain and encrypted (SQLCipher), measured in one run.

    python benchmarks/encryption.py [--beneficiaries 200000] [--source FILE] [--folder DIR] [--reuse]

The plain database is built by the demo (or copied from ``--source``, a plain Charity Desk database,
with the online backup API), brought to the current schema, then encrypted with ``sqlcipher_export``
under a random key, exactly as a desk's database is converted.  Each figure is then taken on both,
alternately query by query so a change in the machine's load falls on both, and printed with the
ratio; the issue's target is encrypted within 1.3x of plain.  Timings: each query's best of three
(as benchmarks/run.py), p95 over the queries.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from charity_desk.db import cipher  # noqa: E402
from charity_desk.db.engine import Database  # noqa: E402
from charity_desk.db.migrate import upgrade_database  # noqa: E402
from charity_desk.services.actor import SYSTEM  # noqa: E402
from charity_desk.services.registry import Services  # noqa: E402

TARGET = 1.3


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def build_plain(path: Path, count: int, source: Path | None, reuse: bool) -> None:
    if reuse and path.exists():
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    if source is not None:
        with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as origin, \
                closing(sqlite3.connect(path)) as copy:
            origin.backup(copy)
        for suffix in (".audit-key", ".audit-mark"):  # its trail's secret: opening a file is audited
            if Path(f"{source}{suffix}").exists():
                shutil.copyfile(f"{source}{suffix}", f"{path}{suffix}")
    db = Database(f"sqlite:///{path.as_posix()}")  # plain: the file exists and is plain SQLite
    upgrade_database(db.engine)
    if source is None:
        from charity_desk.services.demo import generate_demo
        from charity_desk.services.demo_activity import add_demo_activity

        generate_demo(db, SYSTEM, count, seed=7, contacts_per_person=5)
        add_demo_activity(db, SYSTEM, seed=7)
    db.dispose()
    print(f"plain database ready in {time.perf_counter() - started:.1f} s", flush=True)


def queries(path: Path, rng: random.Random) -> tuple[list[str], list[int]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        top = connection.execute("SELECT max(id) FROM beneficiary").fetchone()[0]
        ids = rng.sample(range(1, top + 1), 200)
        people = connection.execute(
            f"SELECT id, first_name, family_name, national_id FROM beneficiary WHERE id IN ({','.join('?' * 200)})",
            ids).fetchall()
    texts = []
    for _id, first, family, national_id in people:
        texts += [f"{first[:3]} {family.removeprefix('ال')[:3]}", first, national_id[:7]]
    return texts, [row[0] for row in people[:100]]


def measure(services: dict[str, Services], texts: list[str], file_ids: list[int]) -> dict[str, dict[str, float]]:
    acting = {name: s.acting_as(SYSTEM) for name, s in services.items()}
    figures: dict[str, dict[str, float]] = {}

    def timed(label: str, items: list, run) -> None:
        samples: dict[str, list[float]] = {name: [] for name in acting}
        gc.collect()
        gc.disable()
        for item in items:
            for name, act in acting.items():
                best = float("inf")
                for _ in range(3):
                    started = time.perf_counter()
                    run(act, item)
                    best = min(best, (time.perf_counter() - started) * 1000)
                samples[name].append(best)
        gc.enable()
        figures[label] = {name: p95(values) for name, values in samples.items()}

    timed("search p95 (name fragments, first names, ID prefixes)", texts, lambda act, q: act.beneficiaries.search(q))
    timed("open a file with all tabs, p95", file_ids, lambda act, i: act.files.open(i))
    return figures


def database_open(urls: dict[str, tuple[str, bytes | None]], rounds: int = 7) -> dict[str, float]:
    """A new engine and the first query (what a desk pays at start, after the sign-in), best of ``rounds``."""
    from sqlalchemy import text

    best = {name: float("inf") for name in urls}
    for _ in range(rounds):
        for name, (url, key) in urls.items():
            started = time.perf_counter()
            db = Database(url, key)
            with db.read_session() as session:
                session.execute(text("SELECT count(*) FROM user_account")).scalar()
            best[name] = min(best[name], (time.perf_counter() - started) * 1000)
            db.dispose()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beneficiaries", type=int, default=200_000)
    parser.add_argument("--source", type=Path, help="a plain Charity Desk database to copy instead of the demo")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "charity-desk-encryption")
    parser.add_argument("--reuse", action="store_true", help="keep the plain database of an earlier run")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    plain = args.folder / f"plain-{args.beneficiaries}.sqlite3"
    encrypted = args.folder / f"encrypted-{args.beneficiaries}.sqlite3"
    build_plain(plain, args.beneficiaries, args.source, args.reuse)

    key = cipher.new_key()
    started = time.perf_counter()
    cipher.encrypt_copy(plain, encrypted, key)
    for suffix in (".audit-key", ".audit-mark"):
        if Path(f"{plain}{suffix}").exists():
            shutil.copyfile(f"{plain}{suffix}", f"{encrypted}{suffix}")
    encrypt_s = time.perf_counter() - started
    urls = {"plain": (f"sqlite:///{plain.as_posix()}", None), "encrypted": (f"sqlite:///{encrypted.as_posix()}", key)}
    databases = {name: Database(url, k) for name, (url, k) in urls.items()}
    services = {name: Services(db) for name, db in databases.items()}
    texts, file_ids = queries(plain, random.Random(3))
    for name in services:  # the first touch of each file reads it from disk: warm both the same way
        services[name].acting_as(SYSTEM).beneficiaries.search(texts[0])
    figures = measure(services, texts, file_ids)
    figures["database open and first query, best of 7"] = database_open(urls)
    for db in databases.values():
        db.dispose()

    size = plain.stat().st_size / 2**20
    print(f"\n{args.beneficiaries:,} beneficiaries; file {size:,.0f} MiB plain, "
          f"{encrypted.stat().st_size / 2**20:,.0f} MiB encrypted; encrypting it took {encrypt_s:.1f} s")
    print(f"{'figure':58} {'plain':>10} {'encrypted':>10} {'ratio':>7}  target <= {TARGET}x")
    missed = False
    for label, values in figures.items():
        ratio = values["encrypted"] / values["plain"]
        missed |= ratio > TARGET
        print(f"{label:58} {values['plain']:8.2f}ms {values['encrypted']:8.2f}ms {ratio:6.2f}x  "
              f"{'met' if ratio <= TARGET else 'MISSED'}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
