"""Committee meetings as a list read a page at a time, the newest held first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Committee, Meeting
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
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
    actor.require(Permission.BENEFICIARY_VIEW)
    statement = (select(Meeting.id, Meeting.number, Meeting.held_on, Committee.name, Meeting.status)
                 .join(Committee, Committee.id == Meeting.committee_id))
    return KeysetList(db, statement, _meeting, Meeting.id, {"held": Meeting.held_on}, "held", descending=True)
