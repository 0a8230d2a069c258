"""The real window, timed as a person waits for it: a scripted day at 20,000 and at 200,000 people.

    python benchmarks/window.py [--people 20000 200000] [--cache DIR] [--seed 7] [--timeout 20]

Builds (once, then reuses from ``--cache``) a database of each size with a busy association's work
volume, starts the real main window offscreen in a fresh process per size, signs in as each role and
plays the same day through real mouse and key events.  Each interaction is timed from its input event
until the window is idle; the table gives p50, p95 and max beside the target, and the ratio of the
p95 at the largest size to that at the smallest.  The e-form import of 10,000 rows (30% returning
people) is measured against openpyxl reading the same file, in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROLES = ["administrator", "front_desk", "researcher", "committee_member", "manager"]
#: How far an interaction may grow from the smallest database to the largest.
RATIO_TARGET = 1.5


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def samples(db_path: Path, seed: int) -> dict[str, list[tuple[int, str, str]]]:
    """People to search for (the same on every run): anyone, the researcher's caseload, the enrolled."""
    import random

    from window_data import CASELOAD_EVERY

    rng = random.Random(seed)
    with sqlite3.connect(db_path) as connection:
        def pick(where: str, count: int) -> list[tuple[int, str, str]]:
            rows = connection.execute(
                f"SELECT id, first_name, family_name, national_id FROM beneficiary WHERE {where} ORDER BY id"
            ).fetchall()
            chosen = rng.sample(rows, min(count, len(rows)))
            return [(i, f"{first[:3]} {family.removeprefix('ال')[:3]}", nid[:8]) for i, first, family, nid in chosen]
        return {"people": pick("1 = 1", 20), "caseload": pick(f"id % {CASELOAD_EVERY} = 0", 20),
                "enrolled": pick("id IN (SELECT beneficiary_id FROM enrolment)", 10)}


def run_day(db_path: Path, out: Path, seed: int, timeout_s: float, roles: list[str], quick: bool) -> None:
    """In this process: the real window, the day played, the samples written to ``out`` as JSON."""
    import faulthandler

    faulthandler.enable()
    from window_day import Day, play
    from window_harness import Recorder

    from charity_desk.ui.app import create_application

    create_application("ar")
    recorder = Recorder(timeout_s, verbose=True, out=out)
    day = Day(db_path, recorder, samples(db_path, seed), seed, quick=quick)
    play(day, roles)
    recorder.save()


def installed_bytecode() -> dict[str, str]:
    """The environment of a played day: Python reads the application's compiled bytecode, as the installed
    application does (it ships compiled), instead of compiling each module from source when a page first
    imports it (a machine may forbid writing bytecode: the package is compiled here, beside its sources)."""
    import compileall

    import charity_desk

    compileall.compile_dir(Path(charity_desk.__file__).parent, quiet=1)
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def measure_size(db_path: Path, seed: int, timeout_s: float, roles: list[str], quick: bool) -> dict:
    """The day played on a copy of the built database (the day writes into it), each role in a fresh
    process: a role's crash is reported and the other roles still play."""
    from window_data import copy_database

    from charity_desk.db.engine import Database
    from charity_desk.db.migrate import upgrade_database

    played = db_path.with_name(f"played-{db_path.name}")
    copy_database(db_path, played)
    db = Database(f"sqlite:///{played.as_posix()}")
    upgrade_database(db.engine)  # a database built before a later migration
    db.dispose()
    results: dict = {}
    environment = installed_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        for role in roles:
            out = Path(folder) / f"{role}.json"
            command = [sys.executable, __file__, "--play", str(played), "--out", str(out), "--seed", str(seed),
                       "--timeout", str(timeout_s), "--roles", role] + (["--quick"] if quick else [])
            finished = subprocess.run(command, env=environment)
            if finished.returncode:
                results[f"{role}: the day ended early"] = {
                    "target": 0, "samples": [], "failure": f"process ended with {finished.returncode}"}
            if not out.exists():
                continue
            for name, entry in json.loads(out.read_text(encoding="utf-8")).items():
                merged = results.setdefault(name, {"target": entry["target"], "samples": [], "cpu": [], "failure": ""})
                merged["samples"] += entry["samples"]
                merged["cpu"] += entry.get("cpu", [])
                merged["failure"] = merged["failure"] or entry["failure"]
    return results


def print_table(results: dict[int, dict]) -> bool:
    """One line per interaction: wall-clock p50, p95, max and count at each size, then the processor
    time's p95 (cpu95: the same interaction free of other programs' load on the machine); the
    verdict reads the wall clock."""
    sizes = sorted(results)
    names = list(dict.fromkeys(name for size in sizes for name in results[size]))
    width = max(len(n) for n in names)
    header = f"{'interaction':<{width}}  {'target':>7}" + "".join(
        f"  {f'{size // 1000}k p50':>9} {'p95':>8} {'max':>8} {'n':>3} {'cpu95':>6}" for size in sizes)
    if len(sizes) > 1:
        header += f"  {'ratio':>6}  result"
    else:
        header += "  result"
    print(header)
    all_met = True
    for name in names:
        line, verdicts = "", []
        target = next(results[s][name]["target"] for s in sizes if name in results[s])
        p95s = {}
        for size in sizes:
            entry = results[size].get(name)
            if not entry or not entry["samples"]:
                line += f"  {'-':>9} {'-':>8} {'-':>8} {'0':>3} {'-':>6}"
                if entry and entry["failure"]:
                    verdicts.append(f"FAILED at {size // 1000}k: {entry['failure']}")
                continue
            values = entry["samples"]
            p95s[size] = percentile(values, 0.95)
            cpu = f"{percentile(entry['cpu'], 0.95):6.1f}" if entry.get("cpu") else f"{'-':>6}"
            line += (f"  {percentile(values, 0.5):9.1f} {p95s[size]:8.1f} {max(values):8.1f} {len(values):3d} {cpu}")
            if entry["failure"]:
                verdicts.append(f"{size // 1000}k: {entry['failure']}")
        largest = sizes[-1]
        if largest in p95s and p95s[largest] > target:
            verdicts.append(f"p95 over target at {largest // 1000}k")
        if len(sizes) > 1:
            if sizes[0] in p95s and largest in p95s:
                ratio = p95s[largest] / max(p95s[sizes[0]], 1.0)
                line += f"  {ratio:6.2f}"
                # A ratio over an interaction that stays far below its target is noise, not growth.
                if ratio > RATIO_TARGET and p95s[largest] > target / 4:
                    verdicts.append(f"grows {ratio:.1f}x")
            else:
                line += f"  {'-':>6}"
        all_met &= not verdicts
        print(f"{name:<{width}}  {target:7.0f}{line}  {'; '.join(verdicts) or 'met'}")
    return all_met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "charity-desk-window",
                        help="where the built databases are kept and reused")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=20.0,
                        help="seconds after which a slow interaction is recorded as such and not repeated")
    parser.add_argument("--roles", nargs="+", default=ROLES, choices=[*ROLES, "smoke"],
                        help="whose day to play (smoke: a few interactions, for the test that keeps this script working)")
    parser.add_argument("--quick", action="store_true", help="each interaction once (a smoke run)")
    parser.add_argument("--no-import", action="store_true", help="leave out the e-form import figure")
    parser.add_argument("--play", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.play:
        run_day(args.play, args.out, args.seed, args.timeout, args.roles, args.quick)
        return

    from window_data import window_database

    results = {}
    for people in args.people:
        path = window_database(args.cache, people, args.seed)
        results[people] = measure_size(path, args.seed, args.timeout, args.roles, args.quick)
    met = print_table(results)
    if not args.no_import:
        from window_import import import_figure

        met &= import_figure(window_database(args.cache, max(args.people), args.seed), args.cache)
    print("all targets met" if met else "some targets MISSED")


if __name__ == "__main__":
    main()
