"""Committee meetings (clause 5-5): a task of every active member linked to an account, on the meeting
day, until the meeting is closed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Committee, CommitteeMember, Meeting
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, task_columns


class MeetingTasks(TaskSource):
    kind = "meeting"
    label = QT_TRANSLATE_NOOP("Tasks", "Committee meetings")
    place = "meeting"

    def open_tasks(self, whose: Whose, until: date):
        member = exists().where(CommitteeMember.committee_id == Meeting.committee_id,
                                CommitteeMember.user_id == whose.user_id, CommitteeMember.active)
        return (select(*task_columns(Meeting.id, Meeting.held_on, None, Committee.name, Meeting.number,
                                     whose.user_id))
                .select_from(Meeting)
                .join(Committee, Committee.id == Meeting.committee_id)
                .where(Meeting.status == "open", Meeting.held_on <= until, member))

    def done_tasks(self, start: date, end: date):
        closed = days_after(Meeting.closed_at, 0)
        return (select(*done_columns(Meeting.closed_by_id, Meeting.held_on, days_after(Meeting.created_at, 0), closed))
                .where(Meeting.status == "closed", closed.between(start, end)))
