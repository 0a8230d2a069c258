"""Households across files (issue: family members who are registered beneficiaries) and the
supervisors' overrides of the double-benefit guard."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, utcnow


class HouseholdLink(Base):
    """A family member listed in one file is another registered file (services.household_links).

    Derived data: rebuilt from the family lists and national IDs whenever either side changes.
    """

    __tablename__ = "household_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The file whose family list holds the member.
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    #: The registered file the member is.
    relative_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    family_member_id: Mapped[int] = mapped_column(ForeignKey("family_member.id", ondelete="CASCADE"), unique=True)
    basis: Mapped[str] = mapped_column(String(20), nullable=False)  # national_id | named
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class HouseholdMembership(Base):
    """The household a linked file belongs to: its key is the smallest file id of the household.

    Only files with at least one link have a row; a file alone is its own household.
    """

    __tablename__ = "household_membership"

    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), primary_key=True)
    household_key: Mapped[int] = mapped_column(Integer, nullable=False, index=True)


class DoubleBenefitOverride(Base):
    """A supervisor let an application go on although another member of the household already
    receives the same program in the same period; who, why, and what it overlapped."""

    __tablename__ = "double_benefit_override"
    __table_args__ = (Index("ix_double_benefit_override_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), unique=True)
    #: The other member's application that receives the program.
    other_application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id", ondelete="SET NULL"))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
