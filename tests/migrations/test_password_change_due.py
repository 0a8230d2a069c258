"""0032: an older database's accounts gain the flag an administrator's password reset sets; none of
them owes a change after the upgrade, and the downgrade takes the column away again."""

from sqlalchemy import inspect

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database


def _columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("user_account")}


def test_upgrade_adds_the_flag_and_no_account_owes_a_change(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    migrate_to(db, "0031")
    assert "must_change_password" not in _columns(db)

    upgrade_database(db.engine, tmp_path / "backups")

    assert "must_change_password" in _columns(db)
    services = Services(db)
    assert services.auth.login("admin", "correct horse 42").must_change_password is False
    migrate_to(db, "0031", down=True)
    assert "must_change_password" not in _columns(db)
    db.dispose()
