"""The next-delivery dates the database keeps on each delivery (migration 0023) equal a recount from the
deliveries themselves after every kind of write, and the dashboard's people served (counted at each
person's last delivery in the period) equal the distinct people of the deliveries in the period."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from charity_desk.services.actor import SYSTEM
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity

TODAY = date(2026, 6, 15)

#: The next delivery of each row as the window functions count it, beside what the triggers kept.
_KEPT_AGAINST_RECOUNT = """
SELECT id, next_on, program_next_on,
       coalesce(lead(delivered_on) OVER (PARTITION BY beneficiary_id ORDER BY delivered_on, id), '9999-12-31'),
       coalesce(lead(delivered_on) OVER (PARTITION BY beneficiary_id, program_id ORDER BY delivered_on, id),
                '9999-12-31')
FROM service_delivery"""


@pytest.fixture
def served(database):
    generate_demo(database, SYSTEM, 60, seed=3, today=TODAY)
    add_demo_activity(database, SYSTEM, seed=3, today=TODAY)
    return database


def _mismatches(db) -> list:
    with db.engine.connect() as connection:
        rows = connection.execute(text(_KEPT_AGAINST_RECOUNT)).all()
    assert rows, "the demo served nobody"
    return [row for row in rows if str(row[1]) != str(row[3]) or str(row[2]) != str(row[4])]


def _write(db, sql: str, **values) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(sql), values)


def _a_delivery(db) -> dict:
    with db.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT id, enrolment_id, beneficiary_id, program_id, delivered_on FROM service_delivery"
            " ORDER BY beneficiary_id, delivered_on, id LIMIT 1 OFFSET 3")).mappings().one())


def test_next_dates_equal_a_recount_after_every_kind_of_write(served):
    assert _mismatches(served) == []
    first = _a_delivery(served)
    person, program, enrolment = first["beneficiary_id"], first["program_id"], first["enrolment_id"]
    # A delivery between two others, one on a day that already has one, and one before them all.
    for day in (TODAY - timedelta(days=40), TODAY - timedelta(days=40), date(2020, 1, 1)):
        _write(served, "INSERT INTO service_delivery (enrolment_id, beneficiary_id, program_id, kind, delivered_on,"
               " amount, items, quantity, notes) VALUES (:e, :p, :g, 'cash', :d, 100, '', 0, '')",
               e=enrolment, p=person, g=program, d=day)
        assert _mismatches(served) == []
    _write(served, "UPDATE service_delivery SET delivered_on = :d WHERE id = :i", d=TODAY, i=first["id"])
    assert _mismatches(served) == []
    with served.engine.connect() as connection:
        other_person, other_program = connection.execute(text(
            "SELECT beneficiary_id, program_id FROM service_delivery WHERE beneficiary_id <> :p AND program_id <> :g"
            " LIMIT 1"), {"p": person, "g": program}).one()
    _write(served, "UPDATE service_delivery SET program_id = :g WHERE id = :i", g=other_program, i=first["id"])
    assert _mismatches(served) == []
    # A merge moves a person's deliveries to the file kept.
    _write(served, "UPDATE service_delivery SET beneficiary_id = :o WHERE beneficiary_id = :p", o=other_person,
           p=person)
    assert _mismatches(served) == []
    _write(served, "DELETE FROM service_delivery WHERE id = :i", i=first["id"])
    assert _mismatches(served) == []
    # Notes rewritten (an anonymized file) change no date.
    _write(served, "UPDATE service_delivery SET notes = '' WHERE beneficiary_id = :o", o=other_person)
    assert _mismatches(served) == []


def test_recording_a_delivery_through_the_service_keeps_the_dates(served):
    from charity_desk.services.delivery import DeliveryInput
    from charity_desk.services.registry import Services

    with served.engine.connect() as connection:
        enrolment, latest = connection.execute(text(
            "SELECT e.id, max(d.delivered_on) FROM enrolment e JOIN application a ON a.id = e.application_id"
            " JOIN service_delivery d ON d.enrolment_id = e.id WHERE a.state = 'enrolled' GROUP BY e.id"
            " ORDER BY e.id LIMIT 1")).one()
    day = date.fromisoformat(str(latest)) - timedelta(days=1)  # between two deliveries already given
    Services(served).acting_as(SYSTEM).delivery.deliver(
        enrolment, DeliveryInput("in_kind", day, items="سلة غذائية", quantity=1), today=TODAY)
    assert _mismatches(served) == []


def _distinct_recount(db, f: DashboardFilter) -> tuple[dict[int, int], int]:
    where = "delivered_on >= :s AND delivered_on <= :e"
    values = {"s": f.start, "e": f.end}
    if f.program_id:
        where += " AND program_id = :g"
        values["g"] = f.program_id
    if f.region:
        where += " AND beneficiary_id IN (SELECT id FROM beneficiary WHERE region = :r)"
        values["r"] = f.region
    with db.engine.connect() as connection:
        by_program = dict(connection.execute(text(
            f"SELECT program_id, count(DISTINCT beneficiary_id) FROM service_delivery WHERE {where}"
            " GROUP BY program_id"), values).all())
        people = connection.execute(text(
            f"SELECT count(DISTINCT beneficiary_id) FROM service_delivery WHERE {where}"), values).scalar_one()
    return by_program, people


def test_people_served_equal_the_distinct_people_of_the_period(served):
    from charity_desk.services.registry import Services

    acting = Services(served).acting_as(SYSTEM)
    programs = {p.id: p.name for p in acting.programs.list()}
    with served.engine.connect() as connection:
        region = connection.execute(text(
            "SELECT b.region FROM beneficiary b JOIN service_delivery d ON d.beneficiary_id = b.id LIMIT 1")).scalar()
        # Two deliveries to one person on one day are one person served.
        row = connection.execute(text("SELECT enrolment_id, beneficiary_id, program_id, delivered_on"
                                      " FROM service_delivery LIMIT 1")).one()
    _write(served, "INSERT INTO service_delivery (enrolment_id, beneficiary_id, program_id, kind, delivered_on,"
           " amount, items, quantity, notes) VALUES (:e, :p, :g, 'cash', :d, 50, '', 0, '')",
           e=row[0], p=row[1], g=row[2], d=row[3])
    periods = [(TODAY - timedelta(days=365), TODAY), (TODAY.replace(day=1), TODAY),
               (TODAY - timedelta(days=200), TODAY - timedelta(days=100)), (TODAY - timedelta(days=30), TODAY + timedelta(days=300))]
    checked = 0
    for start, end in periods:
        for program_id in (None, *programs):
            for where in (None, region):
                f = DashboardFilter(start, end, program_id, where)
                figures = acting.dashboard.figures(f, TODAY)
                by_program, people = _distinct_recount(served, f)
                assert figures.beneficiaries_served == people
                assert figures.served_by_program == {programs[g]: n for g, n in by_program.items()}
                assert sum(figures.served_by_region.values()) == people
                assert sum(figures.served_by_age_band.values()) == people
                checked += people
    assert checked > 0
