"""Applications (clauses 5-3, 5-5 to 5-8): apply with consent, verify the checklist, check
eligibility, move through the state machine; every step recorded with who, when and why."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    ApplicationTransition,
    Beneficiary,
    ChecklistItem,
    HomeVisit,
    Program,
    UserAccount,
)
from charity_desk.domain import application_flow as flow
from charity_desk.domain.application_flow import State
from charity_desk.domain.dates import to_hijri
from charity_desk.domain.eligibility import EligibilityResult, EligibilityRules, RuleResult, evaluate
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.national_id import validate_national_id
from charity_desk.domain.roles import Permission
from charity_desk.reference import channels
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.application_views import (
    ApplicationSummary,
    ApplicationView,
    ChecklistItemView,
    TransitionView,
    VisitView,
)
from charity_desk.services.double_benefit import (
    DoubleBenefitApproval,
    check_approval,
    guard_receiving,
    household_conflicts,
    record_override,
)
from charity_desk.services.eligibility_facts import gather_facts
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError, StaleRecord, from_domain
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.permission_guard import open_to_signed_in, requires
from charity_desk.services.programs import current_instructions, requirements_of
from charity_desk.services.sequences import next_in_sequence

CONSENT_METHODS = ("written", "verbal", "electronic")
CHECK_STATUSES = ("pending", "provided", "verified", "mismatch")


@dataclass(frozen=True)
class ConsentInput:
    """The applicant accepts the program's current instructions (clause 5-7)."""

    method: str
    guardian_name: str = ""
    guardian_national_id: str = ""


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message("Applications", text, params), field=field)


def _check_new(channel: str, consent: ConsentInput) -> str:
    errors = []
    if channel not in {c.code for c in channels()}:
        errors.append(_error(QT_TRANSLATE_NOOP("Applications", "Choose the channel the application came by."),
                             "channel"))
    if consent.method not in CONSENT_METHODS:
        errors.append(_error(QT_TRANSLATE_NOOP("Applications", "Record how the applicant accepted the program's "
                                                              "instructions."), "consent_method"))
    guardian_id = ""
    if consent.guardian_national_id.strip():
        try:
            guardian_id = validate_national_id(consent.guardian_national_id)
        except DomainError as error:
            errors.append(DomainError(error.message, field="guardian_national_id"))
    if errors:
        raise InvalidInput(errors)
    return guardian_id


def application_input_errors(channel: str, consent: ConsentInput) -> dict[str, Message]:
    """What ``apply`` would refuse in the form itself, every field at once (a form lists these with
    its own errors before anything is saved)."""
    try:
        _check_new(channel, consent)
    except InvalidInput as refused:
        return refused.fields
    return {}


def add_application(session: Session, actor: Actor, beneficiary_id: int, program: Program, channel: str,
                    consent: ConsentInput, submitted_at: datetime | None = None, imported_from: str = "",
                    double_benefit: DoubleBenefitApproval | None = None) -> Application:
    """Create an application inside the caller's transaction (used by the desk and by imports).

    When another member of the household receives the program in the same period, ``double_benefit``
    (a supervisor's approval with the reason) is needed (services.double_benefit)."""
    guardian_id = _check_new(channel, consent)
    if not program.active:
        raise ServiceError(Message("Applications", QT_TRANSLATE_NOOP("Applications",
                                                                     "This program is closed to new applications.")))
    open_one = session.scalar(select(Application.number).where(
        Application.beneficiary_id == beneficiary_id, Application.program_id == program.id,
        Application.state.in_([s.value for s in flow.OPEN_STATES])).limit(1))
    if open_one:
        raise ServiceError(Message("Applications", QT_TRANSLATE_NOOP(
            "Applications", "This person already has an open application to this program ({number})."),
            {"number": open_one}))
    submitted = submitted_at or utcnow()
    conflicts = household_conflicts(session, beneficiary_id, program, submitted.date(), actor)
    check_approval(conflicts, double_benefit)
    hijri_year = to_hijri(submitted.date()).year
    application = Application(
        number=f"{hijri_year}-{next_in_sequence(session, f'application:{hijri_year}'):06d}",
        beneficiary_id=beneficiary_id, program_id=program.id, state=State.RECEIVED.value, channel=channel,
        submitted_at=submitted, instructions_version=current_instructions(session, program.id).version,
        consent_method=consent.method, consent_at=submitted, consent_taken_by_id=actor.user_id,
        guardian_name=consent.guardian_name.strip(), guardian_national_id=guardian_id, imported_from=imported_from,
    )
    session.add(application)
    session.flush()
    for requirement in requirements_of(session, program.id):
        session.add(ChecklistItem(application_id=application.id, code=requirement.code, label=requirement.label,
                                  required=requirement.required))
    session.add(ApplicationTransition(application_id=application.id, from_state="", to_state=State.RECEIVED.value,
                                      user_id=actor.user_id, reason=""))
    audit.record(session, actor, "application.created", "application", application.id, program=program.code,
                 channel=channel)
    if conflicts:
        record_override(session, actor, application, conflicts, double_benefit)
    return application


def move_application(session: Session, actor: Actor, application: Application, target: State,
                     reason: str = "") -> None:
    """Record one step of the state machine (the caller has checked that it is allowed)."""
    session.add(ApplicationTransition(application_id=application.id, from_state=application.state,
                                      to_state=target.value, user_id=actor.user_id, reason=reason.strip()))
    if target in {State.ACCEPTED, State.REJECTED, State.DEFERRED} and application.decided_at is None:
        application.decided_at = utcnow()
    application.state = target.value
    audit.record(session, actor, "application.moved", "application", application.id, to=target.value)


def checklist_complete(session: Session, application_id: int) -> bool:
    missing = session.scalar(select(ChecklistItem.id).where(
        ChecklistItem.application_id == application_id, ChecklistItem.required,
        ChecklistItem.status != "verified").limit(1))
    return missing is None


def _staff(session: Session) -> dict[int | None, str]:
    names = {row.id: row.full_name for row in session.execute(select(UserAccount.id, UserAccount.full_name))}
    names[None] = ""
    return names


def _summary_statement():
    return (select(Application.id, Application.number, Application.beneficiary_id, Beneficiary.full_name,
                   Beneficiary.national_id, Program.name, Application.state, Application.submitted_at)
            .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
            .join(Program, Program.id == Application.program_id))


def _summary(row) -> ApplicationSummary:
    return ApplicationSummary(row[0], row[1], row[2], row[3], row[4], row[5], State(row[6]), row[7])


class ApplicationService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.APPLICATION_EDIT)
    def apply(self, beneficiary_id: int, program_id: int, channel: str, consent: ConsentInput,
              double_benefit: DoubleBenefitApproval | None = None) -> int:
        refuse_formulas(("guardian_name", consent.guardian_name),
                        ("reason", double_benefit.reason if double_benefit else ""))
        with self._db.session() as session:
            program = session.get(Program, program_id)
            if program is None or session.get(Beneficiary, beneficiary_id) is None:
                raise NotFound("program", program_id)
            return add_application(session, self._actor, beneficiary_id, program, channel, consent,
                                   double_benefit=double_benefit).id

    @open_to_signed_in("the permission depends on the state asked for (flow.PERMISSION_FOR), checked in the method")
    def transition(self, application_id: int, target: State, reason: str = "",
                   expected_version: int | None = None,
                   double_benefit: DoubleBenefitApproval | None = None) -> None:
        """Move the application to ``target`` if the state machine and the facts allow it. Accepted or
        enrolled, it is held back while another member of the household has started receiving the
        program since it was made, unless ``double_benefit`` holds a supervisor's approval."""
        refuse_formulas(("reason", reason), ("reason", double_benefit.reason if double_benefit else ""))
        required = flow.PERMISSION_FOR.get(target, Permission.APPLICATION_EDIT)
        self._actor.require(required)
        with self._db.session() as session:
            application = self._load(session, application_id, expected_version)
            program = session.get(Program, application.program_id)
            visit_done = session.scalar(select(HomeVisit.id).where(
                HomeVisit.application_id == application_id, HomeVisit.status == "done").limit(1)) is not None
            conditions = flow.Conditions(
                checklist_complete=checklist_complete(session, application_id),
                visit_required=program.visit_required, visit_done=visit_done,
                eligibility_checked=application.eligibility_passed is not None,
            )
            try:
                flow.check(State(application.state), target, conditions, reason)
            except DomainError as error:
                raise from_domain(error) from error
            if target in (State.ACCEPTED, State.ENROLLED):
                guard_receiving(session, self._actor, application, double_benefit, utcnow().date())
            move_application(session, self._actor, application, target, reason)


    @staticmethod
    def _load(session: Session, application_id: int, expected_version: int | None = None) -> Application:
        application = session.get(Application, application_id)
        if application is None:
            raise NotFound("application", application_id)
        if expected_version is not None and application.version_id != expected_version:
            raise StaleRecord()
        return application

    @requires(Permission.APPLICATION_EDIT)
    def mark_item(self, item_id: int, status: str, note: str = "", document_id: int | None = None,
                  expected_version: int | None = None) -> None:
        """Record the verification of one checklist item; a mismatch needs a note."""
        refuse_formulas(("note", note))
        if status not in CHECK_STATUSES:
            raise InvalidInput([_error(QT_TRANSLATE_NOOP("Applications", "Choose the state of this item."),
                                       "status")])
        if status == "mismatch" and not note.strip():
            raise InvalidInput([_error(QT_TRANSLATE_NOOP("Applications", "Write what does not match."), "note")])
        with self._db.session() as session:
            item = session.get(ChecklistItem, item_id)
            if item is None:
                raise NotFound("checklist_item", item_id)
            if expected_version is not None and item.version_id != expected_version:
                raise StaleRecord()
            item.status, item.note = status, note.strip()
            item.document_id = document_id if document_id is not None else item.document_id
            item.marked_by_id, item.marked_at = self._actor.user_id, utcnow()
            audit.record(session, self._actor, "checklist.marked", "application", item.application_id,
                         item=item.code, status=status)

    @requires(Permission.APPLICATION_EDIT)
    def check_eligibility(self, application_id: int, today: date | None = None) -> EligibilityResult:
        """Evaluate the program's rules against the file; the result is stored with the application."""
        with self._db.session() as session:
            application = self._load(session, application_id)
            program = session.get(Program, application.program_id)
            rules = EligibilityRules.from_data(json.loads(program.eligibility_rules))
            facts = gather_facts(session, application.beneficiary_id, program.id, application.id,
                                 today or date.today(), whole_household=rules.household_counts)
            result = evaluate(rules, facts)
            application.eligibility = json.dumps([asdict(r) for r in result.results], ensure_ascii=False)
            application.eligibility_passed = result.passed
            application.eligibility_checked_at = utcnow()
            audit.record(session, self._actor, "eligibility.checked", "application", application_id,
                         passed=result.passed)
            return result

    @requires(Permission.BENEFICIARY_VIEW)
    def view(self, application_id: int) -> ApplicationView:
        with self._db.read_session() as session:
            application = self._load(session, application_id)
            staff = _staff(session)
            summary = _summary(session.execute(_summary_statement().where(Application.id == application_id)).one())
            items = session.scalars(select(ChecklistItem).where(ChecklistItem.application_id == application_id)
                                    .order_by(ChecklistItem.id))
            transitions = session.scalars(select(ApplicationTransition)
                                          .where(ApplicationTransition.application_id == application_id)
                                          .order_by(ApplicationTransition.id))
            visits = session.scalars(select(HomeVisit).where(HomeVisit.application_id == application_id)
                                     .order_by(HomeVisit.scheduled_for))
            eligibility = tuple(RuleResult(**r) for r in json.loads(application.eligibility or "[]"))
            return ApplicationView(
                summary=summary, version=application.version_id, program_id=application.program_id,
                channel=application.channel, instructions_version=application.instructions_version,
                consent_method=application.consent_method, consent_at=application.consent_at,
                guardian_name=application.guardian_name,
                checklist=tuple(ChecklistItemView(i.id, i.version_id, i.code, i.label, i.required, i.status, i.note,
                                                  i.document_id, staff.get(i.marked_by_id, ""), i.marked_at)
                                for i in items),
                checklist_complete=checklist_complete(session, application_id),
                eligibility=eligibility, eligibility_passed=application.eligibility_passed,
                transitions=tuple(TransitionView(t.at, State(t.from_state) if t.from_state else None,
                                                 State(t.to_state), staff.get(t.user_id, ""), t.reason)
                                  for t in transitions),
                visits=tuple(VisitView(v.id, v.version_id, v.application_id, v.beneficiary_id, summary.beneficiary_name,
                                       staff.get(v.researcher_id, ""), v.scheduled_for, v.status, v.visited_on,
                                       v.findings, v.housing_condition, v.recommendation) for v in visits),
                next_states=tuple(sorted(flow.next_states(State(application.state)))),
            )

    @requires(Permission.BENEFICIARY_VIEW)
    def queue(self, states: frozenset[State], program_id: int | None = None, limit: int = 500) -> list[ApplicationSummary]:
        """Applications waiting in ``states``, oldest first (a role's work queue)."""
        statement = (_summary_statement().where(Application.state.in_([s.value for s in states]))
                     .order_by(Application.submitted_at).limit(limit))
        if program_id is not None:
            statement = statement.where(Application.program_id == program_id)
        with self._db.read_session() as session:
            return [_summary(row) for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_VIEW)
    def for_beneficiary(self, beneficiary_id: int) -> list[ApplicationSummary]:
        statement = (_summary_statement().where(Application.beneficiary_id == beneficiary_id)
                     .order_by(Application.submitted_at.desc()))
        with self._db.read_session() as session:
            return [_summary(row) for row in session.execute(statement)]
