"""The outgoing-correspondence register as a list read a page at a time, newest first."""

from __future__ import annotations

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import IssuedLetter
from charity_desk.services.actor import Actor
from charity_desk.services.letters import RegisterRow
from charity_desk.services.list_pages import KeysetList


def _row(row) -> RegisterRow:
    return RegisterRow(*row)


def outgoing_register(db: Database, actor: Actor) -> KeysetList:
    statement = select(IssuedLetter.id, IssuedLetter.reference_number, IssuedLetter.issued_on, IssuedLetter.kind,
                       IssuedLetter.addressee, IssuedLetter.subject)
    return KeysetList(db, statement, _row, IssuedLetter.id,
                      {"issued": IssuedLetter.id, "reference": IssuedLetter.reference_number}, "issued",
                      descending=True)
