"""0030: an existing database gains the researcher kept on each application (filled from the files),
the triggers that keep it, the indexes a researcher's work queue and the meetings are read from, and the
files due for re-verification counted by the day each was last confirmed."""

from datetime import date

from alembic import command
from sqlalchemy import select, text

from charity_desk.db.engine import Database, is_sqlite
from charity_desk.db.migrate import alembic_config, upgrade_database
from charity_desk.db.models import Application, ConfirmationDayTotal
from charity_desk.domain.application_flow import WORK_QUEUES
from charity_desk.services.passwords import hash_password
from charity_desk.services.registry import Services
from migrations.old_schema import set_up_old_database

ADMIN, RESEARCHER, PASSWORD = "admin", "res1", "correct horse 42"
ADDED = {"ix_application_researcher_queue", "ix_meeting_held_on", "application_researcher_on_assignment",
         "confirmation_day_total"}


def _to(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _catalogue(db: Database) -> set[str]:
    """The names of every table, index and trigger."""
    queries = (("SELECT name FROM sqlite_master",) if is_sqlite(db.engine) else
               ("SELECT indexname FROM pg_indexes", "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal",
                "SELECT tablename FROM pg_tables"))
    with db.engine.connect() as connection:
        return {name for query in queries for name in connection.execute(text(query)).scalars()}


def _old_files(db: Database) -> dict[str, int]:
    """A researcher, a program and three files with an application each, written with the SQL of 0010: the
    first file the researcher's, the second nobody's, the third confirmed last month."""
    with db.engine.begin() as connection:
        run = connection.execute
        run(text("INSERT INTO user_account (username, full_name, role, password_hash, failed_attempts, locked, "
                 "active, version_id, created_at, updated_at) VALUES (:u, 'الباحثة', 'social_researcher', :h, 0, "
                 ":no, :yes, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
            {"u": RESEARCHER, "h": hash_password(PASSWORD), "no": False, "yes": True})
        researcher = run(text("SELECT id FROM user_account WHERE username = :u"), {"u": RESEARCHER}).scalar()
        run(text("INSERT INTO program (code, name, kind, capacity, visit_required, eligibility_rules, active, "
                 "version_id, created_at, updated_at) VALUES ('RENT', 'مساعدة الإيجار', 'cash', 0, :no, '[]', :yes, "
                 "1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"no": False, "yes": True})
        program = run(text("SELECT id FROM program")).scalar()
        ids = {"researcher": researcher}
        for number, (name, owner, verified) in enumerate((("نورة", researcher, None), ("خالد", None, None),
                                                          ("سامي", None, date(2026, 11, 1))), start=1):
            run(text(
                "INSERT INTO beneficiary (first_name, father_name, grandfather_name, family_name, full_name, "
                "national_id, national_id_override_reason, nationality, gender, marital_status, mobile, mobile_alt, "
                "region, city, building_number, street, district, postal_code, additional_number, unit, "
                "short_address, status, verified_on, search_text, legal_hold, legal_hold_reason, "
                "assigned_researcher_id, version_id, created_at, updated_at) VALUES (:n, '', '', '', :n, :id, '', "
                "'سعودي', 'male', '', '', '', '', '', '', '', '', '', '', '', '', 'active', :v, '', :no, '', :r, 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"n": name, "id": f"100000000{number}", "v": verified, "no": False, "r": owner})
            person = run(text("SELECT id FROM beneficiary WHERE national_id = :id"), {"id": f"100000000{number}"}).scalar()
            run(text(
                "INSERT INTO application (number, beneficiary_id, program_id, state, channel, submitted_at, "
                "instructions_version, consent_method, consent_at, guardian_name, guardian_national_id, eligibility, "
                "imported_from, version_id, created_at, updated_at) VALUES (:number, :person, :program, 'received', "
                "'in_person', CURRENT_TIMESTAMP, 1, 'written', CURRENT_TIMESTAMP, '', '', '', '', 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"number": f"1448-00000{number}", "person": person, "program": program})
            ids[name] = run(text("SELECT id FROM application WHERE beneficiary_id = :p"), {"p": person}).scalar()
            ids[f"file {name}"] = person
    return ids


def test_upgrade_fills_the_researcher_of_each_application_and_the_confirmation_days(database_url, tmp_path):
    db = Database(database_url)
    _to(db, "0010")  # the old set-up writes the accounts as they were before 0011
    set_up_old_database(db, "جمعية", ADMIN, "مدير النظام", PASSWORD)
    made = _old_files(db)
    _to(db, "0029")
    assert not ADDED & _catalogue(db)

    upgrade_database(db.engine, tmp_path / "backups")

    assert _catalogue(db) >= ADDED
    with db.read_session() as session:
        kept = {row[0]: row[1] for row in session.execute(select(Application.id, Application.file_researcher_id))}
        days = {row[0]: row[1] for row in session.execute(select(ConfirmationDayTotal.confirmed_on,
                                                                 ConfirmationDayTotal.files))}
    assert kept == {made["نورة"]: made["researcher"], made["خالد"]: None, made["سامي"]: None}
    assert days == {date(1, 1, 1): 2, date(2026, 11, 1): 1}
    services = Services(db)
    admin = services.acting_as(services.auth.login(ADMIN, PASSWORD))
    assert admin.lists.reverification_due(365, date(2026, 12, 6)).count() == 2
    mine = services.acting_as(services.auth.login(RESEARCHER, PASSWORD)).lists
    queue = mine.application_queue(WORK_QUEUES["verification"])
    assert [key[-1] for key, _row in queue.page(None, 10)] == [made["نورة"]] and queue.count() == 1
    admin.visits.assign(made["file خالد"], made["researcher"])
    assert mine.application_queue(WORK_QUEUES["verification"]).count() == 2
    db.dispose()
