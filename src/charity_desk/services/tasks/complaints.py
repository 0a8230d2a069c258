"""Complaints and suggestions to answer by their target date (clause 2-1).

Whose: the colleague it is assigned to; an unassigned one belongs to the desk, i.e. everyone who
registers people and sees every file (BENEFICIARY_EDIT and ALL_FILES_VIEW).  Gone when closed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select

from charity_desk.db.models import Beneficiary, Complaint
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import NotFound
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, task_columns

DETAIL_CHARACTERS = 120


def is_desk(whose: Whose) -> bool:
    return whose.can(Permission.BENEFICIARY_EDIT) and whose.can(Permission.ALL_FILES_VIEW)


class ComplaintTasks(TaskSource):
    kind = "complaint"
    label = QT_TRANSLATE_NOOP("Tasks", "Complaints to answer")
    place = "surveys:complaints"
    reassignable = True

    def open_tasks(self, whose: Whose, until: date):
        mine = Complaint.assigned_to_id == whose.user_id
        if is_desk(whose):
            mine = or_(mine, Complaint.assigned_to_id.is_(None))
        return (select(*task_columns(Complaint.id, Complaint.due_on, Complaint.beneficiary_id,
                                     func.coalesce(Beneficiary.full_name, Complaint.person_name),
                                     func.substr(Complaint.details, 1, DETAIL_CHARACTERS), Complaint.assigned_to_id))
                .select_from(Complaint)
                .outerjoin(Beneficiary, Beneficiary.id == Complaint.beneficiary_id)
                .where(and_(Complaint.status == "open", Complaint.due_on <= until, mine)))

    def done_tasks(self, start: date, end: date):
        return (select(*done_columns(Complaint.assigned_to_id, Complaint.due_on, Complaint.received_on,
                                     Complaint.closed_on))
                .where(Complaint.status == "closed", Complaint.closed_on.between(start, end)))

    def reassign(self, session, record_id: int, to_user_id: int) -> int | None:
        complaint = session.get(Complaint, record_id)
        if complaint is None or complaint.status != "open":
            raise NotFound("complaint", record_id)
        complaint.assigned_to_id = to_user_id
        return complaint.beneficiary_id
