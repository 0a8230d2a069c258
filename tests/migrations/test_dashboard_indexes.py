"""0012, 0014 and 0026: an existing database gains the dashboard's covering indexes and the duplicate
rule's indexes, and loses them on the way down."""

from sqlalchemy import inspect

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from migrations.old_schema import migrate_to, set_up_old_database

_NEW = {"application": {"ix_application_state_submitted_decided"},
        "service_delivery": {"ix_service_delivery_on_program_person"},
        "inquiry": {"ix_inquiry_received_channel", "ix_inquiry_channel_received"},
        "referral": {"ix_referral_direction_created"},
        "beneficiary": {"ix_beneficiary_name_birth", "ix_beneficiary_mobile_alt"}}


def _indexes(db: Database) -> dict[str, set[str]]:
    inspector = inspect(db.engine)
    return {table: {i["name"] for i in inspector.get_indexes(table)} for table in _NEW}


def test_upgrade_of_an_old_database_adds_the_dashboard_and_duplicate_rule_indexes(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    assert not any(names & _indexes(db)[table] for table, names in _NEW.items())

    upgrade_database(db.engine, tmp_path / "backups")
    assert all(names <= _indexes(db)[table] for table, names in _NEW.items())

    migrate_to(db, "0011", down=True)
    assert not any(names & _indexes(db)[table] for table, names in _NEW.items())
