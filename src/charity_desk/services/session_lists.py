"""A program's sessions, the newest first, as a list read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import ProgramSession
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList


@dataclass(frozen=True)
class SessionRow:
    id: int
    name: str
    ended: bool


def _session(row) -> SessionRow:
    return SessionRow(row[0], row[1], row[2] == "ended")


def program_sessions(db: Database, actor: Actor, program_id: int) -> KeysetList:
    statement = (select(ProgramSession.id, ProgramSession.name, ProgramSession.status)
                 .where(ProgramSession.program_id == program_id))
    return KeysetList(db, statement, _session, ProgramSession.id, {"opened": ProgramSession.id}, "opened",
                      descending=True)
