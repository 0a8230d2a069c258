"""Long lists built fast: one application made through the services (with its real checklist), and
the rest inserted in bulk through the database models' tables in one statement each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from charity_desk.db.models import Application, Beneficiary
from charity_desk.domain.application_flow import State
from charity_desk.services.applications import ConsentInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput, Requirement


def food_program(acting) -> int:
    return acting.programs.save(ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind",
                                             instructions="تسلم السلة شهريًا", requirements=(
                                                 Requirement("national_id", "صورة الهوية"),
                                                 Requirement("lease", "عقد الإيجار"))))


def bulk_people(acting, count: int, **values) -> list[int]:
    """``count`` people (ids 100001 on), each with ``values`` set; returns their ids."""
    now = datetime.now(UTC)
    people = [{"id": 100_000 + n, "first_name": f"مستفيد {n}", "full_name": f"مستفيد {n:05d}",
               "national_id": f"1{n:09d}", "gender": "male", "created_at": now, "updated_at": now, **values}
              for n in range(1, count + 1)]
    with acting.db.session() as session:
        if people:
            session.execute(insert(Beneficiary), people)
    return [person["id"] for person in people]


def bulk_applications(acting, program_id: int, count: int, state: State, first_received: datetime) -> None:
    """``count`` people, each with one application in ``state``, received a minute apart."""
    now = datetime.now(UTC)
    bulk_people(acting, count)
    applications = [{"number": f"1447-{n:06d}", "beneficiary_id": 100_000 + n, "program_id": program_id,
                     "state": state.value, "channel": "in_person",
                     "submitted_at": first_received + timedelta(minutes=n), "instructions_version": 1,
                     "consent_method": "written", "consent_at": now, "created_at": now,
                     "updated_at": now} for n in range(1, count + 1)]
    with acting.db.session() as session:
        if applications:
            session.execute(insert(Application), applications)


def long_queue(acting, size: int, state: State = State.UNDER_VERIFICATION) -> int:
    """``size`` applications waiting in ``state``; returns the id of the one made through the services,
    the oldest, so first in the queue (the others were received a minute apart after it)."""
    program = food_program(acting)
    person = acting.registration.register(PersonInput(
        first_name="سلمى", father_name="فهد", grandfather_name="علي", family_name="الشهري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567",
        region="عسير", city="أبها"), today=date(2026, 11, 25))
    application_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    acting.applications.transition(application_id, state)
    bulk_applications(acting, program, size - 1, state, datetime.now(UTC) + timedelta(minutes=1))
    return application_id
