"""0029: an existing database's people served and day totals of services, applications and inquiries are
counted from the rows already there, and kept from then on; the way down takes the tables and their
triggers away."""

from datetime import date

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from migrations.old_schema import migrate_to

TODAY = date(2026, 6, 15)
_PEOPLE_RECOUNT = ("SELECT b.id, b.region, b.gender, b.birth_date, (SELECT count(*) FROM family_member f"
                   " WHERE f.beneficiary_id = b.id) FROM beneficiary b WHERE b.id IN (SELECT beneficiary_id"
                   " FROM service_delivery) ORDER BY b.id")
_DAYS_RECOUNT = ("SELECT delivered_on, program_id, count(*) FROM service_delivery GROUP BY delivered_on, program_id"
                 " ORDER BY delivered_on, program_id")


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as connection:
        return [tuple(map(str, row)) for row in connection.execute(text(sql))]


def test_upgrade_counts_what_was_served_before_and_keeps_it(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0028")
    generate_demo(db, SYSTEM, 60, seed=3, today=TODAY)
    add_demo_activity(db, SYSTEM, seed=3, today=TODAY)
    assert "served_person" not in inspect(db.engine).get_table_names()

    upgrade_database(db.engine, tmp_path / "backups")
    people = _rows(db, _PEOPLE_RECOUNT)
    assert people and _rows(db, "SELECT beneficiary_id, region, gender, birth_date, household_members"
                                " FROM served_person ORDER BY beneficiary_id") == people
    assert _rows(db, "SELECT delivered_on, program_id, services FROM delivery_day_total"
                     " ORDER BY delivered_on, program_id") == _rows(db, _DAYS_RECOUNT)
    applications = _rows(db, "SELECT sum(applications), sum(decided * applications) FROM application_day_total")
    assert applications == _rows(db, "SELECT count(*), count(decided_at) FROM application")
    assert _rows(db, "SELECT sum(applications), sum(decided * applications) FROM application_month_total") == \
        applications
    assert int(applications[0][1]) > 0  # decided applications counted with their days
    assert _rows(db, "SELECT sum(inquiries) FROM inquiry_day_total") == _rows(db, "SELECT count(*) FROM inquiry")
    with db.engine.begin() as connection:  # kept from now on: a person's region changed, a delivery removed
        connection.execute(text("UPDATE beneficiary SET region = 'تبوك' WHERE id = :p"), {"p": int(people[0][0])})
        connection.execute(text("DELETE FROM service_delivery WHERE id = (SELECT min(id) FROM service_delivery)"))
    assert _rows(db, "SELECT region FROM served_person WHERE beneficiary_id = " + people[0][0]) == [("تبوك",)]
    assert _rows(db, "SELECT delivered_on, program_id, services FROM delivery_day_total WHERE services > 0"
                     " ORDER BY delivered_on, program_id") == _rows(db, _DAYS_RECOUNT)

    migrate_to(db, "0028", down=True)
    assert not {"served_person", "delivery_day_total", "application_day_total", "application_month_total",
                "inquiry_day_total"} & set(inspect(db.engine).get_table_names())
    with db.engine.begin() as connection:  # no trigger left behind to write a table that is gone
        connection.execute(text("DELETE FROM service_delivery WHERE id = (SELECT min(id) FROM service_delivery)"))
        connection.execute(text("UPDATE beneficiary SET region = 'جازان'"))
        connection.execute(text("DELETE FROM family_member WHERE id = (SELECT min(id) FROM family_member)"))
        connection.execute(text("UPDATE application SET state = 'withdrawn'"))
        connection.execute(text("DELETE FROM inquiry"))
    db.dispose()
