"""The window benchmark's databases: 20,000 or 200,000 people with a busy association's work volume.

Built once from a seed and cached: the demo generator first (people, families, applications in every
state, a year of activity), then bulk SQL for the volume the demo does not reach (applications in every
work queue by the thousand, meetings, deliveries, complaints, inquiries, referrals, letters, a long audit
trail) and one account per role, the social researcher with a caseload.
"""

from __future__ import annotations

import os
import shutil
import time
from datetime import date
from pathlib import Path

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import REALISTIC, generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.services.registry import Services

#: Bump when what the builder writes changes, so that cached databases are rebuilt.
VERSION = 1
PASSWORD = "benchmark password"


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def base_database(cache: Path, people: int, seed: int, today: date) -> Path:
    """The demo generator's database (people, applications, a year of activity), cached by size and seed."""
    path = cache / f"base-{people}-seed{seed}-{today.isoformat()}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    _plain_store()
    db = Database(f"sqlite:///{partial.as_posix()}")
    upgrade_database(db.engine)
    generate_demo(db, SYSTEM, people, seed=seed, today=today, contacts_per_person=2, **REALISTIC)
    add_demo_activity(db, SYSTEM, seed=seed, today=today)
    Services(db).setup.initialize("جمعية القياس", "admin", "مدير النظام", PASSWORD)
    db.dispose()
    move_database(partial, path)
    _log(f"demo data for {people:,} people in {time.perf_counter() - started:.0f} s")
    return path


def _plain_store() -> None:
    """The benchmark's databases are built unencrypted: the bulk SQL writes them with Python's own
    sqlite3, and the figures stay comparable with those measured before encryption at rest (its cost
    is not part of these figures)."""
    try:
        from charity_desk.db import cipher
    except ImportError:
        return
    cipher.ENCRYPT_NEW_DATABASES = False


#: Files a desk keeps beside its SQLite database (the audit key and high-water mark, the key slots of an
#: encrypted one), copied with it.
_BESIDE = (".audit-key", ".audit-mark", ".keys")


def copy_database(source: Path, target: Path) -> None:
    """The database and the files kept beside it; a copy is what a run plays on, so the cache stays as built.
    A write-ahead log left beside the target by an earlier run that ended early is removed too: SQLite
    would replay its pages onto the new copy."""
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    for suffix in ("", *_BESIDE):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


def move_database(source: Path, target: Path) -> None:
    for suffix in ("", *_BESIDE):
        if Path(f"{source}{suffix}").exists():
            os.replace(f"{source}{suffix}", f"{target}{suffix}")


#: The accounts the scripted day signs in with, one per role (username, full name, role).
ACCOUNTS = (
    ("admin", "administrator"),
    ("desk", "front_desk"),
    ("researcher", "social_researcher"),
    ("committee", "committee_member"),
    ("manager", "program_manager"),
)
_NAMES = {"desk": "موظف الاستقبال", "researcher": "الباحثة الاجتماعية", "committee": "عضو اللجنة",
          "manager": "مدير البرامج"}
#: Work volume at 200,000 people; a smaller database gets the same share per person.
_VOLUME = {"meetings": 2_000, "deliveries": 100_000, "complaints": 6_000, "inquiries": 40_000,
           "referrals": 6_000, "audit": 2_000_000}
#: One file in this many is in the social researcher's caseload.
CASELOAD_EVERY = 40
_DECIDED = ("accepted", "rejected", "deferred", "enrolled", "completed")


def _accounts(db: Database) -> dict[str, int]:
    from charity_desk.domain.roles import Role

    users = Services(db).acting_as(SYSTEM).users
    for username, role in ACCOUNTS[1:]:
        users.create(username, _NAMES[username], Role(role), PASSWORD)
    return {u.username: u.id for u in users.list()}


def _stamp(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def add_work_volume(db_path: Path, people: int, seed: int, today: date) -> None:
    """Bulk SQL for a busy association's volume on top of the demo data, deterministic from ``seed``."""
    import json
    import random
    import sqlite3
    from datetime import datetime, timedelta
    from types import SimpleNamespace

    from charity_desk.services.letter_codes import KEY_SETTING, letter_code

    db = Database(f"sqlite:///{db_path.as_posix()}")
    users = _accounts(db)
    db.dispose()
    rng = random.Random(seed * 31 + 1)
    share = people / 200_000
    volume = {key: max(20, int(value * share)) for key, value in _VOLUME.items()}
    now = datetime.combine(today, datetime.min.time())
    connection = sqlite3.connect(db_path)
    with connection:
        run = connection.execute
        run("UPDATE beneficiary SET assigned_researcher_id = ? WHERE id % ? = 0", (users["researcher"], CASELOAD_EVERY))
        # One committee of three that has met twice a week for years; every decided application has its decision.
        run("INSERT INTO committee (name, quorum, votes, active, version_id, created_at, updated_at)"
            " VALUES ('لجنة المساعدات', 2, 1, 1, 1, ?, ?)", (_stamp(now), _stamp(now)))
        committee = run("SELECT max(id) FROM committee").fetchone()[0]
        for name, role, user in (("أحمد السالم", "chair", users["committee"]), ("سارة العتيبي", "member", None),
                                 ("خالد الحربي", "secretary", None)):
            run("INSERT INTO committee_member (committee_id, name, title, role, user_id, active)"
                " VALUES (?, ?, '', ?, ?, 1)", (committee, name, role, user))
        members = [r[0] for r in run("SELECT id FROM committee_member WHERE committee_id = ?", (committee,))]
        meetings = []
        for number in range(volume["meetings"]):
            held = today - timedelta(days=3 + (volume["meetings"] - number) * 2)
            meetings.append((committee, f"W-{number + 1:05d}", held.isoformat(), "مقر الجمعية", "closed",
                             _stamp(now - timedelta(days=(volume["meetings"] - number) * 2)), users["admin"], 1,
                             _stamp(now), _stamp(now)))
        connection.executemany(
            "INSERT INTO meeting (committee_id, number, held_on, place, status, closed_at, closed_by_id, version_id,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings)
        meeting_ids = [r[0] for r in run("SELECT id FROM meeting WHERE committee_id = ? ORDER BY id", (committee,))]
        connection.executemany("INSERT INTO meeting_attendance (meeting_id, member_id, present) VALUES (?, ?, 1)",
                               [(m, member) for m in meeting_ids for member in members])
        decided = run("SELECT a.id, a.state, a.beneficiary_id, b.full_name FROM application a JOIN beneficiary b"
                      f" ON b.id = a.beneficiary_id WHERE a.state IN ({','.join('?' * len(_DECIDED))}) ORDER BY a.id",
                      _DECIDED).fetchall()
        decisions = []
        for index, (application_id, state, _person, _name) in enumerate(decided):
            outcome = state if state in {"rejected", "deferred"} else "accepted"
            decisions.append((meeting_ids[index * len(meeting_ids) // max(1, len(decided))], application_id, outcome,
                              "1500" if outcome == "accepted" else None, 6 if outcome == "accepted" else None,
                              "income_above_limit" if outcome == "rejected" else "", 3, 0, 0, _stamp(now)))
        connection.executemany(
            "INSERT INTO decision (meeting_id, application_id, outcome, amount, service, duration_months, reason_code,"
            " reason_text, missing, rationale, votes_for, votes_against, votes_abstain, recorded_at)"
            " VALUES (?, ?, ?, ?, '', ?, ?, '', '', '', ?, ?, ?, ?)", decisions)
        # The letter of each decision, sealed with the database's own key as the desk seals it.
        key_row = run("SELECT value FROM setting WHERE key = ?", (KEY_SETTING,)).fetchone()
        if key_row is None:
            key_row = (f"{rng.getrandbits(256):064x}",)
            run("INSERT INTO setting (key, value) VALUES (?, ?)", (KEY_SETTING, key_row[0]))
        key = bytes.fromhex(key_row[0])
        held_on = dict(run("SELECT id, held_on FROM meeting"))
        letters = []
        for serial, (decision_id, meeting_id, outcome, person, name) in enumerate(run(
                "SELECT d.id, d.meeting_id, d.outcome, a.beneficiary_id, b.full_name FROM decision d"
                " JOIN application a ON a.id = d.application_id JOIN beneficiary b ON b.id = a.beneficiary_id"
                " ORDER BY d.id").fetchall()):
            kind = {"accepted": "acceptance", "rejected": "rejection", "deferred": "deferral"}[outcome]
            letter = SimpleNamespace(reference_number=f"1447/B{serial + 1:06d}", kind=kind,
                                     issued_on=date.fromisoformat(held_on[meeting_id]), addressee=name,
                                     subject="قرار لجنة المساعدات", body=json.dumps(["نفيدكم بقرار اللجنة."],
                                                                                   ensure_ascii=False),
                                     beneficiary_id=person, decision_id=decision_id, referral_id=None)
            letters.append((letter.reference_number, kind, letter.issued_on.isoformat(), person, decision_id, name,
                            letter.subject, letter.body, letter_code(key, letter), _stamp(now), users["admin"]))
        connection.executemany(
            "INSERT INTO issued_letter (reference_number, kind, issued_on, beneficiary_id, decision_id, addressee,"
            " subject, body, verification_code, issued_at, issued_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            letters)
        _deliveries(connection, rng, volume["deliveries"], today)
        _registers(connection, rng, volume, today, now)
        _audit_trail(connection, rng, volume["audit"], now, users, db_path)
    connection.execute("ANALYZE")
    connection.close()


def _deliveries(connection, rng, wanted: int, today: date) -> None:
    """Monthly deliveries to the enrolled, back over the year, until the register holds ``wanted``."""
    from datetime import timedelta

    have = connection.execute("SELECT count(*) FROM service_delivery").fetchone()[0]
    enrolments = connection.execute(
        "SELECT e.id, e.beneficiary_id, s.program_id, p.kind FROM enrolment e JOIN program_session s"
        " ON s.id = e.session_id JOIN program p ON p.id = s.program_id ORDER BY e.id").fetchall()
    rows = []
    for index in range(max(0, wanted - have)):
        enrolment, person, program, kind = enrolments[index % len(enrolments)]
        day = today - timedelta(days=rng.randrange(0, 365))
        amount, items, quantity = ((rng.randrange(6, 41) * 50, "", 0) if kind == "cash" else
                                   (0, "سلة غذائية", 1) if kind == "in_kind" else (0, "", 1))
        rows.append((enrolment, person, program, "attendance" if kind == "course" else kind, day.isoformat(),
                     amount, items, quantity))
    connection.executemany(
        "INSERT INTO service_delivery (enrolment_id, beneficiary_id, program_id, kind, delivered_on, amount, items,"
        " quantity, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')", rows)


def _registers(connection, rng, volume: dict[str, int], today: date, now) -> None:
    """Complaints, inquiries and referrals over the past year."""
    from datetime import timedelta

    from charity_desk.reference import channels, complaint_categories

    categories = complaint_categories()
    channel_codes = [c.code for c in channels()]
    people = connection.execute("SELECT max(id) FROM beneficiary").fetchone()[0]
    complaints = []
    for _ in range(volume["complaints"]):
        category = rng.choice(categories)
        received = today - timedelta(days=rng.randrange(0, 365))
        closed = received + timedelta(days=rng.randrange(0, category.target_days + 5))
        is_closed = closed <= today and rng.random() < 0.8
        complaints.append(("suggestion" if category.code == "suggestion" else "complaint", received.isoformat(),
                           rng.choice(channel_codes), category.code, rng.randrange(1, people + 1),
                           (received + timedelta(days=category.target_days)).isoformat(),
                           "closed" if is_closed else "open", closed.isoformat() if is_closed else None,
                           _stamp(now), _stamp(now)))
    connection.executemany(
        "INSERT INTO complaint (kind, received_on, channel, category, person_name, phone, beneficiary_id, details,"
        " due_on, status, actions, reply, closed_on, version_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, '', '', ?, 'ملاحظة تجريبية', ?, ?, '', '', ?, 1, ?, ?)", complaints)
    connection.executemany(
        "INSERT INTO inquiry (received_at, channel, person_name, phone, beneficiary_id, question, answer, version_id,"
        " created_at, updated_at) VALUES (?1, ?2, '', '', ?3, 'استفسار عن البرامج', 'أجيب', 1, ?1, ?1)",
        [(_stamp(now - timedelta(days=rng.randrange(0, 365), minutes=rng.randrange(600))), rng.choice(channel_codes),
          rng.randrange(1, people + 1) if rng.random() < 0.5 else None) for _ in range(volume["inquiries"])])
    partner = connection.execute("SELECT min(id) FROM partner_association").fetchone()[0]
    if partner is None:
        connection.execute("INSERT INTO partner_association (name, services, city, phone, email, contact_person,"
                           " active, version_id, created_at, updated_at) VALUES ('جمعية البر (بيانات تجريبية)', '',"
                           " 'جدة', '', '', '', 1, 1, ?, ?)", (_stamp(now), _stamp(now)))
        partner = connection.execute("SELECT min(id) FROM partner_association").fetchone()[0]
    connection.executemany(
        "INSERT INTO referral (beneficiary_id, partner_id, direction, reason, beneficiary_informed, status, outcome,"
        " version_id, created_at, updated_at) VALUES (?, ?, ?, 'خارج اختصاص الجمعية', 1, ?, '', 1, ?, ?)",
        [(rng.randrange(1, people + 1), partner, "in" if rng.random() < 0.25 else "out",
          rng.choice(["sent", "accepted", "served", "declined"]), stamp, stamp)
         for stamp in (_stamp(now - timedelta(days=rng.randrange(0, 365))) for _ in range(volume["referrals"]))])


_AUDIT_ACTIONS = (("beneficiary.viewed", "beneficiary"), ("beneficiary.viewed", "beneficiary"),
                  ("beneficiary.updated", "beneficiary"), ("application.moved", "application"),
                  ("checklist.marked", "application"), ("delivery.recorded", "beneficiary"),
                  ("user.login", "user"))


def _audit_trail(connection, rng, count: int, now, users: dict[str, int], db_path: Path) -> None:
    """``count`` audit rows over the past three years, chained and sealed like the real trail (still
    verifiable), with the desk's own key when the trail is sealed with one."""
    from datetime import UTC, timedelta

    from charity_desk.services import audit

    url = f"sqlite:///{db_path.as_posix()}"
    last = connection.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    entry_id, previous = last if last else (0, audit.GENESIS_HASH)
    secret = _installation_secret()
    key = secret.read_keys(url)[-1] if secret is not None else None
    people = connection.execute("SELECT max(id) FROM beneficiary").fetchone()[0]
    accounts = list(users.items())
    start = now.replace(tzinfo=UTC) - timedelta(days=3 * 365)
    step = timedelta(days=3 * 365) / count
    batch = []
    for index in range(count):
        at = start + step * index
        entry_id += 1
        username, user_id = accounts[rng.randrange(len(accounts))]
        action, entity = _AUDIT_ACTIONS[rng.randrange(len(_AUDIT_ACTIONS))]
        entity_id = str(user_id if entity == "user" else rng.randrange(1, people + 1))
        details = "{}"
        if key is not None:
            digest = audit.entry_seal(key, entry_id, previous, at, user_id, username, action, entity, entity_id,
                                      details)
        else:
            digest = audit.entry_hash(previous, at, user_id, username, action, entity, entity_id, details)
        batch.append((entry_id, _stamp(at), user_id, username, action, entity, entity_id, details, previous, digest))
        previous = digest
        if len(batch) == 50_000:
            connection.executemany(_AUDIT_INSERT, batch)
            batch = []
    connection.executemany(_AUDIT_INSERT, batch)
    if key is not None:
        connection.commit()
        secret.write_mark(url, secret.make_mark(key, entry_id, previous))


def _installation_secret():
    """The module holding the desk's audit key, on versions that seal the trail with one."""
    try:
        from charity_desk.services import installation_secret
    except ImportError:
        return None
    return installation_secret


_AUDIT_INSERT = ("INSERT INTO audit_entry (id, at, user_id, username, action, entity, entity_id, details, prev_hash,"
                 " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def window_database(cache: Path, people: int, seed: int = 7, today: date | None = None) -> Path:
    """The benchmark's database for ``people``, built once into ``cache`` and reused after."""
    today = today or date.today()
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"window-v{VERSION}-{people}-seed{seed}-{today.isoformat()}.sqlite3"
    if path.exists():
        return path
    base = base_database(cache, people, seed, today)
    partial = path.with_suffix(".partial")
    copy_database(base, partial)
    started = time.perf_counter()
    add_work_volume(partial, people, seed, today)
    move_database(partial, path)
    _log(f"work volume for {people:,} people in {time.perf_counter() - started:.0f} s")
    return path
