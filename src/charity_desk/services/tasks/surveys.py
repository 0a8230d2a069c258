"""Satisfaction surveys owed when a program session ends (clause 3-4): the task of the staff member who
served the person, due two weeks after the survey was asked for; gone when answered or declined."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Beneficiary, Program, SurveyRequest
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.tasks.source import TaskSource, Whose, start_of, task_columns

#: Days after a session ends within which its survey is taken.
SURVEY_WITHIN_DAYS = 14


class SurveyTasks(TaskSource):
    kind = "survey"
    label = QT_TRANSLATE_NOOP("Tasks", "Surveys to take")
    place = "surveys:pending"

    def open_tasks(self, whose: Whose, until: date):
        asked_by = start_of(until - timedelta(days=SURVEY_WITHIN_DAYS - 1))
        return (select(*task_columns(SurveyRequest.id, days_after(SurveyRequest.created_at, SURVEY_WITHIN_DAYS),
                                     SurveyRequest.beneficiary_id, Beneficiary.full_name, Program.name,
                                     SurveyRequest.staff_id))
                .select_from(SurveyRequest)
                .join(Beneficiary, Beneficiary.id == SurveyRequest.beneficiary_id)
                .join(Program, Program.id == SurveyRequest.program_id)
                .where(SurveyRequest.staff_id == whose.user_id, SurveyRequest.status == "pending",
                       SurveyRequest.created_at < asked_by))
