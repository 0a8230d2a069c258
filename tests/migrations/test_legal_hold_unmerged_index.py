"""0028: an older database gains the index that counts and lists the people on legal hold without
reading every file's row (a merged file, no person of its own, is told apart in the index)."""

from sqlalchemy import text

from charity_desk.db.engine import Database, is_sqlite
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database

INDEX = "ix_beneficiary_legal_hold_unmerged"


def _indexes(db: Database) -> set[str]:
    catalogue = ("SELECT name FROM sqlite_master WHERE type = 'index'" if is_sqlite(db.engine)
                 else "SELECT indexname FROM pg_indexes")
    with db.engine.connect() as connection:
        return set(connection.execute(text(catalogue)).scalars())


def test_upgrade_adds_the_index_and_the_count_reads_it_alone(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    migrate_to(db, "0027")
    assert INDEX not in _indexes(db)

    upgrade_database(db.engine, tmp_path / "backups")

    assert INDEX in _indexes(db)
    services = Services(db)
    lists = services.acting_as(services.auth.login("admin", "correct horse 42")).lists
    assert lists.legal_holds().count() == 0
    if is_sqlite(db.engine):
        with db.engine.connect() as connection:
            plan = " ".join(row[3] for row in connection.execute(text(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM beneficiary WHERE legal_hold = 1 AND merged_into_id IS NULL")))
        assert f"COVERING INDEX {INDEX}" in plan, plan
    migrate_to(db, "0027", down=True)
    assert INDEX not in _indexes(db)
    db.dispose()
