"""0031: an older database gains the indexes one person's tasks are read by (a researcher's files due for
re-verification with their names, the visits still scheduled, the referrals to follow up, the applications
by who took them), its tasks read the same after the upgrade, and the downgrade gives back 0030's indexes."""

from datetime import date

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database, is_sqlite
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from charity_desk.services.tasks.service import ManualTaskInput
from migrations.old_schema import migrate_to, set_up_old_database

NEW = {"beneficiary": "ix_beneficiary_researcher_tasks", "home_visit": "ix_home_visit_scheduled",
       "referral": "ix_referral_follow_up", "application": "ix_application_consent_taken_by_state"}
REPLACED = "ix_beneficiary_researcher_reverification"


def _indexes(db: Database) -> set[str]:
    return {ix["name"] for table in NEW for ix in inspect(db.engine).get_indexes(table)}


def _plan(db: Database, sql: str) -> str:
    with db.engine.connect() as connection:
        return " ".join(row[3] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_upgrade_from_0030_adds_the_task_indexes_and_the_downgrade_gives_back_the_old_one(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    migrate_to(db, "0030")
    assert REPLACED in _indexes(db) and not {"ix_beneficiary_researcher_tasks", "ix_home_visit_scheduled",
                                             "ix_referral_follow_up"} & _indexes(db)

    migrate_to(db, "0031")
    assert set(NEW.values()) <= _indexes(db) and REPLACED not in _indexes(db)
    if is_sqlite(db.engine):  # partial: only the rows that can be a task, and chosen by SQLite for them
        assert "ix_home_visit_scheduled" in _plan(
            db, "SELECT id FROM home_visit WHERE researcher_id = 2 AND status = 'scheduled' AND scheduled_for <= '2026-12-12'")
        assert "ix_referral_follow_up" in _plan(
            db, "SELECT id FROM referral WHERE created_by_id = 2 AND follow_up_on <= '2026-12-12'")
        assert "COVERING INDEX ix_beneficiary_researcher_tasks" in _plan(
            db, "SELECT full_name FROM beneficiary WHERE assigned_researcher_id = 2 AND status = 'active' "
                "AND (verified_on <= '2025-12-12' OR verified_on IS NULL AND created_at < '2025-12-13')")

    migrate_to(db, "0030", down=True)
    assert REPLACED in _indexes(db) and "ix_application_consent_taken_by_state" in _indexes(db)
    assert not {"ix_beneficiary_researcher_tasks", "ix_home_visit_scheduled", "ix_referral_follow_up"} & _indexes(db)

    upgrade_database(db.engine, tmp_path / "backups")  # as a desk upgrades: on to the newest revision
    assert set(NEW.values()) <= _indexes(db)
    services = Services(db)
    admin = services.acting_as(services.auth.login("admin", "correct horse 42"))
    task = admin.tasks.give(ManualTaskInput(admin.tasks.colleagues()[0][0], date.today(), "اختبار الترقية"))
    assert [row.key for _key, row in admin.tasks.tasks("today").page(None, 10)] == [f"manual:{task}"]
    assert admin.tasks.summary().due_today == 1
    db.dispose()
