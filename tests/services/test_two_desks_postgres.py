"""Two desks on one PostgreSQL server change the same field of the same file: the first save wins,
the second is refused with the conflict message instead of silently overwriting it."""

from datetime import date

import pytest
from sqlalchemy import event

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.services.errors import StaleRecord
from charity_desk.services.person_input import PersonInput
from charity_desk.services.registry import Services

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 25)


def _person(mobile: str) -> PersonInput:
    return PersonInput(
        first_name="نورة",
        father_name="سعد",
        grandfather_name="علي",
        family_name="الدوسري",
        national_id="1012345672",
        gender="female",
        birth_date=date(1985, 3, 2),
        mobile=mobile,
        region="الرياض",
        city="الرياض",
    )


@pytest.fixture
def desks(database_url, database, admin_password):
    if not database_url.startswith("postgresql"):
        pytest.skip("two desks share a PostgreSQL server, never one SQLite file")
    first = Services(database)
    first.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", admin_password)
    second_db = Database(database_url)
    second = Services(second_db)
    yield first, second
    second_db.dispose()


def _signed_in(services, password):
    return services.acting_as(services.auth.login("admin", password))


def _mobile(services, person_id):
    with services.db.read_session() as session:
        return session.get(Beneficiary, person_id).mobile


def test_second_save_of_an_older_copy_is_refused(desks, admin_password):
    first, second = desks
    desk_a, desk_b = _signed_in(first, admin_password), _signed_in(second, admin_password)
    person_id = desk_a.registration.register(_person("0551234567"), today=TODAY)
    # Both desks have the file open on screen.
    version_a = desk_a.files.open(person_id).person.version
    version_b = desk_b.files.open(person_id).person.version
    assert version_a == version_b

    assert desk_a.file_edits.update_person(person_id, version_a, _person("0501112233"), "رقم جديد", today=TODAY)
    with pytest.raises(StaleRecord) as refused:
        desk_b.file_edits.update_person(person_id, version_b, _person("0569998877"), "رقم آخر", today=TODAY)
    shown = refused.value.message.render()  # who changed what, so desk B knows what it missed
    assert "مدير النظام saved this record at" in shown and "changing: Mobile." in shown
    assert _mobile(first, person_id) == "+966501112233"


def test_saves_racing_between_read_and_write_are_refused_too(desks, admin_password):
    """Desk A commits after desk B read the row but before B's UPDATE: B's versioned UPDATE misses."""
    first, second = desks
    desk_a, desk_b = _signed_in(first, admin_password), _signed_in(second, admin_password)
    person_id = desk_a.registration.register(_person("0551234567"), today=TODAY)
    version = desk_b.files.open(person_id).person.version
    raced = []

    def desk_a_saves_first(_conn, _cursor, statement, *_args):
        if statement.startswith("UPDATE beneficiary") and not raced:
            raced.append(True)
            desk_a.file_edits.update_person(person_id, version, _person("0501112233"), "رقم جديد", today=TODAY)

    event.listen(second.db.engine, "before_cursor_execute", desk_a_saves_first)
    try:
        with pytest.raises(StaleRecord):
            desk_b.file_edits.update_person(person_id, version, _person("0569998877"), "رقم آخر", today=TODAY)
    finally:
        event.remove(second.db.engine, "before_cursor_execute", desk_a_saves_first)
    assert raced
    assert _mobile(first, person_id) == "+966501112233"
