"""Schema upgrades: a fresh database reaches head; an older one is backed up first, data intact."""

from alembic import command
from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import alembic_config, current_revision, head_revision, upgrade_database
from database_files import open_database_file


def test_fresh_database_upgrades_to_head_without_backup(database_url, tmp_path):
    db = Database(database_url)
    result = upgrade_database(db.engine, tmp_path / "backups")
    assert result.to_revision == head_revision() == current_revision(db.engine)
    assert result.backup_path is None
    assert "beneficiary" in inspect(db.engine).get_table_names()
    again = upgrade_database(db.engine, tmp_path / "backups")
    assert not again.changed
    db.dispose()


def test_downgrade_then_upgrade_round_trip(database_url):
    db = Database(database_url)
    upgrade_database(db.engine)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert "beneficiary" not in inspect(db.engine).get_table_names()
    upgrade_database(db.engine)
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def _downgrade_to_base(db: Database) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")


def test_older_sqlite_database_is_backed_up_before_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade_database(db.engine)
    _downgrade_to_base(db)
    # What an older version left behind: a schema behind head, holding data.
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE legacy_note (body text)"))
        connection.execute(text("INSERT INTO legacy_note VALUES ('ملاحظة قديمة')"))

    result = upgrade_database(db.engine, tmp_path / "backups")

    assert result.changed and result.backup_path is not None
    with open_database_file(result.backup_path) as backup:  # encrypted like the database it copies
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert backup.execute("SELECT body FROM legacy_note").fetchone()[0] == "ملاحظة قديمة"
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_sqlite_runs_with_durable_settings(sqlite_database):
    with sqlite_database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 10000


def test_0001_database_with_people_upgrades_keeping_them(tmp_path):
    """A database from the first release, with people in it, reaches head after a backup."""
    path = tmp_path / "release1.sqlite3"
    db = Database(f"sqlite:///{path}")
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO beneficiary (first_name, father_name, grandfather_name, family_name, full_name, national_id,"
                " national_id_override_reason, nationality, gender, marital_status, mobile, mobile_alt, region, city,"
                " building_number, street, district, postal_code, additional_number, unit, short_address, status,"
                " search_text, version_id, created_at, updated_at) VALUES ('سارة', 'علي', '', 'الحربي', 'سارة علي الحربي',"
                " '1012345672', '', 'سعودي', 'female', '', '', '', '', '', '', '', '', '', '', '', '', 'active',"
                " 'ساره علي الحربي حربي 1012345672', 1, '2026-01-01', '2026-01-01')"
            )
        )
    result = upgrade_database(db.engine, tmp_path / "backups")
    assert result.from_revision == "0001" and result.backup_path.exists()
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT full_name FROM beneficiary")).scalar() == "سارة علي الحربي"
        assert connection.execute(text("SELECT count(*) FROM family_member")).scalar() == 0
        hits = connection.execute(
            text("SELECT rowid FROM beneficiary_fts WHERE beneficiary_fts MATCH '\"حرب\"*'")
        )
        assert len(hits.fetchall()) == 1
        assert connection.execute(text("SELECT verified_on FROM beneficiary")).scalar() == "2026-01-01"
    # The search triggers survived every later migration: a change is indexed at once.
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE beneficiary SET search_text = 'زينب' WHERE id = 1"))
    with db.engine.connect() as connection:
        hits = connection.execute(text("SELECT rowid FROM beneficiary_fts WHERE beneficiary_fts MATCH '\"زين\"*'"))
        assert len(hits.fetchall()) == 1
    db.dispose()
