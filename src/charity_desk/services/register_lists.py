"""The registers followed to closure (complaints and suggestions, data-subject requests, breaches)
as lists read a page at a time, their status filter applied in SQL.

The filter's choices are those of the screens: every entry, the open ones, the open ones past their
due date, the closed ones.  Each list is ordered by its due date (breaches: newest first), served
by the register's (status, due date) index.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, BreachRecord, Complaint, DataSubjectRequest, UserAccount
from charity_desk.domain.privacy_deadlines import as_utc
from charity_desk.services.actor import Actor
from charity_desk.services.breaches import BreachView
from charity_desk.services.complaints import ComplaintView
from charity_desk.services.data_requests import DataRequestView
from charity_desk.services.list_pages import KeysetList

STATUS_FILTERS = ("all", "open", "overdue", "closed")


def _by_status(statement: Select, model, wanted: str, today: date) -> Select:
    if wanted not in STATUS_FILTERS:
        raise ValueError(f"unknown filter {wanted!r}")
    if wanted in ("open", "overdue"):
        statement = statement.where(model.status == "open")
    if wanted == "overdue":
        statement = statement.where(model.due_on < today)
    if wanted == "closed":
        statement = statement.where(model.status == "closed")
    return statement


def _complaint(row) -> ComplaintView:
    c, name = row
    return ComplaintView(c.id, c.version_id, c.kind, c.received_on, c.channel, c.category, c.person_name, c.details,
                         name or "", c.due_on, c.status, c.actions, c.reply, c.closed_on, c.person_satisfied)


def complaints(db: Database, actor: Actor, wanted: str, today: date) -> KeysetList:
    statement = (select(Complaint, UserAccount.full_name)
                 .outerjoin(UserAccount, UserAccount.id == Complaint.assigned_to_id))
    return KeysetList(db, _by_status(statement, Complaint, wanted, today), _complaint, Complaint.id,
                      {"due": Complaint.due_on, "received": Complaint.received_on}, "due")


def _data_request(row) -> DataRequestView:
    r, file_name, received, checked = row
    return DataRequestView(
        r.id, r.version_id, r.kind, r.beneficiary_id, file_name or r.person_name, r.details, r.received_on,
        received or "", checked or "", as_utc(r.identity_checked_at), r.identity_how, r.due_on,
        r.extension_days, r.extension_reason, r.status, r.outcome, r.outcome_details, r.closed_on)


def data_requests(db: Database, actor: Actor, wanted: str, today: date) -> KeysetList:
    received_by, checked_by = aliased(UserAccount), aliased(UserAccount)
    statement = (select(DataSubjectRequest, Beneficiary.full_name, received_by.full_name, checked_by.full_name)
                 .outerjoin(Beneficiary, Beneficiary.id == DataSubjectRequest.beneficiary_id)
                 .outerjoin(received_by, received_by.id == DataSubjectRequest.received_by_id)
                 .outerjoin(checked_by, checked_by.id == DataSubjectRequest.identity_checked_by_id))
    return KeysetList(db, _by_status(statement, DataSubjectRequest, wanted, today), _data_request,
                      DataSubjectRequest.id,
                      {"due": DataSubjectRequest.due_on, "received": DataSubjectRequest.received_on}, "due")


def _breach(row) -> BreachView:
    b, name = row
    return BreachView(b.id, b.version_id, b.description, as_utc(b.discovered_at), b.records_affected,
                      tuple(json.loads(b.categories)), b.actions, as_utc(b.reported_at), b.report_reference,
                      name or "", b.status, b.closing_summary, as_utc(b.closed_at))


def breaches(db: Database, actor: Actor) -> KeysetList:
    """Every breach, the newest discovered first."""
    statement = (select(BreachRecord, UserAccount.full_name)
                 .outerjoin(UserAccount, UserAccount.id == BreachRecord.recorded_by_id))
    return KeysetList(db, statement, _breach, BreachRecord.id, {"discovered": BreachRecord.discovered_at},
                      "discovered", descending=True)
