"""Files due for their annual re-verification with the person: the file's social researcher's task,
due a period (Settings) after the last confirmation, or after registration when never confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Beneficiary, Setting
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.reverification import DEFAULT_PERIOD_DAYS, PERIOD_SETTING
from charity_desk.services.tasks.source import TaskSource, Whose, start_of, task_columns


@dataclass(frozen=True)
class ReverificationTasks(TaskSource):
    period_days: int = DEFAULT_PERIOD_DAYS
    kind = "reverification"
    label = QT_TRANSLATE_NOOP("Tasks", "Files to re-verify")
    place = "surveys:reverification"

    def prepare(self, session) -> ReverificationTasks:
        row = session.get(Setting, PERIOD_SETTING)
        return ReverificationTasks(int(row.value) if row else DEFAULT_PERIOD_DAYS)

    def open_tasks(self, whose: Whose, until: date):
        last = func.coalesce(Beneficiary.verified_on, days_after(Beneficiary.created_at, 0))
        cutoff = until - timedelta(days=self.period_days)
        return (select(*task_columns(Beneficiary.id, days_after(last, self.period_days), Beneficiary.id,
                                     Beneficiary.full_name, "", Beneficiary.assigned_researcher_id))
                .where(Beneficiary.assigned_researcher_id == whose.user_id, Beneficiary.status == "active",
                       (Beneficiary.verified_on <= cutoff)
                       | (Beneficiary.verified_on.is_(None) & (Beneficiary.created_at < start_of(cutoff + timedelta(days=1))))))
