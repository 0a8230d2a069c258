"""Tasks one person gives a colleague (db.models.tasks): the colleague's, on the due date given, until
marked done.  Opening one opens the file it is about."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Beneficiary, ManualTask, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.errors import NotFound
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, task_columns

DETAIL_CHARACTERS = 160
#: Made once: an alias's columns are worked out on first use and kept with it.
_GIVER = aliased(UserAccount, name="giver")


class ManualTasks(TaskSource):
    kind = "manual"
    label = QT_TRANSLATE_NOOP("Tasks", "Tasks from colleagues")
    place = "file:personal"
    reassignable = True

    def open_tasks(self, whose: Whose, until: date):
        giver = _GIVER
        detail = func.coalesce(giver.full_name, "") + ": " + func.substr(ManualTask.note, 1, DETAIL_CHARACTERS)
        return (select(*task_columns(ManualTask.id, ManualTask.due_on, ManualTask.beneficiary_id,
                                     func.coalesce(Beneficiary.full_name, ""), detail, ManualTask.assignee_id))
                .select_from(ManualTask)
                .outerjoin(Beneficiary, Beneficiary.id == ManualTask.beneficiary_id)
                .outerjoin(giver, giver.id == ManualTask.given_by_id)
                .where(ManualTask.assignee_id == whose.user_id, ManualTask.status == "open",
                       ManualTask.due_on <= until))

    def done_tasks(self, start: date, end: date):
        done = days_after(ManualTask.done_at, 0)
        return (select(*done_columns(ManualTask.assignee_id, ManualTask.due_on, days_after(ManualTask.created_at, 0),
                                     done))
                .where(ManualTask.status == "done", done.between(start, end)))

    def reassign(self, session, record_id: int, to_user_id: int) -> int | None:
        task = session.get(ManualTask, record_id)
        if task is None or task.status != "open":
            raise NotFound("task", record_id)
        task.assignee_id = to_user_id
        return task.beneficiary_id
