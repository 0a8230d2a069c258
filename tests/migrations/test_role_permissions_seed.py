"""0008: an upgraded database gets the permission matrix seeded with the default grants, and its
people sign in holding them; the audit search indexes are created and removed again."""

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.domain.roles import DEFAULT_GRANTS, Permission, Role
from charity_desk.services.grants import all_grants
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database


def test_upgrade_from_0007_seeds_the_default_grants(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0007")
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    assert "role_permission" not in inspect(db.engine).get_table_names()

    upgrade_database(db.engine, tmp_path / "backups")

    with db.engine.connect() as connection:
        stored = connection.execute(text("SELECT role, permission, granted FROM role_permission")).all()
    assert len(stored) == len(Role) * len(Permission)
    with db.read_session() as session:
        assert all_grants(session) == DEFAULT_GRANTS
    assert Services(db).auth.login("admin", "correct horse 42").grants == DEFAULT_GRANTS[Role.ADMINISTRATOR]
    indexes = {ix["name"] for ix in inspect(db.engine).get_indexes("audit_entry")}
    assert {"ix_audit_entry_entity_at", "ix_audit_entry_user_at"} <= indexes

    migrate_to(db, "0007", down=True)
    assert "role_permission" not in inspect(db.engine).get_table_names()
    indexes = {ix["name"] for ix in inspect(db.engine).get_indexes("audit_entry")}
    assert "ix_audit_entry_entity_at" not in indexes
    db.dispose()
