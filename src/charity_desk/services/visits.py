"""Home visits by social researchers: scheduled, carried out, written up; each sees their own list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    HomeVisit,
    UserAccount,
    VisitPhoto,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission, Role
from charity_desk.reference import choices
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.application_views import VisitView
from charity_desk.services.applications import move_application
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.file_edits import MAX_DOCUMENT_BYTES, store_document_bytes
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import open_to_signed_in, requires


@dataclass(frozen=True)
class VisitReport:
    visited_on: date
    findings: str
    housing_condition: str
    recommendation: str
    photos: tuple[Path, ...] = ()


def _error(text: str, field: str) -> DomainError:
    return DomainError(Message("Visits", text), field=field)


def visit_report_errors(report: VisitReport, today: date) -> list[DomainError]:
    """Everything wrong with a report, all at once (a form lists them together with its own)."""
    errors = []
    if report.visited_on > today:
        errors.append(_error(QT_TRANSLATE_NOOP("Visits", "The visit date cannot be in the future."), "visited_on"))
    if not report.findings.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Visits", "Write what was found during the visit."), "findings"))
    if report.housing_condition not in {c.code for c in choices("housing_condition")}:
        errors.append(_error(QT_TRANSLATE_NOOP("Visits", "Choose the condition of the home."), "housing_condition"))
    if any(p.stat().st_size > MAX_DOCUMENT_BYTES for p in report.photos):
        errors.append(_error(QT_TRANSLATE_NOOP("Visits", "A photo is too large."), "photos"))
    return errors


class VisitService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.APPLICATION_EDIT)
    def schedule(self, beneficiary_id: int, researcher_id: int, scheduled_for: date,
                 application_id: int | None = None) -> int:
        """Plan a visit; a visit for an application moves it to "visit requested" if it is verified."""
        with self._db.session() as session:
            researcher = session.get(UserAccount, researcher_id)
            if researcher is None or researcher.role not in {Role.SOCIAL_RESEARCHER.value, Role.ADMINISTRATOR.value}:
                raise InvalidInput([_error(QT_TRANSLATE_NOOP("Visits", "Choose a social researcher for the visit."),
                                           "researcher")])
            visit = HomeVisit(beneficiary_id=beneficiary_id, researcher_id=researcher_id, scheduled_for=scheduled_for,
                              application_id=application_id)
            session.add(visit)
            # The caseload rule: the researcher sent to the home may open the file from now on.
            self._assign(session, beneficiary_id, researcher_id)
            if application_id is not None:
                application = session.get(Application, application_id)
                if application is None:
                    raise NotFound("application", application_id)
                if application.state == State.VERIFIED.value:
                    move_application(session, self._actor, application, State.VISIT_REQUESTED)
            session.flush()
            audit.record(session, self._actor, "visit.scheduled", "beneficiary", beneficiary_id, visit=visit.id)
            return visit.id

    @requires(Permission.VISIT_EDIT)
    def record(self, visit_id: int, report: VisitReport, expected_version: int | None = None,
               today: date | None = None) -> None:
        """Write up a visit; its application moves from "visit requested" to "visit done"."""
        refuse_formulas(*texts_of(report, "findings", "recommendation"))
        if errors := visit_report_errors(report, today or date.today()):
            raise InvalidInput(errors)
        with self._db.session() as session:
            visit = session.get(HomeVisit, visit_id)
            if visit is None:
                raise NotFound("visit", visit_id)
            if expected_version is not None and visit.version_id != expected_version:
                raise StaleRecord()
            visit.status, visit.visited_on = "done", report.visited_on
            visit.findings, visit.recommendation = report.findings.strip(), report.recommendation.strip()
            visit.housing_condition = report.housing_condition
            for photo in report.photos:
                session.add(VisitPhoto(visit_id=visit.id, sha256=store_document_bytes(session, photo.read_bytes()),
                                       original_name=photo.name[:255]))
            application = session.get(Application, visit.application_id) if visit.application_id else None
            if application is not None and application.state == State.VISIT_REQUESTED.value:
                move_application(session, self._actor, application, State.VISIT_DONE)
            audit.record(session, self._actor, "visit.recorded", "beneficiary", visit.beneficiary_id, visit=visit_id)

    @requires(Permission.VISIT_EDIT)
    def my_visits(self, include_done: bool = False) -> list[VisitView]:
        """The signed-in researcher's visits, soonest first."""
        statement = (select(HomeVisit, Beneficiary.full_name)
                     .join(Beneficiary, Beneficiary.id == HomeVisit.beneficiary_id)
                     .where(HomeVisit.researcher_id == self._actor.user_id)
                     .order_by(HomeVisit.scheduled_for))
        if not include_done:
            statement = statement.where(HomeVisit.status == "scheduled")
        with self._db.read_session() as session:
            return [VisitView(v.id, v.version_id, v.application_id, v.beneficiary_id, name, self._actor.full_name,
                              v.scheduled_for, v.status, v.visited_on, v.findings, v.housing_condition,
                              v.recommendation) for v, name in session.execute(statement)]

    @requires(Permission.APPLICATION_EDIT, Permission.ALL_FILES_VIEW)
    def assign(self, beneficiary_id: int, researcher_id: int | None) -> None:
        """Make a social researcher responsible for a file (None: nobody), which puts it in their
        caseload; only someone who sees every file hands files out."""
        with self._db.session() as session:
            if researcher_id is not None:
                researcher = session.get(UserAccount, researcher_id)
                if researcher is None or researcher.role != Role.SOCIAL_RESEARCHER.value or not researcher.active:
                    raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                        "Visits", "Choose an active social researcher for the file."), "researcher")])
            self._assign(session, beneficiary_id, researcher_id)

    def _assign(self, session, beneficiary_id: int, researcher_id: int | None) -> None:
        person = session.get(Beneficiary, beneficiary_id)
        if person is None:
            raise NotFound("beneficiary", beneficiary_id)
        if person.assigned_researcher_id != researcher_id:
            person.assigned_researcher_id = researcher_id
            audit.record(session, self._actor, "beneficiary.assigned", "beneficiary", beneficiary_id,
                         researcher=researcher_id)

    @open_to_signed_in("staff names offered when a visit is scheduled or a file assigned; no beneficiary's data")
    def researchers(self) -> list[tuple[int, str]]:
        with self._db.read_session() as session:
            return [(u.id, u.full_name) for u in session.scalars(
                select(UserAccount).where(UserAccount.role == Role.SOCIAL_RESEARCHER.value, UserAccount.active)
                .order_by(UserAccount.full_name))]
