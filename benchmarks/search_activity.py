"""The front desk's search ranked by recent activity, on a large association.

    python benchmarks/search_activity.py [--beneficiaries 200000] [--db FILE] [--reuse]

Builds a synthetic association (or reuses one), gives a share of its files fresh activity through
the real services (inquiries logged about them, so each takes the next activity rank in its own
transaction), then prints, each as the best of five tries:

- the first page of «احمد» (50 rows) and the pages after it, read through the keyset;
- the same page read as the bare full-text query (no tiers, no ranking), for comparison;
- a page ordered by activity the other way (every match of the query read and sorted), which is
  what the keyset on the activity rank avoids;
- what one piece of activity costs: a whole inquiry logged (its audit entry and commit included),
  and the file's rank update alone (the statement ``db.activity`` adds to the transaction).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from charity_desk.db.activity import RANK_UPDATE  # noqa: E402
from charity_desk.db.engine import Database  # noqa: E402
from charity_desk.db.migrate import upgrade_database  # noqa: E402
from charity_desk.db.search import match_expression  # noqa: E402
from charity_desk.domain.search_text import search_query  # noqa: E402
from charity_desk.services.actor import SYSTEM  # noqa: E402
from charity_desk.services.demo import generate_demo  # noqa: E402
from charity_desk.services.inquiries import InquiryInput  # noqa: E402
from charity_desk.services.registry import Services  # noqa: E402

QUERY = "احمد"
PAGE = 50
TRIES = 5

#: The bare full-text page the ranked search is compared with.
RAW_PAGE = ("SELECT id, full_name FROM beneficiary WHERE activity_rank IN (SELECT rowid FROM beneficiary_fts"
            " WHERE beneficiary_fts MATCH :q LIMIT 50)")
#: Ordering by activity without the rank-keyed index: every match read, then sorted.
SORTED_PAGE = ("SELECT b.id, b.full_name FROM beneficiary_fts f JOIN beneficiary b ON b.activity_rank = f.rowid"
               " WHERE beneficiary_fts MATCH :q ORDER BY b.updated_at DESC, b.id DESC LIMIT 50")


def best_ms(run) -> float:
    times = []
    for _ in range(TRIES):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def build(path: Path, count: int, reuse: bool) -> Services:
    fresh = not (reuse and path.exists())
    if fresh and path.exists():
        path.unlink()
    db = Database(f"sqlite:///{path.as_posix()}")
    upgrade_database(db.engine)
    services = Services(db)
    if fresh:
        started = time.perf_counter()
        generate_demo(db, SYSTEM, count, seed=15, contacts_per_person=1)
        print(f"built {count:,} files in {time.perf_counter() - started:.0f} s")
    return services


def give_activity(services: Services, path: Path, share: int) -> float:
    """Log an inquiry about ``share`` files drawn at random; the mean cost of one, in ms."""
    with sqlite3.connect(path) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM beneficiary")]
    chosen = random.Random(15).sample(ids, min(share, len(ids)))
    inquiries = services.acting_as(SYSTEM).inquiries
    started = time.perf_counter()
    for beneficiary_id in chosen:
        inquiries.log(InquiryInput(channel="phone_letter", question="متابعة", beneficiary_id=beneficiary_id))
    return (time.perf_counter() - started) * 1000 / len(chosen)


def rank_update_ms(path: Path, files: int = 500) -> float:
    """The rank update alone, for ``files`` files drawn at random, in a transaction rolled back."""
    with sqlite3.connect(path) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM beneficiary ORDER BY random() LIMIT ?",
                                                    (files,))]
        started = time.perf_counter()
        for beneficiary_id in ids:
            connection.execute(str(RANK_UPDATE["sqlite"]), {"b": beneficiary_id})
        elapsed = (time.perf_counter() - started) * 1000 / len(ids)
        connection.rollback()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beneficiaries", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "charity-search-activity.sqlite3")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--activity", type=int, default=2000, help="files given fresh activity")
    arguments = parser.parse_args()

    services = build(arguments.db, arguments.beneficiaries, arguments.reuse)
    per_activity = give_activity(services, arguments.db, arguments.activity)
    people = services.acting_as(SYSTEM).beneficiaries
    total = people.search_count(QUERY)

    first = best_ms(lambda: people.search_page(QUERY, None, PAGE))
    keys, after = [], None
    for _ in range(20):
        page = people.search_page(QUERY, after, PAGE)
        if page.after is None:
            break
        keys.append(page.after)
        after = page.after
    later = {number: best_ms(lambda key=keys[number - 2]: people.search_page(QUERY, key, PAGE))
             for number in (2, 10, 20) if number - 2 < len(keys)}
    count = best_ms(lambda: people.search_count(QUERY))
    raw = sqlite3.connect(arguments.db)
    expression = {"q": match_expression("sqlite", search_query(QUERY))}
    bare = best_ms(lambda: raw.execute(RAW_PAGE, expression).fetchall())
    sorted_page = best_ms(lambda: raw.execute(SORTED_PAGE, expression).fetchall())

    print(f"files: {arguments.beneficiaries:,}; matches for «{QUERY}»: {total:,}")
    print(f"first page ({PAGE} rows), ranked by tier then activity: {first:.2f} ms")
    for number, value in later.items():
        print(f"page {number} through the keyset: {value:.2f} ms")
    print(f"count of the matches: {count:.2f} ms")
    print(f"bare full-text page, unranked: {bare:.2f} ms")
    print(f"page sorted by activity after reading every match: {sorted_page:.2f} ms")
    print(f"one inquiry logged, with its file's new activity rank: {per_activity:.2f} ms")
    print(f"the rank update alone (the file re-indexed under its new rank): {rank_update_ms(arguments.db):.2f} ms")


if __name__ == "__main__":
    main()
