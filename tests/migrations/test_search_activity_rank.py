"""The search-activity migration: an older database's files are ranked by their latest activity,
its search index follows the rank, files added afterwards by any path are ranked and found, and the
downgrade gives back the index keyed by file number."""

from datetime import UTC, date, datetime

from alembic.script import ScriptDirectory
from sqlalchemy import Boolean, Date, DateTime, Integer, MetaData, Table, insert, text

from charity_desk.db.engine import Database, is_sqlite
from charity_desk.db.migrate import alembic_config, upgrade_database
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to, set_up_old_database

REVISION = "search_activity_rank"


def _this_and_previous() -> tuple[str, str]:
    scripts = ScriptDirectory.from_config(alembic_config())
    script = next(s for s in scripts.walk_revisions() if s.path.endswith(f"_{REVISION}.py"))
    return script.revision, script.down_revision


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def _insert_person(connection, first: str, national_id: str, search_text: str, changed: datetime) -> int:
    """A file as any release wrote it: every required column of the table as it is, filled."""
    table = Table("beneficiary", MetaData(), autoload_with=connection)
    values = {}
    for column in table.columns:
        if column.primary_key or column.nullable or column.server_default is not None:
            continue
        values[column.name] = (date(2020, 1, 1) if isinstance(column.type, Date | DateTime)
                               else False if isinstance(column.type, Boolean)
                               else 1 if isinstance(column.type, Integer) else "")
    values.update(first_name=first, full_name=first, national_id=national_id, gender="male", status="active",
                  search_text=search_text, created_at=changed, updated_at=changed)
    return connection.execute(insert(table).values(**values)).inserted_primary_key[0]


def test_upgrade_ranks_files_by_latest_activity_and_the_index_follows(database_url, tmp_path):
    this, previous = _this_and_previous()
    db = Database(database_url)
    migrate_to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", "admin", "مدير النظام", "correct horse 42")
    migrate_to(db, previous)
    with db.engine.begin() as connection:
        quiet = _insert_person(connection, "أحمد", "1000000001", "احمد 1000000001", _at(2026, 1, 1))
        asked = _insert_person(connection, "أحمد", "1000000002", "احمد 1000000002", _at(2024, 1, 1))
        middle = _insert_person(connection, "أحمد", "1000000003", "احمد 1000000003", _at(2025, 6, 1))
        # The oldest file had a call after every other file last changed.
        connection.execute(text(
            "INSERT INTO contact_entry (beneficiary_id, kind, channel, reason, asked, answered, minutes_spent, at)"
            " VALUES (:b, 'call', 'phone_letter', 'متابعة', '', '', 3, '2026-11-30 10:00:00')"), {"b": asked})

    upgrade_database(db.engine, tmp_path / "backups")

    services = Services(db)
    acting = services.acting_as(services.auth.login("admin", "correct horse 42"))
    assert [row.id for row in acting.beneficiaries.search("احمد")] == [asked, quiet, middle]
    with db.engine.connect() as connection:
        ranks = dict(connection.execute(text("SELECT id, activity_rank FROM beneficiary")).all())
    assert ranks == {middle: 1, quiet: 2, asked: 3}

    # A file inserted without the ORM is ranked by the database and found first; so is a touched one.
    with db.engine.begin() as connection:
        added = _insert_person(connection, "أحمد", "1000000004", "احمد 1000000004", _at(2026, 12, 1))
    assert [row.id for row in acting.beneficiaries.search("احمد")] == [added, asked, quiet, middle]
    with services.db.session() as session:
        from charity_desk.db.models import ContactEntry

        session.add(ContactEntry(beneficiary_id=middle, kind="call", channel="phone_letter", reason="سؤال"))
    assert [row.id for row in acting.beneficiaries.search("احمد")] == [middle, added, asked, quiet]

    if is_sqlite(db.engine):
        with db.engine.connect() as connection:
            plan = " ".join(str(row) for row in connection.execute(text(
                "EXPLAIN QUERY PLAN SELECT id FROM beneficiary WHERE activity_rank IN (SELECT rowid FROM "
                "beneficiary_fts WHERE beneficiary_fts MATCH '\"احمد\"*' ORDER BY rowid DESC LIMIT 5)")))
        assert "ix_beneficiary_activity_rank" in plan and "TEMP B-TREE" not in plan

    migrate_to(db, previous, down=True)
    with db.engine.connect() as connection:
        columns = {row[1] for row in connection.execute(text("PRAGMA table_info(beneficiary)"))} if is_sqlite(
            db.engine) else set(connection.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'beneficiary'")).scalars())
        assert "activity_rank" not in columns
        if is_sqlite(db.engine):  # the index is keyed by file number again
            found = connection.execute(text(
                "SELECT rowid FROM beneficiary_fts WHERE beneficiary_fts MATCH '\"احمد\"*' ORDER BY rowid")).scalars()
            assert list(found) == sorted([quiet, asked, middle, added])
    migrate_to(db, this)
    db.dispose()
