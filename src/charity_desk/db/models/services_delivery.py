"""Serving beneficiaries (clauses 2-1, 5-8): program sessions, enrolments and every delivery."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class ProgramSession(Versioned, Timestamps, Base):
    """One round of a program (a month of food baskets, a course cohort); ending it asks for surveys."""

    __tablename__ = "program_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open, ended


class Enrolment(Base):
    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("program_session.id"), index=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


#: A delivery's next date when the person has had none after it yet (after every real date).
NONE_YET = "9999-12-31"


class ServiceDelivery(Base):
    """One thing given: cash, in-kind items, a course attendance or a service, by whom and when."""

    __tablename__ = "service_delivery"
    __table_args__ = (
        Index("ix_service_delivery_beneficiary_on", "beneficiary_id", "delivered_on"),
        # The dashboard's services and people served over a period, read from the index alone.
        Index("ix_service_delivery_on_program_person", "delivered_on", "program_id", "beneficiary_id", "kind",
              "amount"),
        # A person's last delivery in a period (its next one after the period's end), overall and per program.
        Index("ix_service_delivery_last_of_person", "next_on", "delivered_on", "beneficiary_id"),
        Index("ix_service_delivery_last_in_program", "program_next_on", "delivered_on", "program_id",
              "beneficiary_id"),
        # The same for a period long past: its deliveries in date order with their next dates (migration 0029).
        Index("ix_service_delivery_period_next", "delivered_on", "next_on", "program_next_on", "program_id",
              "beneficiary_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), index=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"))
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # cash, in_kind, attendance, service
    delivered_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    items: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    #: The same person's next delivery (and next one in this program), by date then id, NONE_YET when
    #: there is none: kept by the database's triggers (migration 0023) on every write, never set here.
    next_on: Mapped[date] = mapped_column(Date, nullable=False, server_default=NONE_YET)
    program_next_on: Mapped[date] = mapped_column(Date, nullable=False, server_default=NONE_YET)
