"""Home visits scheduled: the visit's researcher's task on the planned day, gone once written up."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Application, Beneficiary, HomeVisit, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Role
from charity_desk.services.errors import NotFound
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, task_columns, task_error


class VisitTasks(TaskSource):
    kind = "visit"
    label = QT_TRANSLATE_NOOP("Tasks", "Home visits")
    place = "visit"
    reassignable = True

    def open_tasks(self, whose: Whose, until: date):
        return (select(*task_columns(HomeVisit.id, HomeVisit.scheduled_for, HomeVisit.beneficiary_id,
                                     Beneficiary.full_name, func.coalesce(Application.number, ""),
                                     HomeVisit.researcher_id))
                .select_from(HomeVisit)
                .join(Beneficiary, Beneficiary.id == HomeVisit.beneficiary_id)
                .outerjoin(Application, Application.id == HomeVisit.application_id)
                .where(HomeVisit.researcher_id == whose.user_id, HomeVisit.status == "scheduled",
                       HomeVisit.scheduled_for <= until))

    def done_tasks(self, start: date, end: date):
        return (select(*done_columns(HomeVisit.researcher_id, HomeVisit.scheduled_for,
                                     days_after(HomeVisit.created_at, 0), HomeVisit.visited_on))
                .where(HomeVisit.status == "done", HomeVisit.visited_on.between(start, end)))

    def reassign(self, session, record_id: int, to_user_id: int) -> int | None:
        visit = session.get(HomeVisit, record_id)
        if visit is None or visit.status != "scheduled":
            raise NotFound("visit", record_id)
        researcher = session.get(UserAccount, to_user_id)
        if researcher.role not in {Role.SOCIAL_RESEARCHER.value, Role.ADMINISTRATOR.value}:
            raise task_error(QT_TRANSLATE_NOOP("Tasks", "A home visit goes to a social researcher: choose one."))
        visit.researcher_id = to_user_id
        # As when the visit is scheduled: the researcher sent to the home may open the file.
        session.get(Beneficiary, visit.beneficiary_id).assigned_researcher_id = to_user_id
        return visit.beneficiary_id
