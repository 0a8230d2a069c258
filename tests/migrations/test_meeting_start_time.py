"""0010: meetings held before the upgrade keep their data and have no start time; new ones have one."""

from datetime import date, time

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.committees import MemberInput
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database


def test_upgrade_from_0009_keeps_meetings_and_adds_their_start_time(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0009")
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO committee (name, quorum, votes, active, version_id, created_at, "
                                "updated_at) VALUES ('لجنة المساعدات', 1, :yes, :yes, 1, CURRENT_TIMESTAMP, "
                                "CURRENT_TIMESTAMP)"), {"yes": True})
        committee_id = connection.execute(text("SELECT id FROM committee")).scalar()
        connection.execute(text("INSERT INTO meeting (committee_id, number, held_on, place, status, version_id, "
                                "created_at, updated_at) VALUES (:c, '1447/90', '2026-11-01', 'المقر', 'open', 1, "
                                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"c": committee_id})
    assert "starts_at" not in {c["name"] for c in inspect(db.engine).get_columns("meeting")}

    upgrade_database(db.engine, tmp_path / "backups")

    services = Services(db)
    acting = services.acting_as(services.auth.login("admin", "correct horse 42"))
    old = acting.committees.meetings()[0][0]
    assert acting.committees.meeting(old).starts_at is None and acting.committees.meeting(old).place == "المقر"
    other = acting.committees.save_committee("لجنة الإسكان", 1, [MemberInput("أحمد السالم", "رئيس", "chair")])
    new = acting.committees.open_meeting(other, date(2026, 12, 6), "المقر", time(16, 15))
    assert acting.committees.meeting(new).starts_at == time(16, 15)

    migrate_to(db, "0009", down=True)
    assert "starts_at" not in {c["name"] for c in inspect(db.engine).get_columns("meeting")}
