"""The caseload rule holds for aliases too: a statement that names a file's table twice (``aliased``), as
the duplicate pairs, the merges and the household reports do, must not reach files outside the caseload."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from charity_desk.db.models import Application, Beneficiary, Program
from charity_desk.domain.roles import Role
from charity_desk.services.beneficiaries import fill_search_text, join_name

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


def test_an_aliased_file_outside_the_caseload_is_not_read(services, files):
    other_file = aliased(Beneficiary, name="other_file")
    with _researcher_session(services) as session:
        assert session.scalars(select(other_file.full_name)).all() == ["أحمد الشمري"]
        assert session.scalars(select(other_file.id).where(other_file.id == files["other"])).all() == []


def test_two_aliases_of_the_file_each_hold_to_the_caseload(services, files):
    # The pair query of the duplicates page: both sides aliased in one statement.
    lower, higher = aliased(Beneficiary, name="lower_file"), aliased(Beneficiary, name="higher_file")
    with _researcher_session(services) as session:
        pairs = session.execute(select(lower.id, higher.id).join(higher, higher.id != lower.id)).all()
    assert pairs == []


def test_an_aliased_application_of_another_file_is_not_read(services, files):
    # household_reports joins an aliased application and its aliased person.
    other_application = aliased(Application, name="other_application")
    other_person = aliased(Beneficiary, name="other_person")
    with _researcher_session(services) as session:
        rows = session.execute(
            select(other_application.beneficiary_id, other_person.full_name)
            .join(other_person, other_person.id == other_application.beneficiary_id)
        ).all()
        direct = session.scalars(select(other_application.beneficiary_id)).all()
    assert rows == [(files["own"], "أحمد الشمري")]
    assert direct == [files["own"]]


def test_the_rule_follows_the_signed_in_researcher(services, files):
    # The criteria is cached once for every user: the second researcher must see their own file only.
    alias = aliased(Beneficiary)
    with _researcher_session(services) as session:
        assert session.scalars(select(alias.id)).all() == [files["own"]]
    acting = services.acting_as(services.auth.login("res2", PASSWORD))
    with acting.db.read_session() as session:
        assert session.scalars(select(alias.id)).all() == [files["other"]]
