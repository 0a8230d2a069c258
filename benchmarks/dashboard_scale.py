"""The dashboard's figures at 1,000,000 people (and at the 200,000 they are made from).

    python benchmarks/dashboard_scale.py [--times 5] [--cache DIR]

The window benchmark's 200,000-person database is copied and what the dashboard reads (people,
families, applications, enrolments, deliveries, inquiries, complaints, referrals, visits, surveys) is
repeated ``--times`` over under new ids, as if that many associations of that size had joined, so the
large database has the same shape per person as the small one.  The full-text index and the audit
trail are not repeated (the dashboard reads neither).  Each period of the Reports page is computed by
the service five times; the median wall-clock and processor times are printed beside the targets
(<= 100 ms at 200,000 people, <= 300 ms at 1,000,000).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Tables repeated, parents first, and the id columns that point into repeated tables.
_REPEATED = ("beneficiary", "family_member", "application", "enrolment", "service_delivery", "inquiry",
             "complaint", "referral", "home_visit", "survey_request", "survey_response")
_POINTERS = {"beneficiary_id": "beneficiary", "application_id": "application", "enrolment_id": "enrolment"}
#: Text columns that must stay unique: a repeated person's ID is made from the new id, a number is
#: prefixed with its round.
_UNIQUE_TEXT = {("beneficiary", "national_id"), ("application", "number")}
TARGETS_MS = {200_000: 100, 1_000_000: 300}


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def repeat(source: Path, target: Path, times: int) -> None:
    """``target``: ``source`` with the dashboard's tables repeated ``times`` over (built once)."""
    from window_data import copy_database, move_database

    if target.exists():
        return
    partial = target.with_suffix(".partial")
    copy_database(source, partial)
    connection = sqlite3.connect(partial)
    # The copy's rows keep the next-delivery dates of the rows they repeat (each person's deliveries
    # are repeated together), so the triggers that keep them are set aside while the rows are copied,
    # with those of the search index; the others (the dashboard's day totals and people served) count
    # the copied rows as they come.
    triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND"
                                  " (name LIKE 'service_delivery_next%' OR name LIKE 'beneficiary_fts%')").fetchall()
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    top = {table: connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
           for table in _REPEATED}
    if "activity_rank" in _columns(connection, "beneficiary"):
        top["activity_rank"] = connection.execute("SELECT coalesce(max(activity_rank), 0) FROM beneficiary").fetchone()[0]
    for round_ in range(1, times):
        for table in _REPEATED:
            columns = _columns(connection, table)
            values = []
            for column in columns:
                if column == "id":
                    values.append(f"id + {round_ * top[table]}")
                elif column in _POINTERS:
                    values.append(f"{column} + {round_ * top[_POINTERS[column]]}")
                elif (table, column) == ("beneficiary", "national_id"):  # starts with 0: no real ID does
                    values.append(f"printf('%010d', id + {round_ * top[table]})")
                elif (table, column) == ("beneficiary", "activity_rank"):  # unique: the search's order
                    values.append(f"{column} + {round_ * top['activity_rank']}")
                elif (table, column) in _UNIQUE_TEXT:
                    values.append(f"'{round_}-' || {column}")
                else:
                    values.append(column)
            connection.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)}"
                               f" FROM {table} WHERE id <= {top[table]}")
        connection.commit()
        print(f"  round {round_ + 1} of {times} copied", flush=True)
    for name, sql in triggers:
        if not name.startswith("beneficiary_fts"):  # the search index of the repeated people is not kept
            connection.execute(sql)
    connection.execute("ANALYZE")
    connection.commit()
    connection.close()
    move_database(partial, target)


def time_dashboard(db_path: Path, today: date) -> dict[str, tuple[float, float]]:
    """Median wall-clock and processor milliseconds of each period's figures (five runs after one warm-up)."""
    from charity_desk.db.engine import Database
    from charity_desk.domain.periods import last_twelve_months
    from charity_desk.services.actor import SYSTEM
    from charity_desk.services.dashboard import DashboardFilter
    from charity_desk.services.registry import Services

    board = Services(Database(f"sqlite:///{db_path.as_posix()}")).acting_as(SYSTEM).dashboard
    periods = {"this month": (today.replace(day=1), today), "last 12 months": last_twelve_months(today),
               "the year before": (today - timedelta(days=730), today - timedelta(days=365))}
    result = {}
    for name, (start, end) in periods.items():
        board.figures(DashboardFilter(start, end), today)
        walls, cpus = [], []
        for _ in range(5):
            wall, cpu = time.perf_counter(), time.process_time()
            board.figures(DashboardFilter(start, end), today)
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        result[name] = (statistics.median(walls), statistics.median(cpus))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--times", type=int, default=5, help="how many times the 200,000 people are repeated")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "charity-desk-window")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from window_data import window_database

    from charity_desk.db.engine import Database
    from charity_desk.db.migrate import upgrade_database

    today = date.today()
    source = window_database(args.cache, 200_000, args.seed, today)
    current = source.with_name(f"dashboard-{source.name}")
    from window_data import copy_database

    if not current.exists():
        copy_database(source, current)
    people = 200_000 * args.times
    large = current.with_name(f"dashboard-{people}-{source.name}")
    for built in (current, large):
        if built.exists():  # a copy built before a later migration is brought to the current schema
            db = Database(f"sqlite:///{built.as_posix()}")
            upgrade_database(db.engine)
            db.dispose()
    repeat(current, large, args.times)
    print(f"{'people':>9}  {'period':<16}  {'wall ms':>8}  {'cpu ms':>7}  {'target':>6}  result")
    met = True
    for size, path in ((200_000, current), (people, large)):
        target = TARGETS_MS.get(size, TARGETS_MS[1_000_000])
        for name, (wall, cpu) in time_dashboard(path, today).items():
            verdict = "met" if wall <= target else "MISSED"
            met &= verdict == "met"
            print(f"{size:>9,}  {name:<16}  {wall:8.1f}  {cpu:7.1f}  {target:6d}  {verdict}")
    print("all targets met" if met else "some targets MISSED")


if __name__ == "__main__":
    main()
