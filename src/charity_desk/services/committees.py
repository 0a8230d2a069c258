"""Committees and their meetings (clause 5-5): agenda, attendance, decisions, closing.

A decision can be changed while its meeting is open; closing the meeting makes every decision
final and moves each application to accepted, rejected or deferred in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Committee,
    CommitteeMember,
    Decision,
    Meeting,
    MeetingAttendance,
    Program,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.dates import to_hijri
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.reference import rejection_reasons
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.applications import move_application
from charity_desk.services.double_benefit import DoubleBenefitApproval, guard_receiving
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import open_to_signed_in, requires
from charity_desk.services.sequences import next_in_sequence

OUTCOMES = {"accepted": State.ACCEPTED, "rejected": State.REJECTED, "deferred": State.DEFERRED}


@dataclass(frozen=True)
class MemberInput:
    name: str
    title: str = ""
    role: str = "member"
    user_id: int | None = None


@dataclass(frozen=True)
class DecisionInput:
    outcome: str
    amount: Decimal | None = None
    service: str = ""
    duration_months: int | None = None
    reason_code: str = ""
    reason_text: str = ""
    missing: str = ""
    rationale: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    title: str
    role: str
    present: bool


@dataclass(frozen=True)
class AgendaItem:
    application_id: int
    number: str
    beneficiary_name: str
    national_id: str
    program: str
    decision: DecisionInput | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    version: int
    number: str
    committee_id: int
    committee_name: str
    held_on: date
    place: str
    closed: bool
    quorum: int
    votes: bool
    members: tuple[MemberView, ...]
    agenda: tuple[AgendaItem, ...]
    starts_at: time | None = None

    @property
    def present_count(self) -> int:
        return sum(m.present for m in self.members)

    @property
    def quorum_met(self) -> bool:
        return self.present_count >= self.quorum


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message("Committees", text, params), field=field)


def check_decision(data: DecisionInput, votes_required: bool, present: int) -> None:
    errors = []
    if data.outcome not in OUTCOMES:
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Choose the decision: accept, reject or defer."),
                             "outcome"))
    if data.outcome == "accepted" and data.amount is None and not data.service.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Write the amount or the service granted."), "amount"))
    if data.amount is not None and data.amount <= 0:
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "The amount must be more than zero."), "amount"))
    if data.duration_months is not None and not 1 <= data.duration_months <= 120:
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "The duration is 1 to 120 months."), "duration_months"))
    if data.outcome == "rejected" and data.reason_code not in {r.code for r in rejection_reasons()}:
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Choose the reason for the rejection."), "reason_code"))
    if data.outcome == "rejected" and data.reason_code == "other" and not data.reason_text.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Write the reason for the rejection."), "reason_text"))
    if data.outcome == "deferred" and not data.missing.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Write what is missing before a decision."), "missing"))
    votes = (data.votes_for, data.votes_against, data.votes_abstain)
    if votes_required and any(v is None for v in votes):
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Record the votes for, against and abstaining."),
                             "votes_for"))
    elif all(v is not None for v in votes) and (any(v < 0 for v in votes) or sum(votes) > present):
        errors.append(_error(QT_TRANSLATE_NOOP("Committees", "The votes add up to more than the {present} members "
                                                             "present."), "votes_for", present=present))
    if errors:
        raise InvalidInput(errors)


def _decision_input(d: Decision) -> DecisionInput:
    return DecisionInput(d.outcome, d.amount, d.service, d.duration_months, d.reason_code, d.reason_text, d.missing,
                         d.rationale, d.votes_for, d.votes_against, d.votes_abstain)


class CommitteeService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    # Committees -------------------------------------------------------------------------------
    @requires(Permission.PROGRAM_MANAGE)
    def save_committee(self, name: str, quorum: int, members: list[MemberInput], votes: bool = True,
                       committee_id: int | None = None) -> int:
        refuse_formulas(("name", name), *[("members", text) for member in members for text in (member.name, member.title)])
        errors = []
        if not name.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Enter the committee's name."), "name"))
        if not members or any(not m.name.strip() for m in members):
            errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Add the members, each with a name."), "members"))
        if not 1 <= quorum <= max(len(members), 1):
            errors.append(_error(QT_TRANSLATE_NOOP("Committees", "The quorum is 1 to the number of members."),
                                 "quorum"))
        if sum(m.role == "chair" for m in members) != 1:
            errors.append(_error(QT_TRANSLATE_NOOP("Committees", "Choose exactly one chair."), "members"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            committee = session.get(Committee, committee_id) if committee_id else Committee()
            if committee is None:
                raise NotFound("committee", committee_id)
            if session.scalar(select(Committee.id).where(Committee.name == name.strip(),
                                                         Committee.id != (committee_id or 0))):
                raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                    "Committees", "Another committee already has this name: choose a different one."), "name")])
            committee.name, committee.quorum, committee.votes = name.strip(), quorum, votes
            session.add(committee)
            session.flush()
            for old in session.scalars(select(CommitteeMember).where(CommitteeMember.committee_id == committee.id)):
                old.active = False
            for member in members:
                session.add(CommitteeMember(committee_id=committee.id, name=member.name.strip(),
                                            title=member.title.strip(), role=member.role, user_id=member.user_id))
            audit.record(session, self._actor, "committee.saved", "committee", committee.id)
            return committee.id

    @open_to_signed_in("the committees' names, offered when a meeting is opened; no one's data")
    def committees(self) -> list[tuple[int, str]]:
        with self._db.read_session() as session:
            return [(c.id, c.name) for c in session.scalars(select(Committee).where(Committee.active)
                                                              .order_by(Committee.name))]

    # Meetings ---------------------------------------------------------------------------------
    @requires(Permission.COMMITTEE_DECIDE)
    def open_meeting(self, committee_id: int, held_on: date, place: str = "", starts_at: time | None = None) -> int:
        refuse_formulas(("place", place))
        with self._db.session() as session:
            committee = session.get(Committee, committee_id)
            if committee is None:
                raise NotFound("committee", committee_id)
            year = to_hijri(held_on).year
            meeting = Meeting(committee_id=committee_id, held_on=held_on, place=place.strip(), starts_at=starts_at,
                              number=f"{year}/{next_in_sequence(session, f'meeting:{year}'):02d}")
            session.add(meeting)
            session.flush()
            for member in session.scalars(select(CommitteeMember).where(
                    CommitteeMember.committee_id == committee_id, CommitteeMember.active)):
                session.add(MeetingAttendance(meeting_id=meeting.id, member_id=member.id, present=False))
            audit.record(session, self._actor, "meeting.opened", "meeting", meeting.id)
            return meeting.id

    @open_to_signed_in("meetings' numbers, dates and committees; no one's data")
    def meetings(self, limit: int = 100) -> list[tuple[int, str, date, str, bool]]:
        """(id, number, date, committee name, closed), newest first."""
        statement = (select(Meeting.id, Meeting.number, Meeting.held_on, Committee.name, Meeting.status)
                     .join(Committee, Committee.id == Meeting.committee_id)
                     .order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(limit))
        with self._db.read_session() as session:
            return [(r[0], r[1], r[2], r[3], r[4] == "closed") for r in session.execute(statement)]

    @requires(Permission.BENEFICIARY_VIEW)
    def meeting(self, meeting_id: int, with_agenda: bool = True) -> MeetingView:
        """The meeting; without ``with_agenda`` its agenda is left empty, for a screen that reads it a
        page at a time (``services.lists``)."""
        with self._db.read_session() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting", meeting_id)
            committee = session.get(Committee, meeting.committee_id)
            members = tuple(MemberView(m.id, m.name, m.title, m.role, a.present) for a, m in session.execute(
                select(MeetingAttendance, CommitteeMember).join(CommitteeMember,
                                                                 CommitteeMember.id == MeetingAttendance.member_id)
                .where(MeetingAttendance.meeting_id == meeting_id).order_by(CommitteeMember.id)))
            if not with_agenda:
                return MeetingView(meeting.id, meeting.version_id, meeting.number, committee.id, committee.name,
                                   meeting.held_on, meeting.place, meeting.status == "closed", committee.quorum,
                                   committee.votes, members, (), meeting.starts_at)
            decisions = {d.application_id: d for d in session.scalars(
                select(Decision).where(Decision.meeting_id == meeting_id))}
            waiting = Application.state == State.READY_FOR_COMMITTEE.value
            statement = (select(Application.id, Application.number, Beneficiary.full_name, Beneficiary.national_id,
                                Program.name)
                         .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                         .join(Program, Program.id == Application.program_id)
                         .order_by(Application.submitted_at))
            if meeting.status == "open":
                statement = statement.where(waiting | Application.id.in_(list(decisions) or [0]))
            else:
                statement = statement.where(Application.id.in_(list(decisions) or [0]))
            agenda = tuple(AgendaItem(r[0], r[1], r[2], r[3], r[4],
                                      _decision_input(decisions[r[0]]) if r[0] in decisions else None)
                           for r in session.execute(statement))
            return MeetingView(meeting.id, meeting.version_id, meeting.number, committee.id, committee.name,
                               meeting.held_on, meeting.place, meeting.status == "closed", committee.quorum,
                               committee.votes, members, agenda, meeting.starts_at)

    def _open_meeting_row(self, session, meeting_id: int) -> Meeting:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound("meeting", meeting_id)
        if meeting.status != "open":
            raise ServiceError(Message("Committees", QT_TRANSLATE_NOOP(
                "Committees", "This meeting is closed: its decisions are final. A change needs a new decision in a "
                              "new meeting.")))
        return meeting

    @requires(Permission.COMMITTEE_DECIDE)
    def set_attendance(self, meeting_id: int, present: dict[int, bool]) -> None:
        with self._db.session() as session:
            self._open_meeting_row(session, meeting_id)
            for row in session.scalars(select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)):
                if row.member_id in present:
                    row.present = present[row.member_id]
            audit.record(session, self._actor, "meeting.attendance", "meeting", meeting_id)

    @requires(Permission.COMMITTEE_DECIDE)
    def record_decision(self, meeting_id: int, application_id: int, data: DecisionInput) -> int:
        """Record (or, while the meeting is open, change) the decision on one agenda item."""
        refuse_formulas(*texts_of(data, "service", "reason_text", "missing", "rationale"))
        with self._db.session() as session:
            meeting = self._open_meeting_row(session, meeting_id)
            committee = session.get(Committee, meeting.committee_id)
            present = session.scalar(select(func.count(MeetingAttendance.id)).where(
                MeetingAttendance.meeting_id == meeting_id, MeetingAttendance.present)) or 0
            check_decision(data, committee.votes, present)
            application = session.get(Application, application_id)
            if application is None or application.state != State.READY_FOR_COMMITTEE.value:
                raise ServiceError(Message("Committees", QT_TRANSLATE_NOOP(
                    "Committees", "Only an application that is ready for the committee can be decided.")))
            decision = session.scalar(select(Decision).where(Decision.meeting_id == meeting_id,
                                                             Decision.application_id == application_id))
            if decision is None:
                earlier = session.scalar(select(Decision.id).where(Decision.application_id == application_id)
                                         .order_by(Decision.id.desc()).limit(1))
                decision = Decision(meeting_id=meeting_id, application_id=application_id, supersedes_id=earlier)
                session.add(decision)
            for name, value in vars(data).items():
                setattr(decision, name, value.strip() if isinstance(value, str) else value)
            decision.recorded_by_id, decision.recorded_at = self._actor.user_id, utcnow()
            session.flush()
            audit.record(session, self._actor, "decision.recorded", "application", application_id,
                         meeting=meeting.number, outcome=data.outcome)
            return decision.id

    @requires(Permission.COMMITTEE_DECIDE)
    def close_meeting(self, meeting_id: int,
                      double_benefit: Mapping[int, DoubleBenefitApproval] | None = None) -> None:
        """Make the decisions final and move each application; refused without quorum.

        An application accepted while another member of its household has started receiving the program
        since it was made is held back (``DoubleBenefit``, naming it) unless ``double_benefit`` holds a
        supervisor's approval for it (application id → approval); nothing is closed until then."""
        approvals = double_benefit or {}
        for approval in approvals.values():
            refuse_formulas(("reason", approval.reason))
        with self._db.session() as session:
            meeting = self._open_meeting_row(session, meeting_id)
            committee = session.get(Committee, meeting.committee_id)
            present = session.scalar(select(func.count(MeetingAttendance.id)).where(
                MeetingAttendance.meeting_id == meeting_id, MeetingAttendance.present)) or 0
            if present < committee.quorum:
                raise ServiceError(Message("Committees", QT_TRANSLATE_NOOP(
                    "Committees", "The quorum is not met: {present} present, {quorum} needed."),
                    {"present": present, "quorum": committee.quorum}))
            decisions = session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)).all()
            if not decisions:
                raise ServiceError(Message("Committees", QT_TRANSLATE_NOOP(
                    "Committees", "Record at least one decision before closing the meeting.")))
            for decision in decisions:
                application = session.get(Application, decision.application_id)
                reason = decision.reason_text or decision.missing or decision.rationale or meeting.number
                if decision.outcome == "accepted":
                    guard_receiving(session, self._actor, application, approvals.get(application.id),
                                    utcnow().date())
                move_application(session, self._actor, application, OUTCOMES[decision.outcome], reason)
            meeting.status, meeting.closed_at, meeting.closed_by_id = "closed", utcnow(), self._actor.user_id
            audit.record(session, self._actor, "meeting.closed", "meeting", meeting_id, decisions=len(decisions))
