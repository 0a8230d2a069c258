"""0023: an existing database's deliveries gain each person's next delivery date, counted from the
deliveries already there, and the triggers that keep it; the way down takes them away again."""

from datetime import date

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from migrations.old_schema import migrate_to

TODAY = date(2026, 6, 15)


def _next_dates(db: Database) -> list[tuple[str, str]]:
    """Each delivery's kept next date beside the one its person's later deliveries give."""
    with db.engine.connect() as connection:
        return [(str(kept), str(counted)) for kept, counted in connection.execute(text(
            "SELECT next_on, coalesce(lead(delivered_on) OVER (PARTITION BY beneficiary_id"
            " ORDER BY delivered_on, id), '9999-12-31') FROM service_delivery"))]


def test_upgrade_counts_the_next_dates_of_the_deliveries_already_given(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0022")
    generate_demo(db, SYSTEM, 40, seed=5, today=TODAY)
    add_demo_activity(db, SYSTEM, seed=5, today=TODAY)
    assert "next_on" not in {c["name"] for c in inspect(db.engine).get_columns("service_delivery")}

    upgrade_database(db.engine, tmp_path / "backups")
    dates = _next_dates(db)
    assert dates and all(kept == counted for kept, counted in dates)
    assert any(kept != "9999-12-31" for kept, _ in dates)  # people served more than once

    migrate_to(db, "0022", down=True)
    assert "next_on" not in {c["name"] for c in inspect(db.engine).get_columns("service_delivery")}
    with db.engine.begin() as connection:  # no trigger left behind to write a column that is gone
        connection.execute(text("DELETE FROM service_delivery WHERE id = (SELECT min(id) FROM service_delivery)"))
    db.dispose()
