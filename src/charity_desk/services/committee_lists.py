"""Committee meetings, the newest held first, and a meeting's agenda, as lists read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, literal_column, or_, select

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
    return KeysetList(db, statement, _meeting, Meeting.id, {"held": Meeting.held_on}, "held", descending=True,
                      counted=select(Meeting.id))


@dataclass(frozen=True)
class AgendaCounts:
    on_agenda: int
    decided: int


def _meeting_status(session, meeting_id: int) -> str:
    status = session.scalar(select(Meeting.status).where(Meeting.id == meeting_id))
    if status is None:
        raise NotFound("meeting", meeting_id)
    return status


def _decided_here(meeting_id: int):
    return select(Decision.application_id).where(Decision.meeting_id == meeting_id)


def _agenda_statement(session, meeting_id: int):
    """The meeting's agenda: while open, every application ready for the committee and those it has
    decided; once closed, those it decided.

    A closed meeting's few decided applications are found by id.  An open meeting's agenda is read by
    walking ``ix_application_submitted_at`` in the order shown and keeping the applications ready (a
    fixed share of all of them) or decided here, so a page costs the same whatever the register's size;
    ``state || ''`` keeps SQLite off the state index, whose rows it would read all and then sort."""
    on_agenda = Application.id.in_(_decided_here(meeting_id))
    if _meeting_status(session, meeting_id) == "open":
        ready = Application.state.concat(literal_column("''")) == State.READY_FOR_COMMITTEE.value
        on_agenda = or_(ready, on_agenda)
    return (select(Application.id, Application.number, Beneficiary.full_name, Beneficiary.national_id, Program.name,
                   Decision)
            .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
            .join(Program, Program.id == Application.program_id)
            .outerjoin(Decision, (Decision.application_id == Application.id) & (Decision.meeting_id == meeting_id))
            .where(on_agenda))


def _agenda_item(row) -> AgendaItem:
    return AgendaItem(row[0], row[1], row[2], row[3], row[4], None if row[5] is None else decision_input(row[5]))


def _agenda_total(session, meeting_id: int):
    """The number of applications on the agenda, as one statement counting from two indexes: the
    meeting's decisions (all its agenda once closed) and, while it is open, the applications ready for
    the committee from the state index alone.  An application decided here stays ready until the meeting
    closes, so only the decided ones that are not (withdrawn since, say) are added to the ready ones."""
    decided = select(func.count(Decision.id)).where(Decision.meeting_id == meeting_id)
    if _meeting_status(session, meeting_id) != "open":
        return decided
    ready = Application.state == State.READY_FOR_COMMITTEE.value
    waiting = select(func.count(Application.id)).where(ready).scalar_subquery()
    elsewhere = select(func.count(Application.id)).where(Application.id.in_(_decided_here(meeting_id)), ~ready)
    return select(waiting + elsewhere.scalar_subquery())


def agenda(db: Database, actor: Actor, meeting_id: int) -> KeysetList:
    """The meeting's agenda in the order the applications were received, counted as ``agenda_counts``."""
    with db.read_session() as session:
        statement = _agenda_statement(session, meeting_id)
        total = _agenda_total(session, meeting_id)
    return KeysetList(db, statement, _agenda_item, Application.id, {"received": Application.submitted_at},
                      "received", total=total)


def agenda_counts(db: Database, actor: Actor, meeting_id: int) -> AgendaCounts:
    """How many applications are on the agenda and how many of them are decided, counted in SQL from
    indexes (``_agenda_total``), never by reading the agenda's rows."""
    with db.read_session() as session:
        on_agenda = session.scalar(_agenda_total(session, meeting_id))
        decided = session.scalar(select(func.count(Decision.id)).where(Decision.meeting_id == meeting_id))
    return AgendaCounts(on_agenda, decided)


def agenda_application_ids(db: Database, actor: Actor, meeting_id: int) -> list[int]:
    """Every application on the agenda, in its order (for printing all the case summaries)."""
    with db.read_session() as session:
        statement = _agenda_statement(session, meeting_id).with_only_columns(Application.id)
        return list(session.scalars(statement.order_by(Application.submitted_at, Application.id)))
