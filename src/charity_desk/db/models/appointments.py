"""Appointments at the desk and home visits in a time slot, and the text messages sent about events.

An appointment's day and time are the association's local wall-clock time (Saudi Arabia keeps one
offset all year), stored as a date and a time of day as the meeting's start time is: a slot is a
moment people agree on, not an event that happened.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class Appointment(Versioned, Timestamps, Base):
    """One person booked with one member of staff (at their desk, or at home) from ``starts_at`` for ``minutes``."""

    __tablename__ = "appointment"
    __table_args__ = (
        # A staff member's day and week, and the clash check when a slot is booked.
        Index("ix_appointment_staff_day", "staff_id", "day", "starts_at"),
        # The desk's agenda of a day, in the order of the day.
        Index("ix_appointment_day", "day", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Printed on the slip and in its QR code, e.g. 1448/00012 (Hijri year of booking, sequence).
    reference: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # desk, home_visit
    day: Mapped[date] = mapped_column(Date, nullable=False)
    starts_at: Mapped[time] = mapped_column(Time, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    purpose: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="booked")  # booked, arrived, no_show, cancelled
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When the arrival or the no-show was recorded, and by whom.
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class MessageTemplate(Versioned, Timestamps, Base):
    """The wording of the text message sent for one kind of event, with {fields}; an administrator edits it."""

    __tablename__ = "message_template"

    event: Mapped[str] = mapped_column(String(30), primary_key=True)  # appointment, decision, missing_document, survey
    body: Mapped[str] = mapped_column(Text, nullable=False)


class SentMessage(Base):
    """A message handed to the SMS provider: one per event and record, so marking it twice logs it once."""

    __tablename__ = "sent_message"
    __table_args__ = (UniqueConstraint("event", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(30), nullable=False)
    #: The record the message is about: an appointment, a decision, an application, a survey request.
    source_id: Mapped[int] = mapped_column(Integer, nullable=False)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    mobile: Mapped[str] = mapped_column(String(13), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    contact_entry_id: Mapped[int | None] = mapped_column(ForeignKey("contact_entry.id", ondelete="SET NULL"))
