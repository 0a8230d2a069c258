"""The demo gives the desk a fortnight of appointments: today's and overdue ones on «My work today», a
day's agenda, reminders due, appointments kept; only once, and only for staff already set up."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from charity_desk.db.models import Appointment
from charity_desk.services.actor import SYSTEM
from charity_desk.services.appointment_views import working_hours
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity

TODAY = date(2026, 12, 6)  # a Sunday


def _count(services) -> int:
    with services.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(Appointment))


def test_the_demo_books_the_desk_and_keeps_it_once(services, admin):
    generate_demo(services.db, SYSTEM, 60, seed=2, today=TODAY)
    add_demo_activity(services.db, SYSTEM, seed=2, today=TODAY)
    acting = services.acting_as(admin)
    assert len(acting.appointments.day(admin.user_id, TODAY)) == 6
    due = acting.appointments.due_for_me(TODAY)
    assert {a.day for a in due} - {TODAY} and all(a.day <= TODAY and a.status == "booked" for a in due)
    assert acting.appointments.agenda(TODAY).count() == 6
    first = TODAY - timedelta(days=7)
    figure = acting.appointments.kept(first, TODAY - timedelta(days=1))
    assert figure.due and 0 < figure.kept < figure.due
    assert acting.messages.due("appointment", today=TODAY).count() > 0
    for day in working_hours().week_of(TODAY):  # no member of staff is booked twice at once
        starts = [a.starts_at for a in acting.appointments.day(admin.user_id, day)]
        assert len(starts) == len(set(starts))
    references = [a.reference for _, a in acting.appointments.agenda(TODAY).page(None, 10)]
    assert len(set(references)) == len(references)
    booked = _count(services)
    add_demo_activity(services.db, SYSTEM, seed=3, today=TODAY)
    assert _count(services) == booked
