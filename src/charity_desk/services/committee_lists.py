"""Committee meetings, the newest held first, and a meeting's agenda, as lists read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from charity_desk.db.engine import Database
from charity_desk.db.models import Application, Beneficiary, Committee, Decision, Meeting, Program
from charity_desk.domain.application_flow import State
from charity_desk.services.actor import Actor
from charity_desk.services.committees import AgendaItem
from charity_desk.services.committees import _decision_input as decision_input
from charity_desk.services.errors import NotFound
from charity_desk.services.list_pages import KeysetList


@dataclass(frozen=True)
class MeetingRow:
    id: int
    number: str
    held_on: date
    committee: str
    closed: bool


def _meeting(row) -> MeetingRow:
    return MeetingRow(row[0], row[1], row[2], row[3], row[4] == "closed")


def meetings(db: Database, actor: Actor) -> KeysetList:
    statement = (select(Meeting.id, Meeting.number, Meeting.held_on, Committee.name, Meeting.status)
                 .join(Committee, Committee.id == Meeting.committee_id))
    return KeysetList(db, statement, _meeting, Meeting.id, {"held": Meeting.held_on}, "held", descending=True)


@dataclass(frozen=True)
class AgendaCounts:
    on_agenda: int
    decided: int


def _agenda_statement(session, meeting_id: int):
    """The meeting's agenda: while open, every application ready for the committee and those it has
    decided; once closed, those it decided."""
    status = session.scalar(select(Meeting.status).where(Meeting.id == meeting_id))
    if status is None:
        raise NotFound("meeting", meeting_id)
    # The agenda's applications found from two indexes (the state's, the meeting's decisions), not by
    # testing every application ever received.
    on_agenda = select(Decision.application_id).where(Decision.meeting_id == meeting_id)
    if status == "open":
        on_agenda = on_agenda.union(select(Application.id).where(
            Application.state == State.READY_FOR_COMMITTEE.value))
    return (select(Application.id, Application.number, Beneficiary.full_name, Beneficiary.national_id, Program.name,
                   Decision)
            .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
            .join(Program, Program.id == Application.program_id)
            .outerjoin(Decision, (Decision.application_id == Application.id) & (Decision.meeting_id == meeting_id))
            .where(Application.id.in_(on_agenda)))


def _agenda_item(row) -> AgendaItem:
    return AgendaItem(row[0], row[1], row[2], row[3], row[4], None if row[5] is None else decision_input(row[5]))


def agenda(db: Database, actor: Actor, meeting_id: int) -> KeysetList:
    """The meeting's agenda in the order the applications were received."""
    with db.read_session() as session:
        statement = _agenda_statement(session, meeting_id)
    return KeysetList(db, statement, _agenda_item, Application.id, {"received": Application.submitted_at},
                      "received")


def agenda_counts(db: Database, actor: Actor, meeting_id: int) -> AgendaCounts:
    """How many applications are on the agenda and how many of them are decided, counted in SQL."""
    with db.read_session() as session:
        counted = _agenda_statement(session, meeting_id).with_only_columns(func.count(), func.count(Decision.id))
        on_agenda, decided = session.execute(counted).one()
    return AgendaCounts(on_agenda, decided)


def agenda_application_ids(db: Database, actor: Actor, meeting_id: int) -> list[int]:
    """Every application on the agenda, in its order (for printing all the case summaries)."""
    with db.read_session() as session:
        statement = _agenda_statement(session, meeting_id).with_only_columns(Application.id)
        return list(session.scalars(statement.order_by(Application.submitted_at, Application.id)))
