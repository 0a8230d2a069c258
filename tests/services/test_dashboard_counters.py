"""What the database keeps for the dashboard (migration 0029: the facts of each person served, the day
totals of the services, the applications and the inquiries) equals a recount from the rows themselves
after any mix of writes, and the dashboard's figures read from it equal the distinct people, services,
cash, applications (by state, decided, within the target, median days) and inquiries counted from the
rows, on SQLite and on PostgreSQL."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.orm import Session

from charity_desk.services import dashboard_totals
from charity_desk.services.actor import SYSTEM
from charity_desk.services.dashboard import AGE_BANDS, DashboardFilter, _served
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity

TODAY = date(2026, 6, 15)
REGIONS = ("الرياض", "مكة المكرمة", "الشرقية")
days = st.integers(min_value=0, max_value=420).map(lambda back: TODAY - timedelta(days=back))
#: A moment (UTC) within the same span, to the second: decisions take fractions of days.
moments = st.integers(min_value=0, max_value=420 * 86400).map(
    lambda back: datetime.combine(TODAY, time(23, 59, 59), tzinfo=UTC) - timedelta(seconds=back))
STATES = ("received", "under_verification", "accepted", "rejected", "enrolled")
TARGET_DAYS = 30


@pytest.fixture
def served(database):
    generate_demo(database, SYSTEM, 60, seed=3, today=TODAY)
    add_demo_activity(database, SYSTEM, seed=3, today=TODAY)
    with database.engine.connect() as connection:
        people = [row[0] for row in connection.execute(text("SELECT id FROM beneficiary ORDER BY id"))]
        programs = [row[0] for row in connection.execute(text("SELECT id FROM program ORDER BY id"))]
        enrolment = connection.execute(text("SELECT min(id) FROM enrolment")).scalar_one()
    assert enrolment is not None, "the demo enrolled nobody"
    return database, people, programs, enrolment


#: One write of any kind the application (a desk, an import, a merge, an anonymization) can make.
writes = st.one_of(
    st.tuples(st.just("deliver"), st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(["cash", "in_kind"]),
              days, st.integers(0, 2000)),
    st.tuples(st.just("redate"), st.integers(0, 10**6), days),
    st.tuples(st.just("reprogram"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("rekind"), st.integers(0, 10**6), st.sampled_from(["cash", "in_kind"]), st.integers(0, 2000)),
    st.tuples(st.just("move"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("undeliver"), st.integers(0, 10**6)),
    st.tuples(st.just("person"), st.integers(0, 10**6), st.sampled_from(REGIONS), st.sampled_from(["male", "female"]),
              st.one_of(st.none(), st.integers(0, 80 * 366).map(lambda back: TODAY - timedelta(days=back)))),
    st.tuples(st.just("add_member"), st.integers(0, 10**6)),
    st.tuples(st.just("remove_member"), st.integers(0, 10**6)),
    st.tuples(st.just("move_member"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("apply"), st.integers(0, 10**6), moments),
    st.tuples(st.just("decide"), st.integers(0, 10**6), st.sampled_from(STATES), st.one_of(st.none(), moments)),
    st.tuples(st.just("resubmit"), st.integers(0, 10**6), moments, st.integers(0, 10**6)),
    st.tuples(st.just("withdraw_new"), st.integers(0, 10**6)),
    st.tuples(st.just("ask"), st.integers(0, 10**6), moments, st.sampled_from(["phone_letter", "website"])),
    st.tuples(st.just("reask"), st.integers(0, 10**6), moments, st.sampled_from(["in_person", "website"])),
    st.tuples(st.just("unask"), st.integers(0, 10**6)),
)

#: Columns copied when a new application or inquiry is made from an existing one (then changed).
_APPLICATION_COPY = ("beneficiary_id, program_id, state, channel, submitted_at, decided_at, instructions_version,"
                     " consent_method, consent_at, consent_taken_by_id, guardian_name, guardian_national_id,"
                     " eligibility, imported_from, version_id, created_at, updated_at")
_INQUIRY_COPY = "received_at, channel, person_name, phone, question, answer, version_id, created_at, updated_at"


def _pick(connection, sql: str, index: int):
    rows = [row[0] for row in connection.execute(text(sql))]
    return rows[index % len(rows)] if rows else None


def _apply(connection, write: tuple, people: list[int], programs: list[int], enrolment: int) -> None:
    kind, *args = write
    run = lambda sql, **values: connection.execute(text(sql), values)  # noqa: E731
    delivery = lambda i: _pick(connection, "SELECT id FROM service_delivery ORDER BY id", i)  # noqa: E731
    member = lambda i: _pick(connection, "SELECT id FROM family_member ORDER BY id", i)  # noqa: E731
    if kind == "deliver":
        person, program, what, day, amount = args
        run("INSERT INTO service_delivery (enrolment_id, beneficiary_id, program_id, kind, delivered_on, amount,"
            " items, quantity, notes) VALUES (:e, :p, :g, :k, :d, :a, '', 0, '')", e=enrolment,
            p=people[person % len(people)], g=programs[program % len(programs)], k=what, d=day, a=amount)
    elif kind == "redate":
        run("UPDATE service_delivery SET delivered_on = :d WHERE id = :i", d=args[1], i=delivery(args[0]))
    elif kind == "reprogram":
        run("UPDATE service_delivery SET program_id = :g WHERE id = :i", g=programs[args[1] % len(programs)],
            i=delivery(args[0]))
    elif kind == "rekind":
        run("UPDATE service_delivery SET kind = :k, amount = :a WHERE id = :i", k=args[1], a=args[2],
            i=delivery(args[0]))
    elif kind == "move":  # a merge moves a person's deliveries to the file kept
        run("UPDATE service_delivery SET beneficiary_id = :o WHERE beneficiary_id = :p",
            o=people[args[1] % len(people)], p=people[args[0] % len(people)])
    elif kind == "undeliver":
        run("DELETE FROM service_delivery WHERE id = :i", i=delivery(args[0]))
    elif kind == "person":
        person, region, gender, born = args
        run("UPDATE beneficiary SET region = :r, gender = :g, birth_date = :b WHERE id = :p", r=region, g=gender,
            b=born, p=people[person % len(people)])
    elif kind == "add_member":
        run("INSERT INTO family_member (beneficiary_id, full_name, relation, national_id, gender, birth_date,"
            " monthly_income, disability, schooling, version_id, created_at, updated_at, name_key)"
            " VALUES (:p, 'سارة', 'daughter', '', 'female', NULL, 0, '', '', 1, :t, :t, '')",
            p=people[args[0] % len(people)], t=TODAY)
    elif kind == "remove_member":
        run("DELETE FROM family_member WHERE id = :i", i=member(args[0]))
    elif kind == "move_member":
        run("UPDATE family_member SET beneficiary_id = :p WHERE id = :i", p=people[args[1] % len(people)],
            i=member(args[0]))
    elif kind == "apply":
        source, at = args
        run(f"INSERT INTO application (number, {_APPLICATION_COPY}) SELECT :n, {_APPLICATION_COPY}"
            " FROM application WHERE id = :i",
            n=f"T-{connection.execute(text('SELECT max(id) FROM application')).scalar_one() + 1}",
            i=_pick(connection, "SELECT id FROM application ORDER BY id", source))
        run("UPDATE application SET submitted_at = :t, decided_at = NULL, state = 'received'"
            " WHERE id = (SELECT max(id) FROM application)", t=at)
    elif kind == "decide":
        application, state, at = args
        run("UPDATE application SET state = :s, decided_at = :t WHERE id = :i", s=state, t=at,
            i=_pick(connection, "SELECT id FROM application ORDER BY id", application))
    elif kind == "resubmit":
        application, at, program = args
        run("UPDATE application SET submitted_at = :t, program_id = :g WHERE id = :i", t=at,
            g=programs[program % len(programs)], i=_pick(connection, "SELECT id FROM application ORDER BY id",
                                                         application))
    elif kind == "withdraw_new":  # one made here: nothing else points at it
        run("DELETE FROM application WHERE id = :i",
            i=_pick(connection, "SELECT id FROM application WHERE number LIKE 'T-%' ORDER BY id", args[0]))
    elif kind == "ask":
        source, at, channel = args
        run(f"INSERT INTO inquiry ({_INQUIRY_COPY}) SELECT {_INQUIRY_COPY} FROM inquiry WHERE id = :i",
            i=_pick(connection, "SELECT id FROM inquiry ORDER BY id", source))
        run("UPDATE inquiry SET received_at = :t, channel = :c WHERE id = (SELECT max(id) FROM inquiry)",
            t=at, c=channel)
    elif kind == "reask":
        inquiry, at, channel = args
        run("UPDATE inquiry SET received_at = :t, channel = :c WHERE id = :i", t=at, c=channel,
            i=_pick(connection, "SELECT id FROM inquiry ORDER BY id", inquiry))
    elif kind == "unask":
        run("DELETE FROM inquiry WHERE id = :i", i=_pick(connection, "SELECT id FROM inquiry ORDER BY id", args[0]))


#: Each application's day and month (UTC), program, state, whether decided, and the days its decision took.
_APPLICATION_KEYS = {
    "sqlite": "SELECT date(submitted_at) AS submitted_on, date(submitted_at, 'start of month') AS month, program_id,"
              " state, decided_at IS NOT NULL AS decided, coalesce(julianday(decided_at) - julianday(submitted_at), 0)"
              " AS days FROM application",
    "postgresql": "SELECT (submitted_at AT TIME ZONE 'UTC')::date AS submitted_on, date_trunc('month', submitted_at"
                  " AT TIME ZONE 'UTC')::date AS month, program_id, state, CASE WHEN decided_at IS NULL THEN 0 ELSE 1"
                  " END AS decided, coalesce(extract(epoch from decided_at - submitted_at) / 86400.0, 0) AS days"
                  " FROM application",
}


def _kept_against_recount(connection) -> tuple[list, list, list, list]:
    dialect = connection.dialect.name
    kept_people = connection.execute(text(
        "SELECT beneficiary_id, region, gender, birth_date, household_members, last_on FROM served_person"
        " WHERE beneficiary_id IN (SELECT beneficiary_id FROM service_delivery) OR last_on IS NOT NULL"
        " ORDER BY beneficiary_id")).all()
    people = connection.execute(text(
        "SELECT b.id, b.region, b.gender, b.birth_date, (SELECT count(*) FROM family_member f"
        " WHERE f.beneficiary_id = b.id), (SELECT max(delivered_on) FROM service_delivery d"
        " WHERE d.beneficiary_id = b.id) FROM beneficiary b WHERE b.id IN (SELECT beneficiary_id"
        " FROM service_delivery) ORDER BY b.id")).all()
    kept_days = connection.execute(text(
        "SELECT delivered_on, program_id, services, cash FROM delivery_day_total WHERE services <> 0"
        " ORDER BY delivered_on, program_id")).all()
    recounted_days = connection.execute(text(
        "SELECT delivered_on, program_id, count(*), sum(CASE WHEN kind = 'cash' THEN amount ELSE 0 END)"
        " FROM service_delivery GROUP BY delivered_on, program_id ORDER BY delivered_on, program_id")).all()
    for table, on in (("application_day_total", "submitted_on"), ("application_month_total", "month")):
        kept = connection.execute(text(
            f"SELECT submitted_on, program_id, state, decided, decision_days, applications FROM {table}"
            " WHERE applications <> 0 ORDER BY submitted_on, program_id, state, decided, decision_days")).all()
        recounted = connection.execute(text(
            f"SELECT {on}, program_id, state, decided, days, count(*) FROM ({_APPLICATION_KEYS[dialect]}) a"
            f" GROUP BY {on}, program_id, state, decided, days ORDER BY {on}, program_id, state, decided, days")).all()
        assert [(str(d), g, s, c, float(v), n) for d, g, s, c, v, n in kept] == \
            [(str(d), g, s, c, float(v), n) for d, g, s, c, v, n in recounted], table
    return ([tuple(map(str, row)) for row in kept_people], [tuple(map(str, row)) for row in people],
            [(str(d), g, n, Decimal(str(c)).quantize(Decimal("0.01"))) for d, g, n, c in kept_days],
            [(str(d), g, n, Decimal(str(c)).quantize(Decimal("0.01"))) for d, g, n, c in recounted_days])


def _band(born, on: date) -> str:
    if born is None:
        return "?"
    born = date.fromisoformat(str(born))
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def _counted_from_the_deliveries(connection, f: DashboardFilter) -> dict:
    """The people served of the period, each once, by the facts of their file, and the services given."""
    where, values = "delivered_on >= :s AND delivered_on <= :e", {"s": f.start, "e": f.end}
    if f.program_id:
        where += " AND program_id = :g"
        values["g"] = f.program_id
    people = connection.execute(text(
        "SELECT b.region, b.gender, b.birth_date, (SELECT count(*) FROM family_member m WHERE m.beneficiary_id = b.id)"
        f" FROM beneficiary b WHERE b.id IN (SELECT beneficiary_id FROM service_delivery WHERE {where})"), values).all()
    services, cash = connection.execute(text(
        f"SELECT count(*), coalesce(sum(CASE WHEN kind = 'cash' THEN amount ELSE 0 END), 0) FROM service_delivery"
        f" WHERE {where}"), values).one()
    groups: dict[tuple, list[int]] = {}
    for region, gender, born, members in people:
        group = groups.setdefault((region, gender, _band(born, f.end)), [0, 0])
        group[0] += 1
        group[1] += members
    return {"groups": groups, "services": services, "cash": Decimal(str(cash)).quantize(Decimal("0.01"))}


def _applications_counted(connection, f: DashboardFilter) -> tuple:
    """The period's applications by state, decided, decided within the target and the median days, from
    the applications themselves (days computed by the database, as the dashboard always has)."""
    days = ("julianday(decided_at) - julianday(submitted_at)" if connection.dialect.name == "sqlite"
            else "extract(epoch from decided_at - submitted_at) / 86400.0")
    where = "submitted_at >= :s AND submitted_at < :e"
    values = {"s": datetime.combine(f.start, time.min, tzinfo=UTC),
              "e": datetime.combine(f.end + timedelta(days=1), time.min, tzinfo=UTC)}
    if f.program_id:
        where += " AND program_id = :g"
        values["g"] = f.program_id
    rows = connection.execute(text(f"SELECT state, CASE WHEN decided_at IS NULL THEN NULL ELSE {days} END,"
                                   f" CASE WHEN {days} <= {TARGET_DAYS} THEN 1 ELSE 0 END"
                                   f" FROM application WHERE {where}"), values).all()
    by_state: dict[str, int] = {}
    for state, _days, _within in rows:
        by_state[state] = by_state.get(state, 0) + 1
    decided = [float(d) for _state, d, _within in rows if d is not None]
    return (by_state, len(decided), sum(within for _s, d, within in rows if d is not None),
            statistics.median(decided) if decided else None)


def _inquiries_counted(connection, f: DashboardFilter) -> dict[str, int]:
    return dict(connection.execute(text(
        "SELECT channel, count(*) FROM inquiry WHERE received_at >= :s AND received_at < :e GROUP BY channel"),
        {"s": datetime.combine(f.start, time.min, tzinfo=UTC),
         "e": datetime.combine(f.end + timedelta(days=1), time.min, tzinfo=UTC)}).all())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(writes, max_size=8), start=days, length=st.integers(0, 400),
       program=st.integers(0, 3), to_today=st.booleans())
def test_kept_counters_and_figures_equal_a_recount_after_any_writes(served, changes, start, length, program,
                                                                     to_today):
    db, people, programs, enrolment = served
    with db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            for write in changes:
                _apply(connection, write, people, programs, enrolment)
            kept_people, people_recount, kept_days, days_recount = _kept_against_recount(connection)
            assert kept_people == people_recount
            assert kept_days == days_recount
            # Half the periods end on or after every delivery, as this month or the last twelve months do.
            end = TODAY + timedelta(days=length % 3) if to_today else start + timedelta(days=length)
            f = DashboardFilter(start, end, programs[program - 1] if program else None)
            with Session(bind=connection) as session:
                _by_program, services, cash, groups, _members = _served(session, f)
                applications = dashboard_totals.applications(session, f.start, f.end, f.program_id, TARGET_DAYS)
                inquiries = dashboard_totals.inquiries(session, f.start, f.end)
            expected = _counted_from_the_deliveries(connection, f)
            assert {(r, g, band): [n, m] for r, g, band, n, m in groups} == expected["groups"]
            assert (services, Decimal(cash).quantize(Decimal("0.01"))) == (expected["services"], expected["cash"])
            assert applications == _applications_counted(connection, f)
            assert inquiries == _inquiries_counted(connection, f)
        finally:
            transaction.rollback()


def test_a_period_long_past_ending_on_a_next_delivery_counts_each_person_once(served):
    """A period with fewer deliveries than came after it is read from its own deliveries: a person whose
    next delivery falls on the period's last day is counted once, at that delivery."""
    db, people, programs, enrolment = served
    first, then = TODAY - timedelta(days=300), TODAY - timedelta(days=270)
    with db.engine.begin() as connection:
        later = [(person, TODAY - timedelta(days=10)) for person in people[3:13]]  # more came after the period
        for person, day in ((people[0], first), (people[0], then), (people[1], then), (people[2], first), *later):
            _apply(connection, ("deliver", people.index(person), 0, "cash", day, 100), people, programs, enrolment)
    with db.engine.connect() as connection, Session(bind=connection) as session:
        for f in (DashboardFilter(first, then), DashboardFilter(first, then - timedelta(days=1)),
                  DashboardFilter(then, then)):
            _by_program, services, _cash, groups, _members = _served(session, f)
            assert services < dashboard_totals.services_after(session, f.end, None)  # read by the period's dates
            assert {(r, g, band): [n, m] for r, g, band, n, m in groups} == \
                _counted_from_the_deliveries(connection, f)["groups"]
        assert sum(n for *_group, n, _m in _served(session, DashboardFilter(first, then))[3]) == 3
