"""0022 and 0024: an older database gets the table of tasks given by hand and the indexes one person's
tasks are read by, and its administrators and program managers hold the permission to supervise the
team's tasks from the stored matrix; a task given after the upgrade is read back; the downgrade removes
it all."""

from datetime import date

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from charity_desk.services.tasks.service import ManualTaskInput
from migrations.old_schema import migrate_to, set_up_old_database

INDEXES = {"beneficiary": "ix_beneficiary_researcher_tasks",  # 0024's, widened by 0031
           "application": "ix_application_consent_taken_by_state",
           "survey_request": "ix_survey_request_staff_status", "referral": "ix_referral_created_by_status"}


def _stored(db: Database) -> dict[str, bool]:
    with db.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT role, granted FROM role_permission WHERE permission = 'team.supervise'")).all())


def _indexes(db: Database) -> set[str]:
    return {ix["name"] for table in INDEXES for ix in inspect(db.engine).get_indexes(table)}


def test_upgrade_from_0021_adds_manual_tasks_their_indexes_and_the_supervision(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011 (today's model has more)
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    migrate_to(db, "0021")
    assert "manual_task" not in inspect(db.engine).get_table_names() and _stored(db) == {}

    upgrade_database(db.engine, tmp_path / "backups")

    assert "manual_task" in inspect(db.engine).get_table_names()
    assert set(INDEXES.values()) <= _indexes(db)
    assert _stored(db) == {"administrator": True, "program_manager": True, "front_desk": False,
                           "social_researcher": False, "committee_member": False, "executive": False}
    services = Services(db)
    admin = services.auth.login("admin", "correct horse 42")
    assert "team.supervise" in {p.value for p in admin.grants}
    acting = services.acting_as(admin)
    task = acting.tasks.give(ManualTaskInput(admin.user_id, date.today(), "اختبار الترقية"))
    assert [row.key for _key, row in acting.tasks.tasks("today").page(None, 10)] == [f"manual:{task}"]

    migrate_to(db, "0021", down=True)
    assert "manual_task" not in inspect(db.engine).get_table_names()
    assert not set(INDEXES.values()) & _indexes(db) and _stored(db) == {}
    db.dispose()
