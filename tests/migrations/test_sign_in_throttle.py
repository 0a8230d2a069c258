"""0011: an account locked for good before the upgrade signs in again; failed sign-ins are counted per
typed username (real or not) and their locks end by themselves; the downgrade puts the old columns back."""

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database


def test_upgrade_from_0010_unlocks_accounts_and_counts_failures_per_name(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0010")
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    with db.engine.begin() as connection:  # locked for good by the old rule
        connection.execute(text("UPDATE user_account SET locked = :yes, failed_attempts = 5"), {"yes": True})

    upgrade_database(db.engine, tmp_path / "backups")

    columns = {c["name"] for c in inspect(db.engine).get_columns("user_account")}
    assert not {"locked", "failed_attempts"} & columns
    services = Services(db)
    admin = services.auth.login("admin", "correct horse 42")
    assert admin.username == "admin"
    assert [u.locked for u in services.acting_as(admin).users.list()] == [False]

    migrate_to(db, "0010", down=True)
    columns = {c["name"] for c in inspect(db.engine).get_columns("user_account")}
    assert {"locked", "failed_attempts"} <= columns
    assert "sign_in_throttle" not in inspect(db.engine).get_table_names()
    db.dispose()
