"""PDPL registers: the privacy notice and who acknowledged which version, data-subject requests, breaches."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class PrivacyNotice(Base):
    """One version of the privacy notice; a version is never changed, a new text is a new version."""

    __tablename__ = "privacy_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class NoticeAcknowledgement(Base):
    """A person was shown (or given) a version of the notice at intake and acknowledged it."""

    __tablename__ = "notice_acknowledgement"

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("privacy_notice.id"), nullable=False)
    method: Mapped[str] = mapped_column(String(20), nullable=False)  # written, verbal, electronic
    acknowledged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class DataSubjectRequest(Versioned, Timestamps, Base):
    """A person's request to access, copy, correct or destroy their data, answered within 30 days."""

    __tablename__ = "data_subject_request"
    __table_args__ = (Index("ix_data_subject_request_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # access, copy, correction, destruction
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiary.id", ondelete="SET NULL"))
    #: The name given by a person who has no file (empty when ``beneficiary_id`` is set).
    person_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    details: Mapped[str] = mapped_column(Text, nullable=False, default="")
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    identity_checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    identity_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    identity_how: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: The date the answer is due: 30 days after receipt, plus the extension when there is one.
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    extension_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    extension_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open, closed
    outcome: Mapped[str] = mapped_column(String(12), nullable=False, default="")  # fulfilled, partly, refused
    outcome_details: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class BreachRecord(Versioned, Timestamps, Base):
    """A personal-data breach, to be notified to the authority within 72 hours of its discovery."""

    __tablename__ = "breach_record"
    __table_args__ = (Index("ix_breach_record_status", "status", "discovered_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    discovered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    records_affected: Mapped[int] = mapped_column(Integer, nullable=False)
    #: JSON list of category codes from data/breach_categories.json.
    categories: Mapped[str] = mapped_column(Text, nullable=False)
    actions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    report_reference: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open, closed
    closing_summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
