"""The parts of a beneficiary's file around the person: family, money, housing, health, needs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class FamilyMember(Versioned, Timestamps, Base):
    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(330), nullable=False)
    relation: Mapped[str] = mapped_column(String(20), nullable=False)
    national_id: Mapped[str] = mapped_column(String(10), nullable=False, default="", index=True)
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    monthly_income: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    disability: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    schooling: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    #: The name's key (domain.household_links.name_key), by which files that name each other are linked.
    name_key: Mapped[str] = mapped_column(String(330), nullable=False, default="", index=True)


class MoneyItem(Versioned, Timestamps, Base):
    """One monthly income source or expense of the household."""

    __tablename__ = "money_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)  # income | expense
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    description: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    monthly_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)


class Housing(Versioned, Timestamps, Base):
    __tablename__ = "housing"

    beneficiary_id: Mapped[int] = mapped_column(
        ForeignKey("beneficiary.id", ondelete="CASCADE"), primary_key=True
    )
    tenure: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # owned, rented, ...
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # villa, apartment, ...
    rooms: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    monthly_rent: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    condition: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class HealthRecord(Versioned, Timestamps, Base):
    """Health data: readable only with the health permission (PDPL: a special category)."""

    __tablename__ = "health_record"

    beneficiary_id: Mapped[int] = mapped_column(
        ForeignKey("beneficiary.id", ondelete="CASCADE"), primary_key=True
    )
    chronic_conditions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    disability: Mapped[str] = mapped_column(Text, nullable=False, default="")
    medications: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class NeedsAssessment(Base):
    """A scored needs assessment, taken at intake or at a visit; earlier ones are kept."""

    __tablename__ = "needs_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    assessed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    questionnaire_version: Mapped[str] = mapped_column(String(20), nullable=False)
    #: JSON: {question code: option code}.
    answers: Mapped[str] = mapped_column(Text, nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    band: Mapped[str] = mapped_column(String(20), nullable=False)
