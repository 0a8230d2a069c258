"""Applications to programs, their state history, verification checklists and home visits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class Application(Versioned, Timestamps, Base):
    __tablename__ = "application"
    __table_args__ = (
        Index("ix_application_state_submitted", "state", "submitted_at"),
        # The dashboard's counts over a period, read from the index alone.
        Index("ix_application_state_submitted_decided", "state", "submitted_at", "decided_at", "program_id"),
        # A work queue of several states, read in the order received (services.application_lists).
        Index("ix_application_submitted_at", "submitted_at"),
        # A researcher's work queue, read from their own rows (services.application_lists).
        Index("ix_application_researcher_queue", "file_researcher_id", "state", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Shown to people, e.g. 1448-000123 (Hijri year of receipt, sequence).
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    #: The researcher the file is assigned to (``Beneficiary.assigned_researcher_id``), copied by triggers of
    #: the database (migration 0030) on every write; never set by the code.  Not a key to the user: only an
    #: index's way to a researcher's work queue, the caseload rule still filters every row.
    file_researcher_id: Mapped[int | None] = mapped_column()
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    state: Mapped[str] = mapped_column(String(30), nullable=False)
    channel: Mapped[str] = mapped_column(String(40), nullable=False)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Clause 5-7: applying means accepting the program's instructions; this records it.
    instructions_version: Mapped[int] = mapped_column(nullable=False)
    consent_method: Mapped[str] = mapped_column(String(20), nullable=False)  # written, verbal, electronic
    consent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    consent_taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    guardian_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    guardian_national_id: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    #: JSON list of domain.eligibility.RuleResult, from the latest check.
    eligibility: Mapped[str] = mapped_column(Text, nullable=False, default="")
    eligibility_passed: Mapped[bool | None] = mapped_column(Boolean)
    eligibility_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    imported_from: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    #: When its free texts were cleared after the retention period; figures and outcome are kept.
    anonymized_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ApplicationTransition(Base):
    __tablename__ = "application_transition"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str] = mapped_column(String(30), nullable=False)
    to_state: Mapped[str] = mapped_column(String(30), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ChecklistItem(Versioned, Base):
    """One required item of an application's checklist and where its verification stands."""

    __tablename__ = "checklist_item"
    __table_args__ = (UniqueConstraint("application_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    label: Mapped[str] = mapped_column(String(200), nullable=False)
    required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="pending")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("stored_document.id", ondelete="SET NULL"))
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    marked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class HomeVisit(Versioned, Timestamps, Base):
    __tablename__ = "home_visit"
    __table_args__ = (Index("ix_home_visit_researcher_status", "researcher_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id", ondelete="SET NULL"), index=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    researcher_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    scheduled_for: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="scheduled")  # scheduled, done, cancelled
    visited_on: Mapped[date | None] = mapped_column(Date)
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    housing_condition: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    recommendation: Mapped[str] = mapped_column(Text, nullable=False, default="")


class VisitPhoto(Base):
    __tablename__ = "visit_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("home_visit.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("document_content.sha256"), nullable=False)
    original_name: Mapped[str] = mapped_column(String(255), nullable=False)
