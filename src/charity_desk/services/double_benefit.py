"""The double-benefit guard: one household, one benefit of a program in a period, unless a supervisor
says why (issue: households).

Checked when an application is made, and again when it is accepted (by the committee or a direct
move) and when it is enrolled: another member may have started receiving the program since.  What a
supervisor already approved for the application is not asked again.

Another member of the household *receives* a program when their application to it is accepted or
enrolled.  The period of that benefit is the program round (session) they are enrolled in, or else the
program's own dates, or else from the decision on; it is *the same period* as a new application when it
has not ended on the day the application is made.  The look-up sees the whole household, whoever
applies: the rule protects the association's funds, not one researcher's caseload.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from charity_desk.db.index_hints import using_index
from charity_desk.db.models import (
    Application,
    Beneficiary,
    DoubleBenefitOverride,
    Enrolment,
    FamilyMember,
    HouseholdMembership,
    Program,
    ProgramSession,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.dates import format_gregorian
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.caseload import sees_all_files
from charity_desk.services.errors import PermissionDenied, ServiceError
from charity_desk.services.households import household_ids

RECEIVING = (State.ACCEPTED.value, State.ENROLLED.value)
CONTEXT = "DoubleBenefit"


@dataclass(frozen=True)
class BenefitConflict:
    """Another member of the household receives the program: who, which program, which period."""

    application_id: int
    application_number: str
    beneficiary_id: int
    #: Empty when the file is outside the caseload of the person applying (services.caseload).
    full_name: str
    program: str
    period_start: date | None
    period_end: date | None

    @property
    def outside_caseload(self) -> bool:
        return not self.full_name


@dataclass(frozen=True)
class DoubleBenefitApproval:
    """A supervisor (signed in at the desk through ``AuthService.authorize``) lets it go on, and says why."""

    supervisor: Actor
    reason: str


def _period(conflict: BenefitConflict) -> str:
    start = format_gregorian(conflict.period_start) if conflict.period_start else "…"
    end = format_gregorian(conflict.period_end) if conflict.period_end else "…"
    return f"{start} – {end}"


class DoubleBenefit(ServiceError):
    """Refused until a supervisor approves; ``conflicts`` say who receives what and when."""

    def __init__(self, conflicts: list[BenefitConflict], application_id: int | None = None):
        first = conflicts[0]
        values = {"name": first.full_name, "program": first.program, "period": _period(first),
                  "number": first.application_number}
        if first.outside_caseload:
            super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "DoubleBenefit", "A member of the same household (a file outside your caseload) already receives "
                                 "«{program}» in this period ({period}). A supervisor must approve a second benefit "
                                 "and write the reason."), values))
        else:
            super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "DoubleBenefit", "{name} of the same household already receives «{program}» in this period "
                                 "({period}, application {number}). A supervisor must approve a second benefit and "
                                 "write the reason."), values))
        self.conflicts = conflicts
        #: The application held back when it is accepted or enrolled (None when a new one is made).
        self.application_id = application_id


def household_conflicts(session: Session, beneficiary_id: int, program: Program, on: date,
                        actor: Actor | None = None) -> list[BenefitConflict]:
    """The other household members' benefits of ``program`` whose period has not ended on ``on``.

    Whoever applies is held back, but the name and application number of a file outside ``actor``'s
    caseload are not given (the program and the period are)."""
    others = sorted(household_ids(session, beneficiary_id) - {beneficiary_id})
    return _benefits(session, others, program, on, actor) if others else []


def _benefits(session: Session, file_ids: list[int], program: Program, on: date,
              actor: Actor | None) -> list[BenefitConflict]:
    """The benefits of ``program`` that the files ``file_ids`` receive in a period not ended on ``on``."""
    rows = session.connection().execute(
        select(Application.id, Application.number, Application.beneficiary_id, Beneficiary.full_name,
               Beneficiary.assigned_researcher_id, Application.decided_at, ProgramSession.starts_on,
               ProgramSession.ends_on)
        .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
        .outerjoin(Enrolment, Enrolment.application_id == Application.id)
        .outerjoin(ProgramSession, ProgramSession.id == Enrolment.session_id)
        .where(Application.beneficiary_id.in_(file_ids), Application.program_id == program.id,
               Application.state.in_(RECEIVING))
        .order_by(Application.id))
    found = []
    held_to = actor.user_id if actor is not None and not sees_all_files(actor) else None
    for app_id, number, holder, name, researcher, decided_at, round_start, round_end in rows:
        start = round_start or program.starts_on or (decided_at.date() if decided_at else None)
        end = round_end if round_start else program.ends_on
        if end is None or end >= on:
            hidden = actor is not None and not sees_all_files(actor) and researcher != held_to
            found.append(BenefitConflict(app_id, "" if hidden else number, holder, "" if hidden else name,
                                         program.name, start, end))
    return found


def check_approval(conflicts: list[BenefitConflict], approval: DoubleBenefitApproval | None,
                   application_id: int | None = None) -> None:
    """Refuse unless a supervisor holding the permission approved with a reason."""
    if not conflicts:
        return
    if approval is None or not approval.reason.strip():
        raise DoubleBenefit(conflicts, application_id)
    if not approval.supervisor.can(Permission.DOUBLE_BENEFIT_OVERRIDE) or approval.supervisor.user_id is None:
        raise PermissionDenied(Permission.DOUBLE_BENEFIT_OVERRIDE.value)


def record_override(session: Session, actor: Actor, application: Application, conflicts: list[BenefitConflict],
                    approval: DoubleBenefitApproval) -> None:
    """Keep the approval with the application and in the audit trail (in the application's transaction)."""
    first = conflicts[0]
    reason = approval.reason.strip()
    other = session.connection().execute(  # named in the trail even when the desk was not told who
        select(Beneficiary.full_name, Application.number).join(Application, Application.beneficiary_id == Beneficiary.id)
        .where(Application.id == first.application_id)).one()
    session.add(DoubleBenefitOverride(
        application_id=application.id, other_application_id=first.application_id, period_start=first.period_start,
        period_end=first.period_end, supervisor_id=approval.supervisor.user_id, reason=reason))
    audit.record(session, actor, "application.double_benefit_approved", "application", application.id,
                 supervisor=approval.supervisor.full_name or approval.supervisor.username,
                 other_member=other.full_name, other_application=other.number,
                 program=first.program, period=_period(first), reason=reason)



def conflicts_since_approved(session: Session, application: Application, program: Program, on: date,
                             actor: Actor | None = None) -> list[BenefitConflict]:
    """The household's benefits of ``program`` in a period not ended on ``on`` that no supervisor has
    approved for ``application`` yet: all of them when none was ever approved; otherwise those named in
    no approval and decided after its latest one (a member who started receiving since)."""
    conflicts = household_conflicts(session, application.beneficiary_id, program, on, actor)
    if not conflicts:
        return []
    approvals = select(DoubleBenefitOverride.other_application_id).where(
        DoubleBenefitOverride.application_id == application.id)
    latest = (select(func.max(DoubleBenefitOverride.at)).where(DoubleBenefitOverride.application_id == application.id)
              .scalar_subquery())
    covered = set(session.connection().scalars(select(Application.id).where(
        Application.id.in_([c.application_id for c in conflicts]),
        or_(Application.id.in_(approvals), Application.decided_at <= latest))))
    return [c for c in conflicts if c.application_id not in covered]


def guard_receiving(session: Session, actor: Actor, application: Application, approval: DoubleBenefitApproval | None,
                    on: date) -> None:
    """Hold back an application about to be accepted or enrolled while another member of the household
    has started receiving the program since it was last checked; a supervisor's approval lets it go on
    and is kept and audited as when the application was made (in the caller's transaction)."""
    session.flush()  # what this transaction moved already (two members accepted at one meeting) counts
    program = session.get(Program, application.program_id)
    conflicts = conflicts_since_approved(session, application, program, on, actor)
    check_approval(conflicts, approval, application.id)
    if conflicts:
        record_override(session, actor, application, conflicts, approval)


def imported_conflicts(session: Session, program: Program, people: dict[str, int | None], on: date) -> set[str]:
    """The national IDs of an import (ID → its registered file, None for a new person) whose household
    already receives ``program`` in the period: an import has no supervisor to approve a second benefit,
    so those rows are refused (the desk can apply with a supervisor's reason).

    Only people who belong to a household are looked at: files with links, and new people whose ID is
    on a family list; one indexed query each per 500 rows."""
    connection = session.connection()
    refused: set[str] = set()
    ids = sorted(people)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        files = {people[i]: i for i in chunk if people[i] is not None}
        for file_id in connection.scalars(select(HouseholdMembership.beneficiary_id).where(
                HouseholdMembership.beneficiary_id.in_(sorted(files)))):
            if household_conflicts(session, file_id, program, on):
                refused.add(files[file_id])
        new = [i for i in chunk if people[i] is None]
        for national_id, holder in connection.execute(using_index(
                select(FamilyMember.national_id, FamilyMember.beneficiary_id).where(FamilyMember.national_id.in_(new)),
                FamilyMember.__table__, "ix_family_member_national_id")):
            if _benefits(session, sorted(household_ids(session, holder)), program, on, None):
                refused.add(national_id)
    return refused
