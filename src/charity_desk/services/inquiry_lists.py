"""The inquiry log (clause 3-3) as a list read a page at a time, newest first
(``Inquiry.received_at`` is indexed)."""

from __future__ import annotations

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Inquiry, UserAccount
from charity_desk.services.actor import Actor
from charity_desk.services.inquiries import InquiryView
from charity_desk.services.list_pages import KeysetList


def _inquiry(row) -> InquiryView:
    i, name = row
    return InquiryView(i.id, i.received_at, i.channel, i.person_name, i.phone, i.question, i.answer, i.answered_at,
                       name or "")


def inquiries(db: Database, actor: Actor, open_only: bool = False) -> KeysetList:
    statement = select(Inquiry, UserAccount.full_name).outerjoin(UserAccount, UserAccount.id == Inquiry.answered_by_id)
    counted = select(Inquiry.id)
    if open_only:
        statement = statement.where(Inquiry.answered_at.is_(None))
        counted = counted.where(Inquiry.answered_at.is_(None))
    return KeysetList(db, statement, _inquiry, Inquiry.id, {"received": Inquiry.received_at}, "received",
                      descending=True, counted=counted)
