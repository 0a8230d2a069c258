"""Tasks one person gives a colleague by hand: what to do, by when, and about whom (issue 19).

The other tasks of «My work today» are not stored: they are read from the records that are due
(services.tasks), so they disappear when the record is done.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned
from charity_desk.db.models.applications import Application, HomeVisit
from charity_desk.db.models.beneficiaries import Beneficiary
from charity_desk.db.models.correspondence import Referral
from charity_desk.db.models.feedback import SurveyRequest


class ManualTask(Versioned, Timestamps, Base):
    __tablename__ = "manual_task"
    __table_args__ = (
        # One person's open tasks in due order (My work today, the supervisor's view of the team).
        Index("ix_manual_task_assignee_status_due", "assignee_id", "status", "due_on"),
        # Tasks done in a period (the tasks report).
        Index("ix_manual_task_status_done", "status", "done_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: What is to be done, in the giver's words.
    note: Mapped[str] = mapped_column(Text, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    #: The file the task is about, when there is one.
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiary.id", ondelete="SET NULL"),
                                                       index=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    given_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open, done
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


# The indexes one person's tasks are read by (services.tasks), on the records' own tables (migrations 0024
# and 0031): a researcher's files due for re-verification with the name listed, the applications by who took
# them, the visits still scheduled and the referrals to follow up (partial: only the rows that can be a task).
Index("ix_beneficiary_researcher_tasks", Beneficiary.assigned_researcher_id, Beneficiary.status,
      Beneficiary.verified_on, Beneficiary.created_at, Beneficiary.full_name)
Index("ix_home_visit_scheduled", HomeVisit.researcher_id, HomeVisit.scheduled_for,
      sqlite_where=text("status = 'scheduled'"), postgresql_where=text("status = 'scheduled'"))
Index("ix_referral_follow_up", Referral.created_by_id, Referral.follow_up_on,
      sqlite_where=text("follow_up_on IS NOT NULL"), postgresql_where=text("follow_up_on IS NOT NULL"))
Index("ix_application_consent_taken_by_state", Application.consent_taken_by_id, Application.state,
      sqlite_where=text("consent_taken_by_id IS NOT NULL"), postgresql_where=text("consent_taken_by_id IS NOT NULL"))
Index("ix_survey_request_staff_status", SurveyRequest.staff_id, SurveyRequest.status)
Index("ix_referral_created_by_status", Referral.created_by_id, Referral.status)
