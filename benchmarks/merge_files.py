"""The review queue and merges at scale: the queue's first page and count, a pair's comparison, a merge
and its undo, on the training demo with its duplicates (built as benchmarks/duplicates.py builds it).

    python benchmarks/merge_files.py [--beneficiaries 200000] [--db FILE] [--reuse] [--pairs 30]

The queue's page is read on the GUI thread (target 100 ms); the comparison, the merge and the undo run
off it (ui/screens/duplicates_review.py), so their figures say how long the reviewer waits.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from duplicates import PASSWORD, build  # noqa: E402 - the same demo as the duplicates benchmark

from charity_desk.db.models import DuplicatePair  # noqa: E402
from charity_desk.db.models.duplicates import OPEN  # noqa: E402
from charity_desk.services.duplicate_scan import scan_register  # noqa: E402
from charity_desk.services.registry import Services  # noqa: E402


def _line(name: str, samples: list[float], target_ms: float | None = None) -> None:
    p95 = statistics.quantiles(samples, n=20)[18] if len(samples) >= 2 else samples[0]
    median = statistics.median(samples)
    verdict = "" if target_ms is None else ("met" if p95 * 1000 <= target_ms else "MISSED")
    target = f"≤ {target_ms:,.0f} ms" if target_ms else "-"
    print(f"{name:<44} median {median * 1000:8.1f} ms  p95 {p95 * 1000:8.1f} ms  {target:<10} {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--beneficiaries", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "merge-bench.sqlite3")
    parser.add_argument("--reuse", action="store_true", help="keep the database built by an earlier run")
    parser.add_argument("--pairs", type=int, default=30)
    args = parser.parse_args()
    db = build(args.db, args.beneficiaries, args.reuse)
    with db.read_session() as session:
        scanned = session.scalar(select(func.count(DuplicatePair.id))) > 0
    if not scanned:
        with db.session() as session:
            scan_register(session)
    acting = Services(db).acting_as(Services(db).auth.login("bench", PASSWORD))

    acting.lists.duplicate_pairs(OPEN).page(None, 100)  # statements compiled once, as in a running desk
    page, count = [], []
    for _ in range(20):
        started = time.perf_counter()
        queue = acting.lists.duplicate_pairs(OPEN)
        pairs = [row for _key, row in queue.page(None, 100)]
        page.append(time.perf_counter() - started)
        started = time.perf_counter()
        queue.count()
        count.append(time.perf_counter() - started)
    _line("review queue: first page of 100 pairs", page, 100)
    _line("review queue: pairs counted", count, 100)

    compare, merge, undo = [], [], []
    for pair in pairs[: args.pairs]:
        started = time.perf_counter()
        acting.merges.compare(pair.lower_id, pair.higher_id)
        compare.append(time.perf_counter() - started)
        started = time.perf_counter()
        try:
            result = acting.merges.merge(pair.lower_id, pair.higher_id)
        except Exception:  # both files open to one program: refused, as it should be
            continue
        merge.append(time.perf_counter() - started)
        started = time.perf_counter()
        acting.merges.undo(result.merge_id)  # the register is left as it was
        undo.append(time.perf_counter() - started)
    _line(f"comparison of two files ({len(compare)} pairs)", compare)
    _line(f"merge, one transaction ({len(merge)} pairs)", merge)
    _line(f"undo, one transaction ({len(undo)} pairs)", undo)


if __name__ == "__main__":
    main()
