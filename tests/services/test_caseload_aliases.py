"""The caseload rule filters the mapped classes; an alias of a file's table (``aliased``), as the duplicate
pairs, the merges and the household reports use to compare files, escapes that filter, so a session held to
a caseload refuses a statement naming one (aliases declared narrowing excepted)."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from charity_desk.db.models import Application, Beneficiary, Program
from charity_desk.domain.roles import Role
from charity_desk.services.beneficiaries import fill_search_text, join_name
from charity_desk.services.caseload import narrowing_alias
from charity_desk.services.errors import PermissionDenied

PASSWORD = "researcher 123"


@pytest.fixture
def files(services, admin):
    """One file for each of two researchers, each with an application."""
    users = services.acting_as(admin).users
    r1 = users.create("res1", "الباحثة الأولى", Role.SOCIAL_RESEARCHER, PASSWORD).id
    r2 = users.create("res2", "الباحث الثاني", Role.SOCIAL_RESEARCHER, PASSWORD).id
    made = {}
    with services.db.session() as session:
        program = Program(code="FOOD", name="سلة غذائية", kind="in_kind")
        session.add(program)
        session.flush()
        for key, first, nid, researcher in (("own", "أحمد", "1012345672", r1),
                                            ("other", "خالد", "1058529940", r2)):
            person = Beneficiary(first_name=first, family_name="الشمري", full_name=join_name(first, "الشمري"),
                                 national_id=nid, gender="male", assigned_researcher_id=researcher)
            fill_search_text(person)
            session.add(person)
            session.flush()
            session.add(Application(number=f"A-{person.id}", beneficiary_id=person.id, program_id=program.id,
                                    state="submitted", channel="walk_in", instructions_version=1,
                                    consent_method="written", consent_at=datetime.now(UTC)))
            made[key] = person.id
    return made


def _researcher_session(services):
    acting = services.acting_as(services.auth.login("res1", PASSWORD))
    return acting.db.read_session()


def test_an_aliased_file_is_refused(services, files):
    other_file = aliased(Beneficiary, name="other_file")
    with _researcher_session(services) as session, pytest.raises(PermissionDenied):
        session.scalars(select(other_file.full_name).where(other_file.id == files["other"])).all()


def test_two_aliases_of_the_file_in_one_statement_are_refused(services, files):
    # The pair query of the duplicates page: both sides aliased in one statement.
    lower, higher = aliased(Beneficiary, name="lower_file"), aliased(Beneficiary, name="higher_file")
    with _researcher_session(services) as session, pytest.raises(PermissionDenied):
        session.execute(select(lower.id, higher.id).join(higher, higher.id != lower.id)).all()


def test_an_aliased_application_joined_to_its_person_is_refused(services, files):
    # household_reports joins an aliased application and its aliased person.
    other_application = aliased(Application, name="other_application")
    other_person = aliased(Beneficiary, name="other_person")
    with _researcher_session(services) as session, pytest.raises(PermissionDenied):
        session.execute(select(other_application.beneficiary_id, other_person.full_name)
                        .join(other_person, other_person.id == other_application.beneficiary_id)).all()
    with _researcher_session(services) as session, pytest.raises(PermissionDenied):
        session.execute(select(Application.id).where(Application.id.in_(
            select(other_application.id).where(other_application.beneficiary_id == files["other"])))).all()


def test_a_narrowing_alias_reads_only_what_the_rule_lets_through(services, files):
    # Declared narrowing: it only narrows the rows of the filtered class, so nothing outside shows.
    narrowing = narrowing_alias(Application, name="narrowing_test_application")
    with _researcher_session(services) as session:
        rows = session.scalars(select(Application.beneficiary_id).where(Application.id.in_(
            select(narrowing.id)))).all()
    assert rows == [files["own"]]
