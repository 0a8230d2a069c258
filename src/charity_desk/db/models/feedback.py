"""What beneficiaries tell the association: satisfaction surveys, complaints and suggestions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class SurveyRequest(Base):
    """A survey owed to one served beneficiary when a program session ends (clause 3-4)."""

    __tablename__ = "survey_request"
    __table_args__ = (Index("ix_survey_request_status", "status", "session_id"),
                      # The dashboard's surveys asked for in a period (migration 0029).
                      Index("ix_survey_request_created_at", "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("program_session.id"), index=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    #: The staff member who served the person, asked about in the survey.
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    questionnaire: Mapped[str] = mapped_column(String(40), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="pending")  # pending, answered, declined
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class SurveyResponse(Base):
    """The answers; anonymous ones keep no link to the person, only to the program and staff."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("program_session.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiary.id", ondelete="SET NULL"))
    questionnaire: Mapped[str] = mapped_column(String(40), nullable=False)
    answered_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)  # desk, phone, paper
    #: JSON {question code: 1-5 or text}.
    answers: Mapped[str] = mapped_column(Text, nullable=False)
    satisfied: Mapped[bool] = mapped_column(Boolean, nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Complaint(Versioned, Timestamps, Base):
    """A complaint or suggestion followed to closure (clauses 2-1, 3-5)."""

    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_status_due", "status", "due_on"),
                      # The dashboard's complaints of a period, counted from the index alone (migration 0029).
                      Index("ix_complaint_received_status", "received_on", "status", "due_on", "closed_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # complaint, suggestion
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    channel: Mapped[str] = mapped_column(String(40), nullable=False)
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    person_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(13), nullable=False, default="")
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiary.id", ondelete="SET NULL"))
    details: Mapped[str] = mapped_column(Text, nullable=False)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open, closed
    actions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reply: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    person_satisfied: Mapped[bool | None] = mapped_column(Boolean)


class ReachFigure(Base):
    """Indirect beneficiaries (clause 2-2): reach per channel and period, entered or imported."""

    __tablename__ = "reach_figure"
    __table_args__ = (Index("ix_reach_period", "period_start", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(40), nullable=False)  # website, x, instagram, ..., publications
    metric: Mapped[str] = mapped_column(String(30), nullable=False)  # visits, followers, views, distributed
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
