"""What a committing write costs on the encrypted store: the same service writes, plain and encrypted.

    python benchmarks/encrypted_writes.py [--cache DIR] [--people 200000] [--folder DIR] [--reuse] [--rounds 40]

The window benchmark's database (built by benchmarks/window.py into ``--cache``; only read here) is
copied twice into ``--folder``: one copy stays plain, the other is encrypted by the desk's own
conversion (services.encryption_conversion, as on the first sign-in after the upgrade; its plain backup
is removed again).  Then real writes, each one service call and one transaction through
``Services(db).acting_as(...)``, are made on both, alternately round by round so that a change in the
machine's load falls on both: a file's housing corrected, a checklist item marked, a delivery recorded,
a complaint logged; and a new connection's opening (key, schema, first row) is timed on each.

Each write's wall time is split into its processor time, the time it waited for a processor (the
machine's other load, from the thread's scheduler statistics) and the rest, the time it waited for the
disk or a lock (the write-ahead log's and the audit mark's syncs); with the bytes it wrote.  The table
gives medians (and the wall time's p95), plain then encrypted, and the ratios of the medians.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import event  # noqa: E402
from window_data import PASSWORD, VERSION, copy_database  # noqa: E402

from charity_desk.db import cipher, key_slots  # noqa: E402
from charity_desk.db.engine import Database  # noqa: E402
from charity_desk.db.migrate import upgrade_database  # noqa: E402
from charity_desk.services.registry import Services  # noqa: E402

ADMIN = "admin"


def prepare(cache: Path, people: int, seed: int, folder: Path, reuse: bool) -> tuple[Path, Path]:
    """The plain copy and the converted (encrypted) copy of the window benchmark's database."""
    plain = folder / f"plain-{people}.sqlite3"
    encrypted = folder / f"encrypted-{people}.sqlite3"
    if reuse and plain.exists() and encrypted.exists() and key_slots.exists(encrypted):
        return plain, encrypted
    built = sorted(cache.glob(f"window-v{VERSION}-{people}-seed{seed}-*.sqlite3"))
    if not built:
        raise SystemExit(f"no window benchmark database of {people:,} people in {cache}: "
                         f"build it first with benchmarks/window.py --cache {cache} --people {people}")
    source = built[-1]
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    copy_database(source, plain)
    db = Database(f"sqlite:///{plain.as_posix()}")
    upgrade_database(db.engine)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    copy_database(plain, encrypted)
    Path(f"{encrypted}.keys").unlink(missing_ok=True)
    from charity_desk.services.encryption_conversion import convert

    db = Database(f"sqlite:///{encrypted.as_posix()}")
    with tempfile.TemporaryDirectory(dir=folder) as backups:
        convert(db, Path(backups), ADMIN, PASSWORD)  # its plain backup goes with the folder
    db.dispose()
    print(f"plain and encrypted copies ready in {time.perf_counter() - started:.0f} s", flush=True)
    return plain, encrypted


def _written() -> int:
    """Bytes this process has written so far (Linux; 0 elsewhere)."""
    try:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
        return int(fields["wchar"])
    except (OSError, KeyError, ValueError):
        return 0


def _queued() -> float:
    """Milliseconds this thread has waited so far for a processor while ready to run (Linux; 0 elsewhere):
    on a shared machine, the part of a wall time that other programs' load adds."""
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass
class Figures:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    queued: list[float] = field(default_factory=list)
    written: list[int] = field(default_factory=list)

    def waited(self) -> list[float]:
        """Each write's wall time neither on a processor nor waiting for one: waiting for the disk or a lock."""
        return [max(w - c - q, 0.0) for w, c, q in zip(self.wall, self.cpu, self.queued, strict=True)]


#: What the benchmark's writes leave in a note, so that a later run on the same copies writes to other rows
#: (a person's housing saved again and again, or an enrolment given one delivery after another, costs more
#: each time: its history grows).
MARK = "قياس الكتابة"


def targets(db: Database, rounds: int) -> dict[str, list[int]]:
    """What the writes act on, none touched by an earlier run (the two copies hold the same rows)."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        def ids(sql: str) -> list[int]:
            return [row[0] for row in connection.execute(text(sql), {"mark": MARK}).all()]
        people = ids("SELECT b.id FROM beneficiary b WHERE NOT EXISTS "
                     "(SELECT 1 FROM housing h WHERE h.beneficiary_id = b.id AND h.notes = :mark) ORDER BY b.id")
        people = people[::max(len(people) // rounds, 1)][:rounds]  # spread over the register
        items = ids("SELECT c.id FROM checklist_item c JOIN application a ON a.id = c.application_id "
                    f"WHERE a.state = 'under_verification' AND c.note != :mark ORDER BY c.id LIMIT {rounds}")
        enrolments = ids("SELECT e.id FROM enrolment e JOIN application a ON a.id = e.application_id "
                         "WHERE a.state = 'enrolled' AND NOT EXISTS (SELECT 1 FROM service_delivery d "
                         "WHERE d.enrolment_id = e.id AND d.notes = :mark) "
                         f"ORDER BY e.id DESC LIMIT {rounds * 4}")
    if min(len(people), len(items), len(enrolments)) < rounds:
        raise SystemExit("too few rows left that no earlier run wrote to: make new copies (leave out --reuse)")
    return {"people": people, "items": items, "enrolments": enrolments}


def writes(services, chosen: dict[str, list[int]], round_: int) -> dict[str, object]:
    """The writes of one round, by name: each one service call, one transaction, on rows of its own."""
    from charity_desk.reference import channels, complaint_categories
    from charity_desk.services.complaints import ComplaintInput
    from charity_desk.services.delivery import DeliveryInput
    from charity_desk.services.file_edits import HousingInput

    person, item = chosen["people"][round_], chosen["items"][round_]
    housing = HousingInput(tenure="rented", kind="apartment", rooms=2 + round_ % 3,
                           monthly_rent=Decimal(1500 + round_), condition="fair", notes=MARK)
    complaint = ComplaintInput(kind="complaint", channel=channels()[0].code, category=complaint_categories()[0].code,
                               details="تأخر صرف المساعدة")
    delivery = DeliveryInput(kind="in_kind", delivered_on=date.today(), items="سلة غذائية", quantity=1, notes=MARK)
    return {
        "file: save the housing part": lambda: services.file_edits.save_housing(person, housing, "تحديث بعد الزيارة"),
        "applications: mark a checklist item": lambda: services.applications.mark_item(item, "provided", MARK),
        "file: record a delivery": lambda: _deliver(services, chosen["enrolments"], delivery),
        "complaints: log a complaint": lambda: services.complaints.receive(complaint),
    }


def _deliver(services, enrolments: list[int], delivery) -> None:
    """A delivery to the next enrolment that accepts one (a decision's limits refuse some); each enrolment
    is given one delivery at most."""
    from charity_desk.services.errors import ServiceError

    while enrolments:
        enrolment = enrolments.pop(0)
        try:
            services.delivery.deliver(enrolment, delivery)
            return
        except ServiceError:
            continue
    raise SystemExit("no enrolment left that accepts a delivery: make new copies (leave out --reuse)")


def timed(call, figures: Figures) -> None:
    gc.collect()
    written = _written()
    queued, cpu, wall = _queued(), time.process_time(), time.perf_counter()
    call()
    figures.wall.append((time.perf_counter() - wall) * 1000)
    figures.cpu.append((time.process_time() - cpu) * 1000)
    figures.queued.append(_queued() - queued)
    figures.written.append(_written() - written)


def opening(db: Database, times: int) -> Figures:
    """A new connection of ``db``'s engine (its key and settings given) reading its first row: SQLite reads
    and parses the whole schema then, which on the encrypted file means decrypting its pages first."""
    from sqlalchemy import text

    figures = Figures()
    for _ in range(times):
        db.engine.dispose()  # the pool let go of its connections: the next one is new
        queued, cpu, wall = _queued(), time.process_time(), time.perf_counter()
        with db.engine.connect() as connection:
            connection.execute(text("SELECT id FROM beneficiary LIMIT 1")).all()
        figures.wall.append((time.perf_counter() - wall) * 1000)
        figures.cpu.append((time.process_time() - cpu) * 1000)
        figures.queued.append(_queued() - queued)
        figures.written.append(0)
    db.engine.dispose()
    return figures


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) > 1 else samples[0]


def report(results: dict[str, dict[str, Figures]]) -> None:
    """Plain then encrypted: the wall time's p50 and p95, and the medians of its parts (processor, waiting
    for a processor, waiting for the disk or a lock) and of the KiB written; then the ratios of the medians."""
    columns = f"{'p50':>6} {'p95':>6} {'cpu':>5} {'queue':>5} {'disk':>5} {'KiB':>4}"
    print(f"\n{'':<42} {'plain':^36} | {'encrypted':^36} | encrypted / plain")
    print(f"{'write':<42} {columns} | {columns} | {'wall':>5} {'cpu':>5}")
    for name, by_variant in results.items():
        plain, encrypted = by_variant["plain"], by_variant["encrypted"]
        line = f"{name:<42}"
        for figures in (plain, encrypted):
            line += (f" {statistics.median(figures.wall):6.1f} {p95(figures.wall):6.1f}"
                     f" {statistics.median(figures.cpu):5.1f} {statistics.median(figures.queued):5.1f}"
                     f" {statistics.median(figures.waited()):5.1f} {statistics.median(figures.written) / 1024:4.0f} |")
        line += (f" {statistics.median(encrypted.wall) / statistics.median(plain.wall):5.2f}"
                 f" {statistics.median(encrypted.cpu) / statistics.median(plain.cpu):5.2f}")
        print(line)
    print("(milliseconds; cpu: processor time; queue: waiting for a processor (other programs' load);"
          " disk: waiting for the disk or a lock; KiB: written)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "charity-desk-window",
                        help="where benchmarks/window.py keeps its built databases (only read)")
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "charity-desk-encrypted-writes",
                        help="where the plain and encrypted copies are made")
    parser.add_argument("--reuse", action="store_true", help="reuse the copies an earlier run made in --folder")
    parser.add_argument("--rounds", type=int, default=40, help="writes of each kind on each copy")
    parser.add_argument("--warm-up", type=int, default=3, help="rounds played first and not counted")
    args = parser.parse_args()

    plain_path, encrypted_path = prepare(args.cache, args.people, args.seed, args.folder, args.reuse)
    cipher.remember(encrypted_path, key_slots.unlock(encrypted_path, ADMIN, PASSWORD))
    databases = {"plain": Database(f"sqlite:///{plain_path.as_posix()}"),
                 "encrypted": Database(f"sqlite:///{encrypted_path.as_posix()}")}
    chosen = targets(databases["plain"], args.rounds + args.warm_up)
    acting = {}
    for variant, db in databases.items():
        services = Services(db)
        acting[variant] = (services.acting_as(services.auth.login(ADMIN, PASSWORD)),
                           {name: list(ids) for name, ids in chosen.items()})
    results: dict[str, dict[str, Figures]] = {"a new connection: key, schema, first row": {
        variant: opening(db, 20) for variant, db in databases.items()}}
    opened = dict.fromkeys(databases, 0)
    for round_ in range(args.warm_up + args.rounds):
        if round_ == args.warm_up:  # from here on, whether a write needs a new connection
            for variant, db in databases.items():
                event.listen(db.engine, "connect",
                             lambda *_, variant=variant: opened.__setitem__(variant, opened[variant] + 1))
        for variant in (("plain", "encrypted") if round_ % 2 == 0 else ("encrypted", "plain")):
            services, own = acting[variant]
            for name, call in writes(services, own, round_).items():
                figures = results.setdefault(name, {"plain": Figures(), "encrypted": Figures()})[variant]
                if round_ < args.warm_up:
                    call()
                else:
                    timed(call, figures)
    for db in databases.values():
        db.dispose()
    print(f"{args.people:,} people, {args.rounds} writes of each kind on each copy")
    report(results)
    print(f"connections opened during the timed writes: plain {opened['plain']}, encrypted {opened['encrypted']}")


if __name__ == "__main__":
    main()
