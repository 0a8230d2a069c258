"""Serving accepted applicants: program sessions, enrolment, and the log of what was given.

Aid is checked against the committee's decision: cash beyond the decided amount, or anything
after the decided duration, is refused with the reason.  Ending a session asks every person
served in it for a satisfaction survey (clauses 3-4, 5-9).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Decision,
    Enrolment,
    FamilyMember,
    Meeting,
    Program,
    ProgramSession,
    ServiceDelivery,
    SurveyRequest,
    UserAccount,
)
from charity_desk.domain import application_flow as flow
from charity_desk.domain.application_flow import State
from charity_desk.domain.free_text import free_text_errors
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.applications import checklist_complete, move_application
from charity_desk.services.double_benefit import DoubleBenefitApproval, guard_receiving
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.permission_guard import open_to_signed_in, requires

KINDS = ("cash", "in_kind", "attendance", "service")
QUESTIONNAIRE = "default"


@dataclass(frozen=True)
class DeliveryInput:
    kind: str
    delivered_on: date
    amount: Decimal = Decimal("0")
    items: str = ""
    quantity: int = 0
    notes: str = ""


@dataclass(frozen=True)
class DeliveryRow:
    """One thing given, as the file's «Services received» tab lists it."""

    id: int
    delivered_on: date
    program: str
    session: str
    kind: str
    amount: Decimal
    items: str
    quantity: int
    notes: str
    staff: str


@dataclass(frozen=True)
class Totals:
    deliveries: int
    cash: Decimal
    items: int


def _refuse(text: str, **params) -> ServiceError:
    return ServiceError(Message("Delivery", text, params))


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _totals(rows) -> Totals:
    count, cash, items = rows
    return Totals(count or 0, Decimal(cash or 0).quantize(Decimal("0.01")), items or 0)


class DeliveryService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.PROGRAM_MANAGE)
    def open_session(self, program_id: int, name: str, starts_on: date) -> int:
        refuse_formulas(("name", name))
        if not name.strip():
            raise InvalidInput([DomainError(Message("Delivery", QT_TRANSLATE_NOOP(
                "Delivery", "Name the session, for example «Ramadan 1448» or «Cohort 3».")), field="name")])
        with self._db.session() as session:
            if session.get(Program, program_id) is None:
                raise NotFound("program", program_id)
            row = ProgramSession(program_id=program_id, name=name.strip(), starts_on=starts_on)
            session.add(row)
            session.flush()
            audit.record(session, self._actor, "session.opened", "program", program_id, program_session=row.id)
            return row.id

    @open_to_signed_in("program sessions' names and status; no one's data")
    def sessions(self, program_id: int | None = None) -> list[tuple[int, str, str, bool]]:
        """(id, program name, session name, ended)."""
        statement = (select(ProgramSession.id, Program.name, ProgramSession.name, ProgramSession.status)
                     .join(Program, Program.id == ProgramSession.program_id).order_by(ProgramSession.id.desc()))
        if program_id is not None:
            statement = statement.where(ProgramSession.program_id == program_id)
        with self._db.read_session() as session:
            return [(r[0], r[1], r[2], r[3] == "ended") for r in session.execute(statement)]

    @requires(Permission.PROGRAM_MANAGE)
    def enrol(self, application_id: int, session_id: int, double_benefit: DoubleBenefitApproval | None = None) -> int:
        """Register an accepted applicant in a session (clause 5-6: only with a complete checklist).
        Held back while another member of the household has started receiving the program since the
        application was last checked, unless ``double_benefit`` holds a supervisor's approval."""
        refuse_formulas(("reason", double_benefit.reason if double_benefit else ""))
        with self._db.session() as session:
            application = session.get(Application, application_id)
            program_session = session.get(ProgramSession, session_id)
            if application is None or program_session is None:
                raise NotFound("application", application_id)
            if program_session.program_id != application.program_id or program_session.status != "open":
                raise _refuse(QT_TRANSLATE_NOOP("Delivery", "Choose an open session of the application's program."))
            try:
                flow.check(State(application.state), State.ENROLLED,
                           flow.Conditions(checklist_complete=checklist_complete(session, application_id)))
            except DomainError as error:
                raise ServiceError(error.message) from error
            program = session.get(Program, application.program_id)
            enrolled = session.scalar(select(func.count(Enrolment.id)).join(
                ProgramSession, ProgramSession.id == Enrolment.session_id).where(
                ProgramSession.program_id == program.id)) or 0
            if program.capacity and enrolled >= program.capacity:
                raise _refuse(QT_TRANSLATE_NOOP("Delivery", "The program is full: {capacity} places."),
                              capacity=program.capacity)
            guard_receiving(session, self._actor, application, double_benefit, utcnow().date())
            enrolment = Enrolment(application_id=application_id, session_id=session_id,
                                  beneficiary_id=application.beneficiary_id)
            session.add(enrolment)
            move_application(session, self._actor, application, State.ENROLLED)
            session.flush()
            return enrolment.id

    @requires(Permission.APPLICATION_EDIT)
    def deliver(self, enrolment_id: int, data: DeliveryInput, today: date | None = None) -> int:
        """Log one delivery; refused beyond the decided amount or duration."""
        if data.kind not in KINDS or data.amount < 0 or data.quantity < 0:
            raise InvalidInput([DomainError(Message("Delivery", QT_TRANSLATE_NOOP(
                "Delivery", "Choose what was given, with a positive amount or quantity.")), field="kind")])
        if data.delivered_on > (today or date.today()):
            raise InvalidInput([DomainError(Message("Delivery", QT_TRANSLATE_NOOP(
                "Delivery", "The delivery date cannot be in the future.")), field="delivered_on")])
        if errors := free_text_errors([("items", data.items), ("notes", data.notes)]):
            raise InvalidInput(errors)
        with self._db.session() as session:
            enrolment = session.get(Enrolment, enrolment_id)
            if enrolment is None:
                raise NotFound("enrolment", enrolment_id)
            application = session.get(Application, enrolment.application_id)
            if application.state != State.ENROLLED.value:
                raise _refuse(QT_TRANSLATE_NOOP("Delivery", "Aid is given only to enrolled beneficiaries."))
            decision = session.scalar(select(Decision).where(Decision.application_id == application.id,
                                                             Decision.outcome == "accepted")
                                      .order_by(Decision.id.desc()).limit(1))
            if decision is not None:
                self._check_limits(session, decision, enrolment, data)
            delivery = ServiceDelivery(enrolment_id=enrolment_id, beneficiary_id=enrolment.beneficiary_id,
                                       program_id=application.program_id, kind=data.kind,
                                       delivered_on=data.delivered_on, amount=data.amount, items=data.items.strip(),
                                       quantity=data.quantity, notes=data.notes.strip(), staff_id=self._actor.user_id)
            session.add(delivery)
            session.flush()
            audit.record(session, self._actor, "service.delivered", "beneficiary", enrolment.beneficiary_id,
                         kind=data.kind)
            return delivery.id

    @staticmethod
    def _check_limits(session, decision: Decision, enrolment: Enrolment, data: DeliveryInput) -> None:
        if decision.amount is not None and data.kind == "cash":
            given = session.scalar(select(func.coalesce(func.sum(ServiceDelivery.amount), 0)).where(
                ServiceDelivery.enrolment_id == enrolment.id, ServiceDelivery.kind == "cash")) or 0
            if Decimal(given) + data.amount > decision.amount:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Delivery", "This would exceed the amount the committee decided ({decided} riyals; "
                                "{given} already given)."), decided=f"{decision.amount:,.2f}", given=f"{given:,.2f}")
        if decision.duration_months:
            held_on = session.scalar(select(Meeting.held_on).where(Meeting.id == decision.meeting_id))
            ends = _add_months(held_on, decision.duration_months)
            if data.delivered_on > ends:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Delivery", "The decided duration ended on {ends}: a new decision is needed."),
                    ends=ends.strftime("%d/%m/%Y"))

    @requires(Permission.PROGRAM_MANAGE)
    def end_session(self, session_id: int, ends_on: date) -> int:
        """End a session; every beneficiary served in it gets a pending satisfaction survey."""
        with self._db.session() as session:
            program_session = session.get(ProgramSession, session_id)
            if program_session is None:
                raise NotFound("session", session_id)
            if program_session.status == "ended":
                raise _refuse(QT_TRANSLATE_NOOP("Delivery", "This session has already ended."))
            program_session.status, program_session.ends_on = "ended", ends_on
            served = session.execute(
                select(ServiceDelivery.beneficiary_id, func.max(ServiceDelivery.staff_id))
                .join(Enrolment, Enrolment.id == ServiceDelivery.enrolment_id)
                .where(Enrolment.session_id == session_id).group_by(ServiceDelivery.beneficiary_id)).all()
            for beneficiary_id, staff_id in served:
                session.add(SurveyRequest(session_id=session_id, program_id=program_session.program_id,
                                          beneficiary_id=beneficiary_id, staff_id=staff_id,
                                          questionnaire=QUESTIONNAIRE))
            audit.record(session, self._actor, "session.ended", "program", program_session.program_id,
                         program_session=session_id, surveys=len(served))
            return len(served)

    @requires(Permission.BENEFICIARY_VIEW)
    def enrolments(self, beneficiary_id: int) -> list[tuple[int, str, str]]:
        """(enrolment id, program, session) of a person, to choose where a delivery belongs."""
        with self._db.read_session() as session:
            rows = session.execute(select(Enrolment.id, Program.name, ProgramSession.name)
                                   .join(ProgramSession, ProgramSession.id == Enrolment.session_id)
                                   .join(Program, Program.id == ProgramSession.program_id)
                                   .where(Enrolment.beneficiary_id == beneficiary_id))
            return [tuple(r) for r in rows]

    @requires(Permission.BENEFICIARY_VIEW)
    def deliveries(self, beneficiary_id: int, limit: int = 200) -> list[DeliveryRow]:
        """What a person has received, newest first (clause 3-1: one place to see it)."""
        statement = (select(ServiceDelivery.id, ServiceDelivery.delivered_on, Program.name, ProgramSession.name,
                            ServiceDelivery.kind, ServiceDelivery.amount, ServiceDelivery.items,
                            ServiceDelivery.quantity, ServiceDelivery.notes, UserAccount.full_name)
                     .join(Enrolment, Enrolment.id == ServiceDelivery.enrolment_id)
                     .join(ProgramSession, ProgramSession.id == Enrolment.session_id)
                     .join(Program, Program.id == ServiceDelivery.program_id)
                     .outerjoin(UserAccount, UserAccount.id == ServiceDelivery.staff_id)
                     .where(ServiceDelivery.beneficiary_id == beneficiary_id)
                     .order_by(ServiceDelivery.delivered_on.desc(), ServiceDelivery.id.desc()).limit(limit))
        with self._db.read_session() as session:
            return [DeliveryRow(*row[:9], row[9] or "") for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_VIEW)
    def totals_for_beneficiary(self, beneficiary_id: int) -> Totals:
        with self._db.read_session() as session:
            return _totals(session.execute(self._sums().where(ServiceDelivery.beneficiary_id == beneficiary_id))
                           .one())

    @open_to_signed_in("a program's totals, counted over everyone; no one's data")
    def totals_for_program(self, program_id: int) -> Totals:
        with self._db.read_session() as session:
            return _totals(session.execute(self._sums().where(ServiceDelivery.program_id == program_id)).one())

    @requires(Permission.BENEFICIARY_VIEW)
    def totals_for_family(self, beneficiary_id: int) -> Totals:
        """Everything given to the household: the person and relatives registered as beneficiaries."""
        with self._db.read_session() as session:
            relatives = select(FamilyMember.national_id).where(FamilyMember.beneficiary_id == beneficiary_id,
                                                               FamilyMember.national_id != "")
            household = select(Beneficiary.id).where((Beneficiary.id == beneficiary_id)
                                                     | Beneficiary.national_id.in_(relatives))
            return _totals(session.execute(self._sums().where(ServiceDelivery.beneficiary_id.in_(household))).one())

    @staticmethod
    def _sums():
        return select(func.count(ServiceDelivery.id),
                      func.sum(ServiceDelivery.amount).filter(ServiceDelivery.kind == "cash"),
                      func.sum(ServiceDelivery.quantity))
