"""The real window, timed as a person waits for it: a scripted day at 20,000 and at 200,000 people.

    python benchmarks/window.py [--people 20000 200000] [--cache DIR] [--seed 7] [--timeout 20] [--encrypted-too]

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
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROLES = ["administrator", "front_desk", "researcher", "committee_member", "manager"]
#: How far an interaction may grow from the smallest database to the largest.
RATIO_TARGET = 1.5
#: How much slower an interaction may be on the encrypted database than on the plain one.
ENCRYPTION_TARGET = 1.3
#: The environment variable that hands the played process the key of an encrypted database (hex).
KEY_VARIABLE = "CHARITY_DESK_WINDOW_KEY"


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
    from contextlib import closing

    from window_data import CASELOAD_EVERY

    from charity_desk.db import cipher

    rng = random.Random(seed)
    with closing(cipher.open_file(db_path)) as connection:  # plain, or encrypted with the key handed over
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
    if os.environ.get(KEY_VARIABLE):
        from charity_desk.db import cipher

        cipher.remember(db_path, bytes.fromhex(os.environ[KEY_VARIABLE]))
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


def encrypted_copy(plain: Path, target: Path) -> bytes:
    """An encrypted copy of ``plain`` (and its audit secret) at ``target`` under a new random key."""
    import shutil
    import time

    from charity_desk.db import cipher

    started = time.perf_counter()
    key = cipher.new_key()
    cipher.encrypt_copy(plain, target, key)
    for suffix in (".audit-key", ".audit-mark"):
        if Path(f"{plain}{suffix}").exists():
            shutil.copyfile(f"{plain}{suffix}", f"{target}{suffix}")
    print(f"encrypted copy of {plain.stat().st_size / 2**20:,.0f} MiB made in {time.perf_counter() - started:.1f} s",
          flush=True)
    return key


def measure_size(db_path: Path, seed: int, timeout_s: float, roles: list[str], quick: bool,
                 encrypted_too: bool = False) -> dict[str, dict]:
    """The day played on a copy of the built database (the day writes into it; the cache stays as built),
    each role in a fresh process: a role's crash is reported and the other roles still play.

    Results by variant: "plain", and with ``encrypted_too`` "encrypted" (an encrypted copy made before
    anything is played, each role's day played on it right after the same role's on the plain copy)."""
    from window_data import copy_database

    from charity_desk.db.engine import Database
    from charity_desk.db.migrate import upgrade_database

    prefix = "played-plain-" if encrypted_too else "played-"
    played = db_path.with_name(f"{prefix}{db_path.name}")
    copy_database(db_path, played)
    db = Database(f"sqlite:///{played.as_posix()}")
    upgrade_database(db.engine)  # a database built before a later migration
    db.dispose()
    environment = installed_bytecode()
    variants = {"plain": (played, environment)}
    if encrypted_too:
        encrypted = db_path.with_name(f"played-encrypted-{db_path.name}")
        key = encrypted_copy(played, encrypted)
        variants["encrypted"] = (encrypted, {**environment, KEY_VARIABLE: key.hex()})
    results: dict[str, dict] = {name: {} for name in variants}
    with tempfile.TemporaryDirectory() as folder:
        for role in roles:
            for variant, (path, env) in variants.items():
                out = Path(folder) / f"{role}-{variant}.json"
                command = [sys.executable, __file__, "--play", str(path), "--out", str(out), "--seed", str(seed),
                           "--timeout", str(timeout_s), "--roles", role] + (["--quick"] if quick else [])
                finished = subprocess.run(command, env=env)
                merge_role(results[variant], role, finished.returncode, out)
    return results


def merge_role(results: dict, role: str, returncode: int, out: Path) -> None:
    """Add one role's samples (written by its process to ``out``) to ``results``."""
    if returncode:
        results[f"{role}: the day ended early"] = {
            "target": 0, "samples": [], "failure": f"process ended with {returncode}"}
    if not out.exists():
        return
    for name, entry in json.loads(out.read_text(encoding="utf-8")).items():
        merged = results.setdefault(name, {"target": entry["target"], "samples": [], "cpu": [], "failure": ""})
        merged["samples"] += entry["samples"]
        merged["cpu"] += entry.get("cpu", [])
        merged["failure"] = merged["failure"] or entry["failure"]


def print_encryption_table(people: int, plain: dict, encrypted: dict) -> bool:
    """One line per interaction: p50, p95 and processor-time p95 plain and encrypted, the ratio of the
    p95s (the verdict against ENCRYPTION_TARGET; a ratio over an interaction far below its own target is
    noise) and that of the processor times (the same comparison free of other programs' load)."""
    names = list(dict.fromkeys([*plain, *encrypted]))
    width = max(len(n) for n in names)
    print(f"\n{people:,} people, plain and encrypted (SQLCipher) in one run")
    print(f"{'interaction':<{width}}  {'target':>7}  {'plain p50':>9} {'p95':>8} {'cpu95':>6}"
          f"  {'encr. p50':>9} {'p95':>8} {'cpu95':>6}  {'ratio':>6} {'cpu':>5}"
          f"  result (encrypted within {ENCRYPTION_TARGET}x)")
    all_met = True
    for name in names:
        entries = {"plain": plain.get(name), "encrypted": encrypted.get(name)}
        target = next(e["target"] for e in entries.values() if e)
        line, p95s, cpus, verdicts = "", {}, {}, []
        for variant, entry in entries.items():
            if not entry or not entry["samples"]:
                line += f"  {'-':>9} {'-':>8} {'-':>6}"
                if entry and entry["failure"]:
                    verdicts.append(f"FAILED {variant}: {entry['failure']}")
                continue
            p95s[variant] = percentile(entry["samples"], 0.95)
            cpu = f"{'-':>6}"
            if entry.get("cpu"):
                cpus[variant] = percentile(entry["cpu"], 0.95)
                cpu = f"{cpus[variant]:6.1f}"
            line += f"  {percentile(entry['samples'], 0.5):9.1f} {p95s[variant]:8.1f} {cpu}"
        if len(p95s) == 2:
            ratio = p95s["encrypted"] / max(p95s["plain"], 1.0)
            line += f"  {ratio:6.2f}"
            line += f" {cpus['encrypted'] / max(cpus['plain'], 1.0):5.2f}" if len(cpus) == 2 else f" {'-':>5}"
            if ratio > ENCRYPTION_TARGET and p95s["encrypted"] > target / 4:
                verdicts.append(f"encrypted {ratio:.2f}x plain")
        else:
            line += f"  {'-':>6} {'-':>5}"
        all_met &= not verdicts
        print(f"{name:<{width}}  {target:7.0f}{line}  {'; '.join(verdicts) or 'met'}")
    return all_met


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
    parser.add_argument("--encrypted-too", action="store_true",
                        help="play each role's day on an encrypted copy as well, and compare (encryption at rest)")
    parser.add_argument("--play", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.play:
        run_day(args.play, args.out, args.seed, args.timeout, args.roles, args.quick)
        return

    from window_data import window_database

    results, encrypted = {}, {}
    for people in args.people:
        path = window_database(args.cache, people, args.seed)
        played = measure_size(path, args.seed, args.timeout, args.roles, args.quick, args.encrypted_too)
        results[people] = played["plain"]
        if "encrypted" in played:
            encrypted[people] = played["encrypted"]
    met = print_table(results)
    for people, figures in encrypted.items():
        met &= print_encryption_table(people, results[people], figures)
    if not args.no_import:
        from window_import import import_figure

        met &= import_figure(window_database(args.cache, max(args.people), args.seed), args.cache)
    print("all targets met" if met else "some targets MISSED")


if __name__ == "__main__":
    main()
