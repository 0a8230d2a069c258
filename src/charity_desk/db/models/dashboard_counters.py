"""What the dashboard reads of a period, kept by the database's triggers (migration 0029) in the same
transaction as every write: never written by the application itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base


class ServedPerson(Base):
    """A person ever served, with the facts the people served are counted by (copied from the file)."""

    __tablename__ = "served_person"
    #: The people whose last delivery falls in a period, with the facts they are counted by, from the index.
    __table_args__ = (Index("ix_served_person_last", "last_on", "region", "gender", "birth_date", "household_members"),)

    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), primary_key=True,
                                                autoincrement=False)
    region: Mapped[str] = mapped_column(String(40), nullable=False)
    gender: Mapped[str] = mapped_column(String(10), nullable=False)
    birth_date: Mapped[date | None] = mapped_column(Date)
    household_members: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The day of the person's last delivery of all (none when their deliveries were all taken away).
    last_on: Mapped[date | None] = mapped_column(Date)


class DeliveryDayTotal(Base):
    """The services given and the cash paid on one day in one program."""

    __tablename__ = "delivery_day_total"
    __table_args__ = {"sqlite_with_rowid": False}

    delivered_on: Mapped[date] = mapped_column(Date, primary_key=True)
    program_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    services: Mapped[int] = mapped_column(Integer, nullable=False)
    cash: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)


class _ApplicationTotal:
    """The applications received in one day or month in one program that are now in one state, and for
    those decided, the days their decision took (as the dashboard computes them: exact, one row per value)."""

    #: The day the applications were received (UTC), or the first day of their month.
    submitted_on: Mapped[date] = mapped_column(Date, primary_key=True)
    program_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    state: Mapped[str] = mapped_column(String(30), primary_key=True)
    decided: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    decision_days: Mapped[float] = mapped_column(Numeric(asdecimal=False), primary_key=True)
    applications: Mapped[int] = mapped_column(Integer, nullable=False)


class ApplicationDayTotal(_ApplicationTotal, Base):
    __tablename__ = "application_day_total"
    __table_args__ = {"sqlite_with_rowid": False}


class ApplicationMonthTotal(_ApplicationTotal, Base):
    __tablename__ = "application_month_total"
    __table_args__ = {"sqlite_with_rowid": False}


class InquiryDayTotal(Base):
    """The inquiries received on one day (UTC) by one channel."""

    __tablename__ = "inquiry_day_total"
    __table_args__ = {"sqlite_with_rowid": False}

    received_on: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(40), primary_key=True)
    inquiries: Mapped[int] = mapped_column(Integer, nullable=False)
