"""Appointments: a walk-in booked at the desk or a home visit in a time slot, a staff member's day and
week, the desk's agenda, arrivals and no-shows, and the printed slip.

Two bookings of one staff member (or of one person) may not share a minute.  The clash is looked for
over every file, the caseload rule notwithstanding (a researcher's slot is taken whoever holds it);
the refusal names the other person only when the one booking may see that file.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Appointment, Beneficiary, UserAccount
from charity_desk.domain.appointment_slots import check_slot, ends_at, overlaps
from charity_desk.domain.clock import format_clock_ar
from charity_desk.domain.dates import to_hijri
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission, Role
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.appointment_views import (
    KINDS,
    AppointmentView,
    BookingInput,
    KeptFigure,
    working_hours,
)
from charity_desk.services.caseload import UNFILTERED
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError, StaleRecord
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.permission_guard import open_to_signed_in, requires
from charity_desk.services.sequences import next_in_sequence

CONTEXT = "Appointments"
#: Who may be booked: a desk is a front-desk employee's, a home visit a social researcher's.
BOOKABLE_ROLES = (Role.FRONT_DESK.value, Role.SOCIAL_RESEARCHER.value, Role.ADMINISTRATOR.value)


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), field=field)


Staff = aliased(UserAccount)


def _views_statement():
    return (select(Appointment, Beneficiary.full_name, Beneficiary.mobile, Staff.full_name)
            .join(Beneficiary, Beneficiary.id == Appointment.beneficiary_id)
            .join(Staff, Staff.id == Appointment.staff_id))


def _view(row) -> AppointmentView:
    a, name, mobile, staff_name = row
    return AppointmentView(a.id, a.version_id, a.reference, a.beneficiary_id, name, mobile, a.staff_id, staff_name,
                           a.kind, a.day, a.starts_at, a.minutes, a.purpose, a.status)


class AppointmentService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @open_to_signed_in("staff names offered when an appointment is booked or a day is shown; no beneficiary's data")
    def staff(self) -> list[tuple[int, str, str]]:
        """(id, name, role) of every active member of staff who can be booked, by name."""
        with self._db.read_session() as session:
            return [(u.id, u.full_name, u.role) for u in session.scalars(
                select(UserAccount).where(UserAccount.active, UserAccount.role.in_(BOOKABLE_ROLES))
                .order_by(UserAccount.full_name))]

    @requires(Permission.APPLICATION_EDIT)
    def book(self, data: BookingInput, today: date | None = None) -> int:
        """Book the slot; refused with the clash named when the staff member or the person is taken then."""
        refuse_formulas(("purpose", data.purpose))
        today = today or date.today()
        errors = check_slot(working_hours(), data.day, data.starts_at, data.minutes, today)
        if data.kind not in KINDS:
            errors.append(_error(QT_TRANSLATE_NOOP("Appointments", "Choose the kind of appointment."), "kind"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            staff = session.get(UserAccount, data.staff_id)
            if staff is None or not staff.active or staff.role not in BOOKABLE_ROLES:
                raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                    "Appointments", "Choose an active member of staff for the appointment."), "staff")])
            if data.kind == "home_visit" and staff.role == Role.FRONT_DESK.value:
                raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                    "Appointments", "A home visit is made by a social researcher; choose one."), "staff")])
            person = session.get(Beneficiary, data.beneficiary_id)
            if person is None:
                raise NotFound("beneficiary", data.beneficiary_id)
            self._refuse_clash(session, data, staff.full_name, person.full_name)
            year = to_hijri(data.day).year
            appointment = Appointment(
                reference=f"{year}/{next_in_sequence(session, f'appointment:{year}'):05d}",
                beneficiary_id=person.id, staff_id=staff.id, kind=data.kind, day=data.day,
                starts_at=data.starts_at, minutes=data.minutes, purpose=data.purpose.strip(),
                status="booked", booked_by_id=self._actor.user_id)
            session.add(appointment)
            # As with a scheduled visit: the researcher received by the person may open their file.
            if staff.role == Role.SOCIAL_RESEARCHER.value and person.assigned_researcher_id != staff.id:
                person.assigned_researcher_id = staff.id
                audit.record(session, self._actor, "beneficiary.assigned", "beneficiary", person.id,
                             researcher=staff.id)
            session.flush()
            audit.record(session, self._actor, "appointment.booked", "beneficiary", person.id,
                         appointment=appointment.id, kind=data.kind)
            return appointment.id

    def _refuse_clash(self, session: Session, data: BookingInput, staff_name: str, person_name: str) -> None:
        same_day = session.execute(
            select(Appointment.beneficiary_id, Appointment.staff_id, Appointment.starts_at, Appointment.minutes)
            .where(Appointment.day == data.day, Appointment.status != "cancelled",
                   or_(Appointment.staff_id == data.staff_id, Appointment.beneficiary_id == data.beneficiary_id))
            .order_by(Appointment.starts_at),
            execution_options={UNFILTERED: True}).all()
        for beneficiary_id, staff_id, starts_at, minutes in same_day:
            if not overlaps(data.starts_at, data.minutes, starts_at, minutes):
                continue
            times = {"start": format_clock_ar(starts_at), "end": format_clock_ar(ends_at(starts_at, minutes))}
            if staff_id != data.staff_id:  # the person is taken with someone else
                raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                    "Appointments", "{person} already has an appointment from {start} to {end} that day; "
                                    "choose another time."), "starts_at", person=person_name, **times)])
            other = session.get(Beneficiary, beneficiary_id)  # None when outside the caseload
            if other is not None:
                raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                    "Appointments", "{staff} is already booked from {start} to {end} with {other}; choose "
                                    "another time or another member of staff."), "starts_at",
                    staff=staff_name, other=other.full_name, **times)])
            raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                "Appointments", "{staff} is already booked from {start} to {end}; choose another time or "
                                "another member of staff."), "starts_at", staff=staff_name, **times)])

    @requires(Permission.BENEFICIARY_VIEW)
    def day(self, staff_id: int, day: date) -> list[AppointmentView]:
        """One staff member's appointments of one day (cancelled ones left out), in the order of the day."""
        return self.between(staff_id, day, day)

    @requires(Permission.BENEFICIARY_VIEW)
    def between(self, staff_id: int, first: date, last: date) -> list[AppointmentView]:
        """One staff member's appointments from ``first`` to ``last`` (a day or a week: bounded by the slots)."""
        statement = (_views_statement()
                     .where(Appointment.staff_id == staff_id, Appointment.day.between(first, last),
                            Appointment.status != "cancelled")
                     .order_by(Appointment.day, Appointment.starts_at))
        with self._db.read_session() as session:
            return [_view(row) for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_VIEW)
    def agenda(self, day: date) -> KeysetList:
        """The desk's agenda: every appointment of ``day`` across the staff, in the order of the day."""
        statement = _views_statement().where(Appointment.day == day, Appointment.status != "cancelled")
        counted = select(Appointment.id).where(Appointment.day == day, Appointment.status != "cancelled")
        return KeysetList(self._db, statement, _view, Appointment.id, {"time": Appointment.starts_at}, "time",
                          counted=counted)

    @requires(Permission.BENEFICIARY_VIEW)
    def of_person(self, beneficiary_id: int) -> list[AppointmentView]:
        """A person's appointments still to come and the ten latest past ones (for their file)."""
        with self._db.read_session() as session:
            if session.get(Beneficiary, beneficiary_id) is None:
                raise NotFound("beneficiary", beneficiary_id)
            rows = session.execute(_views_statement().where(Appointment.beneficiary_id == beneficiary_id)
                                   .order_by(Appointment.day.desc(), Appointment.starts_at.desc()).limit(50))
            return [_view(row) for row in rows]

    @requires(Permission.BENEFICIARY_VIEW)
    def due_for_me(self, today: date | None = None, limit: int = 200) -> list[AppointmentView]:
        """The signed-in person's appointments of today and their overdue ones (an earlier day whose
        arrival or no-show nobody recorded), oldest first: a source of «My work today»."""
        today = today or date.today()
        statement = (_views_statement()
                     .where(Appointment.staff_id == self._actor.user_id, Appointment.day <= today,
                            Appointment.status == "booked")
                     .order_by(Appointment.day, Appointment.starts_at).limit(limit))
        with self._db.read_session() as session:
            return [_view(row) for row in session.execute(statement)]

    @requires(Permission.APPLICATION_EDIT)
    def record_arrival(self, appointment_id: int, expected_version: int | None = None) -> None:
        self._record(appointment_id, "arrived", expected_version)

    @requires(Permission.APPLICATION_EDIT)
    def record_no_show(self, appointment_id: int, expected_version: int | None = None,
                       today: date | None = None) -> None:
        self._record(appointment_id, "no_show", expected_version, today)

    @requires(Permission.APPLICATION_EDIT)
    def cancel(self, appointment_id: int, expected_version: int | None = None) -> None:
        """Free the slot; the appointment stays in the person's history as cancelled."""
        self._record(appointment_id, "cancelled", expected_version)

    def _record(self, appointment_id: int, status: str, expected_version: int | None,
                today: date | None = None) -> None:
        with self._db.session() as session:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None:
                raise NotFound("appointment", appointment_id)
            if expected_version is not None and appointment.version_id != expected_version:
                raise StaleRecord()
            if appointment.status == "cancelled" or (status == "cancelled" and appointment.status != "booked"):
                raise ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Appointments", "This appointment is closed already; book a new one instead.")))
            if status == "no_show" and appointment.day > (today or date.today()):
                raise ServiceError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Appointments", "A no-show can be recorded on the day of the appointment or after.")))
            appointment.status = status
            appointment.recorded_at, appointment.recorded_by_id = utcnow(), self._actor.user_id
            audit.record(session, self._actor, f"appointment.{status}", "beneficiary", appointment.beneficiary_id,
                         appointment=appointment.id)

    @requires(Permission.BENEFICIARY_VIEW)
    def slip(self, appointment_id: int) -> bytes:
        """The printed slip (PDF): the association, the reference and its QR, the day in both calendars, the time."""
        from charity_desk.documents.appointment_slip import Slip, render_slip
        from charity_desk.services.appointment_views import kind_label
        from charity_desk.services.letterhead import load_letterhead

        with self._db.read_session() as session:
            row = session.execute(_views_statement().where(Appointment.id == appointment_id)).first()
            if row is None:
                raise NotFound("appointment", appointment_id)
            view = _view(row)
            head, _signatory, _approval = load_letterhead(session)
        return render_slip(head, Slip(view.reference, view.person_name, kind_label(view.kind), view.staff_name,
                                      view.day, view.starts_at, view.minutes, view.purpose))

    @requires(Permission.BENEFICIARY_VIEW)
    def appointment(self, appointment_id: int) -> AppointmentView:
        """One appointment (the task list opens it in the schedule)."""
        with self._db.read_session() as session:
            row = session.execute(_views_statement().where(Appointment.id == appointment_id)).first()
        if row is None:
            raise NotFound("appointment", appointment_id)
        return _view(row)

    @requires(Permission.REPORTS_VIEW)
    def kept_counts(self, start: date, end: date) -> list[tuple[int | None, int, int, int]]:
        """Per staff member, from ``start`` to ``end``: (user id, booked, kept, no-shows); booked counts
        every appointment not cancelled, kept those whose arrival was recorded.  For the reports of
        «My work today»."""
        statement = (select(Appointment.staff_id,
                            func.count(),
                            func.count().filter(Appointment.status == "arrived"),
                            func.count().filter(Appointment.status == "no_show"))
                     .where(Appointment.day.between(start, end), Appointment.status != "cancelled")
                     .group_by(Appointment.staff_id).order_by(Appointment.staff_id))
        with self._db.read_session() as session:
            return [tuple(row) for row in session.execute(statement)]

    @requires(Permission.REPORTS_VIEW)
    def kept(self, first: date, last: date, staff_id: int | None = None) -> KeptFigure:
        """Appointments kept from ``first`` to ``last``: of those whose arrival or no-show was recorded,
        how many came (for the reports of «My work today»); ``staff_id`` narrows to one member of staff."""
        conditions = [Appointment.day.between(first, last), Appointment.status.in_(("arrived", "no_show"))]
        if staff_id is not None:
            conditions.append(Appointment.staff_id == staff_id)
        statement = select(Appointment.status, func.count()).where(and_(*conditions)).group_by(Appointment.status)
        with self._db.read_session() as session:
            counts = dict(session.execute(statement).all())
        kept, missed = counts.get("arrived", 0), counts.get("no_show", 0)
        return KeptFigure(due=kept + missed, kept=kept, no_show=missed)
