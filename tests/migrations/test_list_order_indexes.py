"""0013 and 0015: an older database gains the indexes the growing lists are read in (work queues,
re-verification, legal holds, retention flags), keeps its files, and lists them in the same order."""

from datetime import date

from sqlalchemy import text

from charity_desk.db.engine import Database, is_sqlite
from charity_desk.db.migrate import upgrade_database
from charity_desk.domain.application_flow import WORK_QUEUES
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database


def _indexes(db: Database) -> set[str]:
    """Every index's name, read from the catalogue (reflection skips an index over an expression)."""
    catalogue = ("SELECT name FROM sqlite_master WHERE type = 'index'" if is_sqlite(db.engine)
                 else "SELECT indexname FROM pg_indexes")
    with db.engine.connect() as connection:
        return set(connection.execute(text(catalogue)).scalars())


def test_upgrade_of_an_old_database_adds_the_list_indexes_and_keeps_the_order(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    with db.engine.begin() as connection:
        for number, (name, verified) in enumerate((("ثابت", "2026-11-01"), ("قديم", "2024-01-01"),
                                                   ("جديد", None), ("أقدم", "2023-05-05")), start=1):
            connection.execute(text(
                "INSERT INTO beneficiary (first_name, father_name, grandfather_name, family_name, full_name, "
                "national_id, national_id_override_reason, nationality, gender, marital_status, mobile, mobile_alt, "
                "region, city, building_number, street, district, postal_code, additional_number, unit, "
                "short_address, status, verified_on, search_text, legal_hold, legal_hold_reason, version_id, "
                "created_at, updated_at) VALUES (:n, '', '', '', :n, :id, '', 'سعودي', 'male', '', '', '', '', '', "
                "'', '', '', '', '', '', '', 'active', :v, '', :no, '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"n": name, "id": f"100000000{number}", "v": verified, "no": False})
    assert not {"ix_application_submitted_at", "ix_beneficiary_reverification"} & _indexes(db)

    upgrade_database(db.engine, tmp_path / "backups")

    assert {"ix_application_submitted_at", "ix_beneficiary_reverification"} <= _indexes(db)
    services = Services(db)
    lists = services.acting_as(services.auth.login("admin", "correct horse 42")).lists
    due = lists.reverification_due(365, date(2026, 12, 6))
    assert [person.full_name for _key, person in due.page(None, 10)] == ["جديد", "أقدم", "قديم"]
    assert due.count() == 3
    assert lists.application_queue(WORK_QUEUES["verification"]).count() == 0
    if is_sqlite(db.engine):
        with db.engine.connect() as connection:
            plan = " ".join(str(row) for row in connection.execute(text(
                "EXPLAIN QUERY PLAN SELECT id FROM beneficiary WHERE status = 'active' AND "
                "coalesce(verified_on, '0001-01-01') < '2025-12-06' ORDER BY coalesce(verified_on, '0001-01-01'), id")))
        assert "ix_beneficiary_reverification" in plan and "TEMP B-TREE" not in plan
        # Counting the files due tells the merged ones apart from the index alone (0027).
        assert "ix_beneficiary_reverification_unmerged" in _indexes(db)

    migrate_to(db, "0012", down=True)
    assert not {"ix_application_submitted_at", "ix_beneficiary_reverification"} & _indexes(db)
    db.dispose()


def test_upgrade_adds_the_retention_list_indexes(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    new = {"ix_beneficiary_legal_hold", "ix_retention_flag_run"}
    assert not new & _indexes(db)

    upgrade_database(db.engine, tmp_path / "backups")
    assert new <= _indexes(db)
    services = Services(db)
    lists = services.acting_as(services.auth.login("admin", "correct horse 42")).lists
    assert lists.legal_holds().count() == 0 and lists.destructions().count() == 0

    migrate_to(db, "0014", down=True)
    assert not new & _indexes(db)
    db.dispose()
