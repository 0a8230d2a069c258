"""Charity Desk benchmarks: build a large synthetic database, then measure what users wait for.

    python benchmarks/run.py [--beneficiaries 200000] [--db FILE] [--reuse]

Prints one table: each figure, its target, and whether it is met.  Targets come from the issues.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from charity_desk.db import cipher  # noqa: E402
from charity_desk.db.engine import Database  # noqa: E402
from charity_desk.db.migrate import upgrade_database  # noqa: E402
from charity_desk.db.search import RESULT_COLUMNS, match_expression  # noqa: E402
from charity_desk.domain.search_text import search_query  # noqa: E402
from charity_desk.services.actor import SYSTEM, Actor  # noqa: E402
from charity_desk.services.beneficiaries import PageKey  # noqa: E402
from charity_desk.services.demo import REALISTIC, generate_demo  # noqa: E402
from charity_desk.services.demo_activity import add_demo_activity  # noqa: E402
from charity_desk.services.registry import Services  # noqa: E402

ROWS: list[tuple[str, str, str, str]] = []


def report(name: str, value: float, unit: str, target: str, met: bool | None) -> None:
    verdict = "" if met is None else ("met" if met else "MISSED")
    ROWS.append((name, f"{value:,.2f} {unit}", target, verdict))


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def build(db_path: Path, count: int, reuse: bool) -> Services:
    url = f"sqlite:///{db_path.as_posix()}"
    fresh = not (reuse and db_path.exists())
    if fresh and db_path.exists():
        db_path.unlink()
    db = Database(url)
    upgrade_database(db.engine)
    services = Services(db)
    if fresh:
        started = time.perf_counter()
        result = generate_demo(db, SYSTEM, count, seed=7, contacts_per_person=5, **REALISTIC)
        add_demo_activity(db, SYSTEM, seed=7)
        report(f"demo generation ({count:,} beneficiaries, {result.family_members:,} family members, "
               f"{result.contacts:,} contacts)", time.perf_counter() - started, "s", "-", None)
        services.setup.initialize("جمعية القياس", "bench", "قياس الأداء", "benchmark password")
    return services


def cold_start(db_path: Path) -> None:
    """A new Python process up to the sign-in window on screen (best of 3 runs)."""
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from charity_desk.config import MachineSettings\n"
        "from charity_desk.ui.app import AppController, create_application, open_database\n"
        "from charity_desk.services.registry import Services\n"
        f"app = create_application('ar'); db = open_database({'sqlite:///' + db_path.as_posix()!r})\n"
        "controller = AppController(app, Services(db), MachineSettings()); controller.start()\n"
        "shown = []\n"
        "QTimer.singleShot(0, lambda: (shown.append(controller.login.isVisible()), app.quit())); app.exec()\n"
        "raise SystemExit(0 if shown == [True] else 1)\n"
    )
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], check=True)
        times.append(time.perf_counter() - started)
    report("cold start to sign-in window", min(times), "s", "<= 1.5 s", min(times) <= 1.5)


def sample_ids(connection: sqlite3.Connection, count: int, rng: random.Random) -> list[int]:
    """``count`` beneficiary ids drawn with ``rng``: the same people on every run, unlike ORDER BY random()."""
    ids = [row[0] for row in connection.execute("SELECT id FROM beneficiary ORDER BY id")]
    return rng.sample(ids, count)


def search_queries(db_path: Path, rng: random.Random) -> dict[str, list[str]]:
    with cipher.open_file(db_path) as connection:
        ids = sample_ids(connection, 200, rng)
        people = connection.execute(
            f"SELECT first_name, family_name, national_id, mobile FROM beneficiary WHERE id IN ({','.join('?' * 200)})"
            " ORDER BY id", ids).fetchall()
    return {
        "name fragments": [f"{first[:3]} {family.removeprefix('ال')[:3]}" for first, family, _, _ in people],
        "a first name alone": [first for first, _, _, _ in people],
        "national ID": [nid[: rng.randrange(6, 11)] for _, _, nid, _ in people],
        "phone": ["0" + mobile[4:][: rng.randrange(6, 10)] for _, _, _, mobile in people],
    }


RESEARCHER = "bench-researcher"
CASELOAD = 300


def researcher_with_caseload(services: Services, db_path: Path) -> Actor:
    """A social researcher whose caseload is CASELOAD files drawn at random (the same every run)."""
    from charity_desk.domain.roles import Role

    admin = services.acting_as(SYSTEM)
    users = {user.username: user for user in admin.users.list()}
    user = users.get(RESEARCHER) or admin.users.create(RESEARCHER, "باحثة القياس", Role.SOCIAL_RESEARCHER,
                                                       "benchmark password")
    with cipher.open_file(db_path) as connection:
        ids = sample_ids(connection, CASELOAD, random.Random(9))
        connection.execute("UPDATE beneficiary SET assigned_researcher_id = NULL WHERE assigned_researcher_id = ?",
                           (user.id,))
        connection.executemany("UPDATE beneficiary SET assigned_researcher_id = ? WHERE id = ?",
                               [(user.id, i) for i in ids])
    return services.auth.login(RESEARCHER, "benchmark password")


#: The bare full-text query the search is compared with: the first 50 matches, unranked.
RAW_SEARCH = (f"SELECT {', '.join(RESULT_COLUMNS)} FROM beneficiary"
              " WHERE activity_rank IN (SELECT rowid FROM beneficiary_fts WHERE beneficiary_fts MATCH :q LIMIT 50)")


def search(services: Services, db_path: Path) -> None:
    """Each query as the administrator's search (ranked first page), the same with the total count the
    front desk shows, the social researcher's search (caseload inside the indexed query) and the bare
    full-text query, alternately, three times each; each query counts with its best time, since at a
    tenth of a millisecond a passing hiccup of a shared machine decides a p95, and the p95 is taken
    over the 200 queries of each kind."""
    administrator = services.acting_as(SYSTEM).beneficiaries
    researcher = services.acting_as(researcher_with_caseload(services, db_path)).beneficiaries
    raw = cipher.open_file(db_path)

    def desk(query: str) -> None:
        if administrator.search_page(query).after is not None:
            administrator.search_count(query)

    timed = {
        "administrator": administrator.search,
        "administrator with the count shown": desk,
        "researcher": researcher.search,
        "raw": lambda query: raw.execute(RAW_SEARCH, {"q": match_expression("sqlite", search_query(query))}).fetchall(),
    }
    for kind, queries in search_queries(db_path, random.Random(3)).items():
        times: dict[str, list[float]] = {name: [] for name in timed}
        # As in the application (ui/gui_thread_gc.py), the cycle collector runs between events,
        # never inside a keystroke's search.
        gc.collect()
        gc.disable()
        for query in queries:
            tries: dict[str, list[float]] = {name: [] for name in timed}
            for _ in range(3):
                for name, run in timed.items():
                    started = time.perf_counter()
                    run(query)
                    tries[name].append((time.perf_counter() - started) * 1000)
            for name in timed:
                times[name].append(min(tries[name]))
        gc.enable()
        best = {name: p95(values) for name, values in times.items()}
        report(f"search p95, {kind}, administrator", best["administrator"], "ms", "<= 20 ms",
               best["administrator"] <= 20)
        report(f"search p95, {kind}, with the total count", best["administrator with the count shown"], "ms",
               "<= 20 ms", best["administrator with the count shown"] <= 20)
        report(f"search p95, {kind}, researcher ({CASELOAD} files)", best["researcher"], "ms", "<= 20 ms",
               best["researcher"] <= 20)
        for name in ("administrator", "researcher"):
            ratio = best[name] / best["raw"]
            report(f"  {name} / raw full-text p95 (raw {best['raw']:.2f} ms)", ratio, "x", "<= 3x", ratio <= 3)
        ratio = best["researcher"] / best["administrator"]
        report("  researcher / administrator p95", ratio, "x", "<= 3x", ratio <= 3)


def open_file(services: Services, db_path: Path) -> None:
    """Opening a file with every tab's data (the administrator sees all tabs)."""
    files = services.acting_as(SYSTEM).files
    with cipher.open_file(db_path) as connection:
        ids = sample_ids(connection, 100, random.Random(5))
    times = []
    for beneficiary_id in ids:
        started = time.perf_counter()
        files.open(beneficiary_id)
        times.append((time.perf_counter() - started) * 1000)
    report("open a file with all tabs, p95", p95(times), "ms", "<= 100 ms", p95(times) <= 100)


def list_pages(services: Services) -> None:
    """Scrolling the alphabetical list: each page is a keyset query, wherever it is in the list."""
    beneficiaries = services.acting_as(SYSTEM).beneficiaries
    times, key, pages = [], None, 0
    while pages < 300 and (page := beneficiaries.page(key, 200)):
        started = time.perf_counter()
        key = PageKey(page[-1].full_name, page[-1].id)
        beneficiaries.page(key, 200)
        times.append((time.perf_counter() - started) * 1000)
        pages += 1
    report("beneficiary list, next page of 200, p95", p95(times), "ms", "<= 50 ms", p95(times) <= 50)


def import_10k(count: int = 10_000) -> None:
    """The e-form import (clause 5-2): a demo-generated .xlsx with Arabic headers, previewed and committed
    into a fresh database that already holds 20,000 files to check the rows against."""
    from datetime import date

    from openpyxl import Workbook

    from charity_desk.domain.dates import format_gregorian, format_hijri_numeric
    from charity_desk.reference import choice_label
    from charity_desk.services.eform_import import propose_mapping
    from charity_desk.services.programs import ProgramInput

    headers = ["طابع زمني", "الاسم الأول", "اسم الأب", "اسم الجد", "اسم العائلة", "رقم الهوية", "الجنس",
               "تاريخ الميلاد", "رقم الجوال", "المنطقة", "المدينة", "الحالة الاجتماعية", "الموافقة على التعليمات"]
    with tempfile.TemporaryDirectory() as folder:
        form = Database(f"sqlite:///{folder}/form.sqlite3")
        upgrade_database(form.engine)
        generate_demo(form, SYSTEM, count, seed=11, contacts_per_person=0, application_share=0)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(headers)
        with sqlite3.connect(f"{folder}/form.sqlite3") as connection:
            for row in connection.execute(
                    "SELECT first_name, father_name, grandfather_name, family_name, national_id, gender, birth_date,"
                    " mobile, region, city, marital_status FROM beneficiary"):
                first, father, grandfather, family, national_id, gender, birth, mobile, region, city, marital = row
                birth = date.fromisoformat(birth)
                sheet.append(["2026-11-20 10:30", first, father, grandfather, family, national_id,
                              choice_label("gender", gender), format_hijri_numeric(birth) if national_id[0] == "1"
                              else format_gregorian(birth), "0" + mobile[4:], region, city,
                              choice_label("marital_status", marital), "نعم"])
        form.dispose()
        source = Path(folder) / "applications.xlsx"
        workbook.save(source)
        target = Database(f"sqlite:///{folder}/charity.sqlite3")
        upgrade_database(target.engine)
        generate_demo(target, SYSTEM, 20_000, seed=12, contacts_per_person=1)
        imports = Services(target).acting_as(SYSTEM)
        imports.programs.save(ProgramInput(code="BENCH", name="قياس", kind="cash", instructions="قياس الأداء"))
        started = time.perf_counter()
        preview = imports.imports.preview(source, propose_mapping(headers), "BENCH")
        previewed = time.perf_counter()
        result = imports.imports.commit(preview)
        finished = time.perf_counter()
        target.dispose()
    report(f"e-form import, preview of {count:,} rows (read, check, match)", previewed - started, "s", "-", None)
    total = finished - started
    report(f"e-form import, {count:,} rows previewed and committed ({result.applications:,} applications)",
           total, "s", "<= 15 s", total <= 15)


def letters(services: Services) -> None:
    """A meeting's decision letters: one alone, then 200 as one PDF (issue 5)."""
    from datetime import date
    from decimal import Decimal

    from charity_desk.domain.application_flow import State
    from charity_desk.services.committees import DecisionInput, MemberInput
    from charity_desk.services.letters import prepare_documents

    acting = services.acting_as(SYSTEM)
    ready = acting.applications.queue(frozenset({State.READY_FOR_COMMITTEE}), limit=200)
    committee = acting.committees.save_committee(f"لجنة القياس {time.time_ns()}", 1,
                                                 [MemberInput("أحمد السالم", "رئيس اللجنة", "chair")])
    meeting = acting.committees.open_meeting(committee, date.today(), "مقر الجمعية")
    acting.committees.set_attendance(meeting, {acting.committees.meeting(meeting).members[0].id: True})
    for application in ready:
        acting.committees.record_decision(meeting, application.id, DecisionInput(
            "accepted", amount=Decimal("1500"), duration_months=6, votes_for=1, votes_against=0, votes_abstain=0))
    acting.committees.close_meeting(meeting)
    letter_ids = acting.letters.issue_for_meeting(meeting)
    prepare_documents()  # as the desk does off the GUI thread at sign-in
    started = time.perf_counter()
    acting.letters.render([letter_ids[0]])
    first = (time.perf_counter() - started) * 1000
    report("first letter after sign-in (fonts loaded at sign-in)", first, "ms", "<= 100 ms", first <= 100)
    times = []
    for letter_id in letter_ids[1:21]:
        started = time.perf_counter()
        acting.letters.render([letter_id])
        times.append((time.perf_counter() - started) * 1000)
    report("one decision letter, p95 of the next 20", p95(times), "ms", "<= 100 ms", p95(times) <= 100)
    started = time.perf_counter()
    acting.letters.render(letter_ids)
    batch = time.perf_counter() - started
    report(f"a meeting's {len(letter_ids)} letters as one PDF", batch, "s", "<= 10 s",
           batch <= 10 and len(letter_ids) == 200)


def dashboard(services: Services) -> None:
    """The dashboard's figures over the last year, no filter: the heaviest case (median of 5)."""
    from datetime import date, timedelta

    from charity_desk.services.dashboard import DashboardFilter

    board = services.acting_as(SYSTEM).dashboard
    today = date.today()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        board.figures(DashboardFilter(today - timedelta(days=365), today))
        times.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    report("dashboard figures, last 12 months, median of 5", median, "ms", "<= 300 ms", median <= 300)


_EXPORT_SCRIPT = """
import resource, sys, time
from pathlib import Path
from charity_desk.db.engine import Database
from charity_desk.services.actor import SYSTEM
from charity_desk.services.registry import Services
started = time.perf_counter()
rows = Services(Database(sys.argv[1])).acting_as(SYSTEM).exports.export("beneficiaries", Path(sys.argv[2]))
print(rows, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

_BARE_EXPORT_SCRIPT = """
import sys, time
from openpyxl import Workbook
from sqlalchemy import create_engine, select
from charity_desk.db.models import Beneficiary
from charity_desk.services.exports import LISTS
started = time.perf_counter()
workbook = Workbook(write_only=True)
sheet = workbook.create_sheet()
columns = [getattr(Beneficiary, c.key) for c in LISTS["beneficiaries"][1]]
with create_engine(sys.argv[1]).connect() as connection:
    for row in connection.execute(select(*columns).order_by(Beneficiary.id).execution_options(yield_per=2000)):
        sheet.append(list(row))
workbook.save(sys.argv[2])
print(time.perf_counter() - started)
"""


def export(db_path: Path) -> None:
    """Exporting every beneficiary (masked), each in a fresh process for a true peak memory, against a
    bare openpyxl write-only loop over the same rows (the same columns, read the same way, as typed
    values) that writes them with no masking, labels, styles or checks."""
    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run([sys.executable, "-c", _EXPORT_SCRIPT, f"sqlite:///{db_path.as_posix()}",
                              f"{folder}/export.xlsx"], check=True, capture_output=True, text=True).stdout.split()
        bare = subprocess.run([sys.executable, "-c", _BARE_EXPORT_SCRIPT, f"sqlite:///{db_path.as_posix()}",
                               f"{folder}/bare.xlsx"],
                              check=True, capture_output=True, text=True).stdout.split()
    rows, seconds, peak_mb = int(out[0]), float(out[1]), float(out[2])
    ratio = seconds / float(bare[0])
    report(f"export of {rows:,} beneficiaries", seconds, "s", "-", None)
    report(f"export / bare openpyxl loop (bare {float(bare[0]):.1f} s)", ratio, "x", "<= 1.3x", ratio <= 1.3)
    report("export peak memory", peak_mb, "MB", "<= 300 MB", peak_mb <= 300)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--beneficiaries", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "charity-desk-bench.sqlite3")
    parser.add_argument("--reuse", action="store_true", help="keep an existing benchmark database")
    parser.add_argument("--only", choices=("search",), help="run one section only")
    args = parser.parse_args()
    services = build(args.db, args.beneficiaries, args.reuse)
    if args.only == "search":
        search(services, args.db)
        print_table()
        return
    cold_start(args.db)
    search(services, args.db)
    open_file(services, args.db)
    list_pages(services)
    dashboard(services)
    export(args.db)
    letters(services)
    import_10k()
    print_table()


def print_table() -> None:
    width = max(len(r[0]) for r in ROWS)
    print(f"{'figure':<{width}}  {'value':>14}  {'target':<10}  result")
    for name, value, target, verdict in ROWS:
        print(f"{name:<{width}}  {value:>14}  {target:<10}  {verdict}")


if __name__ == "__main__":
    main()
