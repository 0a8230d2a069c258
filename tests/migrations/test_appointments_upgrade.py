"""0016: a database from before appointments keeps its people and gains appointments and messages; a
person of the old database is booked, reminded and logged after the upgrade; downgrading removes them."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.appointment_views import BookingInput, working_hours
from charity_desk.services.passwords import hash_password
from charity_desk.services.registry import Services
from migrations.old_schema import migrate_to

PASSWORD = "correct horse 42"
NEW_TABLES = {"appointment", "message_template", "sent_message"}


def test_upgrade_from_0015_books_and_reminds_an_existing_person(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0015")
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO association_profile (name, licence_number, address, phone, website, "
            "policy_approval_reference, signatory_name, signatory_title, version_id, created_at, updated_at) "
            "VALUES ('جمعية البر', '', '', '', '', '', '', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        connection.execute(text(
            "INSERT INTO user_account (username, full_name, role, password_hash, active, version_id, created_at, "
            "updated_at) VALUES ('admin', 'مدير النظام', 'administrator', :h, :yes, 1, CURRENT_TIMESTAMP, "
            "CURRENT_TIMESTAMP)"), {"h": hash_password(PASSWORD), "yes": True})
        connection.execute(text(
            "INSERT INTO beneficiary (first_name, father_name, grandfather_name, family_name, full_name, "
            "national_id, national_id_override_reason, nationality, gender, marital_status, mobile, mobile_alt, "
            "region, city, building_number, street, district, postal_code, additional_number, unit, short_address, "
            "status, search_text, legal_hold, legal_hold_reason, version_id, created_at, updated_at) VALUES "
            "('سارة', 'علي', '', 'الحربي', 'سارة علي الحربي', '1012345672', '', 'سعودي', 'female', '', "
            "'+966551234567', '', '', '', '', '', '', '', '', '', '', 'active', '', :no, '', 1, "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"no": False})
    assert not NEW_TABLES & set(inspect(db.engine).get_table_names())

    upgrade_database(db.engine, tmp_path / "backups")

    assert set(inspect(db.engine).get_table_names()) >= NEW_TABLES
    services = Services(db)
    acting = services.acting_as(services.auth.login("admin", PASSWORD))
    (person,) = acting.beneficiaries.page(None, 5)
    day = date.today() + timedelta(days=1)
    while not working_hours().is_work_day(day):
        day += timedelta(days=1)
    booked = acting.appointments.book(BookingInput(person.id, acting.actor.user_id, "desk", day, time(9, 0), 30))
    (message,) = [m for _, m in acting.messages.due("appointment").page(None, 10)]
    assert (message.source_id, message.name, message.mobile) == (booked, "سارة علي الحربي", "+966551234567")
    assert acting.messages.mark_sent("appointment", [booked]) == 1

    migrate_to(db, "0015", down=True)
    assert not NEW_TABLES & set(inspect(db.engine).get_table_names())
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT full_name FROM beneficiary")).scalar() == "سارة علي الحربي"
