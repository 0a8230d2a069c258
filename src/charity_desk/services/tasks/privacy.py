"""The personal-data law's deadlines (domain.privacy_deadlines): a data-subject request answered within
30 days (plus an extension), a breach notified to the authority within 72 hours.

Whose: every privacy officer, i.e. everyone holding PRIVACY_MANAGE (the registers are theirs together).
Gone when the request is closed, when the breach is reported.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Beneficiary, BreachRecord, DataSubjectRequest
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.privacy_deadlines import BREACH_NOTICE_HOURS
from charity_desk.domain.roles import Permission
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, start_of, task_columns

DETAIL_CHARACTERS = 120
#: The breach's deadline as days, for its due date (the screens give the hours left).
BREACH_NOTICE_DAYS = BREACH_NOTICE_HOURS // 24


class DataRequestTasks(TaskSource):
    kind = "data_request"
    label = QT_TRANSLATE_NOOP("Tasks", "Data requests to answer")
    place = "privacy:requests"

    def open_tasks(self, whose: Whose, until: date):
        if not whose.can(Permission.PRIVACY_MANAGE):
            return None
        return (select(*task_columns(DataSubjectRequest.id, DataSubjectRequest.due_on, DataSubjectRequest.beneficiary_id,
                                     func.coalesce(Beneficiary.full_name, DataSubjectRequest.person_name),
                                     func.substr(DataSubjectRequest.details, 1, DETAIL_CHARACTERS), None))
                .select_from(DataSubjectRequest)
                .outerjoin(Beneficiary, Beneficiary.id == DataSubjectRequest.beneficiary_id)
                .where(DataSubjectRequest.status == "open", DataSubjectRequest.due_on <= until))

    def done_tasks(self, start: date, end: date):
        return (select(*done_columns(DataSubjectRequest.closed_by_id, DataSubjectRequest.due_on,
                                     DataSubjectRequest.received_on, DataSubjectRequest.closed_on))
                .where(DataSubjectRequest.status == "closed", DataSubjectRequest.closed_on.between(start, end)))


class BreachTasks(TaskSource):
    kind = "breach"
    label = QT_TRANSLATE_NOOP("Tasks", "Breaches to notify")
    place = "privacy:breaches"

    def open_tasks(self, whose: Whose, until: date):
        if not whose.can(Permission.PRIVACY_MANAGE):
            return None
        discovered_by = start_of(until - timedelta(days=BREACH_NOTICE_DAYS - 1))
        return (select(*task_columns(BreachRecord.id, days_after(BreachRecord.discovered_at, BREACH_NOTICE_DAYS),
                                     None, "", func.substr(BreachRecord.description, 1, DETAIL_CHARACTERS), None))
                .where(BreachRecord.reported_at.is_(None), BreachRecord.status == "open",
                       BreachRecord.discovered_at < discovered_by))

    def done_tasks(self, start: date, end: date):
        return (select(*done_columns(BreachRecord.recorded_by_id,
                                     days_after(BreachRecord.discovered_at, BREACH_NOTICE_DAYS),
                                     days_after(BreachRecord.discovered_at, 0), days_after(BreachRecord.reported_at, 0)))
                .where(BreachRecord.reported_at >= start_of(start),
                       BreachRecord.reported_at < start_of(end + timedelta(days=1))))
