"""Contacts with people: interviews and calls with beneficiaries, and inquiries from anyone."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class ContactEntry(Base):
    """One contact with a beneficiary: a walk-in interview, a call, a visit note (clause 4, 5-1)."""

    __tablename__ = "contact_entry"
    __table_args__ = (Index("ix_contact_entry_beneficiary_at", "beneficiary_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(
        ForeignKey("beneficiary.id", ondelete="CASCADE"), nullable=False
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # interview, call, letter, message
    channel: Mapped[str] = mapped_column(String(40), nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    asked: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answered: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes_spent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)


class Inquiry(Versioned, Timestamps, Base):
    """A question from anyone, registered or not (clause 3-3)."""

    __tablename__ = "inquiry"
    # The inquiry log by date; the dashboard's inquiries by channel over a period, one date range a channel.
    __table_args__ = (Index("ix_inquiry_received_channel", "received_at", "channel"),
                      Index("ix_inquiry_channel_received", "channel", "received_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utcnow, index=True
    )
    channel: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    person_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(13), nullable=False, default="")
    beneficiary_id: Mapped[int | None] = mapped_column(
        ForeignKey("beneficiary.id", ondelete="SET NULL"), index=True
    )
    question: Mapped[str] = mapped_column(Text, nullable=False)
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer_template_id: Mapped[int | None] = mapped_column(ForeignKey("answer_template.id"))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class AnswerTemplate(Versioned, Timestamps, Base):
    """A reusable answer staff pick when the same question comes again."""

    __tablename__ = "answer_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    question: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answer: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
