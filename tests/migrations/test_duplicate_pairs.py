"""0017: an upgraded database gets the duplicate tables, and its administrators and program managers
hold the permission to review duplicates from the stored matrix (not only from the code's fallback);
the downgrade removes both."""

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.domain.roles import DEFAULT_GRANTS
from charity_desk.services.grants import all_grants
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database


def _stored(db: Database) -> dict[str, bool]:
    with db.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT role, granted FROM role_permission WHERE permission = 'duplicates.review'")).all())


def test_upgrade_from_0016_adds_the_pair_tables_and_grants_the_review(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the oldest schema the old-desk helper writes an account into
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    migrate_to(db, "0016")
    assert _stored(db) == {}

    upgrade_database(db.engine, tmp_path / "backups")

    assert {"duplicate_pair", "duplicate_key"} <= set(inspect(db.engine).get_table_names())
    assert _stored(db) == {"administrator": True, "program_manager": True, "front_desk": False,
                           "social_researcher": False, "committee_member": False, "executive": False}
    with db.read_session() as session:
        assert all_grants(session) == DEFAULT_GRANTS
    admin = Services(db).auth.login("admin", "correct horse 42")
    assert "duplicates.review" in {p.value for p in admin.grants}

    migrate_to(db, "0016", down=True)
    assert not {"duplicate_pair", "duplicate_key"} & set(inspect(db.engine).get_table_names())
    assert _stored(db) == {}
    db.dispose()
