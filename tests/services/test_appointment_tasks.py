"""Appointments as a source of «My work today»: the booked staff member's task on the day, overdue until
the arrival or the no-show is recorded, and nobody else's; done ones counted for the reports."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from charity_desk.domain.roles import Role
from charity_desk.services.appointment_views import BookingInput, working_hours
from charity_desk.services.person_input import PersonInput

PASSWORD = "colleague 123"


def _working_day() -> date:
    day = date.today()
    while not working_hours().is_work_day(day):
        day += timedelta(days=1)
    return day


@pytest.fixture
def booked(services, admin):
    acting = services.acting_as(admin)
    clerk = acting.users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, PASSWORD).id
    acting.users.create("desk2", "موظفة أخرى", Role.FRONT_DESK, PASSWORD)
    person = acting.registration.register(PersonInput(
        first_name="نورة", father_name="محمد", grandfather_name="علي", family_name="الشمري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567"))
    day = _working_day()
    appointment = acting.appointments.book(BookingInput(person, clerk, "desk", day, time(9, 0), 30, "تسليم المستندات"))
    return acting, services.acting_as(services.auth.login("desk", PASSWORD)), appointment, day


def _keys(acting, group: str, today: date) -> set[str]:
    return {row.key for _key, row in acting.tasks.tasks(group, today=today).page(None, 500)}


def test_an_appointment_is_the_booked_staff_members_task_until_the_arrival_is_recorded(services, booked):
    admin, clerk, appointment, day = booked
    assert f"appointment:{appointment}" in _keys(clerk, "today", day)
    (row,) = [r for _k, r in clerk.tasks.tasks("today", today=day).page(None, 10) if r.kind == "appointment"]
    assert (row.for_whom, row.due_on, row.place) == ("نورة محمد علي الشمري", day, "appointments")
    other = services.acting_as(services.auth.login("desk2", PASSWORD))
    assert f"appointment:{appointment}" not in _keys(other, "open", day) | _keys(admin, "open", day)
    # Not recorded on the day: overdue the next day.
    assert f"appointment:{appointment}" in _keys(clerk, "overdue", day + timedelta(days=1))
    clerk.appointments.record_arrival(appointment)
    assert f"appointment:{appointment}" not in _keys(clerk, "open", day + timedelta(days=1))


def test_a_no_show_or_a_cancelled_appointment_is_no_longer_a_task(services, booked):
    _admin, clerk, appointment, day = booked
    clerk.appointments.record_no_show(appointment, today=day)
    assert f"appointment:{appointment}" not in _keys(clerk, "open", day)
